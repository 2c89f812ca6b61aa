/**
 * `npm run calibrate`: derives the suggestion engine's confidence cuts from the leave-one-out
 * evaluation over the curated links and writes them, with how they were derived, to
 * src/domain/suggest/calibration.json. Run it after changing the engine or the curated links;
 * test/domain/suggest-eval.test.ts fails while the stored cuts are out of date.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deriveCalibration, rankLeaveOneOut } from '../src/domain/suggest/evaluate';
import { formatProblem, loadDataset } from '../src/domain/dataset';
import { readDataFiles } from '../src/node/data-files';

const { dataset, problems } = loadDataset(readDataFiles());
if (problems.length) {
  for (const p of problems) console.error(formatProblem(p));
  process.exit(1);
}
const calibration = deriveCalibration(rankLeaveOneOut(dataset));
const out = join(import.meta.dirname, '..', 'src', 'domain', 'suggest', 'calibration.json');
writeFileSync(out, JSON.stringify(calibration, null, 2) + '\n');
console.log(`strong ≥ ${calibration.strong}, possible ≥ ${calibration.possible} → ${out}`);
