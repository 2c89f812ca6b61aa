/**
 * The quarantine: stored text that could not be read as it was, kept under its own key until the
 * person deletes it. Adding never overwrites an earlier entry; the same text is kept once. A
 * damaged quarantine is itself kept, as an entry, rather than overwritten. Pure.
 *
 * Format 1: { "version": 1, "entries": [{ id, kind, key, found, reasons: [..], raw }] }
 */
import { cleanTime, isObject } from './collection';
import type { QuarantineEntry } from './types';

export const QUARANTINE_VERSION = 1;

export function readQuarantine(raw: string | null, key: string, now: string): QuarantineEntry[] {
  if (raw === null || raw === '') return [];
  const whole = (reason: string): QuarantineEntry[] => [
    { id: 'q-1', kind: 'quarantine', key, found: now, reasons: [reason], raw },
  ];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return whole('The list of unreadable saved data was itself damaged; it is kept here as it was.');
  }
  if (!isObject(parsed) || !Array.isArray(parsed.entries))
    return whole('The list of unreadable saved data is in a format this version does not know.');
  const entries: QuarantineEntry[] = [];
  const ids = new Set<string>();
  parsed.entries.forEach((e: unknown, index: number) => {
    const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
    let id = isObject(e) && typeof e.id === 'string' && e.id.length <= 40 ? e.id : `q-x${index + 1}`;
    while (ids.has(id)) id = `${id}-${index + 1}`;
    ids.add(id);
    if (!isObject(e) || typeof e.raw !== 'string') {
      // Keep whatever it was: nothing in the quarantine is ever thrown away without asking.
      entries.push({
        id,
        kind: 'quarantine',
        key,
        found: now,
        reasons: ['An entry of the list of unreadable saved data was damaged; kept as it was.'],
        raw: JSON.stringify(e) ?? String(e),
      });
      return;
    }
    entries.push({
      id,
      kind: text(e.kind, 40) || 'unknown',
      key: text(e.key, 200),
      found: cleanTime(e.found),
      reasons: Array.isArray(e.reasons)
        ? e.reasons
            .filter((r): r is string => typeof r === 'string')
            .map((r) => r.slice(0, 500))
            .slice(0, 50)
        : [],
      raw: e.raw,
    });
  });
  return entries;
}

export function writeQuarantine(entries: QuarantineEntry[]): string {
  return JSON.stringify({ version: QUARANTINE_VERSION, entries });
}

/** Adds text to the quarantine unless the same text from the same key is already there. */
export function addToQuarantine(
  entries: QuarantineEntry[],
  entry: Omit<QuarantineEntry, 'id'>,
): { entries: QuarantineEntry[]; entry: QuarantineEntry; added: boolean } {
  const same = entries.find((e) => e.key === entry.key && e.raw === entry.raw);
  if (same) return { entries, entry: same, added: false };
  let n = entries.length + 1;
  while (entries.some((e) => e.id === `q-${n}`)) n++;
  const added = { ...entry, id: `q-${n}` };
  return { entries: [...entries, added], entry: added, added: true };
}
