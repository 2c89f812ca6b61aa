/**
 * Search over units, frameworks and qualifications, ranking as a person expects:
 * - codes only from code-shaped chunks ("B6", "601/4759/3"), exact and prefix matches first;
 *   a code-shaped query that matches nothing says so (`missingCode`) with the closest codes;
 * - whole words (and their inflections, "mentor" for "mentoring") and the shared vocabulary's
 *   synonyms ("cpd", "rota") before typo matches: a typo reading of a word that exists is only
 *   used to fill in when the whole-word matches are few, and never ranks above them; a word that
 *   is not in the documents at all ("budjet") is read as its nearest words;
 * - "level 5" favours what is at level 5 (NOS units M or O there, qualification units of that
 *   level) instead of matching the digit;
 * - words count per word (best field), title and code above summary, outcomes and criteria,
 *   rarer words more, the whole phrase most. Per word rather than per match keeps long units
 *   from winning on bulk.
 */
import type { SynonymGroup } from '../model';
import { TYPE_ORDER, buildCodeIndex, closestCodes, lookupCode } from './codes';
import { FIELDS, describeField, fieldTexts, searchWords, type SearchDocument } from './documents';
import {
  STOP_WORDS,
  buildVocabulary,
  findSynonyms,
  parseQuery,
  stem,
  type Alternative,
  type ParsedQuery,
} from './query';
import { typoMatchers } from './typo-index';

