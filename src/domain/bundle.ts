/** The one data bundle the app loads: the dataset plus everything precomputed at build time. */
import { computeLayout, type Position } from './layout';
import type { Dataset } from './model';
import { buildSearchDocuments, buildSearchIndex } from './search';

export interface DataBundle {
  dataset: Dataset;
  positions: Record<string, Position>;
  searchIndex: unknown;
}

export function createDataBundle(dataset: Dataset): DataBundle {
  return {
    dataset,
    positions: computeLayout(dataset),
    searchIndex: buildSearchIndex(buildSearchDocuments(dataset)),
  };
}
