/**
 * Build-time data step: validate data/, compute similarity links, precompute the layout and the
 * search index, and write the one data bundle the app imports. Fails (exit 1) with file, record
 * and field when the data is invalid.
 *
 *   tsx scripts/build-data.ts [--data DIR] [--out FILE]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createBundle } from '../src/node/bundle';
import { formatProblem } from '../src/domain/dataset';
import { DEFAULT_DATA_DIR, loadFullDataset } from '../src/node/data-files';

const { values } = parseArgs({ options: { data: { type: 'string' }, out: { type: 'string' } } });
const dataDir = values.data ?? process.env.ATLAS_DATA_DIR ?? DEFAULT_DATA_DIR;
const out = values.out ?? join(import.meta.dirname, '..', 'src', 'generated', 'bundle.json');

const started = performance.now();
const { dataset, problems } = loadFullDataset(dataDir);
if (problems.length > 0) {
  for (const p of problems) console.error(formatProblem(p));
  console.error(`\nbuild stopped: ${problems.length} problem(s) in ${dataDir}`);
  process.exit(1);
}
const bundle = createBundle(dataset);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(bundle));
console.log(
  `data bundle: ${dataset.units.length} units, ${dataset.links.length} links → ${out} ` +
    `(${Math.round(performance.now() - started)} ms)`,
);