export interface SearchResult {
  id: string;
  type: SearchDocument['type'];
  /** What it is, in the users' words: "NOS unit", "specialist standard", "qualification unit"… */
  kind: string;
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

/** A code-shaped query with no such code: what was asked and what is nearest. */
export interface MissingCode {
  /** "No HSC unit 41 — closest: HSC B1.2 Assess and act upon risk…" */
  message: string;
  closest: SearchResult[];
}

export interface SearchOptions {
  limit?: number;
  allow?: (id: string) => boolean;
}

export interface SearchEngine {
  docs: SearchDocument[];
  search(query: string, options?: SearchOptions): SearchResult[];
  /** Set only when the query is nothing but a code (maybe after a framework name) and no code matches. */
  missingCode(query: string, options?: SearchOptions): MissingCode | undefined;
}

export interface EngineOptions {
  /** The shared vocabulary of abbreviations and synonyms (`dataset.synonyms`). */
  synonyms?: SynonymGroup[];
}

/** Where a word stands, as parallel arrays: document, field and (outcomes, criteria) which item. */
interface Postings {
  docs: number[];
  fields: number[];
  items: number[];
  /** How many distinct documents hold the word. */
  documents: number;
}

interface Candidate {
  word: string;
  quality: number;
}

/** A typed word: the words it surely means, and typo readings kept to fill in. */
interface Term {
  main: Candidate[];
  fill: Candidate[];
}

/** One thing the query asks for: a word, or a vocabulary term with its alternatives. */
interface Slot {
  terms: Term[];
  alternatives: Alternative[];
  weight: number;
}

const EXPANSION_CACHE_SIZE = 500;
/** A word of the same family ("mentor" for "mentoring") counts almost as the word itself. */
const FAMILY_QUALITY = 0.9;
/** A synonym from the shared vocabulary counts a little less than the word typed. */
const SYNONYM_QUALITY = 0.8;
/** Typo readings of existing words are only added while fewer whole-word results than this. */
const FILL_BELOW = 5;
/** How much a result at another level than the one asked for keeps of its score. */
const LEVEL_FACTOR = { mandatory: 1, optional: 0.95, other: 0.5, unknown: 0.6 };

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

/** Framework names people type before a code ("hsc", "nos", "ksf"), from the framework documents. */
function frameworkNamesOf(docs: SearchDocument[]): Map<string, string> {
  const names = new Map<string, string>([['nos', 'nos']]);
  for (const doc of docs) {
    names.set(doc.framework.toLowerCase(), doc.framework);
    if (doc.type !== 'framework') continue;
    const short = doc.code.toLowerCase();
    if (short.length >= 2 && !STOP_WORDS.has(short)) names.set(short, doc.framework);
    for (const part of short.split(/\s+/))
      if (part.length >= 3 && part !== 'nhs') names.set(part, doc.framework);
  }
  return names;
}

export function createSearchEngine(
  docs: SearchDocument[],
  prebuilt?: unknown,
  options: EngineOptions = {},
): SearchEngine {
  const postings = buildPostings(docs);
  // The postings hold every word of the documents once: the vocabulary, without a second pass.
  const vocabulary = [...postings.keys()].sort();
  const { fuses, buckets } = typoMatchers(vocabulary, docs, prebuilt);
  const families = new Map<string, string[]>();
  for (const word of vocabulary) {
    const key = stem(word);
    const list = families.get(key);
    if (list) list.push(word);
    else families.set(key, [word]);
  }
  const synonyms = buildVocabulary(options.synonyms ?? []);
  const names = frameworkNamesOf(docs);
  const idf = (word: string) => Math.log(1 + docs.length / (1 + (postings.get(word)?.documents ?? 0)));
  // Ties go to the generic NOS (the hub), then to documents in their given order.
  const rank = Int32Array.from(docs, (d, i) => (d.framework === 'nos' ? 0 : 1e6) + i);
  const codeIndex = buildCodeIndex(docs);
  const looseIndex = buildCodeIndex(
    docs.map((d) => ({ ...d, codeKeys: d.codeKeys.map((k) => k.replace(/[^A-Z0-9]/g, '')) })),
  );
  const expansions = new Map<string, Term>();

  /** The words a typed word may mean, split into sure readings and typo readings. */
  function expand(term: string): Term {
    const cached = expansions.get(term);
    if (cached) return cached;
    const sure: Candidate[] = [];
    if (postings.has(term)) sure.push({ word: term, quality: 1 });
    for (const word of families.get(stem(term)) ?? [])
      if (word !== term) sure.push({ word, quality: FAMILY_QUALITY });
    const known = new Set(sure.map((c) => c.word));
    let typos: Candidate[];
    if (term.length <= 3 || /^\d+$/.test(term)) {
      // One or two letters are too little to guess a word from: only the word itself counts.
      typos = (buckets.get(term[0]!) ?? [])
        .filter((w) => !known.has(w) && w.startsWith(term) && term.length >= 3)
        .slice(0, 30)
        .map((word) => ({ word, quality: 0.8 }));
    } else {
      // Closer lengths mean closer words: "budjet" is "budget" before it is "budgetary".
      typos = (fuses.get(term[0]!)?.search(term, { limit: 40 }) ?? [])
        .filter((r) => !known.has(r.item))
        .map((r) => ({
          word: r.item,
          quality:
            Math.max(0.05, 1 - (r.score ?? 1)) *
            0.95 *
            (1 - (0.4 * Math.abs(r.item.length - term.length)) / r.item.length),
        }));
    }
    typos.sort((a, b) => b.quality - a.quality);
    // A word the documents hold is meant as typed; one they do not hold is read as its nearest words.
    const found = sure.length ? { main: sure, fill: typos } : { main: typos, fill: [] };
    if (expansions.size >= EXPANSION_CACHE_SIZE) expansions.clear();
    expansions.set(term, found);
    return found;
  }

  const termWeight = (term: Term) => (term.main[0] ? Math.max(0.5, idf(term.main[0].word)) : 0.5);

  function slotsOf(words: string): Slot[] {
    const { spans, plain } = findSynonyms(words, synonyms);
    const content = (list: string[]) => {
      const kept = list.filter((t) => !STOP_WORDS.has(t));
      return kept.length || spans.length ? kept : list;
    };
    const slots: Slot[] = [...new Set(content(plain))].slice(0, 12).map((word) => {
      const term = expand(word);
      return { terms: [term], alternatives: [], weight: termWeight(term) };
    });
    for (const span of spans) {
      const terms = span.words.map(expand);
      const own = terms.filter((t) => t.main.length).reduce((sum, t) => sum + termWeight(t), 0);
      const altWords = span.alternatives.flatMap((a) => a.words).filter((w) => postings.has(w));
      const altWeight = altWords.length
        ? altWords.reduce((sum, w) => sum + idf(w), 0) / altWords.length
        : 0.5;
      slots.push({
        terms,
        alternatives: span.alternatives,
        weight: Math.max(0.5, own || altWeight),
      });
    }
    return slots;
  }

  const lowered = new Map<SearchDocument, string[][]>();
  function loweredFields(doc: SearchDocument): string[][] {
    let fields = lowered.get(doc);
    if (!fields) {
      fields = FIELDS.map((f) => fieldTexts(doc, f.key).map((t) => t.toLowerCase().replace(/\s+/g, ' ')));
      lowered.set(doc, fields);
    }
    return fields;
  }

  /**
   * Where every word of an alternative stands together in one field item, best field per
   * document. Found from its rarest word's postings, the others checked in that item's text; an
   * alternative whose rarest word is in more than a quarter of the documents says too little to
   * be looked for.
   */
  const alternativeCache = new Map<string, Map<number, { field: number; item: number; value: number }>>();
  function alternativeHits(alternative: Alternative) {
    const cached = alternativeCache.get(alternative.term);
    if (cached) return cached;
    const hits = new Map<number, { field: number; item: number; value: number }>();
    alternativeCache.set(alternative.term, hits);
    const forms = alternative.words.map((word) =>
      [...new Set([word, ...(families.get(stem(word)) ?? [])])].filter((w) => postings.has(w)),
    );
    const size = (list: string[]) => list.reduce((n, w) => n + postings.get(w)!.docs.length, 0);
    if (forms.some((list) => list.length === 0)) return hits;
    const order = forms.map((_, i) => i).sort((a, b) => size(forms[a]!) - size(forms[b]!));
    const rarest = order[0]!;
    const documents = forms[rarest]!.reduce((n, w) => n + postings.get(w)!.documents, 0);
    if (documents > docs.length / 4 && docs.length > 40) return hits;
    const others = order.slice(1).map((i) => stem(alternative.words[i]!));
    const phrase = alternative.words.length > 1 ? alternative.words.join(' ') : undefined;
    for (const form of forms[rarest]!) {
      const list = postings.get(form)!;
      for (let k = 0; k < list.docs.length; k++) {
        const d = list.docs[k]!;
        const field = list.fields[k]!;
        const item = list.items[k]!;
        const weight = FIELDS[field]!.weight;
        if (weight <= (hits.get(d)?.value ?? 0)) continue;
        const text = others.length || phrase ? loweredFields(docs[d]!)[field]![item]! : '';
        if (!others.every((o) => text.includes(o))) continue;
        // Words of a phrase found apart ("professional … networks … develop") count for less.
        const value = weight * (phrase && !text.includes(phrase) ? 0.7 : 1);
        if (value > (hits.get(d)?.value ?? 0)) hits.set(d, { field, item, value });
      }
    }
    return hits;
  }

  // Scratch space reused by every search (no allocation per document while typing).
  const total = new Float64Array(docs.length);
  const wordBest = new Float64Array(docs.length);
  const wordSum = new Float64Array(docs.length);
  const slotValue = new Float64Array(docs.length);
  const bestField = new Int16Array(docs.length).fill(-1);
  const bestItem = new Int32Array(docs.length);

  function explain(d: number, field: number, item: number, touched: number[]) {
    if (bestField[d] === -1) {
      touched.push(d);
      bestField[d] = field;
      bestItem[d] = item;
    } else if (FIELDS[field]!.weight > FIELDS[bestField[d]!]!.weight) {
      // Explain with the most important field any word matched in (title before criteria).
      bestField[d] = field;
      bestItem[d] = item;
    }
  }

  function levelFactor(doc: SearchDocument, level: number): number {
    const mark = doc.levels?.[`L${level}` as keyof NonNullable<SearchDocument['levels']>];
    if (mark === 'M') return LEVEL_FACTOR.mandatory;
    if (mark === 'O' || doc.level === level) return LEVEL_FACTOR.optional;
    if (doc.levels || doc.level) return LEVEL_FACTOR.other;
    return LEVEL_FACTOR.unknown;
  }

  function scoreSlots(
    slots: Slot[],
    withTypos: boolean,
    level: number | undefined,
    allow: (id: string) => boolean,
    highlightWords: Set<string>,
    keep: number,
  ): { scored: { d: number; score: number }[]; touched: number[] } {
    const touched: number[] = [];
    let maxTotal = 0;
    for (const slot of slots) {
      maxTotal += slot.weight;
      const slotTouched: number[] = [];
      for (const term of slot.terms) {
        const termTouched: number[] = [];
        for (const { word, quality } of withTypos ? [...term.main, ...term.fill] : term.main) {
          const list = postings.get(word);
          if (!list) continue;
          highlightWords.add(word);
          for (let k = 0; k < list.docs.length; k++) {
            const d = list.docs[k]!;
            const value = quality * FIELDS[list.fields[k]!]!.weight;
            if (wordBest[d] === 0) termTouched.push(d);
            if (value > wordBest[d]!) wordBest[d] = value;
            explain(d, list.fields[k]!, list.items[k]!, touched);
          }
        }
        for (const d of termTouched) {
          if (wordSum[d] === 0) slotTouched.push(d);
          wordSum[d]! += wordBest[d]!;
          wordBest[d] = 0;
        }
      }
      const terms = slot.terms.length || 1;
      for (const d of slotTouched) slotValue[d] = wordSum[d]! / terms;
      for (const alternative of slot.alternatives) {
        alternative.words.forEach((w) => highlightWords.add(w));
        for (const [d, hit] of alternativeHits(alternative)) {
          const value = SYNONYM_QUALITY * hit.value;
          if (slotValue[d] === 0 && wordSum[d] === 0) slotTouched.push(d);
          if (value > slotValue[d]!) slotValue[d] = value;
          explain(d, hit.field, hit.item, touched);
        }
      }
      for (const d of slotTouched) {
        total[d]! += slot.weight * slotValue[d]!;
        slotValue[d] = 0;
        wordSum[d] = 0;
      }
    }
    // The leaders only, kept in order as they come: a phrase bonus can still reorder them,
    // nothing else can reach them (no sort or allocation per touched document).
    const scored: { d: number; score: number }[] = [];
    for (const d of touched) {
      const score = level
        ? (total[d]! / (maxTotal || 1)) * levelFactor(docs[d]!, level)
        : total[d]! / (maxTotal || 1);
      total[d] = 0;
      if (score <= 0) continue;
      const last = scored[keep - 1];
      if (last && !(score > last.score || (score === last.score && rank[d]! < rank[last.d]!))) continue;
      if (!allow(docs[d]!.id)) continue;
      let i = Math.min(scored.length, keep - 1);
      while (
        i > 0 &&
        (score > scored[i - 1]!.score ||
          (score === scored[i - 1]!.score && rank[d]! < rank[scored[i - 1]!.d]!))
      )
        i--;
      scored.splice(i, 0, { d, score });
      if (scored.length > keep) scored.pop();
    }
    return { scored, touched };
  }

  function wordSearch(parsed: ParsedQuery, limit: number, allow: (id: string) => boolean): SearchResult[] {
    const slots = slotsOf(parsed.words);
    if (slots.length === 0) return [];
    const highlightWords = new Set<string>();
    const keep = Math.max(limit * 3, 30);
    const main = scoreSlots(slots, false, parsed.level, allow, highlightWords, keep);
    let ranked = finish(main.scored, parsed, slots.length, highlightWords);
    resetExplanations(main.touched);
    const needsFill = ranked.length < FILL_BELOW && slots.some((s) => s.terms.some((t) => t.fill.length));
    if (needsFill) {
      const all = scoreSlots(slots, true, parsed.level, allow, highlightWords, keep);
      const seen = new Set(ranked.map((r) => r.id));
      const floor = ranked.length ? ranked[ranked.length - 1]!.score : 1;
      const extra = finish(all.scored, parsed, slots.length, highlightWords)
        .filter((r) => !seen.has(r.id))
        // Typo readings fill in below the whole-word results, never above them.
        .map((r) => ({ ...r, score: Math.min(r.score, Math.round(floor * 990) / 1000) }));
      resetExplanations(all.touched);
      ranked = [...ranked, ...extra];
    }
    return ranked;
  }

  function resetExplanations(touched: number[]) {
    for (const d of touched) bestField[d] = -1;
  }

  function findPhrase(doc: SearchDocument, phrase: string): { field: number; item: number } | undefined {
    const fields = loweredFields(doc);
    for (let f = 0; f < fields.length; f++) {
      const item = fields[f]!.findIndex((t) => t.includes(phrase));
      if (item >= 0) return { field: f, item };
    }
    return undefined;
  }

  /** The leaders, with the phrase bonus and what to show for each. */
  function finish(
    scored: { d: number; score: number }[],
    parsed: ParsedQuery,
    slotCount: number,
    highlightWords: Set<string>,
  ): SearchResult[] {
    const leaders = scored;
    const phrase = parsed.words.toLowerCase().replace(/\s+/g, ' ').trim();
    const results = leaders.map(({ d, score }) => {
      const doc = docs[d]!;
      const phraseField = slotCount > 1 || phrase.includes(' ') ? findPhrase(doc, phrase) : undefined;
      const bonus = phraseField ? 0.3 * FIELDS[phraseField.field]!.weight : 0;
      const where = phraseField ?? { field: Math.max(0, bestField[d]!), item: bestItem[d]! };
      const text = fieldTexts(doc, FIELDS[where.field]!.key)[where.item] ?? '';
      return {
        ...describeDocument(doc),
        score: Math.round(Math.min(0.98, score + bonus) * 1000) / 1000,
        matched: describeField(doc, FIELDS[where.field]!.key, where.item),
        highlight: { text, ranges: highlightRanges(text, highlightWords) },
        rank: rank[d]!,
      };
    });
    return results
      .sort((a, b) => b.score - a.score || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || a.rank - b.rank)
      .map(({ rank: _rank, ...result }) => result);
  }

  /** "level 5" alone: what is at level 5, mandatory NOS units first. */
  function levelList(level: number, allow: (id: string) => boolean): SearchResult[] {
    const found: (SearchResult & { rank: number })[] = [];
    docs.forEach((doc, d) => {
      if (doc.type !== 'unit' || !allow(doc.id)) return;
      const factor = levelFactor(doc, level);
      if (factor < LEVEL_FACTOR.optional) return;
      const mark = factor === LEVEL_FACTOR.mandatory ? 'mandatory' : doc.levels ? 'optional' : '';
      found.push({
        ...describeDocument(doc),
        score: factor === LEVEL_FACTOR.mandatory ? 0.9 : 0.85,
        matched: `level ${level}${mark ? ` (${mark})` : ''}`,
        rank: rank[d]!,
      });
    });
    return found.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ rank: _rank, ...r }) => r);
  }

  /** Code lookups: the whole query, or what follows the framework names in it ("KSF dimension 20"). */
  function codeSearch(parsed: ParsedQuery, allow: (id: string) => boolean): SearchResult[] {
    if (parsed.codeChunks.length === 0 && parsed.text.includes(' ')) return [];
    const chunks = parsed.text.split(' ');
    const framework = (i: number) => names.get(chunks[i]!.toLowerCase().replace(/:$/, ''));
    for (const [index, loose] of [
      [codeIndex, false],
      [looseIndex, true],
    ] as const) {
      for (let i = 0; i < chunks.length; i++) {
        if (i > 0 && !framework(i - 1)) break;
        const tail = chunks.slice(i).join(' ');
        if (i > 0 && !/\d/.test(tail)) break;
        const typed = loose ? tail.toUpperCase().replace(/[^A-Z0-9]/g, '') : tail;
        const { exact, prefix } = lookupCode(index, typed);
        const named = i > 0 ? framework(i - 1) : undefined;
        const keep = (d: number) => allow(docs[d]!.id) && (!named || docs[d]!.framework === named);
        const results = [...pick(exact.filter(keep), true), ...pick(prefix.filter(keep), false)];
        if (results.length) return results;
      }
    }
    return [];
  }

  function pick(found: number[], isExact: boolean): SearchResult[] {
    return found
      .sort(
        (a, b) =>
          TYPE_ORDER[docs[a]!.type] - TYPE_ORDER[docs[b]!.type] ||
          docs[a]!.code.length - docs[b]!.code.length ||
          rank[a]! - rank[b]!,
      )
      .map((d) => {
        const doc = docs[d]!;
        return {
          ...describeDocument(doc),
          score: isExact ? 1 : 0.99,
          matched: isExact ? 'code' : 'code prefix',
          highlight: { text: doc.code, ranges: [[0, doc.code.length]] as [number, number][] },
        };
      });
  }

  function missing(parsed: ParsedQuery, allow: (id: string) => boolean): MissingCode | undefined {
    if (!parsed.codeOnly || codeSearch(parsed, allow).length) return undefined;
    const code = parsed.codeChunks.join(' ');
    const closest = closestCodes(docs, code, parsed.framework, allow).map((d) => ({
      ...describeDocument(docs[d]!),
      score: 0.5,
      matched: 'closest code',
    }));
    const framework = parsed.frameworkChunks[0]?.replace(/:$/, '').toUpperCase();
    const named = framework ? `${framework} unit` : 'unit';
    const list = closest
      .map((c) => `${framework ? `${framework} ` : ''}${c.code} ${c.title.replace(/\.$/, '')}`.trim())
      .join('; ');
    return {
      message: `No ${named} ${code}${list ? ` — closest: ${list}` : ''}`,
      closest,
    };
  }

  return {
    docs,
    search(query, { limit = 20, allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      if (!trimmed) return [];
      const parsed = parseQuery(trimmed, names);
      if (!parsed.text) return parsed.level ? levelList(parsed.level, allow).slice(0, limit) : [];
      const codeResults = codeSearch(parsed, allow);
      const note = codeResults.length ? undefined : missing(parsed, allow);
      const first = [...codeResults, ...(note?.closest ?? [])];
      const seen = new Set(first.map((r) => r.id));
      const found =
        first.length >= limit ? [] : wordSearch(parsed, limit, allow).filter((r) => !seen.has(r.id));
      return [...first, ...found].slice(0, limit);
    },
    missingCode(query, { allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      return trimmed ? missing(parseQuery(trimmed, names), allow) : undefined;
    },
  };
}

/** What every result says about the document it found. */
function describeDocument(
  doc: SearchDocument,
): Pick<SearchResult, 'id' | 'type' | 'kind' | 'framework' | 'code' | 'title'> {
  return {
    id: doc.id,
    type: doc.type,
    kind: doc.kind,
    framework: doc.framework,
    code: doc.code,
    title: doc.title,
  };
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
