import { buildEvidence, type EvidenceResult } from '../domain/evidence';
import type { Dataset } from '../domain/model';
import { readSourceTexts, DEFAULT_SOURCES_DIR } from './sources';

/** The cited passages of the repository's source documents, with what could not be collected. */
export function collectEvidence(dataset: Dataset, sourcesDir = DEFAULT_SOURCES_DIR): EvidenceResult {
  const { texts, missing } = readSourceTexts(sourcesDir);
  const { evidence, problems } = buildEvidence(dataset, texts);
  return {
    evidence,
    problems: [...missing.map((m) => `source document ${m} not found in ${sourcesDir}`), ...problems],
  };
}
