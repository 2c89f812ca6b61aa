/**
 * A CASE 1.0 package as the user's own framework: items become units (code from `humanCodingScheme`,
 * title from `fullStatement` or `abbreviatedStatement`), outcome and criterion items sit under their
 * unit (isChildOf), other nested items keep their parent in the unit's note. Associations between
 * items we know (in the file or in the atlas) become links: our "basis · relation" groupings give the
 * relation and basis back; otherwise `exactMatchOf` → exact, `isRelatedTo` → related, basis curated
 * (the file's author's claim). Associations to items we don't have are kept as external references.
 * The same function serves the app and the CLI.
 */
import { userFrameworkId } from '../course-import';
import type { Basis, Dataset, Framework, LearningOutcome, Link, Relation, Unit } from '../model';
import { knownGroupings } from './case-vocabulary';
import { readCase, type CaseRead, type CaseReadItem, type CaseRef, type ImportIssue } from './case-read';
import { NO_TITLE, URN_PREFIX, atlasUuid, untitledStatement } from './shared';

export type { ImportIssue } from './case-read';

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

export interface FrameworkImport {
  kind: 'case' | 'course';
  framework: Framework;
  units: Unit[];
  links: Link[];
  externalReferences: ExternalReference[];
  problems: ImportIssue[];
  /** Set when the framework is already in the atlas (e.g. our own export read back): its id there. */
  alreadyInAtlas?: string;
  /**
   * Unit id → its words for the suggestion engine, when the file says more than a unit keeps (a
   * course table's description and outcomes columns). Absent: see frameworkUnitText.
   */
  unitTexts?: Record<string, string>;
}

const INVERSE: Record<Relation, Relation> = {
  exact: 'exact',
  close: 'close',
  broad: 'narrow',
  narrow: 'broad',
  related: 'related',
};
const CROSSWALK_TYPES = new Set(['exactMatchOf', 'isRelatedTo']);
const ATLAS_ID = /^[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9./+-]*$/;
const MAX_LISTED_PROBLEMS = 200;

type Placement =
  { kind: 'unit'; unitId: string } | { kind: 'outcome' | 'criterion'; unitId: string } | { kind: 'area' };

type ItemKind = 'area' | 'unit' | 'outcome' | 'criterion';
let ourItemTypes: Map<string, ItemKind> | undefined;
let ourGroupings: ReturnType<typeof knownGroupings> | undefined;

/** What an item is, from our own item types or the words people use for them. */
function itemKind(item: CaseReadItem): ItemKind {
  // UUIDs are computed once, not per item: SHA-1 in plain JS is the costly part of a large import.
  ourItemTypes ??= new Map(
    (['area', 'unit', 'outcome', 'criterion'] as const).map((kind) => [atlasUuid(`item-type:${kind}`), kind]),
  );
  const ours = ourItemTypes.get(item.itemTypeId);
  if (ours) return ours;
  if (/outcome|objective/i.test(item.itemType)) return 'outcome';
  if (/criteri|indicator/i.test(item.itemType)) return 'criterion';
  return 'unit';
}

/** The note line that keeps a nested unit's parent (not the author's words: left out of suggestions). */
export const parentNote = (code: string) => `Under ${code} in the CASE hierarchy.`;
export const isParentNote = (line: string) => /^Under .{1,80} in the CASE hierarchy\.$/.test(line);

/** Items in document order: depth first, siblings by sequenceNumber then file order (parents are acyclic by now). */
function documentOrder(items: CaseReadItem[]): CaseReadItem[] {
  const byId = new Map(items.map((i) => [i.identifier, i]));
  const children = new Map<string, CaseReadItem[]>();
  const roots: CaseReadItem[] = [];
  for (const item of items) {
    const parent = item.parent !== undefined && byId.has(item.parent) ? item.parent : undefined;
    if (parent === undefined) roots.push(item);
    else children.set(parent, [...(children.get(parent) ?? []), item]);
  }
  const bySequence = (a: CaseReadItem, b: CaseReadItem) => a.sequence - b.sequence || a.index - b.index;
  const order: CaseReadItem[] = [];
  const stack = [...roots.sort(bySequence)].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    order.push(item);
    stack.push(...[...(children.get(item.identifier) ?? [])].sort(bySequence).reverse());
  }
  return order;
}

