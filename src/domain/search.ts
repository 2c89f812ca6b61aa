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
  'a an and are as at be by for from in into is it its of on or that the their this to with you your'.split(' '),
);

const VOCABULARY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.34,
  location: 0,
  distance: 24,
  minMatchCharLength: 2,
};

export function searchWords(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];
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
  for (const doc of docs) for (const field of FIELDS) for (const text of fieldTexts(doc, field.key)) searchWords(text).forEach((w) => words.add(w));
  return [...words].sort();
}

/** The prebuilt part of search, made at build time: the fuse index of the vocabulary. */
export function buildSearchIndex(docs: SearchDocument[]): { vocabulary: string[]; fuse: unknown } {
  const vocabulary = vocabularyOf(docs);
  const index = Fuse.createIndex([], vocabulary).toJSON() as { keys: unknown[]; records: { v?: string }[] };
  // Each record repeats its word; the vocabulary already ships it, so it is put back at load.
  for (const record of index.records) delete record.v;
  return { vocabulary, fuse: index };
}

function restoreVocabularyIndex(index: unknown, vocabulary: string[]): Parameters<typeof Fuse.parseIndex>[0] {
  const { keys, records } = index as { keys: unknown[]; records: { i: number; n: number }[] };
  return { keys, records: records.map((r) => ({ ...r, v: vocabulary[r.i] })) } as unknown as Parameters<
    typeof Fuse.parseIndex
  >[0];
}

function fieldTexts(doc: SearchDocument, key: FieldKey): string[] {
  const value = doc[key];
  return Array.isArray(value) ? value : [value];
}

export interface SearchEngine {
  docs: SearchDocument[];
  search(query: string, options?: { limit?: number; allow?: (id: string) => boolean }): SearchResult[];
}

/** Where a word stands: document, field and (for outcomes and criteria) which item. */
interface Posting {
  doc: number;
  field: number;
  item: number;
}

interface TermMatch {
  weight: number;
  field: number;
  item: number;
}

const TYPE_ORDER = { unit: 0, qualification: 1, framework: 2 };

