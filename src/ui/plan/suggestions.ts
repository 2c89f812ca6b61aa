/**
 * The suggestion engine for the page, built on first use from the data the page already has (no
 * extra data in the file) and kept for the session. User courses merged into the dataset do not
 * change it (it learns from curated qualification units only), so it is cached per dataset base.
 */
import type { Dataset } from '../../domain/model';
import { createSuggestionEngine, type SuggestionEngine } from '../../domain/suggest';

const engines = new WeakMap<object, SuggestionEngine>();

export function suggestionEngine(dataset: Dataset): SuggestionEngine {
  // The synonyms list is shared by the base dataset and every merge of user data into it.
  let engine = engines.get(dataset.synonyms);
  if (!engine) {
    engine = createSuggestionEngine(dataset);
    engines.set(dataset.synonyms, engine);
  }
  return engine;
}
