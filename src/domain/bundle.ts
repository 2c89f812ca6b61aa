/** The one data bundle the app loads: the dataset plus everything precomputed at build time. */
import type { Evidence } from './evidence';
import { computeLayout, type Position } from './layout';
import type { Dataset } from './model';
import { buildSearchDocuments, buildSearchIndex } from './search';

export interface DataBundle {
  dataset: Dataset;
  positions: Record<string, Position>;
  searchIndex: unknown;
  /** The cited passages of the source documents (cited lines plus a little context); see evidence.ts. */
  evidence: Evidence;
}

export function createDataBundle(dataset: Dataset, evidence: Evidence = {}): DataBundle {
  return {
    dataset,
    positions: computeLayout(dataset),
    searchIndex: buildSearchIndex(buildSearchDocuments(dataset)),
    evidence,
  };
}
