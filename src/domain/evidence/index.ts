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
export {
  DEFAULT_EVIDENCE_OPTIONS,
  PASSAGE_CONTEXT,
  type Citation,
  type Evidence,
  type EvidenceOptions,
  type EvidenceRange,
  type EvidenceResult,
  type StoredLine,
} from './shapes';
export { correctionSpan } from './correction-span';
export { buildEvidence, collectCitations } from './build';
export {
  correctionsAt,
  correctionsBetween,
  indexEvidence,
  passageFor,
  type EvidenceIndex,
  type EvidenceLine,
  type Passage,
} from './passages';
