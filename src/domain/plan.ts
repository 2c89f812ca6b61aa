/**
 * A training designer's plan: a rule set (a qualification, or a NOS level treated as one) and the
 * units chosen from it, checked by the one rules engine in rules.ts, plus the coverage matrix of
 * the plan's units against the 56 generic NOS units. Pure: the plan view only renders these.
 */
import { caveatLine } from './caveats';
import { compareLinkStrength, computeCoverage, type CoverageCell, type CoverageOptions } from './coverage';
import { toCsv } from './export';
import type { Basis, Dataset, Link, Unit } from './model';
import { checkPlan, inRanges, unitNumber, type PlanCheck, type RuleSet } from './rules';
import type { ItemValidator } from './saved';
import { BASES } from './vocabulary';

/** What is saved for a plan: the rule set id and the chosen unit ids, in the order they were added. */
export interface PlanData {
  ruleSet: string;
  units: string[];
}

const MAX_PLAN_UNITS = 300;

export const validatePlanData: ItemValidator<PlanData> = (data) => {
  if (!data || typeof data !== 'object') return { ok: false, reason: 'it is not a plan.' };
  const { ruleSet, units } = data as Record<string, unknown>;
  if (typeof ruleSet !== 'string' || !/^[a-z0-9-]{1,80}$/.test(ruleSet))
    return { ok: false, reason: 'it names no qualification.' };
  if (!Array.isArray(units) || units.some((u) => typeof u !== 'string' || u.length > 200))
    return { ok: false, reason: 'its list of units is damaged.' };
  return { ok: true, value: { ruleSet, units: [...new Set(units as string[])].slice(0, MAX_PLAN_UNITS) } };
};

/** The units a plan draws from: the rule set's framework (ILM 8605, ProQual, or the generic NOS). */
export function planPool(dataset: Dataset, set: RuleSet): Unit[] {
  return dataset.units.filter((u) => u.framework === set.framework);
}

/**
 * Whether a rule set lets a plan use a unit at all: inside its allowed unit ranges (ILM), or marked
 * M or O at the level (NOS levels). Credit limits are not about single units, so they are not asked.
 */
export function allowedIn(set: RuleSet, unit: Unit): boolean {
  if (unit.framework !== set.framework) return false;
  return set.rules.every((rule) => {
    if (rule.type === 'allowedUnitRanges') return inRanges(unitNumber(unit), rule.ranges);
    if (rule.type === 'nosOptional') return !!unit.levels?.[rule.level];
    return true;
  });
}

/**
 * Checks a plan of unit ids. The engine resolves codes as people type them, so the ids are turned
 * back into their codes (unique within a framework); an id that no longer exists is passed as it
 * is and comes back as an "unknown unit code" problem.
 */
export function checkPlanUnits(dataset: Dataset, set: RuleSet, unitIds: string[]): PlanCheck {
  const byId = new Map(dataset.units.map((u) => [u.id, u]));
  return checkPlan(
    dataset,
    set,
    unitIds.map((id) => byId.get(id)?.code ?? id),
  );
}

/**
 * Rule messages that adding each candidate would newly break. Adding never un-meets a minimum, so
 * these are maxima and allowed ranges ("at most 6 credits from group 2", "not in the allowed ranges").
 */
export function breachesIfAdded(
  dataset: Dataset,
  set: RuleSet,
  unitIds: string[],
  candidates: string[],
): Record<string, string[]> {
  const before = new Set(
    checkPlanUnits(dataset, set, unitIds)
      .rules.filter((r) => !r.satisfied)
      .map((r) => r.id),
  );
  const result: Record<string, string[]> = {};
  for (const id of candidates) {
    if (unitIds.includes(id)) continue;
    const broken = checkPlanUnits(dataset, set, [...unitIds, id])
      .rules.filter((r) => !r.satisfied && !before.has(r.id))
      .map((r) => r.message);
    if (broken.length) result[id] = broken;
  }
  return result;
}

export interface PoolFilter {
  group?: string;
  level?: number;
  maxCredits?: number;
  onlyAllowed?: boolean;
}

export function filterPool(units: Unit[], set: RuleSet, filter: PoolFilter): Unit[] {
  return units.filter(
    (u) =>
      (!filter.group || u.group === filter.group) &&
      (filter.level === undefined || u.level === filter.level) &&
      (filter.maxCredits === undefined || (u.credits !== undefined && u.credits <= filter.maxCredits)) &&
      (!filter.onlyAllowed || allowedIn(set, u)),
  );
}

/** Distinct values of a unit field in a pool, sorted (for the filter menus). */
export function distinctValues<K extends 'group' | 'level' | 'credits'>(
  units: Unit[],
  key: K,
): NonNullable<Unit[K]>[] {
  const values = [...new Set(units.map((u) => u[key]).filter((v) => v !== undefined))] as NonNullable<
    Unit[K]
  >[];
  return values.sort((a, b) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)),
  );
}

// ---------------------------------------------------------------------------------------------
// Coverage matrix

export interface MatrixRow {
  unit: string;
  code: string;
  title: string;
  /** How many NOS units this row reaches under the current basis filter. */
  covers: number;
}

