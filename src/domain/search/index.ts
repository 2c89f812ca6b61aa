/** Search: documents, query reading, code lookup, typo readings and the ranking engine. */
export { buildSearchDocuments, searchWords, unitKind, vocabularyOf, type SearchDocument } from './documents';
export {
  createSearchEngine,
  highlightRanges,
  type EngineOptions,
  type MissingCode,
  type SearchEngine,
  type SearchOptions,
  type SearchResult,
} from './engine';
