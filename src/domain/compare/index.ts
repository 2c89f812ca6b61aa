/**
 * Comparing any two sets of units (a framework, a plan, an imported course) through the generic
 * NOS as a hub: X and Y are related where both reach the same NOS unit. Each pair keeps both legs
 * of the path, so the weakest leg (and its basis) is always visible — a chain is only as strong as
 * the weaker of its two links.
 */
export * from './sides';
export { compareThroughHub } from './pairing';
export { comparisonToCsv } from './csv';
export { comparisonToMarkdown } from './markdown';
