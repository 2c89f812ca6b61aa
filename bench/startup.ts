/**
 * Start-up against the floor (issue 14): the app's time to an interactive graph next to a page that
 * only loads cytoscape and draws the same opening nodes and links at preset positions; and the
 * overview at the size of the whole UK NOS register (20,000 units, 60,000 links): time to
 * interactive and time to expand a folded group.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { unpackBundle, type DataBundle } from '../src/domain/bundle';
import { isUserFramework } from '../src/domain/course-import';
import { applyFilters } from '../src/domain/filters';
import { edgeId } from '../src/domain/graph';
import { buildScene, sceneModel } from '../src/domain/overview';
import { parseHash } from '../src/domain/url-state';
import { sceneElements } from '../src/ui/explorer/graph-style';
import { launchBrowser } from '../test/e2e/browser';
import { writeSyntheticData } from './synthetic';
import { median, round, timeToInteractive } from './timing';

type Run = (command: string, args: string[], env?: Record<string, string>) => void;

/** The opening screen's elements, as the app computes them: the default filters, nothing expanded. */
export function openingElements(bundleFile: string) {
  const { dataset, positions } = unpackBundle(JSON.parse(readFileSync(bundleFile, 'utf8')) as DataBundle);
  // The app opens with the default filters (computed links below the default confidence hidden).
  const view = applyFilters(dataset, parseHash('', dataset).state.filters);
  const ids = new Map(dataset.links.map((link, i) => [link, edgeId(link, i)]));
  const scene = buildScene(sceneModel(dataset, positions, isUserFramework), {
    visible: view.unitIds,
    links: view.links.map((link) => ({ link, id: ids.get(link)! })),
    expanded: new Set(),
    revealed: new Set(),
  });
  // Only what a bare page needs to draw them: ids, ends, labels and positions.
  return sceneElements(scene).map((e) => ({
    group: e.group,
    data: { id: e.data.id, label: e.data.label, source: e.data.source, target: e.data.target },
    ...(e.position ? { position: e.position } : {}),
  }));
}

export function buildFloorPage(root: string, out: string, bundleFile: string, run: Run): string {
  mkdirSync(out, { recursive: true });
  const elementsFile = join(out, 'floor-elements.json');
  writeFileSync(elementsFile, JSON.stringify(openingElements(bundleFile)));
  const outDir = join(out, 'floor');
  run('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts'], {
    ATLAS_FLOOR_ELEMENTS: elementsFile,
    ATLAS_OUT_DIR: outDir,
  });
  return join(outDir, 'index.html');
}

/** Taps a folded group and waits until its units are drawn and painted (two frames); ms. */
const EXPAND_ONE = `(async () => {
  const cy = window.__atlasCy;
  const chips = cy.nodes('.chip');
  const chip = chips[($N * 7) % chips.length];
  const id = chip.id();
  const t0 = performance.now();
  chip.emit('tap');
  while (!cy.getElementById(id).hasClass('box')) await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - t0;
})()`;

/** The time from a tap on a folded group to its units drawn, on fresh page loads. */
async function expandTimes(browser: Browser, file: string, runs: number) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-graph="ready"]', { timeout: 120000 });
    // A string, so the bundler's helpers (tsx names inner functions with __name) stay out of the page.
    times.push((await page.evaluate(EXPAND_ONE.replace('$N', String(i)))) as number);
    await page.close();
  }
  return { medianMs: round(median(times)), runsMs: times.map(round) };
}

export async function measureStartupFloor(
  browser: Browser,
  options: {
    root: string;
    out: string;
    appFile: string;
    baselineFile: string;
    quick: boolean;
    run: Run;
  },
) {
  const { root, out, run } = options;
  const floorFile = buildFloorPage(root, out, join(root, 'src', 'generated', 'bundle.json'), run);
  const runs = options.quick ? 3 : 5;
  const [app, floor, baseline] = await timeToInteractive(
    browser,
    [options.appFile, floorFile, options.baselineFile],
    runs,
  );
  const startupFloor = {
    app: app!,
    floor: floor!,
    baseline: baseline!,
    floorRatio: round(app!.medianMs / floor!.medianMs, 2),
    baselineRatio: round(app!.medianMs / baseline!.medianMs, 2),
  };

  // The whole register: 20,000 units and 60,000 links, through the same pipeline.
  const units = 20000;
  const dataDir = writeSyntheticData(mkdtempSync(join(tmpdir(), 'atlas-syn-20k-')), {
    units,
    links: 60000,
  });
  const bundle = join(out, `synthetic-${units}.json`);
  const outDir = join(out, `synthetic-${units}`);
  run('npx', ['tsx', 'scripts/build-data.ts', '--data', dataDir, '--out', bundle]);
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { ATLAS_BUNDLE: bundle, ATLAS_OUT_DIR: outDir });
  // Unpacked, so that computed links (packed apart in the bundle) are counted too.
  const built = unpackBundle(JSON.parse(readFileSync(bundle, 'utf8')) as DataBundle);
  const file = join(outDir, 'index.html');
  console.log(`[bench] startup vs floor ${JSON.stringify(startupFloor)}`);
  const [timing] = await timeToInteractive(browser, [file], options.quick ? 2 : 3);
  console.log(`[bench] register ${JSON.stringify(timing)}`);
  const expand = await expandTimes(browser, file, options.quick ? 3 : 5);
  const register = {
    units: built.dataset.units.length,
    links: built.dataset.links.length,
    ...timing!,
    expandMs: expand.medianMs,
    expandRunsMs: expand.runsMs,
  };
  return { startupFloor, register };
}

// `npx tsx bench/startup.ts [--quick]` after `npm run build`: this module on its own.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(import.meta.dirname, '..');
  const out = join(root, 'bench', 'out');
  const run: Run = (command, args, env = {}) =>
    void execFileSync(command, args, {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...env },
    });
  run('npx', ['vite', 'build', '--config', 'bench/vite.baseline.config.ts']);
  const browser = await launchBrowser();
  try {
    const result = await measureStartupFloor(browser, {
      root,
      out,
      appFile: join(root, 'dist', 'index.html'),
      baselineFile: join(out, 'baseline', 'index.html'),
      quick: process.argv.includes('--quick'),
      run,
    });
    console.log(JSON.stringify(result, null, 2));
  } finally {
    await browser.close();
  }
}
