/** The one data bundle the app loads: the dataset plus everything precomputed at build time. */
import type { Evidence } from './evidence';
import { computeLayout, type Position } from './layout';
import type { Correction, Dataset, Link, Unit } from './model';
import { omitSequentialNumbers, restoreNumbers, type PackedOutcome } from './outcome-numbers';
import { computedById, computedByPosition, linksById, linksByPosition } from './unit-positions';

export interface DataBundle {
  dataset: Dataset;
  positions: Record<string, Position>;
  /** The cited passages of the source documents (cited lines plus a little context); see evidence/. */
  evidence: Evidence;
  /** Packed bundles only: the computed links as one string (see packComputed). */
  computedLinks?: string;
}

export function createDataBundle(dataset: Dataset, evidence: Evidence = {}): DataBundle {
  return {
    dataset,
    positions: computeLayout(dataset),
    evidence,
  };
}

/** A correction travelling inside the unit it concerns, with its place in the corrections log. */
type PackedCorrection = Correction & { order: number };
type PackedUnit = Unit & { corrections?: PackedCorrection[] };

/**
 * The bundle as written into the page. Corrections ride inside the unit they concern, next to
 * the text they repeat (a rebuilt ProQual outcome table is also the unit's outcomes), so gzip
 * stores that text once instead of twice. `unpackBundle` restores the plain `DataBundle`.
 */
export function packBundle(bundle: DataBundle): DataBundle {
  const unitIds = new Set(bundle.dataset.units.map((u) => u.id));
  const byUnit = new Map<string, PackedCorrection[]>();
  const rest: PackedCorrection[] = [];
  bundle.dataset.corrections.forEach((c, order) => {
    const owner = c.records.find((id) => unitIds.has(id));
    if (owner) byUnit.set(owner, [...(byUnit.get(owner) ?? []), { ...c, order }]);
    else rest.push({ ...c, order });
  });
  const units: PackedUnit[] = bundle.dataset.units.map((u) =>
    byUnit.has(u.id) ? { ...u, corrections: byUnit.get(u.id) } : u,
  );
  const { links, computed } = packComputed(bundle.dataset.links);
  return {
    ...bundle,
    dataset: { ...bundle.dataset, units, corrections: rest, links },
    computedLinks: computed,
  };
}

const CONFIDENCE_CODE = { strong: 's', possible: 'p', weak: 'w' } as const;
const CONFIDENCE_OF = { s: 'strong', p: 'possible', w: 'weak' } as const;

/**
 * Computed links are all alike but for their ends, score and confidence, so they travel as one
 * string, "from>to>score>s|…" (s, p or w: strong, possible, weak), after the other links: a
 * third of their size in the page. Other computed links (none today) stay as they are.
 */
function packComputed(links: Link[]): { links: Link[]; computed: string } {
  const plain = (l: Link) =>
    l.basis === 'computed' &&
    l.relation === 'related' &&
    l.score !== undefined &&
    l.confidence !== undefined &&
    Object.keys(l).length === 6 &&
    !`${l.from}${l.to}`.includes('>') &&
    !`${l.from}${l.to}`.includes('|');
  return {
    links: links.filter((l) => !plain(l)),
    computed: links
      .filter(plain)
      .map((l) => `${l.from}>${l.to}>${l.score}>${CONFIDENCE_CODE[l.confidence!]}`)
      .join('|'),
  };
}

function unpackComputed(computed: string | undefined): Link[] {
  if (!computed) return [];
  return computed.split('|').map((entry) => {
    const [from, to, score, confidence] = entry.split('>') as [
      string,
      string,
      string,
      keyof typeof CONFIDENCE_OF,
    ];
    return {
      from,
      to,
      relation: 'related',
      basis: 'computed',
      score: Number(score),
      confidence: CONFIDENCE_OF[confidence],
    };
  });
}

export function unpackBundle(packed: DataBundle): DataBundle {
  const corrections: PackedCorrection[] = [...(packed.dataset.corrections as PackedCorrection[])];
  const units = (packed.dataset.units as PackedUnit[]).map(({ corrections: carried, ...unit }) => {
    if (carried) corrections.push(...carried);
    return unit;
  });
  corrections.sort((a, b) => a.order - b.order);
  const { computedLinks, ...rest } = packed;
  return {
    ...rest,
    dataset: {
      ...packed.dataset,
      units,
      corrections: corrections.map(({ order: _order, ...c }) => c),
      links: [...packed.dataset.links, ...unpackComputed(computedLinks)],
    },
  };
}

// ---- Lazy blocks: what the first screen does not need, parsed on first use.

/** Id of the page's `<script type="application/json">` block with the lean bundle, read at start-up. */
export const LEAN_BLOCK = 'atlas-lean';

/** Ids of the `<script type="application/json">` blocks the page carries beside its script. */
export const LAZY_BLOCKS = {
  evidence: 'atlas-evidence',
  texts: 'atlas-texts',
} as const;

