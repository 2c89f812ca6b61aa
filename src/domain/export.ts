/**
 * The public export formats. JSON: one document, `format: "standards-atlas/1"`, documented in the
 * README. CSV tables: `interchange/csv.ts`.
 */
import type { Dataset } from './model';

export const EXPORT_FORMAT = 'standards-atlas/1';

export interface JsonExport extends Dataset {
  format: typeof EXPORT_FORMAT;
}

export function toJsonExport(dataset: Dataset): JsonExport {
  return { format: EXPORT_FORMAT, ...dataset };
}

export { toCsv, toCsvExport } from './interchange/csv';