export interface MatrixColumn {
  nos: string;
  code: string;
  title: string;
  area: string;
  /** How many rows reach this NOS unit. */
  coveredBy: number;
}

export interface MatrixArea {
  area: string;
  title: string;
  columns: MatrixColumn[];
  covered: number;
  total: number;
}

/** A matrix cell is a coverage cell: the strongest link between a plan unit and a NOS unit. */
export type MatrixCell = CoverageCell;

export interface CoverageMatrix {
  bases: Basis[];
  rows: MatrixRow[];
  areas: MatrixArea[];
  /** Keyed `${unit}>${nos}`: the strongest link under the filter. */
  cells: Record<string, MatrixCell>;
  total: number;
  covered: number;
  uncovered: number;
}

export const cellKey = (unit: string, nos: string) => `${unit}>${nos}`;

/** Rows: the plan's units; columns: the NOS units grouped by functional area (A1 … F12). */
export function coverageMatrix(
  dataset: Dataset,
  units: Unit[],
  options: CoverageOptions = {},
): CoverageMatrix {
  const report = computeCoverage(dataset, units, options);
  const cells: Record<string, MatrixCell> = {};
  for (const c of report.cells) cells[cellKey(c.unit, c.nos)] = c;
  const coveredBy = new Map<string, number>();
  const covers = new Map<string, number>();
  for (const c of report.cells) {
    coveredBy.set(c.nos, (coveredBy.get(c.nos) ?? 0) + 1);
    covers.set(c.unit, (covers.get(c.unit) ?? 0) + 1);
  }
  const nosUnits = dataset.units
    .filter((u) => u.framework === 'nos' && (!options.target || options.target.includes(u.id)))
    .sort((a, b) => nosOrder(a.code) - nosOrder(b.code));
  const areas: MatrixArea[] = report.areas
    .map((a) => {
      const columns = nosUnits
        .filter((u) => u.area === a.area)
        .map((u) => ({
          nos: u.id,
          code: u.code,
          title: u.title,
          area: a.area,
          coveredBy: coveredBy.get(u.id) ?? 0,
        }));
      return { area: a.area, title: a.title, columns, covered: a.covered, total: a.total };
    })
    .filter((a) => a.columns.length > 0);
  return {
    bases: report.bases,
    rows: units.map((u) => ({ unit: u.id, code: u.code, title: u.title, covers: covers.get(u.id) ?? 0 })),
    areas,
    cells,
    total: report.nosUnits,
    covered: report.covered.length,
    uncovered: report.uncovered.length,
  };
}

/** "A1" < "A2" < "A10" < "B1". */
export function nosOrder(code: string): number {
  const match = code.match(/^([A-Z])(\d+)/);
  return match ? match[1]!.charCodeAt(0) * 1000 + Number(match[2]) : Number.MAX_SAFE_INTEGER;
}

/** A cell as words: "close (curated)", "related (your claim)". */
export function describeCell(cell: MatrixCell | undefined): string {
  if (!cell) return '';
  // The person's own claims (courses, imported frameworks) are never passed off as our curation.
  const basis = cell.origin === 'user' ? 'your claim' : cell.basis;
  return `${cell.relation} (${basis})${cell.caveat ? ` ⚠ ${caveatLine(cell.caveat)}` : ''}`;
}

/**
 * The matrix as one CSV table: a row per plan unit, a column per NOS unit (cells "relation (basis)"),
 * then a last row counting how many plan units reach each NOS unit.
 */
export function matrixToCsv(matrix: CoverageMatrix): string {
  const columns = matrix.areas.flatMap((a) => a.columns);
  const header = ['unit', 'title', 'covers', ...columns.map((c) => c.code)];
  const rows: Record<string, unknown>[] = matrix.rows.map((r) => ({
    unit: r.code,
    title: r.title,
    covers: r.covers,
    ...Object.fromEntries(columns.map((c) => [c.code, describeCell(matrix.cells[cellKey(r.unit, c.nos)])])),
  }));
  rows.push({
    unit: 'covered by',
    title: `${matrix.covered} of ${matrix.total} NOS units covered (${matrix.bases.join(', ')})`,
    covers: '',
    ...Object.fromEntries(columns.map((c) => [c.code, c.coveredBy])),
  });
  return toCsv(rows, header);
}

/** Every link between a unit and a NOS unit (either direction), strongest first: the cell's evidence. */
export function linksBetween(dataset: Dataset, unit: string, nos: string): Link[] {
  return dataset.links
    .filter((l) => (l.from === unit && l.to === nos) || (l.from === nos && l.to === unit))
    .sort(compareLinkStrength);
}

/** Parses a basis list from text ("curated,published"), keeping only known bases. */
export function parseBases(text: string | undefined, fallback: Basis[]): Basis[] {
  if (!text) return fallback;
  const picked = BASES.filter((b) => text.split(',').includes(b));
  return picked.length ? picked : fallback;
}

/** A rule set as people name it: "ILM Certificate", "ProQual Diploma", "NOS Level 3". */
export function ruleSetLabel(set: Pick<RuleSet, 'title' | 'shortTitle'>): string {
  const body = set.title.split(' ')[0]!;
  return set.shortTitle.startsWith(body) ? set.shortTitle : `${body} ${set.shortTitle}`;
}
