/** Keeping the cited lines of each document, with context, as compact ranges (at build time). */
import type { Dataset, Source } from '../model';
import { correctionSpan } from './correction-span';
import {
  DEFAULT_EVIDENCE_OPTIONS,
  type Citation,
  type Evidence,
  type EvidenceOptions,
  type EvidenceRange,
  type EvidenceResult,
} from './shapes';

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
