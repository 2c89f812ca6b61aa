/** CASE items placed as units, outcomes and criteria of a unit, or (our NOS export) functional areas. */
import type { LearningOutcome, Unit } from '../model';
import type { CaseRead, CaseReadItem, ImportIssue } from './case-read';
import { NO_TITLE, URN_PREFIX, atlasUuid, untitledStatement } from './shared';

const ATLAS_ID = /^[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9./+-]*$/;

export type Placement =
  { kind: 'unit'; unitId: string } | { kind: 'outcome' | 'criterion'; unitId: string } | { kind: 'area' };

type ItemKind = 'area' | 'unit' | 'outcome' | 'criterion';
let ourItemTypes: Map<string, ItemKind> | undefined;

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

export interface Context {
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
export function buildUnits(ctx: Context): { units: Unit[]; placement: Map<string, Placement> } {
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
