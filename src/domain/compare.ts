/**
 * Comparing any two sets of units (a framework, a plan, an imported course) through the generic
 * NOS as a hub: X and Y are related where both reach the same NOS unit. Each pair keeps both legs
 * of the path, so the weakest leg (and its basis) is always visible — a chain is only as strong as
 * the weaker of its two links.
 */
import { markdownText } from './escape';
import { BASIS_STRENGTH, RELATION_STRENGTH, compareLinkStrength } from './coverage';
import { caveatLine } from './caveats';
import { toCsv } from './export';
import { CONFIDENCE_LABEL, DEFAULT_MIN_CONFIDENCE, meetsConfidence } from './confidence';
import type { Basis, Confidence, Dataset, Link, Origin, Relation, Unit } from './model';

export interface CompareSide {
  label: string;
  unitIds: string[];
}

export interface CompareOptions {
  minBasis?: Basis;
  minRelation?: Relation;
  /** Links that carry a score (computed suggestions) must score at least this. */
  minScore?: number;
  /** Computed links must reach this confidence (default: strong and possible). */
  minConfidence?: Confidence;
}

/** One leg of a path: how a side unit reaches a NOS unit. The relation reads "unit <relation> nos". */
export interface HubStep {
  unit: string;
  nos: string;
  basis: Basis;
  relation: Relation;
  score?: number;
  rationale?: string;
  /** A doubtful published placement (data/topss-map.json), carried into every output. */
  caveat?: Link['caveat'];
  /** 'user' for the person's own claim (a course's or an imported framework's): shown as "your claim". */
  origin?: Origin;
}

export interface HubPair {
  x: string;
  y: string;
  via: string;
  path: [HubStep, HubStep];
  weakestBasis: Basis;
  weakestRelation: Relation;
  /** Strength of the weaker leg: basis × 10 + relation (1–4) + score / 10; higher is stronger. */
  strength: number;
}

export interface OneSided {
  /** Side units that reach NOS units, none of which the other side reaches. */
  units: string[];
  /** NOS units reached by this side only. */
  nos: string[];
}

export interface AreaComparison {
  area: string;
  title: string;
  shared: string[];
  onlyX: string[];
  onlyY: string[];
}

export interface Comparison {
  x: { label: string; units: string[] };
  y: { label: string; units: string[] };
  options: Required<CompareOptions>;
  pairs: HubPair[];
  /** NOS units reached by both sides. */
  shared: string[];
  onlyX: OneSided;
  onlyY: OneSided;
  areas: AreaComparison[];
  unreached: { x: string[]; y: string[] };
  /** Every qualifying leg of each side (the strongest link per side unit and NOS unit). */
  reach: { x: HubStep[]; y: HubStep[] };
}

const DEFAULT_OPTIONS: Required<CompareOptions> = {
  minBasis: 'computed',
  minRelation: 'related',
  minScore: 0,
  minConfidence: DEFAULT_MIN_CONFIDENCE,
};

/** A framework's units, in dataset order, as a side to compare. */
export function frameworkSide(dataset: Dataset, frameworkId: string): CompareSide {
  const framework = dataset.frameworks.find((f) => f.id === frameworkId);
  if (!framework) throw new Error(`unknown framework "${frameworkId}"`);
  return {
    label: framework.shortName,
    unitIds: dataset.units.filter((u) => u.framework === frameworkId).map((u) => u.id),
  };
}

function qualifies(link: Link, options: Required<CompareOptions>): boolean {
  if (BASIS_STRENGTH[link.basis] < BASIS_STRENGTH[options.minBasis]) return false;
  if (RELATION_STRENGTH[link.relation] < RELATION_STRENGTH[options.minRelation]) return false;
  if (!meetsConfidence(link, options.minConfidence)) return false;
  return link.score === undefined || link.score >= options.minScore;
}

/** broad/narrow say how `from` relates to `to`; read from the other end they swap. */
function invert(relation: Relation): Relation {
  if (relation === 'broad') return 'narrow';
  if (relation === 'narrow') return 'broad';
  return relation;
}

function stepOf(link: Link, unit: string, nos: string): HubStep {
  const relation = link.from === unit ? link.relation : invert(link.relation);
  return {
    unit,
    nos,
    basis: link.basis,
    relation,
    ...(link.score !== undefined ? { score: link.score } : {}),
    ...(link.rationale ? { rationale: link.rationale } : {}),
    ...(link.caveat ? { caveat: link.caveat } : {}),
    ...(link.origin ? { origin: link.origin } : {}),
  };
}

function stepAsLink(step: HubStep): Link {
  return { from: step.unit, to: step.nos, basis: step.basis, relation: step.relation, score: step.score };
}

