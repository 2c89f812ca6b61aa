/**
 * Search over units, frameworks and qualifications, serving three ways people look things up:
 * by code (any spacing, case or punctuation; exact and prefix code matches always rank first),
 * by words with typos (fuse.js fuzzy matching), and by what a unit is about (summary, learning
 * outcomes, assessment criteria). The fuse index is built at build time and parsed at start-up.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Dataset } from './model';
import { codeKey } from './resolve';

export interface SearchDocument {
  id: string;
  /** "unit", or a group node: "framework" / "qualification". */
  type: 'unit' | 'framework' | 'qualification';
  framework: string;
  frameworkName: string;
  code: string;
  /** Every spelling of the code that should hit it exactly: "B6", "NOSB6", "HSCB1.2". */
  codeKeys: string[];
  title: string;
  summary: string;
  outcomes: string[];
  outcomeLabels: string[];
  criteria: string[];
  criterionLabels: string[];
}

export interface SearchResult {
  id: string;
  type: SearchDocument['type'];
  framework: string;
  code: string;
  title: string;
  /** 1 is a perfect (code) match; fuzzy matches score 0–1, higher is better. */
  score: number;
  /** Which field matched, in the documents' words: "code", "title", "assessment criterion 3.2". */
  matched: string;
  /** Character ranges in the matched text, for highlighting. */
  highlight?: { text: string; ranges: [number, number][] };
}

const FUSE_KEYS = [
  { name: 'title', weight: 3 },
  { name: 'code', weight: 3 },
  { name: 'summary', weight: 1.5 },
  { name: 'outcomes', weight: 1 },
  { name: 'criteria', weight: 0.8 },
  { name: 'frameworkName', weight: 0.5 },
];

export const FUSE_OPTIONS: IFuseOptions<SearchDocument> = {
  keys: FUSE_KEYS,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreFieldNorm: false,
  threshold: 0.34,
  minMatchCharLength: 3,
};

export function buildSearchDocuments(dataset: Dataset): SearchDocument[] {
  const frameworks = new Map(dataset.frameworks.map((f) => [f.id, f]));
  const docs: SearchDocument[] = dataset.units.map((unit) => {
    const framework = frameworks.get(unit.framework);
    const outcomes = unit.outcomes ?? [];
    return {
      id: unit.id,
      type: 'unit',
      framework: unit.framework,
      frameworkName: framework ? `${framework.shortName} ${framework.name}` : unit.framework,
      code: unit.code,
      codeKeys: [
        codeKey(unit.code),
        ...(framework ? [codeKey(framework.shortName + unit.code), codeKey(framework.id + unit.code)] : []),
        ...(framework?.prefixes ?? []).map((p) => codeKey(p + unit.code)),
      ],
      title: unit.title,
      summary: unit.summary ?? '',
      outcomes: outcomes.map((o) => o.text),
      outcomeLabels: outcomes.map((o) => `learning outcome ${o.number}`),
      criteria: outcomes.flatMap((o) => o.criteria.map((c) => c.text)),
      criterionLabels: outcomes.flatMap((o) => o.criteria.map((c) => `assessment criterion ${c.number}`)),
    };
  });
  for (const q of dataset.qualifications) {
    docs.push({
      id: q.id,
      type: 'qualification',
      framework: q.framework,
      frameworkName: frameworks.get(q.framework)?.name ?? q.framework,
      code: q.number,
      codeKeys: [codeKey(q.number), codeKey(q.id)],
      title: q.title,
      summary: q.rulesText,
      outcomes: [],
      outcomeLabels: [],
      criteria: [],
      criterionLabels: [],
    });
  }
  for (const f of dataset.frameworks) {
    if (f.kind === 'qualification') continue;
    docs.push({
      id: `framework:${f.id}`,
      type: 'framework',
      framework: f.id,
      frameworkName: f.name,
      code: f.shortName,
      codeKeys: [codeKey(f.shortName), codeKey(f.id)],
      title: f.name,
      summary: f.description ?? '',
      outcomes: [],
      outcomeLabels: [],
      criteria: [],
      criterionLabels: [],
    });
  }
  return docs;
}

interface IndexEntry {
  v?: string;
  i?: number;
  n: number;
}
interface SerialisedIndex {
  keys: { path: string[] }[];
  records: { i: number; $: Record<string, IndexEntry | IndexEntry[]> }[];
}

/**
 * The fuse index, built at build time. The field values it would repeat are left out (they are
 * the documents' own text, already in the bundle) and put back by `createSearchEngine`.
 */
export function buildSearchIndex(docs: SearchDocument[]): unknown {
  const index = Fuse.createIndex(FUSE_KEYS, docs).toJSON() as unknown as SerialisedIndex;
  for (const record of index.records)
    for (const entry of Object.values(record.$)) for (const e of [entry].flat()) delete e.v;
  return index;
}

