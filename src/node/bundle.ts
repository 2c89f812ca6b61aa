import { createDataBundle, type DataBundle } from '../domain/bundle';
import type { Dataset } from '../domain/model';

export function createBundle(dataset: Dataset): DataBundle {
  return createDataBundle(dataset);
}
