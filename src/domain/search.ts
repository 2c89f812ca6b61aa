/**
 * Search over units, frameworks and qualifications, serving three ways people look things up:
 * - by code, with any spacing, case or punctuation; exact and prefix code matches always rank first;
 * - by words with typos: each query word is matched fuzzily (fuse.js) against the vocabulary of
 *   the dataset, whose fuse index is built at build time and parsed at start-up;
 * - by what a unit is about: words are scored wherever they stand (title and code above summary,
 *   learning outcomes and assessment criteria), rarer words counting more, whole phrases most.
 * Scoring per word (best field) rather than per match keeps long units from winning on bulk.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
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
  /** 1 is a perfect (code) match; word matches score 0–1, higher is better. */
  score: number;
  /** Which field matched, in the documents' words: "code", "title", "assessment criterion 3.2". */
  matched: string;
  /** The matched text with character ranges to highlight. */
  highlight?: { text: string; ranges: [number, number][] };
}

/** Searchable fields, most important first, with how much a word found there counts. */
const FIELDS = [
  { key: 'title', weight: 1 },
  { key: 'code', weight: 1 },
  { key: 'summary', weight: 0.62 },
  { key: 'outcomes', weight: 0.55 },
  { key: 'criteria', weight: 0.5 },
  { key: 'frameworkName', weight: 0.35 },
] as const;
type FieldKey = (typeof FIELDS)[number]['key'];

const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or that the their this to with you your'.split(
    ' ',
  ),
);

const VOCABULARY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.34,
  location: 0,
  distance: 24,
  minMatchCharLength: 2,
};

export function searchWords(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z0-9]+/g) ?? []
  );
}

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
        ...new Set([
          codeKey(unit.code),
          ...(framework ? [codeKey(framework.shortName + unit.code), codeKey(framework.id + unit.code)] : []),
          ...(framework?.prefixes ?? []).map((p) => codeKey(p + unit.code)),
        ]),
      ],
      title: unit.title,
      summary: [unit.summary ?? '', ...(unit.variants ?? []).map((v) => v.text)].join(' ').trim(),
      outcomes: outcomes.map((o) => o.text),
      outcomeLabels: outcomes.map((o) => `learning outcome ${o.number}`),
      criteria: outcomes.flatMap((o) => o.criteria.map((c) => c.text)),
      criterionLabels: outcomes.flatMap((o) => o.criteria.map((c) => `assessment criterion ${c.number}`)),
    };
  });
  for (const q of dataset.qualifications) {
    docs.push({
      ...emptyDocument,
      id: q.id,
      type: 'qualification',
      framework: q.framework,
      frameworkName: frameworks.get(q.framework)?.name ?? q.framework,
      code: q.number,
      codeKeys: [codeKey(q.number), codeKey(q.id)],
      title: q.title,
      summary: q.rulesText,
    });
  }
  for (const f of dataset.frameworks) {
    if (f.kind === 'qualification') continue;
    docs.push({
      ...emptyDocument,
      id: `framework:${f.id}`,
      type: 'framework',
      framework: f.id,
      frameworkName: f.name,
      code: f.shortName,
      codeKeys: [codeKey(f.shortName), codeKey(f.id)],
      title: f.name,
      summary: f.description ?? '',
    });
  }
  return docs;
}

const emptyDocument = { outcomes: [], outcomeLabels: [], criteria: [], criterionLabels: [] };

/** Every distinct word of the documents, sorted: what typed words are matched against. */
export function vocabularyOf(docs: SearchDocument[]): string[] {
  const words = new Set<string>();
  for (const doc of docs)
    for (const field of FIELDS)
      for (const text of fieldTexts(doc, field.key)) searchWords(text).forEach((w) => words.add(w));
  return [...words].sort();
}

/**
 * The prebuilt part of search, made at build time: a fuse index of the vocabulary, one per
 * first letter, so a typed word is compared with the few hundred words that could be meant
 * rather than all of them. (A typo in the first letter is caught by the code and prefix passes
 * or not at all: a fair trade for speed.)
 */
