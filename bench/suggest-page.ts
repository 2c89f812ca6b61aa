/**
 * Runs in the browser for `npm run bench` (bundled by bench/suggest.ts): builds the suggestion
 * engine from the app's own data bundle, as the page does, and times it.
 */
import { unpackBundle, type DataBundle } from '../src/domain/bundle';
import { createSuggestionEngine, suggestAll } from '../src/domain/suggest';

export async function measure(packed: DataBundle, single: string[], batch: string[]) {
  const t0 = performance.now();
  const { dataset } = unpackBundle(packed);
  const engine = createSuggestionEngine(dataset);
  const buildMs = performance.now() - t0;
  const times: number[] = [];
  for (let round = 0; round < 5; round++)
    for (const text of single) {
      const start = performance.now();
      engine.suggest(text, { limit: 5 });
      times.push(performance.now() - start);
    }
  const start = performance.now();
  const { timing } = await suggestAll(engine, batch, { limit: 5 });
  return { buildMs, times, batchMs: performance.now() - start, ...timing };
}
