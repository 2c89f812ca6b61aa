/**
 * `npm run bench`: measures the budgets the issues set and writes bench/results.json.
 * Run after `npm run build` (the npm script does that). Nothing here runs in `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildSearchDocuments, createSearchEngine, type SearchEngine } from '../src/domain/search';
import type { Dataset } from '../src/domain/model';
import { loadFullDataset } from '../src/node/data-files';
import { launchBrowser } from '../test/e2e/browser';
import { SEARCH_CASES } from '../test/fixtures/search-queries';
import { searchQuality } from './search-quality';
import { measureCsvImport } from './csv-import';
import { updateReadme } from './report';
import { measureStartupFloor } from './startup';
import { syntheticDataset, writeSyntheticData } from './synthetic';
import { benchSuggest, suggestBudgets, type SuggestBench } from './suggest';
import { median, round, timeToInteractive } from './timing';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const quick = process.argv.includes('--quick');

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
const log = (message: string) => console.log(`[bench] ${message}`);

function run(command: string, args: string[], env: Record<string, string> = {}) {
  execFileSync(command, args, {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
}

async function filterRepaint(browser: Browser, file: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-graph="ready"]');
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    times.push(
      await page.evaluate(async (n) => {
        const boxes = [...document.querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')];
        const t0 = performance.now();
        boxes[n % 6]!.click();
        // Two frames: React's commit and cytoscape's redraw have both been painted.
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return performance.now() - t0;
      }, i),
    );
  }
  await page.close();
  return {
    medianMs: round(median(times)),
    p95Ms: round(percentile(times, 95)),
    maxMs: round(Math.max(...times)),
  };
}

/** Every prefix of each query, as typed key by key. */
function keystrokeTimes(engine: SearchEngine, queries: string[]) {
  const times: number[] = [];
  for (const query of queries) {
    for (let n = 1; n <= query.length; n++) {
      const t0 = performance.now();
      engine.search(query.slice(0, n), { limit: 12 });
      times.push(performance.now() - t0);
    }
  }
  return {
    keystrokes: times.length,
    medianMs: round(median(times), 2),
    p95Ms: round(percentile(times, 95), 2),
    maxMs: round(Math.max(...times), 2),
  };
}

function engineFor(dataset: Pick<Dataset, 'units' | 'frameworks' | 'qualifications' | 'synonyms'>) {
  const docs = buildSearchDocuments(dataset as Dataset);
  const t0 = performance.now();
  const engine = createSearchEngine(docs, { synonyms: dataset.synonyms });
  return { engine, loadMs: round(performance.now() - t0) };
}

