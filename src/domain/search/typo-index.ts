/**
 * Typo readings of a typed word: the vocabulary words it may be a misspelling of. The vocabulary is
 * split by first letter, so a typed word is compared with the few hundred words that could be meant
 * rather than all of them (a typo in the first letter is caught by the code and prefix passes or not
 * at all: a fair trade for speed). Nothing is prebuilt: the buckets come from the documents' words.
 *
 * Words are compared by a bitap match, the algorithm fuse.js runs, with the settings search used
 * with fuse (threshold 0.34, location 0, distance 24, at least 2 matched characters in a row); it
 * is written out here because it is the only part of fuse search needs, and fuse cost about 9 KB
 * gzipped in the single file. Scores are fuse's: 0 for the word itself, up to the threshold.
 */

const THRESHOLD = 0.34;
/** How far from the start of a word a match may begin: each letter later costs 1/24 of a score. */
const DISTANCE = 24;
/** The longest pattern one bitap pass takes (bits of a 32-bit integer); longer ones go in chunks. */
const CHUNK = 32;

export interface TypoMatch {
  word: string;
  /** 0 for the word itself, up to 0.34; lower is closer. */
  score: number;
}

export function bucketsOf(vocabulary: string[]): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const word of vocabulary) {
    const letter = word[0]!;
    let list = buckets.get(letter);
    if (!list) buckets.set(letter, (list = []));
    list.push(word);
  }
  return buckets;
}

/** For each letter of the pattern, the bits of the positions where it stands (first letter highest). */
function alphabetOf(pattern: string): Record<string, number> {
  const alphabet: Record<string, number> = {};
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    alphabet[char] = (alphabet[char] ?? 0) | (1 << (pattern.length - i - 1));
  }
  return alphabet;
}

/**
 * Fuse's rule for a match: at least two matched characters side by side, counting the exact
 * occurrences of the pattern and the pattern's letters in the best match's stretch of the text.
 */
function hasRun(
  text: string,
  pattern: string,
  alphabet: Record<string, number>,
  from: number,
  best: number,
  errors: number,
) {
  const matched = new Uint8Array(text.length);
  for (let at = text.indexOf(pattern, from); at > -1; at = text.indexOf(pattern, at + pattern.length))
    matched.fill(1, at, at + pattern.length);
  const end = Math.min(text.length - 1, best + pattern.length - 1 + errors);
  for (let k = best; k <= end; k++) if (alphabet[text[k]!]) matched[k] = 1;
  for (let k = 1; k < matched.length; k++) if (matched[k] && matched[k - 1]) return true;
  return false;
}

/** One bitap pass: the best match of a pattern of at most 32 characters in the text, near `location`. */
function bitap(text: string, pattern: string, alphabet: Record<string, number>, location: number) {
  const length = pattern.length;
  const expected = Math.min(location, text.length);
  const scoreOf = (errors: number, at: number) => errors / length + Math.abs(expected - at) / DISTANCE;
  let threshold = THRESHOLD;
  // Exact occurrences first: the best of them bounds what a match with errors must beat.
  for (let at = text.indexOf(pattern, expected); at > -1; at = text.indexOf(pattern, at + length))
    threshold = Math.min(scoreOf(0, at), threshold);
  let best = -1;
  let bestErrors = 0;
  let finalScore = 1;
  let binMax = length + text.length;
  let last: number[] = [];
  const mask = 1 << (length - 1);
  for (let errors = 0; errors < length; errors++) {
    // How far from the expected place a match with this many errors can still beat the threshold.
    let binMin = 0;
    let binMid = binMax;
    while (binMin < binMid) {
      if (scoreOf(errors, expected + binMid) <= threshold) binMin = binMid;
      else binMax = binMid;
      binMid = Math.floor((binMax - binMin) / 2 + binMin);
    }
    binMax = binMid;
    let start = Math.max(1, expected - binMid + 1);
    const finish = Math.min(expected + binMid, text.length) + length;
    const bits: number[] = new Array<number>(finish + 2);
    bits[finish + 1] = (1 << errors) - 1;
    for (let j = finish; j >= start; j--) {
      bits[j] = (((bits[j + 1] ?? 0) << 1) | 1) & (alphabet[text.charAt(j - 1)] ?? 0);
      if (errors) bits[j]! |= (((last[j + 1] ?? 0) | (last[j] ?? 0)) << 1) | 1 | (last[j + 1] ?? 0);
      if (bits[j]! & mask) {
        // As in fuse, the score reported is the last one computed, even when it did not win.
        finalScore = scoreOf(errors, j - 1);
        if (finalScore <= threshold) {
          threshold = finalScore;
          best = j - 1;
          bestErrors = errors;
          if (best <= expected) break;
          start = Math.max(1, 2 * expected - best);
        }
      }
    }
    if (scoreOf(errors + 1, expected) > threshold) break;
    last = bits;
  }
  return {
    isMatch: best >= 0 && hasRun(text, pattern, alphabet, expected, best, bestErrors),
    score: Math.max(0.001, finalScore),
  };
}

interface Chunk {
  pattern: string;
  start: number;
  alphabet: Record<string, number>;
}

/** The typed word in pieces of at most 32 letters (fuse's split), each with its alphabet. */
function chunksOf(typed: string): Chunk[] {
  const pieces: [string, number][] = [];
  if (typed.length <= CHUNK) pieces.push([typed, 0]);
  else {
    const whole = typed.length - (typed.length % CHUNK);
    for (let i = 0; i < whole; i += CHUNK) pieces.push([typed.slice(i, i + CHUNK), i]);
    if (whole < typed.length) pieces.push([typed.slice(-CHUNK), typed.length - CHUNK]);
  }
  return pieces.map(([pattern, start]) => ({ pattern, start, alphabet: alphabetOf(pattern) }));
}

function scoreChunks(word: string, typed: string, chunks: Chunk[]): number | undefined {
  if (typed === word) return word.length < 2 ? undefined : 0;
  let total = 0;
  let any = false;
  for (const { pattern, start, alphabet } of chunks) {
    const { isMatch, score } = bitap(word, pattern, alphabet, start);
    any ||= isMatch;
    total += score;
  }
  return any ? total / chunks.length : undefined;
}

/** How well a typed word (lower case) matches a vocabulary word, or undefined for no match. */
export function typoScore(word: string, typed: string): number | undefined {
  return scoreChunks(word, typed, chunksOf(typed));
}

/** Typo readings over the vocabulary: words of the typed word's first letter, closest first. */
export function typoIndex(vocabulary: string[]) {
  const buckets = bucketsOf(vocabulary);
  return {
    buckets,
    search(typed: string, limit: number): TypoMatch[] {
      const found: (TypoMatch & { order: number })[] = [];
      const chunks = chunksOf(typed);
      (buckets.get(typed[0] ?? '') ?? []).forEach((word, order) => {
        const score = scoreChunks(word, typed, chunks);
        if (score !== undefined) found.push({ word, score, order });
      });
      return found
        .sort((a, b) => a.score - b.score || a.order - b.order)
        .slice(0, limit)
        .map(({ word, score }) => ({ word, score }));
    },
  };
}
