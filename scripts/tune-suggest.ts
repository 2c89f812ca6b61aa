/**
 * `npx tsx scripts/tune-suggest.ts`: the suggestion engine's scoring weights by cross-validation.
 * Prints the 5-fold cross-validated leave-one-out figures (weights chosen without the fold) and
 * the current weights refined on all curated units plus the dev half of the module descriptions (never the
 * held-out half), to copy into scoring.ts / profiles.ts; then run `npm run calibrate`.
 */
import { formatProblem, loadDataset } from '../src/domain/dataset';
import { DEFAULT_SCORING } from '../src/domain/suggest/scoring';
import {
  casesEvidence,
  crossValidate,
  leaveOneOutEvidence,
  scoredFigures,
  tuneScoring,
} from '../src/domain/suggest/tuning';
import { readDataFiles } from '../src/node/data-files';
import { MODULE_CASES } from '../test/fixtures/module-descriptions';

const { dataset, problems } = loadDataset(readDataFiles());
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const loo = leaveOneOutEvidence(dataset);
const dev = casesEvidence(
  dataset,
  MODULE_CASES.filter((c) => c.half === 'dev'),
);
const show = (label: string, f: ReturnType<typeof scoredFigures>) =>
  console.log(`${label}: p@1 ${f.precisionAt1}, r@3 ${f.recallAt3}, hit@3 ${f.hitAt3} (${f.cases} cases)`);
show('current weights, leave-one-out', scoredFigures(loo, DEFAULT_SCORING));
show('current weights, modules dev', scoredFigures(dev, DEFAULT_SCORING));
const cv = crossValidate(loo, dev);
show('5-fold cross-validated leave-one-out', cv.figures);
cv.folds.forEach((p, i) => console.log(`  fold ${i}: ${JSON.stringify(p)}`));
// The final weights: the current ones refined on every case (coordinate ascent is local; starting
// from the hand-set weights again may stop on a worse optimum).
const tuned = tuneScoring([...loo, ...dev], DEFAULT_SCORING);
console.log(`tuned on all curated units + modules dev: ${JSON.stringify(tuned)}`);
show('  its leave-one-out (in-sample)', scoredFigures(loo, tuned));
show('  its modules dev', scoredFigures(dev, tuned));
