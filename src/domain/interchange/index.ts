/**
 * Interchange formats for other tools: CASE 1.0 (one CFPackage per framework), SKOS as JSON-LD and
 * CSV tables. One module per format; this file only gathers them.
 */
export * from './case-types';
export { toCaseExport, toCaseExports } from './case';
export { toSkosExport, type SkosDocument, type SkosNode } from './skos';
export { CSV_BOM, spreadsheetCell, toCsv, toCsvExport } from './csv';
export * from './import';
export * from './imported-framework';
export * from './framework-mapping';
