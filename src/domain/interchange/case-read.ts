/**
 * Reading a CASE 1.0 package from text someone else wrote (OpenSALT, the CASE Network, our own
 * export): defensive, bounded and never throwing. It checks the shape item by item, drops what it
 * cannot use with a problem saying where (`CFItems[12]`) and why, and breaks `isChildOf` cycles.
 * Work is linear in the file: size and counts are capped before anything is walked.
 */
import { attachParents, isRecord, readAssociations, readItems, refOf, text } from './case-records';

/** A CASE package can be large (a whole state's standards), but not this large. */
export const MAX_CASE_BYTES = 20 * 1024 * 1024;
export const MAX_CASE_ITEMS = 20_000;
export const MAX_CASE_ASSOCIATIONS = 100_000;

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