function compareSteps(a: HubStep, b: HubStep): number {
  return compareLinkStrength(stepAsLink(a), stepAsLink(b));
}

/** The strongest qualifying leg from each side unit to each NOS unit it reaches. */
function reachOf(
  dataset: Dataset,
  unitIds: string[],
  nosIds: Set<string>,
  options: Required<CompareOptions>,
): HubStep[] {
  const side = new Set(unitIds);
  const best = new Map<string, HubStep>();
  const offer = (step: HubStep) => {
    const key = `${step.unit}>${step.nos}`;
    const current = best.get(key);
    if (!current || compareSteps(step, current) < 0) best.set(key, step);
  };
  for (const id of side) {
    // A NOS unit on a side is its own hub point, as surely as anything can be.
    if (nosIds.has(id)) offer({ unit: id, nos: id, basis: 'published', relation: 'exact' });
  }
  for (const link of dataset.links) {
    if (!qualifies(link, options)) continue;
    if (side.has(link.from) && nosIds.has(link.to)) offer(stepOf(link, link.from, link.to));
    if (side.has(link.to) && nosIds.has(link.from)) offer(stepOf(link, link.to, link.from));
  }
  return [...best.values()];
}

type Sorter = (a: string, b: string) => number;

function indexOf(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function byOrder(order: Map<string, number>): Sorter {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
}

function stepStrength(step: HubStep): number {
  const raw = BASIS_STRENGTH[step.basis] * 10 + RELATION_STRENGTH[step.relation] + (step.score ?? 0) / 10;
  return Math.round(raw * 10000) / 10000;
}

function weakerBasis(a: Basis, b: Basis): Basis {
  return BASIS_STRENGTH[b] < BASIS_STRENGTH[a] ? b : a;
}

function weakerRelation(a: Relation, b: Relation): Relation {
  return RELATION_STRENGTH[b] < RELATION_STRENGTH[a] ? b : a;
}

function makePair(xStep: HubStep, yStep: HubStep): HubPair {
  const weaker = compareSteps(xStep, yStep) > 0 ? xStep : yStep;
  return {
    x: xStep.unit,
    y: yStep.unit,
    via: xStep.nos,
    path: [xStep, yStep],
    weakestBasis: weakerBasis(xStep.basis, yStep.basis),
    weakestRelation: weakerRelation(xStep.relation, yStep.relation),
    strength: stepStrength(weaker),
  };
}

function groupByNos(steps: HubStep[]): Map<string, HubStep[]> {
  const groups = new Map<string, HubStep[]>();
  for (const step of steps) groups.set(step.nos, [...(groups.get(step.nos) ?? []), step]);
  return groups;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function oneSided(steps: HubStep[], otherNos: Set<string>, sortUnits: Sorter, sortNos: Sorter): OneSided {
  const reachedBy = new Map<string, Set<string>>();
  for (const step of steps) reachedBy.set(step.unit, (reachedBy.get(step.unit) ?? new Set()).add(step.nos));
  const units = [...reachedBy].filter(([, nos]) => ![...nos].some((n) => otherNos.has(n))).map(([u]) => u);
  const nos = unique(steps.map((s) => s.nos).filter((n) => !otherNos.has(n)));
  return { units: units.sort(sortUnits), nos: nos.sort(sortNos) };
}

function areaSummaries(
  dataset: Dataset,
  shared: string[],
  onlyX: string[],
  onlyY: string[],
): AreaComparison[] {
  const areaOf = new Map(dataset.units.map((u) => [u.id, u.area]));
  const inArea = (ids: string[], letter: string) => ids.filter((id) => areaOf.get(id) === letter);
  return dataset.areas.map((a) => ({
    area: a.letter,
    title: a.title,
    shared: inArea(shared, a.letter),
    onlyX: inArea(onlyX, a.letter),
    onlyY: inArea(onlyY, a.letter),
  }));
}

/**
 * Compares two sides through the NOS hub: for every NOS unit both sides reach, every pairing of an X
 * unit and a Y unit that reach it. Links below the minimums are ignored, as if absent.
 */
export function compareThroughHub(
  dataset: Dataset,
  x: CompareSide,
  y: CompareSide,
  options: CompareOptions = {},
): Comparison {
  const resolved: Required<CompareOptions> = { ...DEFAULT_OPTIONS, ...definedOptions(options) };
  const nosUnits = dataset.units.filter((u) => u.framework === 'nos');
  const nosIds = new Set(nosUnits.map((u) => u.id));
  const xUnits = unique(x.unitIds);
  const yUnits = unique(y.unitIds);
  const sortNos = byOrder(indexOf(nosUnits.map((u) => u.id)));
  const sortX = byOrder(indexOf(xUnits));
  const sortY = byOrder(indexOf(yUnits));
  const sortSteps = (sortUnit: Sorter) => (a: HubStep, b: HubStep) =>
    sortNos(a.nos, b.nos) || sortUnit(a.unit, b.unit);

  const xReach = reachOf(dataset, xUnits, nosIds, resolved).sort(sortSteps(sortX));
  const yReach = reachOf(dataset, yUnits, nosIds, resolved).sort(sortSteps(sortY));
  const xByNos = groupByNos(xReach);
  const yByNos = groupByNos(yReach);
  const shared = [...xByNos.keys()].filter((n) => yByNos.has(n)).sort(sortNos);

  const pairs = shared.flatMap((nos) =>
    (xByNos.get(nos) ?? []).flatMap((xs) => (yByNos.get(nos) ?? []).map((ys) => makePair(xs, ys))),
  );
  const onlyX = oneSided(xReach, new Set(yByNos.keys()), sortX, sortNos);
  const onlyY = oneSided(yReach, new Set(xByNos.keys()), sortY, sortNos);
  const reachedX = new Set(xReach.map((s) => s.unit));
  const reachedY = new Set(yReach.map((s) => s.unit));

  return {
    x: { label: x.label, units: xUnits },
    y: { label: y.label, units: yUnits },
    options: resolved,
    pairs,
    shared,
    onlyX,
    onlyY,
    areas: areaSummaries(dataset, shared, onlyX.nos, onlyY.nos),
    unreached: { x: xUnits.filter((u) => !reachedX.has(u)), y: yUnits.filter((u) => !reachedY.has(u)) },
    reach: { x: xReach, y: yReach },
  };
}

function definedOptions(options: CompareOptions): CompareOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

// ---------------------------------------------------------------------------------------------
// Reports

/** Titles sit beside ids; `strength_meaning` spells out how `strength` is made (README, "Compare CSV"). */
const CSV_COLUMNS = [
  'kind',
  'nos',
  'nos_title',
  'x_unit',
  'x_title',
  'x_relation',
  'x_basis',
  'x_score',
  'y_unit',
  'y_title',
  'y_relation',
  'y_basis',
  'y_score',
  'weakest_basis',
  'weakest_relation',
  'strength',
  'strength_meaning',
  'x_caveat',
  'y_caveat',
];

type Titles = (id: string) => string;

function stepColumns(prefix: 'x' | 'y', step: HubStep, title: Titles): Record<string, unknown> {
  return {
    [`${prefix}_unit`]: step.unit,
    [`${prefix}_title`]: title(step.unit),
    [`${prefix}_relation`]: step.relation,
    [`${prefix}_basis`]: step.basis,
    [`${prefix}_score`]: step.score ?? '',
    [`${prefix}_caveat`]: step.caveat ? caveatLine(step.caveat) : '',
  };
}

/** How a pair's strength is made, in words: the weaker leg's basis × 10 + relation (1–4) + score / 10. */
function strengthMeaning(p: HubPair): string {
  const weaker = p.path.find((s) => stepStrength(s) === p.strength) ?? p.path[0];
  const score = weaker.score !== undefined ? ` + score ${weaker.score} / 10` : '';
  return (
    `weaker leg ${weaker.unit} → ${weaker.nos}: ${weaker.basis} ${BASIS_STRENGTH[weaker.basis]} × 10 + ` +
    `${weaker.relation} ${RELATION_STRENGTH[weaker.relation]}${score}; higher is stronger`
  );
}

/**
 * One row per shared pair (kind "shared"), per one-sided leg ("only-x" / "only-y") and per unit
 * that reaches nothing ("unreached-x" / "unreached-y"). With `dataset`, unit titles sit beside ids.
 */
export function comparisonToCsv(c: Comparison, dataset?: Pick<Dataset, 'units'>): string {
  const units = new Map((dataset?.units ?? []).map((u) => [u.id, u]));
  const title: Titles = (id) => {
    const unit = units.get(id);
    return unit ? unit.title || `${unit.code} (no title in the source)` : '';
  };
  const onlyXNos = new Set(c.onlyX.nos);
  const onlyYNos = new Set(c.onlyY.nos);
  const rows: Record<string, unknown>[] = [
    ...c.pairs.map((p) => ({
      kind: 'shared',
      nos: p.via,
      nos_title: title(p.via),
      ...stepColumns('x', p.path[0], title),
      ...stepColumns('y', p.path[1], title),
      weakest_basis: p.weakestBasis,
      weakest_relation: p.weakestRelation,
      strength: p.strength,
      strength_meaning: strengthMeaning(p),
    })),
    ...c.reach.x
      .filter((s) => onlyXNos.has(s.nos))
      .map((s) => ({ kind: 'only-x', nos: s.nos, nos_title: title(s.nos), ...stepColumns('x', s, title) })),
    ...c.reach.y
      .filter((s) => onlyYNos.has(s.nos))
      .map((s) => ({ kind: 'only-y', nos: s.nos, nos_title: title(s.nos), ...stepColumns('y', s, title) })),
    ...c.unreached.x.map((u) => ({ kind: 'unreached-x', x_unit: u, x_title: title(u) })),
    ...c.unreached.y.map((u) => ({ kind: 'unreached-y', y_unit: u, y_title: title(u) })),
  ];
  return toCsv(rows, CSV_COLUMNS);
}

/** Names and titles (a course's module titles are anyone's text) as inline Markdown. */
const cell = markdownText;

function unitLabel(units: Map<string, Unit>, id: string): string {
  const unit = units.get(id);
  if (!unit) return id;
  return unit.title ? `${unit.code} ${unit.title}` : unit.code;
}

function stepLabel(step: HubStep): string {
  const basis = step.origin === 'user' ? 'your claim' : step.basis;
  const label = `${step.relation}, ${basis}${step.score !== undefined ? ` ${step.score}` : ''}`;
  return step.caveat ? `${label} ⚠ ${cell(caveatLine(step.caveat))}` : label;
}

function optionsLine(c: Comparison): string {
  const { minBasis, minRelation, minScore, minConfidence } = c.options;
  const computed = minBasis === 'computed' ? `, computed links ${CONFIDENCE_LABEL[minConfidence]}` : '';
  return `Links counted: basis ${minBasis} or stronger, relation ${minRelation} or stronger, score ≥ ${minScore}${computed}.`;
}

function areaTable(c: Comparison): string[] {
  return [
    `| Area | Shared NOS units | Only ${cell(c.x.label)} | Only ${cell(c.y.label)} |`,
    '| --- | ---: | ---: | ---: |',
    ...c.areas.map(
      (a) => `| ${a.area} ${cell(a.title)} | ${a.shared.length} | ${a.onlyX.length} | ${a.onlyY.length} |`,
    ),
  ];
}

function pairTable(c: Comparison, units: Map<string, Unit>): string[] {
  if (c.pairs.length === 0) return ['No NOS unit is reached by both sides.'];
  return [
    `| NOS unit | ${cell(c.x.label)} | Link | ${cell(c.y.label)} | Link | Weakest |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...c.pairs.map((p) => {
      const cells = [
        cell(unitLabel(units, p.via)),
        cell(unitLabel(units, p.x)),
        stepLabel(p.path[0]),
        cell(unitLabel(units, p.y)),
        stepLabel(p.path[1]),
        `${p.weakestRelation}, ${p.weakestBasis}`,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  ];
}

function bulletList(ids: string[], units: Map<string, Unit>): string[] {
  return ids.length === 0 ? ['(none)'] : ids.map((id) => `- ${cell(unitLabel(units, id))}`);
}

/** A readable report: area summary, the shared pairs, what only one side reaches, and what reaches nothing. */
export function comparisonToMarkdown(c: Comparison, dataset: Dataset): string {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const x = cell(c.x.label);
  const y = cell(c.y.label);
  const lines = [
    `# ${x} compared with ${y} through the NOS`,
    '',
    optionsLine(c),
    `${c.shared.length} NOS units are reached by both, ${c.onlyX.nos.length} only by ${x}, ` +
      `${c.onlyY.nos.length} only by ${y}; ${c.pairs.length} unit pairs.`,
    '',
    '## By functional area',
    '',
    ...areaTable(c),
    '',
    '## Pairs through a shared NOS unit',
    '',
    ...pairTable(c, units),
    '',
    `## NOS units reached only by ${x}`,
    '',
    ...bulletList(c.onlyX.nos, units),
    '',
    `## NOS units reached only by ${y}`,
    '',
    ...bulletList(c.onlyY.nos, units),
    '',
    `## ${x} units sharing no NOS unit with ${y}`,
    '',
    ...bulletList(c.onlyX.units, units),
    '',
    `## ${y} units sharing no NOS unit with ${x}`,
    '',
    ...bulletList(c.onlyY.units, units),
    '',
    `## Units with no qualifying link`,
    '',
    `${x}:`,
    '',
    ...bulletList(c.unreached.x, units),
    '',
    `${y}:`,
    '',
    ...bulletList(c.unreached.y, units),
  ];
  return lines.join('\n') + '\n';
}