type UnitTexts = Pick<PackedUnit, 'outcomes' | 'corrections'>;

/**
 * Outcomes (numbers that follow on left out, see outcome-numbers.ts) and corrections: the long
 * texts, per unit index, plus the corrections of no unit.
 */
export interface TextsBlock {
  units: Record<number, Omit<UnitTexts, 'outcomes'> & { outcomes?: PackedOutcome[] }>;
  corrections: PackedCorrection[];
}

export interface LeanBundle {
  /**
   * Units whose id is `framework:code` come without it, and links name their units by position
   * (see unit-positions.ts); joinBundle puts both back.
   */
  dataset: Dataset;
  /** Each unit's position as [x, y], in the order of `dataset.units` (ids are not repeated). */
  at: [number, number][];
  /** The computed links, packed as in `packBundle`, units by position. */
  computedLinks?: string;
}

/**
 * Splits a packed bundle into what the first screen needs (graph data, positions, the facts the
 * filters read) and the blocks read on first use: cited passages, outcomes and
 * criteria, corrections. The texts block keeps each unit's corrections beside its outcomes, as
 * `packBundle` does, so gzip still stores a rebuilt outcome table once.
 */
export function splitBundle(packed: DataBundle): {
  lean: LeanBundle;
  blocks: { evidence: Evidence; texts: TextsBlock };
} {
  const texts: TextsBlock = { units: {}, corrections: packed.dataset.corrections as PackedCorrection[] };
  const units = (packed.dataset.units as PackedUnit[]).map(({ outcomes, corrections, ...unit }, i) => {
    if (outcomes || corrections)
      texts.units[i] = { outcomes: outcomes && omitSequentialNumbers(outcomes), corrections };
    return unit;
  });
  // An id that is just framework:code is left out (joinBundle puts it back): 1.2 KB gzipped.
  const position = new Map(units.map((u, i) => [u.id, i]));
  const leanUnits = units.map(({ id, ...unit }) =>
    id === `${unit.framework}:${unit.code}` ? unit : { id, ...unit },
  );
  return {
    lean: {
      dataset: {
        ...packed.dataset,
        units: leanUnits as Unit[],
        links: linksByPosition(packed.dataset.links, position) as Link[],
        corrections: [],
      },
      at: units.map((u) => {
        const p = packed.positions[u.id] ?? { x: 0, y: 0 };
        return [p.x, p.y];
      }),
      computedLinks: computedByPosition(packed.computedLinks, position),
    },
    blocks: { evidence: packed.evidence, texts },
  };
}

/**
 * The bundle again from its lean part and lazily read blocks: units' `outcomes`, the dataset's
 * `corrections` and `evidence` are getters that read their block on first use.
 */
export function joinBundle(lean: LeanBundle, read: (block: keyof typeof LAZY_BLOCKS) => unknown): DataBundle {
  let texts: { units: Record<number, UnitTexts>; corrections: PackedCorrection[] } | undefined;
  const textsBlock = () => {
    if (texts) return texts;
    const block = (read('texts') as TextsBlock | null) ?? { units: {}, corrections: [] };
    const units: Record<number, UnitTexts> = {};
    for (const [i, { outcomes, corrections }] of Object.entries(block.units))
      units[Number(i)] = { outcomes: outcomes && restoreNumbers(outcomes), corrections };
    return (texts = { units, corrections: block.corrections });
  };
  let corrections: Correction[] | undefined;
  const allCorrections = () => {
    if (corrections) return corrections;
    const list = [...textsBlock().corrections];
    for (const t of Object.values(textsBlock().units)) list.push(...(t.corrections ?? []));
    list.sort((a, b) => a.order - b.order);
    return (corrections = list.map(({ order: _order, ...c }) => c));
  };
  lean.dataset.units = (lean.dataset.units as (Omit<Unit, 'id'> & { id?: string })[]).map(
    ({ id, ...unit }) => ({ id: id ?? `${unit.framework}:${unit.code}`, ...unit }),
  );
  lean.dataset.units.forEach((unit, i) => {
    Object.defineProperty(unit, 'outcomes', {
      get: () => textsBlock().units[i]?.outcomes,
      enumerable: true,
      configurable: true,
    });
  });
  const dataset = lean.dataset;
  dataset.links = [
    ...linksById(dataset.links, dataset.units),
    ...unpackComputed(computedById(lean.computedLinks, dataset.units)),
  ];
  Object.defineProperty(dataset, 'corrections', {
    get: allCorrections,
    enumerable: true,
    configurable: true,
  });
  let evidence: Evidence | undefined;
  return {
    dataset,
    positions: Object.fromEntries(
      lean.dataset.units.map((u, i) => [u.id, { x: lean.at[i]![0], y: lean.at[i]![1] }]),
    ),
    get evidence() {
      return (evidence ??= (read('evidence') as Evidence | null) ?? {});
    },
  };
}
