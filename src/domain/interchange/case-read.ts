/**
 * Reading a CASE 1.0 package from text someone else wrote (OpenSALT, the CASE Network, our own
 * export): defensive, bounded and never throwing. It checks the shape item by item, drops what it
 * cannot use with a problem saying where (`CFItems[12]`) and why, and breaks `isChildOf` cycles.
 * Work is linear in the file: size and counts are capped before anything is walked.
 */

/** A CASE package can be large (a whole state's standards), but not this large. */
export const MAX_CASE_BYTES = 20 * 1024 * 1024;
export const MAX_CASE_ITEMS = 20_000;
export const MAX_CASE_ASSOCIATIONS = 100_000;
const MAX_TEXT = 2000;
const MAX_CODE = 60;

export interface ImportIssue {
  /** error: that part (or the whole file) was not imported; warning: imported, with what was done; note: for information. */
  severity: 'error' | 'warning' | 'note';
  message: string;
  /** Where in a CASE file, e.g. `CFItems[12]`. */
  path?: string;
  /** 1-based row in a CSV file. */
  row?: number;
}

/** A node reference as CASE writes it (LinkURI / LinkGenURI). */
export interface CaseRef {
  identifier: string;
  uri: string;
  title: string;
}

export interface CaseReadItem {
  index: number;
  identifier: string;
  uri: string;
  code: string;
  /** fullStatement, else abbreviatedStatement; empty when the item has neither. */
  statement: string;
  enumeration: string;
  itemType: string;
  itemTypeId: string;
  notes: string;
  /** The parent item's identifier (isChildOf), after cycles are broken; undefined at the top. */
  parent?: string;
  sequence: number;
}

export interface CaseReadAssociation {
  index: number;
  type: string;
  origin: CaseRef;
  destination: CaseRef;
  grouping?: CaseRef;
  sequence?: number;
}

export interface CaseRead {
  document: { identifier: string; uri: string; title: string };
  items: CaseReadItem[];
  /** Associations other than isChildOf. */
  associations: CaseReadAssociation[];
  /** Grouping titles from CFDefinitions, by identifier. */
  groupingTitles: Map<string, string>;
  issues: ImportIssue[];
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** A string field, trimmed, control characters turned into spaces, capped. */
function text(value: unknown, max = MAX_TEXT): string {
  if (typeof value !== 'string') return '';
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]+/g, ' ')
      .trim()
      .slice(0, max)
  );
}

function refOf(value: unknown): CaseRef | undefined {
  if (!isRecord(value)) return undefined;
  const identifier = text(value.identifier, 200);
  const uri = text(value.uri, 500);
  if (!identifier && !uri) return undefined;
  return { identifier, uri, title: text(value.title, 300) };
}

export function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MB`;
}

const NOT_CASE =
  'A CASE package is a JSON object with a CFDocument, CFItems and CFAssociations (as OpenSALT and the CASE Network export).';

type Refused = { refused: ImportIssue };

function parseRoot(source: string): { root: Record<string, unknown> } | Refused {
  if (source.length > MAX_CASE_BYTES)
    return {
      refused: {
        severity: 'error',
        message: `The file is ${megabytes(source.length)}; the largest CASE package Standards Atlas reads is ${megabytes(MAX_CASE_BYTES)}. Export a single framework, or check it is the right file.`,
      },
    };
  let root: unknown;
  try {
    root = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = e instanceof Error ? e.message.slice(0, 200) : 'unreadable';
    return { refused: { severity: 'error', message: `The file is not JSON (${reason}). ${NOT_CASE}` } };
  }
  // Some CASE services wrap the package: { "CFPackage": { … } }.
  if (isRecord(root) && isRecord(root.CFPackage)) root = root.CFPackage;
  if (!isRecord(root) || !isRecord(root.CFDocument))
    return {
      refused: {
        severity: 'error',
        message: `This JSON is not a CASE package: it has no CFDocument. ${NOT_CASE}`,
      },
    };
  for (const list of ['CFItems', 'CFAssociations'] as const)
    if (root[list] !== undefined && !Array.isArray(root[list]))
      return {
        refused: {
          severity: 'error',
          message: `This JSON is not a CASE package: ${list} is not a list. ${NOT_CASE}`,
          path: list,
        },
      };
  const items = (root.CFItems as unknown[] | undefined) ?? [];
  const associations = (root.CFAssociations as unknown[] | undefined) ?? [];
  if (items.length > MAX_CASE_ITEMS)
    return {
      refused: {
        severity: 'error',
        message: `The package has ${items.length.toLocaleString('en-GB')} items; Standards Atlas imports at most ${MAX_CASE_ITEMS.toLocaleString('en-GB')} per framework. Export a smaller framework.`,
        path: 'CFItems',
      },
    };
  if (associations.length > MAX_CASE_ASSOCIATIONS)
    return {
      refused: {
        severity: 'error',
        message: `The package has ${associations.length.toLocaleString('en-GB')} associations; Standards Atlas reads at most ${MAX_CASE_ASSOCIATIONS.toLocaleString('en-GB')}.`,
        path: 'CFAssociations',
      },
    };
  return { root };
}

function readItems(raw: unknown[], issues: ImportIssue[]): CaseReadItem[] {
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

function readAssociations(raw: unknown[], issues: ImportIssue[]): CaseReadAssociation[] {
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
function attachParents(
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

/** Reads a CASE package's text. `refused` is set when nothing in it can be used. */
export function readCase(source: string): CaseRead | Refused {
  const parsed = parseRoot(source);
  if ('refused' in parsed) return parsed;
  const { root } = parsed;
  const issues: ImportIssue[] = [];
  const doc = root.CFDocument as Record<string, unknown>;
  const document = {
    identifier: text(doc.identifier, 200),
    uri: text(doc.uri, 500),
    title: text(doc.title, 300),
  };
  if (!document.title)
    issues.push({ severity: 'warning', message: 'The CFDocument has no title.', path: 'CFDocument.title' });
  const items = readItems((root.CFItems as unknown[] | undefined) ?? [], issues);
  const all = readAssociations((root.CFAssociations as unknown[] | undefined) ?? [], issues);
  attachParents(items, all, issues);
  const groupingTitles = new Map<string, string>();
  const definitions = isRecord(root.CFDefinitions) ? root.CFDefinitions : {};
  if (Array.isArray(definitions.CFAssociationGroupings))
    for (const g of definitions.CFAssociationGroupings.slice(0, 1000)) {
      const ref = refOf(g);
      if (ref && isRecord(g)) groupingTitles.set(ref.identifier, text(g.title, 200));
    }
  return {
    document,
    items,
    associations: all.filter((a) => a.type !== 'isChildOf'),
    groupingTitles,
    issues,
  };
}
