/** Pairing the two sides' legs through each shared NOS unit, and what only one side reaches. */
import { BASIS_STRENGTH, RELATION_STRENGTH } from '../coverage';
import { DEFAULT_MIN_CONFIDENCE } from '../confidence';
import type { Basis, Dataset, Relation } from '../model';
import { compareSteps, reachOf, stepStrength } from './legs';
import type {
  AreaComparison,
  CompareOptions,
  CompareSide,
  Comparison,
  HubPair,
  HubStep,
  OneSided,
} from './sides';

const DEFAULT_OPTIONS: Required<CompareOptions> = {
  minBasis: 'computed',
  minRelation: 'related',
  minScore: 0,
  minConfidence: DEFAULT_MIN_CONFIDENCE,
};

type Sorter = (a: string, b: string) => number;

function indexOf(ids: string[]): Map<string, number> {
  return new Map(ids.map((id, i) => [id, i]));
}

function byOrder(order: Map<string, number>): Sorter {
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => rank(a) - rank(b) || a.localeCompare(b);
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
