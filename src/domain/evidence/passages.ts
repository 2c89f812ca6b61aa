/** Reading passages back in the page: the line lookup, the corrections at a place, the passage to show. */
import type { Correction, Dataset, Source } from '../model';
import { correctionSpan } from './correction-span';
import { PASSAGE_CONTEXT, type Evidence, type EvidenceOptions, type StoredLine } from './shapes';

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
