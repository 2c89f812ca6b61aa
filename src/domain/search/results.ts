/** What a search returns, and how a found document is described and highlighted. */
import type { SearchDocument } from './documents';

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

/** What every result says about the document it found. */
export function describeDocument(
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
