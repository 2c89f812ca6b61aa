/**
 * `suggest --text "<description>" [--limit N] [--level N] [--json]`: the generic NOS units a module
 * description (title, blurb or outcomes) is most likely about, best first, each with a score, a
 * confidence and why. The same engine the app runs; it learns from the curated links in --data.
 */
import { loadDataset, type Problem } from '../domain/dataset';
import { createSuggestionEngine, MAX_SUGGEST_CHARS, type Suggestion } from '../domain/suggest';
import { readDataFiles } from '../node/data-files';
import { DataProblemsError, stringOption, UsageError, type Command } from './command';

/** One suggestion in the public --json shape (README, "Command line"), for `suggest` and `import --suggest`. */
export const suggestionJson = ({ id, code, title, score, confidence, why }: Suggestion) => ({
  id,
  code,
  title,
  score,
  confidence,
  why,
});

export const suggest: Command = {
  name: 'suggest',
  usage:
    'suggest --text "<description>" [--limit N] [--level N] [--json]\n' +
    '                                           The NOS units a module description fits, best first',
  options: { text: { type: 'string' }, limit: { type: 'string' }, level: { type: 'string' } },
  run(input) {
    const text = stringOption(input, 'text') ?? input.args.join(' ');
    if (!text.trim())
      throw new UsageError(
        'suggest needs a description, e.g. suggest --text "Managing a budget for your team"',
      );
    const limit = Number(stringOption(input, 'limit') ?? 5);
    if (!Number.isInteger(limit) || limit < 1 || limit > 56)
      throw new UsageError('--limit must be a whole number from 1 to 56');
    const levelText = stringOption(input, 'level');
    const level = levelText === undefined ? undefined : Number(levelText);
    if (level !== undefined && (!Number.isInteger(level) || level < 1 || level > 8))
      throw new UsageError('--level must be a qualification level from 1 to 8');
    // The engine needs the curated and published links only: no computed links to build first.
    const { dataset, problems } = loadDataset(readDataFiles(input.dataDir));
    if (problems.length > 0) throw new DataProblemsError(problems as Problem[], input.dataDir);
    if (text.length > MAX_SUGGEST_CHARS)
      console.error(
        `note: the text is ${text.length} characters; only the first ${MAX_SUGGEST_CHARS} were used`,
      );
    const results = createSuggestionEngine(dataset).suggest(text, { limit, level });
    if (input.json) {
      console.log(JSON.stringify(results.map(suggestionJson), null, 2));
    } else if (results.length === 0) {
      console.log('no NOS unit shares a word with this text');
    } else {
      for (const r of results)
        console.log(
          `${r.score.toFixed(3)}  ${r.confidence.padEnd(8)} ${r.code.padEnd(4)} ${r.title}\n       ${r.why}`,
        );
    }
    return 0;
  },
};
