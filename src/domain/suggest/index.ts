/** The suggestion engine: which generic NOS units a text is about (see engine.ts). */
export {
  createSuggestionEngine,
  MAX_SUGGEST_CHARS,
  type Suggestion,
  type SuggestionEngine,
  type SuggestOptions,
} from './engine';
export { computeSuggestedLinks, linksPerNosUnit } from './computed-links';
export { confidenceFor, DEFAULT_CALIBRATION } from './calibration';
export { suggestAll, type BatchTiming } from './batch';
