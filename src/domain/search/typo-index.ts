/**
 * The prebuilt part of search, made at build time: a fuse index of the vocabulary, one per
 * first letter, so a typed word is compared with the few hundred words that could be meant
 * rather than all of them. (A typo in the first letter is caught by the code and prefix passes
 * or not at all: a fair trade for speed.)
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js';
import { vocabularyOf, type SearchDocument } from './documents';

export const VOCABULARY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  threshold: 0.34,
  location: 0,
  distance: 24,
  minMatchCharLength: 2,
};

export interface SerialisedSearchIndex {
  words: number;
  buckets: Record<string, unknown>;
}

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

function restoreIndex(index: unknown, words: string[]): FuseIndex<string> {
  const { keys, records } = index as { keys: unknown[]; records: { i: number; n: number }[] };
  return Fuse.parseIndex({
    keys,
    records: records.map((r) => ({ ...r, v: words[r.i] })),
  } as unknown as Parameters<typeof Fuse.parseIndex>[0]) as FuseIndex<string>;
}

function isPrebuilt(value: unknown): value is SerialisedSearchIndex {
  return !!value && typeof value === 'object' && typeof (value as { words?: unknown }).words === 'number';
}

/** One fuse per first letter over the vocabulary, from the prebuilt index when it fits. */
export function typoMatchers(vocabulary: string[], docs: SearchDocument[], prebuilt?: unknown) {
  const built =
    isPrebuilt(prebuilt) && prebuilt.words === vocabulary.length ? prebuilt : buildSearchIndex(docs);
  const fuses = new Map<string, Fuse<string>>();
  for (const [letter, bucket] of bucketsOf(vocabulary)) {
    const index = built.buckets[letter];
    if (index) fuses.set(letter, new Fuse(bucket, VOCABULARY_OPTIONS, restoreIndex(index, bucket)));
  }
  return { fuses, buckets: bucketsOf(vocabulary) };
}
