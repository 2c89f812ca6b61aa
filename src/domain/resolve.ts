/**
 * Turning codes as people type them ("b 6", "HSC B1.2", "l/506/1953", "409") into units,
 * with "did you mean" suggestions for the ones that match nothing.
 */
import type { Unit } from './model';

/** Case, spacing, colons and underscores never matter in a code. */
export function codeKey(code: string): string {
  return code.toUpperCase().replace(/[\s:_]+/g, '');
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** Up to three codes from the pool closest to what was typed. */
export function suggestCodes(pool: Unit[], typed: string, limit = 3): string[] {
  const key = codeKey(typed);
  return pool
    .map((u) => ({ code: u.code, distance: editDistance(key, codeKey(u.code)) }))
    .filter((s) => s.distance <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code))
    .slice(0, limit)
    .map((s) => s.code);
}

export function findUnitByCode(pool: Unit[], typed: string): Unit | undefined {
  const key = codeKey(typed);
  if (!key) return undefined;
  return (
    pool.find((u) => codeKey(u.id) === key || codeKey(u.code) === key) ??
    // ILM units are often written by their number alone: "409" for "8605-409".
    (/^\d{3}$/.test(key) ? pool.find((u) => codeKey(u.code).endsWith(`-${key}`)) : undefined)
  );
}

export interface ResolvedCodes {
  units: Unit[];
  problems: { rule: string; message: string }[];
}

export function resolveUnitCodes(pool: Unit[], codes: string[], poolName: string): ResolvedCodes {
  const units: Unit[] = [];
  const problems: ResolvedCodes['problems'] = [];
  for (const typed of codes.map((c) => c.trim()).filter(Boolean)) {
    const unit = findUnitByCode(pool, typed);
    if (!unit) {
      const suggestions = suggestCodes(pool, typed);
      problems.push({
        rule: 'known-units',
        message: `unknown unit code "${typed}" for ${poolName}${suggestions.length ? ` — did you mean ${suggestions.join(', ')}?` : ''}`,
      });
    } else if (units.includes(unit)) {
      problems.push({ rule: 'no-duplicates', message: `unit ${unit.code} is listed more than once` });
    } else {
      units.push(unit);
    }
  }
  return { units, problems };
}
