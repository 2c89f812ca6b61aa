/**
 * Coverage of the generic NOS by a set of units (a plan, a course, a specification): which NOS
 * units are reached through links, on what basis, and what is left uncovered per functional area.
 */
import { meetsConfidence } from './confidence';
import type { Basis, Confidence, Dataset, Link, Origin, Relation, Unit } from './model';

export const BASIS_STRENGTH: Record<Basis, number> = { published: 3, curated: 2, computed: 1 };
export const RELATION_STRENGTH: Record<Relation, number> = {
  exact: 4,
  close: 3,
  broad: 2,
  narrow: 2,
  related: 1,
};

/** Compares two links by strength: basis first (published > curated > computed), then relation. */
export function compareLinkStrength(a: Link, b: Link): number {
  return (
    BASIS_STRENGTH[b.basis] - BASIS_STRENGTH[a.basis] ||
    RELATION_STRENGTH[b.relation] - RELATION_STRENGTH[a.relation] ||
    (b.score ?? 0) - (a.score ?? 0)
  );
}

export interface CoverageCell {
  unit: string;
  nos: string;
  relation: Relation;
  basis: Basis;
  score?: number;
  rationale?: string;
  /** 'user' for a claim from the person's imported course. */
  origin?: Origin;
  /** A doubtful published placement (data/topss-map.json): shown with the cell. */
  caveat?: Link['caveat'];
}

export interface CoverageReport {
  bases: Basis[];
  nosUnits: number;
  covered: { nos: string; code: string; title: string; area?: string; by: CoverageCell[] }[];
  uncovered: { nos: string; code: string; title: string; area?: string }[];
  areas: { area: string; title: string; total: number; covered: number }[];
  cells: CoverageCell[];
}

export interface CoverageOptions {
  bases?: Basis[];
  minScore?: number;
  /** Computed links below this confidence do not count (default: strong and possible count). */
  minConfidence?: Confidence;
  /** Restrict the NOS units considered (e.g. a level's mandatory units); default all 56. */
  target?: string[];
}

/** The link between a unit and a NOS unit, in either direction (published links run specialist → NOS). */
function nosEnd(link: Link, unitIds: Set<string>): { unit: string; nos: string } | undefined {
  if (unitIds.has(link.from) && link.to.startsWith('nos:')) return { unit: link.from, nos: link.to };
  if (unitIds.has(link.to) && link.from.startsWith('nos:')) return { unit: link.to, nos: link.from };
  return undefined;
}

export function computeCoverage(
  dataset: Dataset,
  units: Unit[],
  options: CoverageOptions = {},
): CoverageReport {
  const bases = options.bases ?? ['published', 'curated', 'computed'];
  const minScore = options.minScore ?? 0;
  const unitIds = new Set(units.map((u) => u.id));
  const nosUnits = dataset.units.filter(
    (u) => u.framework === 'nos' && (!options.target || options.target.includes(u.id)),
  );
  const best = new Map<string, Link>();
  for (const link of dataset.links) {
    if (!bases.includes(link.basis)) continue;
    if (link.basis === 'computed' && (link.score ?? 0) < minScore) continue;
    if (!meetsConfidence(link, options.minConfidence)) continue;
    const ends = nosEnd(link, unitIds);
    if (!ends) continue;
    // A plan's NOS unit covers itself (a person specification is made of NOS units).
    const key = `${ends.unit}>${ends.nos}`;
    const current = best.get(key);
    if (!current || compareLinkStrength(link, current) < 0) best.set(key, link);
  }
  const cells: CoverageCell[] = [...best.entries()].map(([key, link]) => {
    const [unit, nos] = key.split('>') as [string, string];
    return {
      unit,
      nos,
      relation: link.relation,
      basis: link.basis,
      ...(link.score !== undefined ? { score: link.score } : {}),
      ...(link.rationale ? { rationale: link.rationale } : {}),
      ...(link.origin ? { origin: link.origin } : {}),
      ...(link.caveat ? { caveat: link.caveat } : {}),
    };
  });
  for (const u of units) {
    if (u.framework === 'nos') cells.push({ unit: u.id, nos: u.id, relation: 'exact', basis: 'published' });
  }
  const byNos = new Map<string, CoverageCell[]>();
  for (const cell of cells) byNos.set(cell.nos, [...(byNos.get(cell.nos) ?? []), cell]);
  const brief = (u: Unit) => ({
    nos: u.id,
    code: u.code,
    title: u.title,
    ...(u.area ? { area: u.area } : {}),
  });
  const covered = nosUnits.filter((u) => byNos.has(u.id));
  return {
    bases,
    nosUnits: nosUnits.length,
    covered: covered.map((u) => ({ ...brief(u), by: byNos.get(u.id)! })),
    uncovered: nosUnits.filter((u) => !byNos.has(u.id)).map(brief),
    areas: dataset.areas.map((a) => {
      const inArea = nosUnits.filter((u) => u.area === a.letter);
      return {
        area: a.letter,
        title: a.title,
        total: inArea.length,
        covered: inArea.filter((u) => byNos.has(u.id)).length,
      };
    }),
    cells: cells.filter((c) => nosUnits.some((u) => u.id === c.nos)),
  };
}
