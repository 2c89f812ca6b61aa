/**
 * The gap finder: for a target set of generic NOS units (a level's mandatory units, every unit of
 * a level, or units a person picks), which ones a plan or course leaves uncovered, and which
 * qualification units would cover them, ranked.
 */
import { BASIS_STRENGTH, computeCoverage, RELATION_STRENGTH, type CoverageOptions } from './coverage';
import { meetsConfidence } from './confidence';
import type { Basis, Dataset, Link, NosLevel, Relation, Unit } from './model';
import { nosOrder } from './plan';

export type GapTarget =
  | { kind: 'level-mandatory'; level: NosLevel }
  | { kind: 'level'; level: NosLevel }
  | { kind: 'units'; units: string[] };

/** The NOS units a target names, in code order (A1 … F12). */
export function targetUnits(dataset: Dataset, target: GapTarget): Unit[] {
  return dataset.units
    .filter((u) => {
      if (u.framework !== 'nos') return false;
      if (target.kind === 'units') return target.units.includes(u.id);
      const mark = u.levels?.[target.level];
      return target.kind === 'level-mandatory' ? mark === 'M' : !!mark;
    })
    .sort((a, b) => nosOrder(a.code) - nosOrder(b.code));
}

export function describeTarget(target: GapTarget): string {
  if (target.kind === 'units')
    return `${target.units.length} chosen NOS unit${target.units.length === 1 ? '' : 's'}`;
  const n = target.level.slice(1);
  return target.kind === 'level-mandatory'
    ? `the mandatory units of NOS level ${n}`
    : `every unit of NOS level ${n} (mandatory and optional)`;
}

export interface GapLink {
  nos: string;
  code: string;
  relation: Relation;
  basis: Basis;
  score?: number;
}

export interface GapSuggestion {
  unit: Unit;
  /** The uncovered target units this unit would cover, strongest link each. */
  covers: GapLink[];
}

export interface GapReport {
  target: Unit[];
  covered: Unit[];
  uncovered: Unit[];
  /** Per uncovered NOS unit, the candidates that reach it, strongest first. */
  byGap: { nos: Unit; candidates: { unit: Unit; link: GapLink }[] }[];
  /** Candidates ranked: most gaps closed, then strongest links, then fewest credits, then code. */
  suggestions: GapSuggestion[];
}

const strength = (l: { basis: Basis; relation: Relation }) =>
  BASIS_STRENGTH[l.basis] * 10 + RELATION_STRENGTH[l.relation];

/**
 * Finds the gaps of `planUnits` against `target` and ranks `candidates` (e.g. the plan's
 * qualification units it may still take) by how much of the gap each would close.
 * Only links of the chosen bases count, for coverage and for suggestions alike.
 */
export function findGaps(
  dataset: Dataset,
  planUnits: Unit[],
  target: Unit[],
  candidates: Unit[],
  options: Pick<CoverageOptions, 'bases' | 'minScore' | 'minConfidence'> = {},
): GapReport {
  const targetIds = target.map((u) => u.id);
  const report = computeCoverage(dataset, planUnits, { ...options, target: targetIds });
  const coveredIds = new Set(report.covered.map((c) => c.nos));
  const uncovered = target.filter((u) => !coveredIds.has(u.id));
  const uncoveredIds = new Set(uncovered.map((u) => u.id));
  const bases = options.bases ?? ['published', 'curated', 'computed'];
  const minScore = options.minScore ?? 0;
  const inPlan = new Set(planUnits.map((u) => u.id));
  const pool = new Map(candidates.filter((u) => !inPlan.has(u.id)).map((u) => [u.id, u]));
  const codeOf = new Map(target.map((u) => [u.id, u.code]));

  // Strongest link per (candidate, uncovered NOS unit); links may run either way.
  const best = new Map<string, Map<string, Link>>();
  for (const link of dataset.links) {
    if (!bases.includes(link.basis)) continue;
    if (link.basis === 'computed' && (link.score ?? 0) < minScore) continue;
    if (!meetsConfidence(link, options.minConfidence)) continue;
    const [unit, nos] = pool.has(link.from) ? [link.from, link.to] : [link.to, link.from];
    if (!pool.has(unit) || !uncoveredIds.has(nos)) continue;
    const perUnit = best.get(unit) ?? new Map<string, Link>();
    const current = perUnit.get(nos);
    if (
      !current ||
      strength(link) > strength(current) ||
      (strength(link) === strength(current) && (link.score ?? 0) > (current.score ?? 0))
    )
      perUnit.set(nos, link);
    best.set(unit, perUnit);
  }
  const toGapLink = (nos: string, l: Link): GapLink => ({
    nos,
    code: codeOf.get(nos) ?? nos,
    relation: l.relation,
    basis: l.basis,
    ...(l.score !== undefined ? { score: l.score } : {}),
  });
  const suggestions: GapSuggestion[] = [...best.entries()].map(([id, links]) => ({
    unit: pool.get(id)!,
    covers: [...links.entries()]
      .map(([nos, l]) => toGapLink(nos, l))
      .sort((a, b) => strength(b) - strength(a) || nosOrder(a.code) - nosOrder(b.code)),
  }));
  const total = (s: GapSuggestion) => s.covers.reduce((sum, l) => sum + strength(l), 0);
  suggestions.sort(
    (a, b) =>
      b.covers.length - a.covers.length ||
      total(b) - total(a) ||
      (a.unit.credits ?? Infinity) - (b.unit.credits ?? Infinity) ||
      a.unit.code.localeCompare(b.unit.code, 'en', { numeric: true }),
  );
  const rank = new Map(suggestions.map((s, i) => [s.unit.id, i]));
  return {
    target,
    covered: target.filter((u) => coveredIds.has(u.id)),
    uncovered,
    byGap: uncovered.map((nos) => ({
      nos,
      candidates: suggestions
        .flatMap((s) => s.covers.filter((l) => l.nos === nos.id).map((link) => ({ unit: s.unit, link })))
        .sort((a, b) => strength(b.link) - strength(a.link) || rank.get(a.unit.id)! - rank.get(b.unit.id)!),
    })),
    suggestions,
  };
}
