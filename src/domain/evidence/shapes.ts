/** The shapes of the shipped evidence and of citations, and how much context is kept. */

/**
 * A source line as stored: its text, or `[correction id, line index]` when the line is, verbatim,
 * that line of the correction's `original` text.
 */
export type StoredLine = string | [correction: string, line: number];

/** A run of consecutive source lines, starting at 1-based line `start`. */
export interface EvidenceRange {
  start: number;
  lines: StoredLine[];
  /** Line numbers in this range whose text was cut short (context only, never a cited line). */
  shortened?: number[];
}

/** Per source document (file name), its kept ranges in line order. */
export type Evidence = Record<string, EvidenceRange[]>;

export interface EvidenceOptions {
  /** Lines of context kept before each cited stretch. */
  before: number;
  /** Lines of context kept after each cited stretch. */
  after: number;
  /** Context lines longer than this are cut (cited lines are always kept whole). */
  maxContextChars: number;
  /** Documents up to this many characters are kept whole (the NOS table is 4 KB, and a unit's M/O marks sit on the lines after its title). */
  wholeDocumentChars: number;
}

/** What the page ships: tight context, to keep the single file within its size budget. */
export const DEFAULT_EVIDENCE_OPTIONS: EvidenceOptions = {
  before: 2,
  after: 1,
  maxContextChars: 120,
  wholeDocumentChars: 8000,
};

/** What the viewer shows around a cited line, as far as the shipped evidence holds it. */
export const PASSAGE_CONTEXT = { before: 2, after: 4 };

/** One place in a document that the dataset cites, and what cites it. */
export interface Citation {
  document: string;
  line: number;
  /** Number of lines the cited text runs over (1 except for multi-line corrections). */
  span: number;
  by: string;
}

export interface EvidenceResult {
  evidence: Evidence;
  /** Citations that point outside their document, or at a document that was not supplied. */
  problems: string[];
}