export function buildSearchIndex(docs: SearchDocument[]): SerialisedSearchIndex {
  const vocabulary = vocabularyOf(docs);
  const buckets: Record<string, unknown> = {};
  for (const [letter, words] of bucketsOf(vocabulary)) {
    const index = Fuse.createIndex([], words).toJSON() as unknown as { records: { v?: string }[] };
    // Each record repeats its word; the vocabulary already ships it, so it is put back at load.
    for (const record of index.records) delete record.v;
    buckets[letter] = index;
  }
  // The words themselves are not shipped: they are the documents' own words, recomputed at load
  // (the count guards against a bundle built from other documents).
  return { words: vocabulary.length, buckets };
}

interface SerialisedSearchIndex {
  words: number;
  buckets: Record<string, unknown>;
}

function bucketsOf(vocabulary: string[]): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const word of vocabulary) {
    const letter = word[0]!;
    let list = buckets.get(letter);
    if (!list) buckets.set(letter, (list = []));
    list.push(word);
  }
  return buckets;
}

function restoreIndex(index: unknown, words: string[]): FuseIndex<string> {
  const { keys, records } = index as { keys: unknown[]; records: { i: number; n: number }[] };
  return Fuse.parseIndex({
    keys,
    records: records.map((r) => ({ ...r, v: words[r.i] })),
  } as unknown as Parameters<typeof Fuse.parseIndex>[0]) as FuseIndex<string>;
}

function fieldTexts(doc: SearchDocument, key: FieldKey): string[] {
  const value = doc[key];
  return Array.isArray(value) ? value : [value];
}

export interface SearchEngine {
  docs: SearchDocument[];
  search(query: string, options?: { limit?: number; allow?: (id: string) => boolean }): SearchResult[];
}

/** Where a word stands, as parallel arrays: document, field and (outcomes, criteria) which item. */
interface Postings {
  docs: number[];
  fields: number[];
  items: number[];
  /** How many distinct documents hold the word. */
  documents: number;
}

const TYPE_ORDER = { unit: 0, qualification: 1, framework: 2 };
const EXPANSION_CACHE_SIZE = 500;

function buildPostings(docs: SearchDocument[]): Map<string, Postings> {
  const postings = new Map<string, Postings>();
  docs.forEach((doc, d) => {
    const seenInDoc = new Set<string>();
    FIELDS.forEach((field, f) => {
      fieldTexts(doc, field.key).forEach((text, item) => {
        for (const word of new Set(searchWords(text))) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = { docs: [], fields: [], items: [], documents: 0 }));
          list.docs.push(d);
          list.fields.push(f);
          list.items.push(item);
          if (!seenInDoc.has(word)) {
            seenInDoc.add(word);
            list.documents++;
          }
        }
      });
    });
  });
  return postings;
}

