/**
 * Build-time data step: validate data/, compute similarity links, precompute the layout, collect
 * the cited source passages (evidence), and write the one data bundle the app imports. Fails (exit 1) with file, record and field when the data is invalid.
 *
 *   tsx scripts/build-data.ts [--data DIR] [--sources DIR] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDataBundle, packBundle } from '../src/domain/bundle';
import { collectEvidence } from '../src/node/bundle';
import { DEFAULT_SOURCES_DIR } from '../src/node/sources';
import { formatProblem } from '../src/domain/dataset';
import { DEFAULT_DATA_DIR, loadFullDataset } from '../src/node/data-files';

const { values } = parseArgs({
  options: { data: { type: 'string' }, sources: { type: 'string' }, out: { type: 'string' } },
});
const dataDir = values.data ?? process.env.ATLAS_DATA_DIR ?? DEFAULT_DATA_DIR;
const sourcesDir = values.sources ?? process.env.ATLAS_SOURCES_DIR ?? DEFAULT_SOURCES_DIR;
const out = values.out ?? join(import.meta.dirname, '..', 'src', 'generated', 'bundle.json');

const started = performance.now();
const { dataset, problems } = loadFullDataset(dataDir);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nbuild stopped: ${problems.length} problem(s) in ${dataDir}`);
  process.exit(1);
}
// The evidence viewer shows passages from the repository's copies of the sources; a missing
// document or a line past its end is worth a warning, not a failed build.
const evidence = collectEvidence(dataset, sourcesDir);
for (const problem of evidence.problems) console.warn(`evidence: ${problem}`);
const bundle = createDataBundle(dataset, evidence.evidence);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(packBundle(bundle)));
console.log(
  `data bundle: ${dataset.units.length} units, ${dataset.links.length} links → ${out} ` +
    `(${Math.round(performance.now() - started)} ms)`,
);
