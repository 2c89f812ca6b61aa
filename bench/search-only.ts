/** Quick search timing without the browser: `npx tsx bench/search-only.ts`. */
import { buildSearchDocuments, createSearchEngine } from '../src/domain/search';
import type { Dataset } from '../src/domain/model';
import { loadFullDataset } from '../src/node/data-files';
import { SEARCH_CASES } from '../test/fixtures/search-queries';
import { syntheticDataset } from './synthetic';

const { dataset } = loadFullDataset();
function time(ds: Dataset, queries: string[]) {
  const docs = buildSearchDocuments(ds);
  let t0 = performance.now();
  const engine = createSearchEngine(docs, { synonyms: dataset.synonyms });
  const load = performance.now() - t0;
  const times: number[] = [];
  for (const q of queries)
    for (let n = 1; n <= q.length; n++) {
      t0 = performance.now();
      engine.search(q.slice(0, n), { limit: 12 });
      times.push(performance.now() - t0);
    }
  times.sort((a, b) => a - b);
  return {
    load: Math.round(load),
    n: times.length,
    median: times[times.length >> 1]!.toFixed(2),
    p95: times[Math.ceil(times.length * 0.95) - 1]!.toFixed(2),
  };
}
console.log(
  'real',
  time(
    dataset,
    SEARCH_CASES.map((c) => c.query),
  ),
);
const nos = { units: dataset.units.filter((u) => u.framework === 'nos') };
const big = syntheticDataset(nos, { units: 20000, seed: 11 });
console.log(
  '20k',
  time(
    {
      ...dataset,
      units: [...nos.units, ...big.units],
      frameworks: [...dataset.frameworks, ...big.frameworks],
      qualifications: [],
    },
    ['manage budget', 'leadrship team', 'S1234', 'helth and saftey', 'quality improvement', 'volunteer'],
  ),
);
