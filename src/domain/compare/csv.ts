/** The comparison as CSV: one row per shared pair, one-sided leg and unreached unit. */
import { BASIS_STRENGTH, RELATION_STRENGTH } from '../coverage';
import { caveatLine } from '../caveats';
import { toCsv } from '../export';
import type { Dataset } from '../model';
import { stepStrength } from './legs';
import type { Comparison, HubPair, HubStep } from './sides';

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