interface Context {
  read: CaseRead;
  fileName: string;
  frameworkId: string;
  /** Our own export read back: unit ids come from the items' URNs. */
  own: boolean;
  problems: ImportIssue[];
}

function unitIdFor(ctx: Context, item: CaseReadItem, code: string, taken: Set<string>): string {
  if (ctx.own && item.uri.startsWith(`${URN_PREFIX}${ctx.frameworkId}:`)) {
    const id = item.uri.slice(URN_PREFIX.length);
    if (ATLAS_ID.test(id) && !taken.has(id)) return id;
  }
  const safe =
    code.replace(/[^A-Za-z0-9./+-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '') || `item-${item.index + 1}`;
  let id = `${ctx.frameworkId}:${safe}`;
  for (let n = 2; taken.has(id); n++) id = `${ctx.frameworkId}:${safe}-${n}`;
  return id;
}

function titleOf(ctx: Context, item: CaseReadItem, code: string): string {
  if (item.statement === untitledStatement(code) || item.statement === NO_TITLE) return '';
  if (!item.statement)
    ctx.problems.push({
      severity: 'warning',
      message: `Item ${code} has no fullStatement or abbreviatedStatement; it is imported without a title.`,
      path: `CFItems[${item.index}]`,
    });
  return item.statement;
}

function numberFrom(item: CaseReadItem, pattern: RegExp, fallback: string): string {
  if (pattern.test(item.enumeration)) return item.enumeration;
  const tail = /(\d+(?:\.\d+[a-z]?)?)$/.exec(item.code)?.[1];
  return tail && pattern.test(tail) ? tail : fallback;
}

/** Places every item: as a unit, an outcome or criterion of a unit, or (our NOS export) a functional area. */
function buildUnits(ctx: Context): { units: Unit[]; placement: Map<string, Placement> } {
  const placement = new Map<string, Placement>();
  const units = new Map<string, Unit>();
  const outcomes = new Map<string, LearningOutcome>();
  const areaLetter = new Map<string, string>();
  const taken = new Set<string>();
  for (const item of documentOrder(ctx.read.items)) {
    const parent = item.parent !== undefined ? placement.get(item.parent) : undefined;
    const kind = itemKind(item);
    const code = item.code || item.enumeration || `item-${item.index + 1}`;
    const title = titleOf(ctx, item, code);
    if (kind === 'area' && ctx.own && /^[A-F]$/.test(code)) {
      placement.set(item.identifier, { kind: 'area' });
      areaLetter.set(item.identifier, code);
      continue;
    }
    if (kind === 'outcome' && parent?.kind === 'unit') {
      const unit = units.get(parent.unitId)!;
      unit.outcomes = unit.outcomes ?? [];
      const outcome = {
        number: numberFrom(item, /^\d+$/, String(unit.outcomes.length + 1)),
        text: title || code,
        criteria: [],
      };
      unit.outcomes.push(outcome);
      outcomes.set(item.identifier, outcome);
      placement.set(item.identifier, { kind: 'outcome', unitId: parent.unitId });
      continue;
    }
    if ((kind === 'criterion' || kind === 'outcome') && parent?.kind === 'outcome') {
      const outcome = outcomes.get(item.parent!)!;
      const fallback = `${outcome.number}.${outcome.criteria.length + 1}`;
      outcome.criteria.push({ number: numberFrom(item, /^\d+\.\d+[a-z]?$/, fallback), text: title || code });
      placement.set(item.identifier, { kind: 'criterion', unitId: parent.unitId });
      continue;
    }
    const id = unitIdFor(ctx, item, code, taken);
    taken.add(id);
    const parentUnit = parent && parent.kind !== 'area' ? units.get(parent.unitId) : undefined;
    const letter = item.parent !== undefined ? areaLetter.get(item.parent) : undefined;
    const note = [parentUnit ? parentNote(parentUnit.code) : '', item.notes].filter(Boolean).join('\n');
    units.set(id, {
      id,
      framework: ctx.frameworkId,
      code,
      title,
      source: { document: ctx.fileName, locator: `CFItems[${item.index}], identifier ${item.identifier}` },
      ...(letter ? { area: letter as Unit['area'] & string } : {}),
      ...(note ? { note } : {}),
    });
    placement.set(item.identifier, { kind: 'unit', unitId: id });
  }
  return { units: [...units.values()], placement };
}

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

function buildLinks(ctx: Context, dataset: Dataset, placement: Map<string, Placement>) {
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

function frameworkFor(read: CaseRead, dataset: Dataset, fileName: string, taken: Iterable<string>) {
  const existing = dataset.frameworks.find(
    (f) => atlasUuid(f.id) === read.document.identifier || URN_PREFIX + f.id === read.document.uri,
  );
  const name = read.document.title || fileName.replace(/\.[a-z]+$/i, '') || 'Imported framework';
  const id = existing?.id ?? userFrameworkId(name, [...dataset.frameworks.map((f) => f.id), ...taken]);
  const framework: Framework = {
    id,
    name: name.length >= 2 ? name : `${name} (imported)`,
    shortName: name.length > 24 ? `${name.slice(0, 23)}…` : name,
    kind: 'specialist',
    description: `User data: a framework imported from the CASE file "${fileName}". Its links are the file's claims, not checked by Standards Atlas.`,
    origin: 'user',
    source: { document: fileName, locator: 'CFDocument' },
  };
  return { framework, existing };
}

/** A file refused as a whole: nothing to import, one problem saying why. */
export function refusedImport(
  kind: FrameworkImport['kind'],
  fileName: string,
  problem: ImportIssue,
): FrameworkImport {
  const framework: Framework = {
    id: 'user-import',
    name: fileName,
    shortName: fileName.slice(0, 24),
    kind: 'specialist',
    origin: 'user',
    source: { document: fileName, locator: 'file' },
  };
  return { kind, framework, units: [], links: [], externalReferences: [], problems: [problem] };
}

/**
 * Reads a CASE package against the atlas. Never throws; `problems` says what was skipped and why.
 * `takenFrameworkIds`: ids of the user's frameworks already saved, so a new import gets its own id.
 */
export function importCasePackage(
  source: string,
  dataset: Dataset,
  fileName: string,
  takenFrameworkIds: Iterable<string> = [],
): FrameworkImport {
  const read = readCase(source);
  if ('refused' in read) return refusedImport('case', fileName, read.refused);
  const { framework, existing } = frameworkFor(read, dataset, fileName, takenFrameworkIds);
  const ctx: Context = {
    read,
    fileName,
    frameworkId: framework.id,
    own: read.document.uri.startsWith(URN_PREFIX),
    problems: [...read.issues],
  };
  const { units, placement } = buildUnits(ctx);
  const { links, external } = buildLinks(ctx, dataset, placement);
  if (existing)
    ctx.problems.unshift({
      severity: 'note',
      message: `"${existing.name}" is already in the atlas (framework ${existing.id}). Its whole content is listed for checking; it is not imported again as your own.`,
    });
  if (units.length === 0)
    ctx.problems.push({
      severity: 'error',
      message: 'Nothing to import: the package has no usable items.',
      path: 'CFItems',
    });
  const problems =
    ctx.problems.length > MAX_LISTED_PROBLEMS
      ? [
          ...ctx.problems.slice(0, MAX_LISTED_PROBLEMS),
          {
            severity: 'note' as const,
            message: `…and ${ctx.problems.length - MAX_LISTED_PROBLEMS} more problems like these.`,
          },
        ]
      : ctx.problems;
  return {
    kind: 'case',
    framework,
    units,
    links,
    externalReferences: external,
    problems,
    ...(existing ? { alreadyInAtlas: existing.id } : {}),
  };
}
