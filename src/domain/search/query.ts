/**
 * Reading a query as a person meant it, before anything is scored:
 * - "level 5" asks for a level, not for codes containing a 5;
 * - a chunk with a digit ("B6", "601/4759/3", "41") is a code, looked up as a code only;
 * - a framework's short name ("hsc", "nos") next to a code names where to look;
 * - the rest are words, some of which (or some phrases of which) are in the shared vocabulary of
 *   abbreviations and synonyms (`data/synonyms.json`), so "cpd" also means "continuing
 *   professional development" and "staff rota" also means "allocate work".
 */
import type { SynonymGroup } from '../model';
import { searchWords } from './documents';

export const STOP_WORDS = new Set(
  'a an and are as at be by for from in into is it its of on or that the their this to with you your'.split(
    ' ',
  ),
);

export interface ParsedQuery {
  /** The query without its level phrase. */
  text: string;
  level?: number;
  /** Chunks that look like codes (they hold a digit). */
  codeChunks: string[];
  /** Chunks that name a framework ("hsc", "nos", "ksf"). */
  frameworkChunks: string[];
  /** The framework a code-shaped query names, if any ("hsc 41" → hsc). */
  framework?: string;
  /** Nothing but a code, maybe after a framework name: "hsc 41", "B13", "L/506/9999". */
  codeOnly: boolean;
  /** What is left for word search: everything but the level phrase and code chunks. */
  words: string;
}

const LEVEL = /\b(?:level|lvl)\s*-?\s*([1-8])\b/i;

export function parseQuery(query: string, names: Map<string, string>): ParsedQuery {
  const levelMatch = LEVEL.exec(query);
  const text = (levelMatch ? query.replace(LEVEL, ' ') : query).replace(/\s+/g, ' ').trim();
  const chunks = text.split(' ').filter(Boolean);
  const codeChunks: string[] = [];
  const frameworkChunks: string[] = [];
  const wordChunks: string[] = [];
  let framework: string | undefined;
  for (const chunk of chunks) {
    const bare = chunk.toLowerCase().replace(/:$/, '');
    if (/\d/.test(chunk)) codeChunks.push(chunk);
    else {
      if (names.has(bare)) {
        frameworkChunks.push(chunk);
        framework ??= names.get(bare);
      }
      wordChunks.push(chunk);
    }
  }
  const codeOnly = codeChunks.length > 0 && chunks.length === codeChunks.length + frameworkChunks.length;
  return {
    text,
    ...(levelMatch ? { level: Number(levelMatch[1]) } : {}),
    codeChunks,
    frameworkChunks,
    ...(framework && codeOnly ? { framework } : {}),
    codeOnly,
    words: wordChunks.join(' '),
  };
}

/**
 * Word families, so "mentoring" finds "mentor" and "managing" finds "manage" as whole words
 * rather than as typos. Deliberately crude (suffixes only): it only has to put a word and its
 * inflections together, never to produce a real stem.
 */
const SUFFIXES: [string, string][] = [
  ['ations', 'at'],
  ['ation', 'at'],
  ['ements', ''],
  ['ement', ''],
  ['ments', ''],
  ['ment', ''],
  ['ions', ''],
  ['ion', ''],
  ['ings', ''],
  ['ing', ''],
  ['ies', 'y'],
  ['ers', ''],
  ['er', ''],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['e', ''],
];

export function stem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  for (const [suffix, replacement] of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    if (suffix === 's' && word.endsWith('ss')) return word;
    if (suffix === 'es' && word.endsWith('sses')) return word.slice(0, -2);
    return word.slice(0, -suffix.length) + replacement;
  }
  return word;
}

/** A vocabulary term split into the words that must be found together. */
export interface Alternative {
  term: string;
  words: string[];
}

/** Part of a query that is a vocabulary term: its own words and the other terms of its group. */
export interface SynonymSpan {
  group: string;
  /** The query's own words in this span (content words only). */
  words: string[];
  alternatives: Alternative[];
}

/** Lower-case tokens the vocabulary is matched on: keeps "&" and "+" ("h&s", "l&d"). */
function vocabularyTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9&+']+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

export interface Vocabulary {
  /** Terms as token lists, longest first, each with its group. */
  terms: { tokens: string[]; group: SynonymGroup }[];
}

export function buildVocabulary(groups: SynonymGroup[]): Vocabulary {
  const terms = groups.flatMap((group) => group.terms.map((t) => ({ tokens: vocabularyTokens(t), group })));
  terms.sort((a, b) => b.tokens.length - a.tokens.length);
  return { terms };
}

function contentWords(text: string): string[] {
  const words = searchWords(text).filter((w) => !STOP_WORDS.has(w));
  return words.length ? words : searchWords(text);
}

/**
 * Splits the words of a query into vocabulary spans (longest first, not overlapping) and plain
 * words. A one-letter alternative ("h&s" read as "h", "s") is never looked for in the documents.
 */
export function findSynonyms(
  words: string,
  vocabulary: Vocabulary,
): { spans: SynonymSpan[]; plain: string[] } {
  const tokens = vocabularyTokens(words);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const spans: SynonymSpan[] = [];
  for (const { tokens: termTokens, group } of vocabulary.terms) {
    for (let i = 0; i + termTokens.length <= tokens.length; i++) {
      if (taken.slice(i, i + termTokens.length).some(Boolean)) continue;
      if (!termTokens.every((t, k) => tokens[i + k] === t)) continue;
      for (let k = i; k < i + termTokens.length; k++) taken[k] = true;
      const matched = termTokens.join(' ');
      spans.push({
        group: group.id,
        words: contentWords(matched).filter((w) => w.length > 1),
        alternatives: group.terms
          .filter((t) => vocabularyTokens(t).join(' ') !== matched)
          .map((term) => ({ term, words: contentWords(term) }))
          .filter((a) => a.words.length > 0 && a.words.every((w) => w.length > 1)),
      });
    }
  }
  const plain = tokens.filter((_, i) => !taken[i]).flatMap((t) => searchWords(t));
  return { spans, plain };
}
