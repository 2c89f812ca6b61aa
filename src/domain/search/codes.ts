/**
 * Codes however typed ("b 6", "HSC B1.2", "l/506/1953", "8605 521"), looked up exactly or by
 * prefix in a sorted index; and, when a code-shaped query matches nothing, the closest codes, so
 * the page can say "No HSC unit 41 — closest: …" instead of listing lookalikes silently.
 */
import { codeKey, editDistance } from '../resolve';
import type { SearchDocument } from './documents';

export interface CodeIndex {
  keys: string[];
  docs: number[];
}

export const TYPE_ORDER = { unit: 0, qualification: 1, framework: 2 };

export function buildCodeIndex(docs: SearchDocument[]): CodeIndex {
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

/** Documents whose code is the typed code exactly, and those it is a prefix of. */
export function lookupCode(index: CodeIndex, query: string): { exact: number[]; prefix: number[] } {
  const key = codeKey(query);
  if (!key || (!/\d/.test(key) && key.length < 2)) return { exact: [], prefix: [] };
  const exact = new Set<number>();
  const prefix = new Set<number>();
  // A prefix only counts as a code when it looks like one (has a digit), so "man" finds words, not codes.
  const prefixes = /\d/.test(key);
  for (let i = lowerBound(index.keys, key); i < index.keys.length && index.keys[i]!.startsWith(key); i++) {
    const d = index.docs[i]!;
    if (index.keys[i] === key) exact.add(d);
    else if (prefixes && prefix.size < 200) prefix.add(d);
  }
  return { exact: [...exact], prefix: [...prefix].filter((d) => !exact.has(d)) };
}

/**
 * The codes nearest to one that does not exist, within the framework named (if any): nearest by
 * edit distance of the bare code, then units before other kinds, then the documents' order.
 */
export function closestCodes(
  docs: SearchDocument[],
  typedCode: string,
  framework: string | undefined,
  allow: (id: string) => boolean,
  limit = 3,
): number[] {
  const key = codeKey(typedCode);
  const candidates: { d: number; distance: number }[] = [];
  docs.forEach((doc, d) => {
    if (doc.type !== 'unit' || (framework && doc.framework !== framework) || !allow(doc.id)) return;
    const code = codeKey(doc.code);
    // A shared leading character or digit is what people mistype least.
    const distance = editDistance(key, code) + (code[0] === key[0] ? 0 : 0.5);
    candidates.push({ d, distance });
  });
  candidates.sort((a, b) => a.distance - b.distance || a.d - b.d);
  return candidates.slice(0, limit).map((c) => c.d);
}
