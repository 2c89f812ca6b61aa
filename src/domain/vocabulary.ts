/** The controlled vocabularies of the data model, free of zod so the browser bundle stays small. */

export const SOURCE_DOCUMENTS = {
  nos: '000_2ddea83f8caa00c9.txt',
  report: '001_fa7db7218e08b3b4.txt',
  proqual: '002_91bdc591f1f65ba7.txt',
  topss: '003_4994f875fb7bc13d.txt',
  ilm: '004_b99c2eb5f5b05502.txt',
} as const;
export const FUNCTIONAL_AREAS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const NOS_LEVELS = ['L2', 'L3', 'L4', 'L5'] as const;
export const FRAMEWORK_KINDS = ['generic', 'specialist', 'partnership', 'qualification'] as const;
export const RELATIONS = ['exact', 'close', 'broad', 'narrow', 'related'] as const;
export const BASES = ['published', 'curated', 'computed'] as const;
/** Where a framework or link comes from: the five source documents and our curation, or the user's own imports. */
export const ORIGINS = ['source', 'user'] as const;
/** How much to trust a computed suggestion, calibrated on held-out curated links. */
export const CONFIDENCES = ['strong', 'possible', 'weak'] as const;
export const USAGE_KINDS = [
  'most-imported',
  'incremental-review',
  'business-planning',
  'sector-import',
  'sector-promoted',
  'importation-total',
  'other',
] as const;
