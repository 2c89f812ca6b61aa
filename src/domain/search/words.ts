/**
 * Words, ranked as a person expects: whole words and their forms ("mentor" for "mentoring") and the
 * shared vocabulary's synonyms first; typo readings of a word the documents hold only fill in when
 * the whole-word results are few, below them; a word they do not hold ("budjet") is read as its
 * nearest words. Per word the best field counts (title and code above summary, outcomes and
 * criteria), rarer words more, the whole phrase most.
 */
import type { SynonymGroup } from '../model';
import { createAlternatives } from './alternatives';
import { FIELDS, describeField, fieldTexts, type SearchDocument } from './documents';
import { buildPostings } from './postings';
import { levelFactor } from './levels';
import { STOP_WORDS, buildVocabulary, findSynonyms, stem, type Alternative, type ParsedQuery } from './query';
import { describeDocument, highlightRanges, type SearchResult } from './results';
import { typoIndex } from './typo-index';
import { TYPE_ORDER } from './codes';

export type { Postings } from './postings';

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

/** Word search over the documents: whole words, families, synonyms, then typo readings to fill in. */
export function createWordSearch(docs: SearchDocument[], synonymGroups: SynonymGroup[], rank: Int32Array) {
  const postings = buildPostings(docs);
  // The postings hold every word of the documents once: the vocabulary, without a second pass.
  const vocabulary = [...postings.keys()].sort();
  const typos = typoIndex(vocabulary);
  const families = new Map<string, string[]>();
  for (const word of vocabulary) {
    const key = stem(word);
    const list = families.get(key);
    if (list) list.push(word);
    else families.set(key, [word]);
  }
  const synonyms = buildVocabulary(synonymGroups);
  const idf = (word: string) => Math.log(1 + docs.length / (1 + (postings.get(word)?.documents ?? 0)));
  const { alternativeHits, loweredFields } = createAlternatives(docs, postings, families);
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
    let readings: Candidate[];
    if (term.length <= 3 || /^\d+$/.test(term)) {
      // One or two letters are too little to guess a word from: only the word itself counts.
      readings = (typos.buckets.get(term[0]!) ?? [])
        .filter((w) => !known.has(w) && w.startsWith(term) && term.length >= 3)
        .slice(0, 30)
        .map((word) => ({ word, quality: 0.8 }));
    } else {
      // Closer lengths mean closer words: "budjet" is "budget" before it is "budgetary".
      readings = typos
        .search(term, 40)
        .filter((r) => !known.has(r.word))
        .map((r) => ({
          word: r.word,
          quality:
            Math.max(0.05, 1 - r.score) *
            0.95 *
            (1 - (0.4 * Math.abs(r.word.length - term.length)) / r.word.length),
        }));
    }
    readings.sort((a, b) => b.quality - a.quality);
    // A word the documents hold is meant as typed; one they do not hold is read as its nearest words.
    const found = sure.length ? { main: sure, fill: readings } : { main: readings, fill: [] };
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

  return wordSearch;
}
