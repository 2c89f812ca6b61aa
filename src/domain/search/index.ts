/** Search: documents, query reading, code lookup, typo index and the ranking engine. */
export { buildSearchDocuments, searchWords, unitKind, vocabularyOf, type SearchDocument } from './documents';
export { buildSearchIndex } from './typo-index';
export {
  createSearchEngine,
  highlightRanges,
  type EngineOptions,
  type MissingCode,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
} from './engine';