export function createSearchEngine(docs: SearchDocument[], prebuilt?: unknown): SearchEngine {
  const postings = buildPostings(docs);
  // The postings hold every word of the documents once: the vocabulary, without a second pass.
  const vocabulary = [...postings.keys()].sort();
  const built =
    isPrebuilt(prebuilt) && prebuilt.words === vocabulary.length ? prebuilt : buildSearchIndex(docs);
  const words = bucketsOf(vocabulary);
  const fuses = new Map<string, Fuse<string>>();
  for (const [letter, bucket] of words) {
    const index = built.buckets[letter];
    if (index) fuses.set(letter, new Fuse(bucket, VOCABULARY_OPTIONS, restoreIndex(index, bucket)));
  }
  const idf = (word: string) => Math.log(1 + docs.length / (1 + (postings.get(word)?.documents ?? 0)));
  // Ties go to the generic NOS (the hub), then to documents in their given order.
  const order = new Map(docs.map((d, i) => [d.id, (d.framework === 'nos' ? 0 : 1e6) + i]));
  const expansions = new Map<string, { word: string; quality: number }[]>();
  const codeIndex = buildCodeIndex(docs);

  /** Vocabulary words a typed word may mean, best first, with how well each matches (1 = exactly). */
  function expand(term: string): { word: string; quality: number }[] {
    const cached = expansions.get(term);
    if (cached) return cached;
    let found: { word: string; quality: number }[];
    const bucket = words.get(term[0]!) ?? [];
    if (term.length <= 3 || /^\d+$/.test(term)) {
      const exact = postings.has(term) ? [{ word: term, quality: 1 }] : [];
      // One or two letters are too little to guess a word from: only the word itself counts.
      const prefixed = bucket
        .filter((w) => w !== term && w.startsWith(term) && term.length >= 3)
        .slice(0, 30)
        .map((word) => ({ word, quality: 0.8 }));
      found = [...exact, ...prefixed];
    } else {
      // Closer lengths mean closer words: "budjet" is "budget" before it is "budgetary".
      found = (fuses.get(term[0]!)?.search(term, { limit: 40 }) ?? []).map((r) => ({
        word: r.item,
        quality:
          r.item === term
            ? 1
            : Math.max(0.05, 1 - (r.score ?? 1)) *
              0.95 *
              (1 - (0.4 * Math.abs(r.item.length - term.length)) / r.item.length),
      }));
    }
    found.sort((a, b) => b.quality - a.quality);
    if (expansions.size >= EXPANSION_CACHE_SIZE) expansions.clear();
    expansions.set(term, found);
    return found;
  }

  // Scratch space reused by every search (no allocation per document while typing).
  const total = new Float64Array(docs.length);
  const termBest = new Float64Array(docs.length);
  const bestField = new Int16Array(docs.length).fill(-1);
  const bestItem = new Int32Array(docs.length);
  const rank = Int32Array.from(docs, (d) => order.get(d.id) ?? 0);

  function wordSearch(query: string, limit: number, allow: (id: string) => boolean): SearchResult[] {
    const allTerms = [...new Set(searchWords(query))].slice(0, 12);
    const terms = allTerms.some((t) => !STOP_WORDS.has(t))
      ? allTerms.filter((t) => !STOP_WORDS.has(t))
      : allTerms;
    if (terms.length === 0) return [];
    const touched: number[] = [];
    const candidateWords = new Set<string>();
    let maxTotal = 0;
    for (const term of terms) {
      const candidates = expand(term);
      // A typed word counts as much as the word it most likely means is rare, so a rare
      // near-miss ("healthy" for "helth") cannot outweigh the intended word ("health").
      const termWeight = candidates[0] ? Math.max(0.5, idf(candidates[0].word)) : 0.5;
      maxTotal += termWeight;
      const termTouched: number[] = [];
      for (const { word, quality } of candidates) {
        const list = postings.get(word);
        if (!list) continue;
        candidateWords.add(word);
        for (let k = 0; k < list.docs.length; k++) {
          const d = list.docs[k]!;
          const field = list.fields[k]!;
          const weight = quality * FIELDS[field]!.weight * termWeight;
          if (termBest[d] === 0) termTouched.push(d);
          if (weight > termBest[d]!) termBest[d] = weight;
          // Explain with the most important field any word matched in (title before criteria).
          if (bestField[d] === -1) {
            touched.push(d);
            bestField[d] = field;
            bestItem[d] = list.items[k]!;
          } else if (FIELDS[field]!.weight > FIELDS[bestField[d]!]!.weight) {
            bestField[d] = field;
            bestItem[d] = list.items[k]!;
          }
        }
      }
      for (const d of termTouched) {
        total[d]! += termBest[d]!;
        termBest[d] = 0;
      }
    }
    // The leaders only: a phrase bonus can still reorder them, nothing else can reach them.
    const keep = Math.max(limit * 3, 30);
    const leaders: number[] = [];
    const better = (a: number, b: number) =>
      total[a]! > total[b]! || (total[a] === total[b] && rank[a]! < rank[b]!);
    for (const d of touched) {
      if (leaders.length === keep && !better(d, leaders[keep - 1]!)) continue;
      if (!allow(docs[d]!.id)) continue;
      let i = Math.min(leaders.length, keep - 1);
      leaders[i] = d;
      while (i > 0 && better(d, leaders[i - 1]!)) {
        leaders[i] = leaders[i - 1]!;
        leaders[--i] = d;
      }
    }
    const phrase = query.toLowerCase().replace(/\s+/g, ' ').trim();
    const results = leaders.map((d) => {
      const doc = docs[d]!;
      const score = total[d]! / (maxTotal || 1);
      const phraseField = terms.length > 1 ? findPhrase(doc, phrase) : undefined;
      const finalScore = phraseField ? Math.min(1, score + 0.3) : score;
      const where = phraseField ?? { field: bestField[d]!, item: bestItem[d]! };
      const text = fieldTexts(doc, FIELDS[where.field]!.key)[where.item] ?? '';
      return {
        ...describeDocument(doc),
        score: Math.round(Math.min(0.98, finalScore) * 1000) / 1000,
        matched: describeField(doc, FIELDS[where.field]!.key, where.item),
        highlight: { text, ranges: highlightRanges(text, candidateWords) },
      } satisfies SearchResult;
    });
    for (const d of touched) {
      total[d] = 0;
      bestField[d] = -1;
    }
    return results.sort(
      (a, b) =>
        b.score - a.score ||
        TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  }

  const lowered = new Map<SearchDocument, string[][]>();
  function findPhrase(doc: SearchDocument, phrase: string): { field: number; item: number } | undefined {
    let fields = lowered.get(doc);
    if (!fields) {
      fields = FIELDS.map((f) => fieldTexts(doc, f.key).map((t) => t.toLowerCase().replace(/\s+/g, ' ')));
      lowered.set(doc, fields);
    }
    for (let f = 0; f < fields.length; f++) {
      const item = fields[f]!.findIndex((t) => t.includes(phrase));
      if (item >= 0) return { field: f, item };
    }
    return undefined;
  }

  return {
    docs,
    search(query, { limit = 20, allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      if (!trimmed) return [];
      const codeResults = searchCodes(docs, codeIndex, trimmed, allow, order);
      const seen = new Set(codeResults.map((r) => r.id));
      const found =
        codeResults.length >= limit ? [] : wordSearch(trimmed, limit, allow).filter((r) => !seen.has(r.id));
      return [...codeResults, ...found].slice(0, limit);
    },
  };
}

function isPrebuilt(value: unknown): value is SerialisedSearchIndex {
  return !!value && typeof value === 'object' && typeof (value as { words?: unknown }).words === 'number';
}

/** Every code spelling, sorted, so exact and prefix lookups are binary searches. */
interface CodeIndex {
  keys: string[];
  docs: number[];
}

function buildCodeIndex(docs: SearchDocument[]): CodeIndex {
  const entries = docs.flatMap((doc, d) => doc.codeKeys.map((key) => [key, d] as const));
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: entries.map((e) => e[0]), docs: entries.map((e) => e[1]) };
}

function lowerBound(keys: string[], key: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

function searchCodes(
  docs: SearchDocument[],
  index: CodeIndex,
  query: string,
  allow: (id: string) => boolean,
  order: Map<string, number>,
): SearchResult[] {
  const key = codeKey(query);
  if (!key || (!/\d/.test(key) && key.length < 2)) return [];
  const exact = new Set<number>();
  const prefix = new Set<number>();
  // A prefix only counts as a code when it looks like one (has a digit), so "man" finds words, not codes.
  const prefixes = /\d/.test(key);
  for (let i = lowerBound(index.keys, key); i < index.keys.length && index.keys[i]!.startsWith(key); i++) {
    const d = index.docs[i]!;
    if (index.keys[i] === key) exact.add(d);
    else if (prefixes && prefix.size < 200) prefix.add(d);
  }
  const toResult = (d: number, isExact: boolean): SearchResult => {
    const doc = docs[d]!;
    return {
      ...describeDocument(doc),
      score: isExact ? 1 : 0.99,
      matched: isExact ? 'code' : 'code prefix',
      highlight: { text: doc.code, ranges: [[0, doc.code.length]] },
    };
  };
  const byCode = (a: SearchResult, b: SearchResult) =>
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    a.code.length - b.code.length ||
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  const pick = (set: Set<number>, isExact: boolean) =>
    [...set]
      .filter((d) => allow(docs[d]!.id))
      .map((d) => toResult(d, isExact))
      .sort(byCode);
  return [...pick(exact, true), ...pick(new Set([...prefix].filter((d) => !exact.has(d))), false)];
}

/** What every result says about the document it found. */
function describeDocument(
  doc: SearchDocument,
): Pick<SearchResult, 'id' | 'type' | 'framework' | 'code' | 'title'> {
  return { id: doc.id, type: doc.type, framework: doc.framework, code: doc.code, title: doc.title };
}

function describeField(doc: SearchDocument, key: FieldKey, item: number): string {
  if (key === 'outcomes') return doc.outcomeLabels[item] ?? 'learning outcome';
  if (key === 'criteria') return doc.criterionLabels[item] ?? 'assessment criterion';
  if (key === 'frameworkName') return 'framework name';
  return key;
}

/** Character ranges of the matched words in a text, for <mark>. */
export function highlightRanges(text: string, words: Set<string>): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /[A-Za-z0-9]+/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (words.has(m[0].toLowerCase())) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}
