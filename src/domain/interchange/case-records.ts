/** CFItems and CFAssociations read one by one, and the isChildOf tree with its cycles broken. */
import type { CaseReadAssociation, CaseReadItem, CaseRef, ImportIssue } from './case-read';

const MAX_TEXT = 2000;
const MAX_CODE = 60;

export const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A string field, trimmed, control characters turned into spaces, capped. */
export function text(value: unknown, max = MAX_TEXT): string {
  if (typeof value !== 'string') return '';
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]+/g, ' ')
      .trim()
      .slice(0, max)
  );
}

export function refOf(value: unknown): CaseRef | undefined {
  if (!isRecord(value)) return undefined;
  const identifier = text(value.identifier, 200);
  const uri = text(value.uri, 500);
  if (!identifier && !uri) return undefined;
  return { identifier, uri, title: text(value.title, 300) };
}

export function readItems(raw: unknown[], issues: ImportIssue[]): CaseReadItem[] {
  const items: CaseReadItem[] = [];
  const seen = new Map<string, number>();
  raw.forEach((value, index) => {
    const path = `CFItems[${index}]`;
    if (!isRecord(value)) {
      issues.push({ severity: 'error', message: 'This item is not an object; skipped.', path });
      return;
    }
    const identifier = text(value.identifier, 200);
    if (!identifier) {
      issues.push({ severity: 'error', message: 'This item has no identifier; skipped.', path });
      return;
    }
    const first = seen.get(identifier);
    if (first !== undefined) {
      issues.push({
        severity: 'error',
        message: `Duplicate identifier ${identifier}: CFItems[${first}] already has it; this second item is skipped.`,
        path,
      });
      return;
    }
    seen.set(identifier, index);
    const typeRef = refOf(value.CFItemTypeURI);
    items.push({
      index,
      identifier,
      uri: text(value.uri, 500),
      code: text(value.humanCodingScheme, MAX_CODE),
      statement: text(value.fullStatement) || text(value.abbreviatedStatement),
      enumeration: text(value.listEnumeration, MAX_CODE),
      itemType: text(value.CFItemType, 200) || typeRef?.title || '',
      itemTypeId: typeRef?.identifier ?? '',
      notes: text(value.notes),
      sequence: Number.MAX_SAFE_INTEGER,
    });
  });
  return items;
}

export function readAssociations(raw: unknown[], issues: ImportIssue[]): CaseReadAssociation[] {
  const associations: CaseReadAssociation[] = [];
  raw.forEach((value, index) => {
    const path = `CFAssociations[${index}]`;
    const origin = isRecord(value) ? refOf(value.originNodeURI) : undefined;
    const destination = isRecord(value) ? refOf(value.destinationNodeURI) : undefined;
    const type = isRecord(value) ? text(value.associationType, 60) : '';
    if (!isRecord(value) || !origin || !destination || !type) {
      issues.push({
        severity: 'warning',
        message: 'This association lacks an associationType, originNodeURI or destinationNodeURI; skipped.',
        path,
      });
      return;
    }
    const sequence = typeof value.sequenceNumber === 'number' ? value.sequenceNumber : undefined;
    const grouping = refOf(value.CFAssociationGroupingURI);
    associations.push({
      index,
      type,
      origin,
      destination,
      ...(grouping ? { grouping } : {}),
      ...(sequence !== undefined ? { sequence } : {}),
    });
  });
  return associations;
}

/**
 * Parent links from isChildOf (child → parent item). A second parent is ignored with a note; a
 * cycle is reported and broken where it closes, so every walk up the tree ends. Linear time.
 */
export function attachParents(
  items: CaseReadItem[],
  associations: CaseReadAssociation[],
  issues: ImportIssue[],
): void {
  const byId = new Map(items.map((i) => [i.identifier, i]));
  const byUri = new Map(items.filter((i) => i.uri).map((i) => [i.uri, i]));
  const find = (ref: CaseRef) => byId.get(ref.identifier) ?? byUri.get(ref.uri);
  for (const a of associations) {
    if (a.type !== 'isChildOf') continue;
    const child = find(a.origin);
    if (!child) continue;
    const parent = find(a.destination);
    if (a.sequence !== undefined) child.sequence = Math.min(child.sequence, a.sequence);
    if (!parent) continue; // the document itself, or outside the file: a top-level item
    if (child.parent === undefined) child.parent = parent.identifier;
    else if (child.parent !== parent.identifier)
      issues.push({
        severity: 'note',
        message: `Item ${child.code || child.identifier} has a second parent (isChildOf); the first is kept.`,
        path: `CFAssociations[${a.index}]`,
      });
  }
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of items) {
    const path: CaseReadItem[] = [];
    let node: CaseReadItem | undefined = start;
    while (node && !state.has(node.identifier)) {
      state.set(node.identifier, 'walking');
      path.push(node);
      node = node.parent !== undefined ? byId.get(node.parent) : undefined;
    }
    if (node && state.get(node.identifier) === 'walking') {
      const loop = path.slice(path.indexOf(node));
      const last = loop[loop.length - 1]!;
      last.parent = undefined;
      issues.push({
        severity: 'error',
        message: `isChildOf cycle: ${[...loop, node].map((i) => i.code || i.identifier).join(' → ')}. The cycle is broken: ${last.code || last.identifier} is placed at the top level.`,
        path: `CFItems[${last.index}]`,
      });
    }
    for (const p of path) state.set(p.identifier, 'done');
  }
}
