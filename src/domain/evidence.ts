/**
 * Evidence: the passages of the five source documents that the records cite, shipped inside the
 * single offline file so that every record and published link can show where it came from.
 *
 * Shipping the whole documents would cost about 70 KB gzipped; instead the build keeps every cited
 * line in full plus a few lines of context around it (context lines longer than a limit are cut,
 * and say so). A correction cites the first line of a stretch of text (its `original` may run over
 * several lines, e.g. a ProQual table continued after a page break); the whole stretch is kept.
 * Half of the cited text is already in the dataset, verbatim, as the `original` of a correction, so
 * such a line is stored as a reference to the correction's line rather than a second copy (this
 * saves about a third of the evidence's gzipped size).
 */
import type { Correction, Dataset, Source } from './model';

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

/** Every source locator in the dataset that carries a line number, with what cites it. */
export function collectCitations(dataset: Dataset): Omit<Citation, 'span'>[] {
  const out: Omit<Citation, 'span'>[] = [];
  const add = (source: Source | undefined, by: string) => {
    if (source?.line !== undefined) out.push({ document: source.document, line: source.line, by });
  };
  for (const f of dataset.frameworks) add(f.source, `framework ${f.id}`);
  for (const a of dataset.areas) add(a.source, a.id);
  for (const r of dataset.nosLevelRules) add(r.source, `NOS level rule ${r.level}`);
  for (const u of dataset.units) {
    add(u.source, u.id);
    add(u.summarySource, `${u.id} summary`);
    u.variants?.forEach((v, i) => add(v.source, `${u.id} variant ${i + 1}`));
  }
  for (const q of dataset.qualifications) {
    add(q.source, q.id);
    for (const r of q.rules) add(r.source, `${q.id} rule ${r.id}`);
  }
  for (const l of dataset.links) add(l.source, `link ${l.from} → ${l.to}`);
  for (const f of dataset.usageFacts) add(f.source, `usage fact ${f.id}`);
  for (const c of dataset.corrections) add(c.source, `correction ${c.id}`);
  return out;
}

/** Lines shorter than this are cheaper stored than referenced. */
const MIN_REFERENCED_LENGTH = 40;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How far ahead to look for the next line of a correction's original text (blank lines, repeated headers). */
const SPAN_LOOKAHEAD = 4;

/**
 * How many lines, from `start`, a correction's original text runs over in the document: each line of
 * the original is looked for (whitespace-insensitively) a few lines after the previous one.
 */
export function correctionSpan(
  correction: Pick<Correction, 'original'>,
  start: number,
  lineAt: (n: number) => string | undefined,
): number {
  const wanted = correction.original.split('\n').map(squash).filter(Boolean);
  let next = start;
  let end = start;
  for (const text of wanted) {
    let found = -1;
    for (let n = next; n < next + SPAN_LOOKAHEAD; n++) {
      const line = lineAt(n);
      if (line === undefined) break;
      if (squash(line).includes(text)) {
        found = n;
        break;
      }
    }
    if (found < 0) break;
    end = found;
    next = found + 1;
  }
  return end - start + 1;
}

function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * Keeps the cited lines of each document (whole) plus context around them, as compact ranges.
 * `texts` maps a document's file name to its full text.
 */
export function buildEvidence(
  dataset: Dataset,
  texts: Record<string, string>,
  options: EvidenceOptions = DEFAULT_EVIDENCE_OPTIONS,
): EvidenceResult {
  const problems: string[] = [];
  const lines = new Map<string, string[]>();
  for (const [document, text] of Object.entries(texts)) lines.set(document, splitLines(text));

  // document → line number → true when cited (kept whole), false when context.
  const kept = new Map<string, Map<number, boolean>>();
  const keep = (document: string, from: number, to: number, cited: boolean, length: number) => {
    const marks = kept.get(document) ?? new Map<number, boolean>();
    kept.set(document, marks);
    for (let n = Math.max(1, from); n <= Math.min(length, to); n++)
      marks.set(n, cited || marks.get(n) === true);
  };

  for (const [document, text] of Object.entries(texts)) {
    if (text.length <= options.wholeDocumentChars)
      keep(document, 1, lines.get(document)!.length, false, Infinity);
  }

  const spans = new Map<string, number>();
  for (const c of dataset.corrections) {
    const docLines = lines.get(c.source.document);
    if (!docLines || c.source.line === undefined) continue;
    const span = correctionSpan(c, c.source.line, (n) => docLines[n - 1]);
    const key = `${c.source.document}#${c.source.line}`;
    spans.set(key, Math.max(span, spans.get(key) ?? 1));
  }

  for (const citation of collectCitations(dataset)) {
    const docLines = lines.get(citation.document);
    if (!docLines) {
      problems.push(`${citation.by}: the document ${citation.document} was not supplied`);
      continue;
    }
    if (citation.line > docLines.length) {
      problems.push(
        `${citation.by}: line ${citation.line} is past the end of ${citation.document} (${docLines.length} lines)`,
      );
      continue;
    }
    const span = spans.get(`${citation.document}#${citation.line}`) ?? 1;
    const last = citation.line + span - 1;
    keep(citation.document, citation.line - options.before, last + options.after, false, docLines.length);
    keep(citation.document, citation.line, last, true, docLines.length);
  }

  // document + text → the first correction line holding exactly that text.
  const references = new Map<string, [string, number]>();
  for (const c of dataset.corrections) {
    c.original.split('\n').forEach((text, i) => {
      const key = `${c.source.document}\u0000${text}`;
      if (text.length >= MIN_REFERENCED_LENGTH && !references.has(key)) references.set(key, [c.id, i]);
    });
  }

  const evidence: Evidence = {};
  for (const document of [...kept.keys()].sort()) {
    const docLines = lines.get(document) ?? [];
    const marks = kept.get(document)!;
    const ranges: EvidenceRange[] = [];
    for (const n of [...marks.keys()].sort((a, b) => a - b)) {
      const full = docLines[n - 1] ?? '';
      const cut = !marks.get(n) && full.length > options.maxContextChars;
      let range = ranges.at(-1);
      if (!range || range.start + range.lines.length !== n) {
        range = { start: n, lines: [] };
        ranges.push(range);
      }
      const text = cut ? full.slice(0, options.maxContextChars).trimEnd() : full;
      range.lines.push(references.get(`${document}\u0000${text}`) ?? text);
      if (cut) range.shortened = [...(range.shortened ?? []), n];
    }
    evidence[document] = ranges;
  }
  return { evidence, problems };
}