function restoreIndexText(index: SerialisedIndex, docs: SearchDocument[]): SerialisedIndex {
  return {
    keys: index.keys,
    records: index.records.map((record) => {
      const doc = docs[record.i] as unknown as Record<string, string | string[]>;
      const $: SerialisedIndex['records'][number]['$'] = {};
      for (const [keyIndex, entry] of Object.entries(record.$)) {
        const value = doc[index.keys[Number(keyIndex)]!.path[0]!];
        $[keyIndex] = Array.isArray(entry)
          ? entry.map((e) => ({ ...e, v: (value as string[])[e.i ?? 0] ?? '' }))
          : { ...entry, v: String(value ?? '') };
      }
      return { i: record.i, $ };
    }),
  };
}

export interface SearchEngine {
  docs: SearchDocument[];
  search(query: string, options?: { limit?: number; allow?: (id: string) => boolean }): SearchResult[];
}

const FIELD_LABELS: Record<string, string> = {
  title: 'title',
  code: 'code',
  summary: 'summary',
  frameworkName: 'framework name',
};

function describeMatch(doc: SearchDocument, key: string | undefined, refIndex: number | undefined): string {
  if (key === 'outcomes') return doc.outcomeLabels[refIndex ?? 0] ?? 'learning outcome';
  if (key === 'criteria') return doc.criterionLabels[refIndex ?? 0] ?? 'assessment criterion';
  return FIELD_LABELS[key ?? ''] ?? key ?? 'text';
}

function fromFuse(result: FuseResult<SearchDocument>): SearchResult {
  const doc = result.item;
  const weightOf = (key?: string) => FUSE_KEYS.find((k) => k.name === key)?.weight ?? 0;
  // Explain with the most important field that matched (title before criteria).
  const best = [...(result.matches ?? [])].sort((a, b) => weightOf(b.key) - weightOf(a.key))[0];
  return {
    id: doc.id,
    type: doc.type,
    framework: doc.framework,
    code: doc.code,
    title: doc.title,
    score: Math.round((1 - (result.score ?? 1)) * 1000) / 1000,
    matched: describeMatch(doc, best?.key, best?.refIndex),
    ...(best?.value
      ? {
          highlight: {
            text: best.value,
            ranges: best.indices.map(([a, b]) => [a, b + 1] as [number, number]),
          },
        }
      : {}),
  };
}

/** Tokens of three or more characters: fuse matches each on its own, so word order and typos matter less. */
function queryTerms(query: string): string[] {
  return [
    ...new Set(
      query
        .toLowerCase()
        .split(/[^a-z0-9./+-]+/)
        .filter((t) => t.length >= 3),
    ),
  ].slice(0, 8);
}

const TYPE_ORDER = { unit: 0, qualification: 1, framework: 2 };

export function createSearchEngine(docs: SearchDocument[], serialisedIndex?: unknown): SearchEngine {
  const index = serialisedIndex
    ? Fuse.parseIndex<SearchDocument>(
        restoreIndexText(serialisedIndex as SerialisedIndex, docs) as unknown as Parameters<
          typeof Fuse.parseIndex
        >[0],
      )
    : Fuse.createIndex(FUSE_KEYS, docs);
  const fuse = new Fuse(docs, FUSE_OPTIONS, index as FuseIndex<SearchDocument>);
  const order = new Map(docs.map((d, i) => [d.id, i]));

  return {
    docs,
    search(query, { limit = 20, allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      if (!trimmed) return [];
      const key = codeKey(trimmed);
      const exact: SearchResult[] = [];
      const prefix: SearchResult[] = [];
      if (key.length >= 1) {
        for (const doc of docs) {
          if (!allow(doc.id)) continue;
          const isExact = doc.codeKeys.includes(key);
          const isPrefix = !isExact && key.length >= 2 && doc.codeKeys.some((k) => k.startsWith(key));
          if (!isExact && !isPrefix) continue;
          const result: SearchResult = {
            id: doc.id,
            type: doc.type,
            framework: doc.framework,
            code: doc.code,
            title: doc.title,
            score: isExact ? 1 : 0.99,
            matched: isExact ? 'code' : 'code prefix',
            highlight: { text: doc.code, ranges: [[0, doc.code.length]] },
          };
          (isExact ? exact : prefix).push(result);
        }
      }
      const byCode = (a: SearchResult, b: SearchResult) =>
        TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
        a.code.length - b.code.length ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
      exact.sort(byCode);
      prefix.sort(byCode);
      const seen = new Set([...exact, ...prefix].map((r) => r.id));
      const terms = queryTerms(trimmed);
      const fuzzy: SearchResult[] = [];
      if (terms.length > 0 && exact.length + prefix.length < limit) {
        const expression =
          terms.length === 1
            ? terms[0]!
            : { $or: terms.flatMap((term) => FUSE_KEYS.map((k) => ({ [k.name]: term }))) };
        for (const result of fuse.search(expression as string)) {
          if (seen.has(result.item.id) || !allow(result.item.id)) continue;
          fuzzy.push(fromFuse(result));
          if (exact.length + prefix.length + fuzzy.length >= limit) break;
        }
      }
      return [...exact, ...prefix, ...fuzzy].slice(0, limit);
    },
  };
}