export function createSearchEngine(docs: SearchDocument[], prebuilt?: unknown): SearchEngine {
  const built = isPrebuilt(prebuilt) ? prebuilt : buildSearchIndex(docs);
  const vocabularyFuse = new Fuse(
    built.vocabulary,
    VOCABULARY_OPTIONS,
    Fuse.parseIndex(restoreVocabularyIndex(built.fuse, built.vocabulary)) as FuseIndex<string>,
  );
  const postings = new Map<string, Posting[]>();
  docs.forEach((doc, d) => {
    FIELDS.forEach((field, f) => {
      fieldTexts(doc, field.key).forEach((text, item) => {
        for (const word of new Set(searchWords(text))) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = []));
          list.push({ doc: d, field: f, item });
        }
      });
    });
  });
  const documentFrequency = (word: string) => new Set((postings.get(word) ?? []).map((p) => p.doc)).size;
  const idf = (word: string) => Math.log(1 + docs.length / (1 + documentFrequency(word)));
  // Ties go to the generic NOS (the hub), then to documents in their given order.
  const order = new Map(docs.map((d, i) => [d.id, (d.framework === 'nos' ? 0 : 1e6) + i]));

  /** Vocabulary words a typed word may mean, with how well each matches (1 = exactly). */
  function expand(term: string): { word: string; quality: number }[] {
    if (term.length <= 3 || /^\d+$/.test(term)) {
      const exact = postings.has(term) ? [{ word: term, quality: 1 }] : [];
      const prefixed = built.vocabulary
        .filter((w) => w !== term && w.startsWith(term) && term.length >= 2)
        .slice(0, 30)
        .map((word) => ({ word, quality: 0.8 }));
      return [...exact, ...prefixed];
    }
    // Closer lengths mean closer words: "budjet" is "budget" before it is "budgetary".
    return vocabularyFuse.search(term, { limit: 40 }).map((r) => ({
      word: r.item,
      quality:
        r.item === term
          ? 1
          : Math.max(0.05, 1 - (r.score ?? 1)) * 0.95 * (1 - (0.4 * Math.abs(r.item.length - term.length)) / r.item.length),
    }));
  }

  function wordSearch(query: string, allow: (id: string) => boolean): SearchResult[] {
    const allTerms = [...new Set(searchWords(query))].slice(0, 12);
    const terms = allTerms.some((t) => !STOP_WORDS.has(t)) ? allTerms.filter((t) => !STOP_WORDS.has(t)) : allTerms;
    if (terms.length === 0) return [];
    const phrase = query.toLowerCase().replace(/\s+/g, ' ').trim();
    const scores = new Map<number, { total: number; best: TermMatch; matchedWords: Set<string> }>();
    let maxTotal = 0;
    for (const term of terms) {
      const expansions = expand(term).sort((a, b) => b.quality - a.quality);
      // How much a typed word counts is the rarity of the word it most likely means, so a
      // rare near-miss ("healthy" for "helth") cannot outweigh the intended word ("health").
      const termWeight = expansions[0] ? Math.max(0.5, idf(expansions[0].word)) : 0.5;
      maxTotal += termWeight;
      const perDoc = new Map<number, TermMatch & { word: string }>();
      for (const { word, quality } of expansions) {
        for (const p of postings.get(word) ?? []) {
          const weight = quality * FIELDS[p.field]!.weight * termWeight;
          const current = perDoc.get(p.doc);
          if (!current || weight > current.weight) perDoc.set(p.doc, { weight, field: p.field, item: p.item, word });
        }
      }
      for (const [doc, match] of perDoc) {
        const entry = scores.get(doc) ?? { total: 0, best: match, matchedWords: new Set<string>() };
        entry.total += match.weight;
        entry.matchedWords.add(match.word);
        // Explain with the most important field any word matched in (title before criteria).
        if (FIELDS[match.field]!.weight > FIELDS[entry.best.field]!.weight) entry.best = match;
        scores.set(doc, entry);
      }
    }
    const results: SearchResult[] = [];
    for (const [index, entry] of scores) {
      const doc = docs[index]!;
      if (!allow(doc.id)) continue;
      let score = entry.total / (maxTotal || 1);
      // A whole phrase standing in a field is what the person meant.
      const phraseField = terms.length > 1 ? findPhrase(doc, phrase) : undefined;
      if (phraseField) score = Math.min(1, score + 0.3);
      const where = phraseField ?? { field: entry.best.field, item: entry.best.item };
      const text = fieldTexts(doc, FIELDS[where.field]!.key)[where.item] ?? '';
      results.push({
        id: doc.id,
        type: doc.type,
        framework: doc.framework,
        code: doc.code,
        title: doc.title,
        score: Math.round(Math.min(0.98, score) * 1000) / 1000,
        matched: describeField(doc, FIELDS[where.field]!.key, where.item),
        highlight: { text, ranges: highlightRanges(text, entry.matchedWords) },
      });
    }
    return results.sort(
      (a, b) =>
        b.score - a.score ||
        TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
        (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
  }

  function findPhrase(doc: SearchDocument, phrase: string): { field: number; item: number } | undefined {
    for (let f = 0; f < FIELDS.length; f++) {
      const texts = fieldTexts(doc, FIELDS[f]!.key);
      const item = texts.findIndex((t) => t.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
      if (item >= 0) return { field: f, item };
    }
    return undefined;
  }

  return {
    docs,
    search(query, { limit = 20, allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      if (!trimmed) return [];
      const codeResults = searchCodes(docs, trimmed, allow, order);
      const seen = new Set(codeResults.map((r) => r.id));
      const words = codeResults.length >= limit ? [] : wordSearch(trimmed, allow).filter((r) => !seen.has(r.id));
      return [...codeResults, ...words].slice(0, limit);
    },
  };
}

function isPrebuilt(value: unknown): value is { vocabulary: string[]; fuse: unknown } {
  return !!value && typeof value === 'object' && Array.isArray((value as { vocabulary?: unknown }).vocabulary);
}

function searchCodes(
  docs: SearchDocument[],
  query: string,
  allow: (id: string) => boolean,
  order: Map<string, number>,
): SearchResult[] {
  const key = codeKey(query);
  const exact: SearchResult[] = [];
  const prefix: SearchResult[] = [];
  if (!key || !/\d/.test(key) && key.length < 2) return [];
  for (const doc of docs) {
    if (!allow(doc.id)) continue;
    const isExact = doc.codeKeys.includes(key);
    // A prefix only counts as a code when it looks like one (has a digit), so "man" finds words, not codes.
    const isPrefix = !isExact && /\d/.test(key) && doc.codeKeys.some((k) => k.startsWith(key));
    if (!isExact && !isPrefix) continue;
    (isExact ? exact : prefix).push({
      id: doc.id,
      type: doc.type,
      framework: doc.framework,
      code: doc.code,
      title: doc.title,
      score: isExact ? 1 : 0.99,
      matched: isExact ? 'code' : 'code prefix',
      highlight: { text: doc.code, ranges: [[0, doc.code.length]] },
    });
  }
  const byCode = (a: SearchResult, b: SearchResult) =>
    TYPE_ORDER[a.type] - TYPE_ORDER[b.type] ||
    a.code.length - b.code.length ||
    (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
  return [...exact.sort(byCode), ...prefix.sort(byCode)];
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