// ---------------------------------------------------------------------------------------------
// Reading passages back (in the page)

export interface EvidenceLine {
  number: number;
  text: string;
  /** Part of the cited stretch: highlighted. */
  cited: boolean;
  /** Context line cut short to keep the offline file small. */
  shortened: boolean;
}

export interface Passage {
  document: string;
  /** The cited stretch, 1-based and inclusive. */
  from: number;
  to: number;
  lines: EvidenceLine[];
  /** False when the cited line itself is not in the evidence (e.g. an out-of-date bundle). */
  found: boolean;
}

/** A lookup of single lines, built once from the compact ranges. */
export interface EvidenceIndex {
  line(document: string, n: number): { text: string; shortened: boolean } | undefined;
}

/** Builds the line lookup; `corrections` resolves the lines stored as references. */
export function indexEvidence(evidence: Evidence, corrections: Correction[]): EvidenceIndex {
  const originals = new Map(corrections.map((c) => [c.id, c.original.split('\n')]));
  const resolve = (stored: StoredLine): string =>
    typeof stored === 'string' ? stored : (originals.get(stored[0])?.[stored[1]] ?? '');
  const byDocument = new Map<string, Map<number, { text: string; shortened: boolean }>>();
  for (const [document, ranges] of Object.entries(evidence)) {
    const lines = new Map<number, { text: string; shortened: boolean }>();
    for (const range of ranges) {
      const shortened = new Set(range.shortened ?? []);
      range.lines.forEach((stored, i) => {
        const n = range.start + i;
        lines.set(n, { text: resolve(stored), shortened: shortened.has(n) });
      });
    }
    byDocument.set(document, lines);
  }
  return { line: (document, n) => byDocument.get(document)?.get(n) };
}

/** The corrections cited at exactly this place (a correction's source is the start of its text). */
export function correctionsAt(dataset: Dataset, source: Source): Correction[] {
  return dataset.corrections.filter(
    (c) => c.source.document === source.document && c.source.line === source.line,
  );
}

/** The corrections whose cited line falls inside lines `from`–`to` of a document. */
export function correctionsBetween(
  dataset: Dataset,
  document: string,
  from: number,
  to: number,
): Correction[] {
  return dataset.corrections.filter(
    (c) =>
      c.source.document === document &&
      c.source.line !== undefined &&
      c.source.line >= from &&
      c.source.line <= to,
  );
}

/**
 * The passage to show for a source locator: the cited stretch (longer when a correction starts
 * there) with up to `before` / `after` lines of context, as far as the evidence holds them.
 */
export function passageFor(
  dataset: Dataset,
  index: EvidenceIndex,
  source: Source,
  options: Pick<EvidenceOptions, 'before' | 'after'> = PASSAGE_CONTEXT,
): Passage | undefined {
  if (source.line === undefined) return undefined;
  const at = (n: number) => index.line(source.document, n)?.text;
  const span = Math.max(1, ...correctionsAt(dataset, source).map((c) => correctionSpan(c, source.line!, at)));
  const from = source.line;
  const to = from + span - 1;
  const lines: EvidenceLine[] = [];
  for (let n = Math.max(1, from - options.before); n <= to + options.after; n++) {
    const line = index.line(source.document, n);
    if (!line) continue;
    lines.push({ number: n, text: line.text, cited: n >= from && n <= to, shortened: line.shortened });
  }
  return { document: source.document, from, to, lines, found: lines.some((l) => l.cited) };
}
