/**
 * Text → terms for the suggestion engine: lower case, words (keeping "h&s", "l&d"), stop words
 * out, Porter stems, and the shared synonyms list (`data/synonyms.json`) folded in: wherever one
 * of a group's terms (a word or a phrase) occurs, the group's own term `~<id>` is added, so "rota"
 * and "allocation of work" meet, and "CQC inspection" meets "regulatory requirements".
 */
import type { SynonymGroup } from '../model';
import { porterStem } from './stem';

const STOP_WORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here ' +
    'hers him his how i if in into is it its itself just me more most my no nor not now of off on once ' +
    'only or other our ours out over own same she should so some such than that the their theirs them ' +
    'then there these they this those through to too under until up very was we were what when where ' +
    'which while who whom why will with would you your yours yourself e.g eg etc ie ' +
    // Words every unit and every module description uses: they say nothing about which unit fits.
    'able ability understand understanding know knowledge learner learners unit module course session ' +
    'sessions day days participant participants delegates will learn including include ' +
    'ensure make use using used need needs way ways within well may must how meet meets met ' +
    // How trainers introduce a description ("This module covers…", "topics explored").
    'cover covers covered covering topic topics explore explores explored'
  ).split(' '),
);

/** Stems are cached: the same few thousand words recur in every profile and every query. */
const stemCache = new Map<string, string>();
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = word.includes('&') ? word : porterStem(word);
    if (stemCache.size < 50000) stemCache.set(word, s);
  }
  return s;
}

/**
 * Words the stemmer would join but the NOS wording keeps apart: "meeting" the noun (D11, D12) is
 * not "meet" the verb (meet the requirements); "environmental" is the natural environment (E9
 * "the environmental impact of your work"), not the setting an organisation works in (B2 "the
 * environment in which your organisation operates", "a healthy and safe environment").
 */
const KEPT_APART = new Map([
  ['meeting', 'meeting'],
  ['meetings', 'meeting'],
  ['environmental', 'environmental'],
  ['environmentally', 'environmental'],
]);

/** The words of a text, lower-cased, stop words removed, stemmed, in order. */
export function stemmedWords(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u2018\u2019']/g, '')
      .match(/[a-z0-9]+(?:[&+][a-z0-9]+)*/g) ?? [];
  const out: string[] = [];
  for (const w of words) {
    if (STOP_WORDS.has(w)) continue;
    if (w.length < 3 && !w.includes('&')) continue;
    if (/^\d+$/.test(w)) continue;
    out.push(KEPT_APART.get(w) ?? stem(w));
  }
  return out;
}

export interface Vocabulary {
  /** Each synonym term as a stemmed word sequence, with its group's term. */
  phrases: { words: string[]; group: string }[];
  /** First word → indexes into `phrases`, for a quick scan. */
  byFirst: Map<string, number[]>;
}

export function buildVocabulary(groups: readonly SynonymGroup[]): Vocabulary {
  const phrases: Vocabulary['phrases'] = [];
  const byFirst = new Map<string, number[]>();
  for (const group of groups) {
    for (const term of group.terms) {
      const words = stemmedWords(term);
      if (words.length === 0) continue;
      const index = phrases.push({ words, group: `~${group.id}` }) - 1;
      const list = byFirst.get(words[0]!);
      if (list) list.push(index);
      else byFirst.set(words[0]!, [index]);
    }
  }
  return { phrases, byFirst };
}

/** The terms of a text: its stems, plus one `~group` term per synonym occurrence. */
export function terms(text: string, vocabulary: Vocabulary): string[] {
  const words = stemmedWords(text);
  const out = [...words];
  for (let i = 0; i < words.length; i++) {
    const candidates = vocabulary.byFirst.get(words[i]!);
    if (!candidates) continue;
    const seen = new Set<string>();
    for (const index of candidates) {
      const { words: phrase, group } = vocabulary.phrases[index]!;
      if (seen.has(group)) continue;
      let match = true;
      for (let k = 1; k < phrase.length; k++)
        if (words[i + k] !== phrase[k]) {
          match = false;
          break;
        }
      if (match) {
        out.push(group);
        seen.add(group);
      }
    }
  }
  return out;
}

export function countTerms(list: string[], into = new Map<string, number>(), weight = 1) {
  for (const t of list) into.set(t, (into.get(t) ?? 0) + weight);
  return into;
}
