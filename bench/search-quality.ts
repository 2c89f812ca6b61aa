/**
 * Search quality over the realistic queries of `test/fixtures/search-queries.ts`, per half:
 * the tuning half (the ranking was adjusted while watching it) and the held-out half (written
 * before the ranking was changed and never tuned on). precision@1: the first result is one of
 * the expected units; recall@5: one of them is in the first five; met: the case's own bar
 * (first, or in the first five) is met.
 */
import type { SearchEngine } from '../src/domain/search';
import { SEARCH_CASES, type SearchCase } from '../test/fixtures/search-queries';

export interface QualityFigures {
  queries: number;
  precisionAt1: number;
  recallAt5: number;
  met: number;
}

function figures(engine: SearchEngine, cases: SearchCase[]): QualityFigures {
  let top1 = 0;
  let top5 = 0;
  let met = 0;
  for (const c of cases) {
    const ids = engine.search(c.query, { limit: 5 }).map((r) => r.id);
    if (c.expected.includes(ids[0] ?? '')) top1++;
    if (ids.some((id) => c.expected.includes(id))) top5++;
    if (ids.slice(0, c.within).some((id) => c.expected.includes(id))) met++;
  }
  const share = (n: number) => Math.round((n / (cases.length || 1)) * 1000) / 1000;
  return { queries: cases.length, precisionAt1: share(top1), recallAt5: share(top5), met: share(met) };
}

/** Overall figures (the keys the README has always shown) and each half. */
export function searchQuality(engine: SearchEngine) {
  const all = figures(engine, SEARCH_CASES);
  return {
    ...all,
    tuning: figures(
      engine,
      SEARCH_CASES.filter((c) => c.set !== 'held-out'),
    ),
    heldOut: figures(
      engine,
      SEARCH_CASES.filter((c) => c.set === 'held-out'),
    ),
    failing: SEARCH_CASES.filter((c) => {
      const ids = engine.search(c.query, { limit: 5 }).map((r) => r.id);
      return !ids.slice(0, c.within).some((id) => c.expected.includes(id));
    }).map((c) => `${c.set}: ${c.query}`),
  };
}

/**
 * Quick mode without the browser bench: `npx tsx bench/search-quality.ts [--write]` prints the
 * figures; with --write it also puts them into bench/results.json (search.quality) and the README.
 */
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync, writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { loadFullDataset } = await import('../src/node/data-files');
  const { buildSearchDocuments, createSearchEngine } = await import('../src/domain/search');
  const { updateReadme } = await import('./report');
  const { dataset } = loadFullDataset();
  const engine = createSearchEngine(buildSearchDocuments(dataset), { synonyms: dataset.synonyms });
  const quality = searchQuality(engine);
  console.log(JSON.stringify(quality, null, 2));
  if (process.argv.includes('--write')) {
    const root = join(import.meta.dirname, '..');
    const file = join(root, 'bench', 'results.json');
    const results = JSON.parse(readFileSync(file, 'utf8'));
    results.search.quality = quality;
    writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    await updateReadme(root);
  }
}
