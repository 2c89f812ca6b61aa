/** CASE associations as links between items we know, and external references to items we don't. */
import type { Basis, Dataset, Link, Relation } from '../model';
import { knownGroupings } from './case-vocabulary';
import type { CaseRef } from './case-read';
import type { Context, Placement } from './case-units';
import { URN_PREFIX, atlasUuid } from './shared';

/** A link of the imported framework whose other end is neither in the file nor in the atlas. */
export interface ExternalReference {
  /** The unit of the imported framework. */
  unit: string;
  associationType: string;
  /** The other end as the file names it. */
  target: CaseRef;
  /** True when the imported unit is the association's origin. */
  outgoing: boolean;
}

const INVERSE: Record<Relation, Relation> = {
  exact: 'exact',
  close: 'close',
  broad: 'narrow',
  narrow: 'broad',
  related: 'related',
};
const CROSSWALK_TYPES = new Set(['exactMatchOf', 'isRelatedTo']);
let ourGroupings: ReturnType<typeof knownGroupings> | undefined;

/** Atlas nodes a CASE reference may name: by our UUID v5 and by our URN. */
function atlasIndex(dataset: Dataset): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of [...dataset.areas.map((a) => a.id), ...dataset.units.map((u) => u.id)]) {
    index.set(atlasUuid(id), id);
    index.set(URN_PREFIX + id, id);
  }
  return index;
}

function relationAndBasis(
  ctx: Context,
  grouping: CaseRef | undefined,
  type: string,
): { relation: Relation; basis: Basis; ours: boolean } {
  const known = (ourGroupings ??= knownGroupings());
  const fromGrouping =
    grouping &&
    (known.get(grouping.identifier) ??
      known.get(grouping.uri) ??
      known.get(grouping.title) ??
      known.get(ctx.read.groupingTitles.get(grouping.identifier) ?? ''));
  if (fromGrouping) return { ...fromGrouping, ours: true };
  return { relation: type === 'exactMatchOf' ? 'exact' : 'related', basis: 'curated', ours: false };
}

export function buildLinks(ctx: Context, dataset: Dataset, placement: Map<string, Placement>) {
  const atlas = atlasIndex(dataset);
  const byUri = new Map(ctx.read.items.filter((i) => i.uri).map((i) => [i.uri, i.identifier]));
  const resolve = (ref: CaseRef): { id: string; inFile: boolean } | undefined => {
    const place = placement.get(ref.identifier) ?? placement.get(byUri.get(ref.uri) ?? '');
    if (place && place.kind !== 'area') return { id: place.unitId, inFile: true };
    const id = atlas.get(ref.identifier) ?? atlas.get(ref.uri);
    return id ? { id, inFile: false } : undefined;
  };
  const links = new Map<string, Link>();
  const external: ExternalReference[] = [];
  const ignored = new Map<string, number>();
  for (const a of ctx.read.associations) {
    if (!CROSSWALK_TYPES.has(a.type)) {
      ignored.set(a.type, (ignored.get(a.type) ?? 0) + 1);
      continue;
    }
    const origin = resolve(a.origin);
    const destination = resolve(a.destination);
    if (!origin || !destination) {
      const known = origin ?? destination;
      if (known?.inFile)
        external.push({
          unit: known.id,
          associationType: a.type,
          target: origin ? a.destination : a.origin,
          outgoing: !!origin,
        });
      else
        ctx.problems.push({
          severity: 'warning',
          message: 'Neither end of this association is known; skipped.',
          path: `CFAssociations[${a.index}]`,
        });
      continue;
    }
    const { relation, basis, ours } = relationAndBasis(ctx, a.grouping, a.type);
    // Links read from the imported framework's side: flip one that starts in the atlas.
    const flip = !origin.inFile && destination.inFile;
    const [from, to] = flip ? [destination.id, origin.id] : [origin.id, destination.id];
    if (from === to) continue;
    const link: Link = {
      from,
      to,
      relation: flip ? INVERSE[relation] : relation,
      basis,
      rationale: ours
        ? `Read back from the CASE file "${ctx.fileName}" (grouping "${basis} · ${relation}").`
        : `Claimed in the CASE file "${ctx.fileName}" (${a.type}); not checked by Standards Atlas.`,
      origin: 'user',
    };
    const key = `${link.from}>${link.to}>${link.relation}>${link.basis}`;
    if (!links.has(key)) links.set(key, link);
  }
  for (const [type, count] of ignored)
    ctx.problems.push({
      severity: 'note',
      message: `${count} ${type} association(s) are not crosswalks; not imported as links.`,
    });
  if (external.length > 0)
    ctx.problems.push({
      severity: 'warning',
      message: `${external.length} association(s) point at items that are neither in this file nor in the atlas (e.g. "${external[0]!.target.title || external[0]!.target.uri || external[0]!.target.identifier}"); they are kept as external references, not links.`,
    });
  return { links: [...links.values()], external };
}
