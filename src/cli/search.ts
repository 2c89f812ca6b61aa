/** `search "<query>" [--limit N] [--json]`: units by code, words (typos ok) or outcomes, best first. */
import { buildSearchDocuments, createSearchEngine } from '../domain/search';
import { loadOrFail, stringOption, UsageError, type Command } from './command';

export const search: Command = {
  name: 'search',
  usage: 'search "<query>" [--limit N] [--json]    Find units by code, words (typos ok) or outcomes',
  options: { limit: { type: 'string' } },
  run(input) {
    const query = input.args.join(' ');
    if (!query.trim()) throw new UsageError('search needs a query, e.g. search "budget"');
    const limit = Number(stringOption(input, 'limit') ?? 10);
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError('--limit must be a positive whole number');
    const dataset = loadOrFail(input.dataDir);
    const engine = createSearchEngine(buildSearchDocuments(dataset), {
      synonyms: dataset.synonyms,
    });
    const results = engine.search(query, { limit });
    if (input.json) {
      // The public --json shape (README, "Command line").
      const shaped = results.map(({ id, framework, code, title, score, matched }) => ({
        id,
        framework,
        code,
        title,
        score,
        matched,
      }));
      console.log(JSON.stringify(shaped, null, 2));
    } else if (results.length === 0) {
      console.log(`no match for "${query}"`);
    } else {
      // Human form only, on stderr: the --json array stays exactly as it was.
      const missing = engine.missingCode(query);
      if (missing) console.error(missing.message);
      for (const r of results)
        console.log(
          `${r.score.toFixed(3)}  ${r.framework.padEnd(8)} ${r.code.padEnd(14)} ${r.title}  [${r.kind}; ${r.matched}]`,
        );
    }
    return 0;
  },
};
