/** One leg of a path: which links qualify and the strongest leg from each side unit to each NOS unit. */
import { BASIS_STRENGTH, RELATION_STRENGTH, compareLinkStrength } from '../coverage';
import { meetsConfidence } from '../confidence';
import type { Dataset, Link, Relation } from '../model';
import type { CompareOptions, HubStep } from './sides';

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

export function compareSteps(a: HubStep, b: HubStep): number {
  return compareLinkStrength(stepAsLink(a), stepAsLink(b));
}

/** The strongest qualifying leg from each side unit to each NOS unit it reaches. */
export function reachOf(
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

export function stepStrength(step: HubStep): number {
  const raw = BASIS_STRENGTH[step.basis] * 10 + RELATION_STRENGTH[step.relation] + (step.score ?? 0) / 10;
  return Math.round(raw * 10000) / 10000;
}