async function main() {
  const results: Record<string, unknown> = {};
  const distFile = join(ROOT, 'dist', 'index.html');
  const html = readFileSync(distFile);
  results.singleFile = { bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length };
  log(`single file ${html.length} bytes, ${(results.singleFile as { gzipBytes: number }).gzipBytes} gzipped`);

  // Search, in Node: the same pure module the page runs.
  const { dataset } = loadFullDataset();
  const real = engineFor(dataset);
  const typed = [
    ...SEARCH_CASES.map((c) => c.query),
    'provide leadership for your team',
    'health and safety',
  ];
  results.search = {
    indexLoadMs: real.loadMs,
    keystroke: keystrokeTimes(real.engine, typed),
    quality: searchQuality(real.engine),
  };
  const nos = { units: dataset.units.filter((u) => u.framework === 'nos') };
  const big = syntheticDataset(nos, { units: 20000, seed: 11 });
  const synthetic = engineFor({
    ...big,
    units: [...nos.units, ...big.units],
    frameworks: [...dataset.frameworks, ...big.frameworks],
    synonyms: dataset.synonyms,
  });
  results.search20k = {
    units: nos.units.length + big.units.length,
    indexLoadMs: synthetic.loadMs,
    keystroke: keystrokeTimes(synthetic.engine, [
      'manage budget',
      'leadrship team',
      'S1234',
      'helth and saftey',
      'quality improvement',
      'volunteer',
    ]),
  };
  log(`search: ${JSON.stringify(results.search)}`);
  log(`search 20k: ${JSON.stringify(results.search20k)}`);

  log('building the baseline page');
  run('npx', ['vite', 'build', '--config', 'bench/vite.baseline.config.ts']);
  const browser = await launchBrowser();
  try {
    const runs = 5;
    const [app, baseline] = await timeToInteractive(
      browser,
      [distFile, join(OUT, 'baseline', 'index.html')],
      runs,
    );
    results.startup = { app, baseline, ratio: round(app!.medianMs / baseline!.medianMs, 2) };
    log(`startup ${JSON.stringify(results.startup)}`);
    // Against the floor: cytoscape and the opening graph only; and the whole register (20,000 units).
    const floor = await measureStartupFloor(browser, {
      root: ROOT,
      out: OUT,
      appFile: distFile,
      baselineFile: join(OUT, 'baseline', 'index.html'),
      quick,
      run,
    });
    results.startupFloor = floor.startupFloor;
    results.register = floor.register;
    log(`startup vs floor ${JSON.stringify(results.startupFloor)}`);
    log(`register ${JSON.stringify(results.register)}`);
    results.filterRepaint = await filterRepaint(browser, distFile);
    results.suggest = await benchSuggest(browser, ROOT);
    log(`suggest ${JSON.stringify((results.suggest as SuggestBench).quality)}`);
    log(`filter repaint ${JSON.stringify(results.filterRepaint)}`);
    results.csvImport = await measureCsvImport(browser, distFile);
    log(`course CSV import ${JSON.stringify(results.csvImport)}`);

    const sizes = quick ? [500, 5000] : [500, 1000, 2000, 5000];
    const scaling: Record<string, unknown>[] = [];
    for (const units of sizes) {
      const dataDir = writeSyntheticData(mkdtempSync(join(tmpdir(), `atlas-syn-${units}-`)), { units });
      const bundle = join(OUT, `synthetic-${units}.json`);
      const outDir = join(OUT, `synthetic-${units}`);
      run('npx', ['tsx', 'scripts/build-data.ts', '--data', dataDir, '--out', bundle]);
      run('npx', ['vite', 'build', '--logLevel', 'warn'], { ATLAS_BUNDLE: bundle, ATLAS_OUT_DIR: outDir });
      const built = JSON.parse(readFileSync(bundle, 'utf8')) as { dataset: Dataset };
      const [timing] = await timeToInteractive(browser, [join(outDir, 'index.html')], units === 5000 ? 5 : 3);
      scaling.push({ units: built.dataset.units.length, links: built.dataset.links.length, ...timing });
      log(`synthetic ${units}: ${JSON.stringify(scaling.at(-1))}`);
    }
    results.synthetic = scaling;
  } finally {
    await browser.close();
  }

  const startup = results.startup as { app: { medianMs: number }; ratio: number };
  const largest = (results.synthetic as { units: number; medianMs: number }[]).at(-1)!;
  const search = results.search as { keystroke: { p95Ms: number } };
  const search20k = results.search20k as { keystroke: { p95Ms: number } };
  const csvImport = results.csvImport as { previewMs: number; longestBlockMs: number }[];
  const checks = [
    {
      budget: 'single file gzipped ≤ 350 KB',
      value: (results.singleFile as { gzipBytes: number }).gzipBytes,
      limit: 350 * 1024,
    },
    { budget: 'time to interactive graph ≤ 700 ms (median of 5)', value: startup.app.medianMs, limit: 700 },
    { budget: 'time to interactive ≤ 1.3× the baseline page', value: startup.ratio, limit: 1.3 },
    {
      budget: 'time to interactive ≤ 1.3× the floor page (cytoscape only)',
      value: (results.startupFloor as { floorRatio: number }).floorRatio,
      limit: 1.3,
    },
    {
      // The label names the links the run actually drew (the synthetic register is built with 60,000).
      budget: `20,000 units + ${(results.register as { links: number }).links.toLocaleString('en-GB')} links: overview interactive ≤ 2 s`,
      value: (results.register as { medianMs: number }).medianMs,
      limit: 2000,
    },
    {
      budget: '20,000 units: expanding a group ≤ 300 ms',
      value: (results.register as { expandMs: number }).expandMs,
      limit: 300,
    },
    {
      budget: 'filter change to repaint ≤ 100 ms (p95)',
      value: (results.filterRepaint as { p95Ms: number }).p95Ms,
      limit: 100,
    },
    { budget: `synthetic ${largest.units} units interactive ≤ 2.5 s`, value: largest.medianMs, limit: 2500 },
    { budget: 'search per keystroke p95 ≤ 4 ms (full dataset)', value: search.keystroke.p95Ms, limit: 4 },
    {
      budget: 'search per keystroke p95 ≤ 30 ms (20,000 units)',
      value: search20k.keystroke.p95Ms,
      limit: 30,
    },
    {
      budget: 'course CSV of 2 MB previewed ≤ 2 s (slowest file)',
      value: Math.max(...csvImport.map((c) => c.previewMs)),
      limit: 2000,
    },
    {
      budget: 'course CSV import blocks the page ≤ 100 ms (longest task)',
      value: Math.max(...csvImport.map((c) => c.longestBlockMs)),
      limit: 100,
    },
    ...suggestBudgets(results.suggest as SuggestBench),
  ].map((c) => ({ ...c, pass: c.value <= c.limit }));
  const report = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version },
    budgets: checks,
    ...results,
  };
  writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(report, null, 2) + '\n');
  for (const c of checks) log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.budget}: ${c.value}`);
  await updateReadme(ROOT);
  log('README performance section updated');
}

await main();
