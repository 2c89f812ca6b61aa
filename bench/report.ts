/** Writes the Performance section of the README from bench/results.json (between the bench markers). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { SuggestBench } from './suggest';

interface Timing {
  medianMs: number;
  runsMs: number[];
  allLinksDrawnMs: number;
  heapMb: number;
}
interface Results {
  measuredAt: string;
  machine: { cpus: number; cpu?: string; node: string };
  budgets: { budget: string; value: number; limit: number; pass: boolean }[];
  singleFile: { bytes: number; gzipBytes: number };
  search: {
    indexLoadMs: number;
    keystroke: { keystrokes: number; medianMs: number; p95Ms: number };
    quality: {
      queries: number;
      precisionAt1: number;
      recallAt5: number;
      tuning?: { queries: number; precisionAt1: number; recallAt5: number };
      heldOut?: { queries: number; precisionAt1: number; recallAt5: number };
    };
  };
  search20k: { units: number; indexLoadMs: number; keystroke: { p95Ms: number } };
  startup: { app: Timing; baseline: Timing; ratio: number };
  filterRepaint: { medianMs: number; p95Ms: number; maxMs: number };
  synthetic: (Timing & { units: number; links: number })[];
  startupFloor?: { app: Timing; floor: Timing; baseline: Timing; floorRatio: number; baselineRatio: number };
  register?: Timing & { units: number; links: number; expandMs: number; expandRunsMs: number[] };
  csvImport?: { file: string; bytes: number; previewMs: number; longestBlockMs: number }[];
  suggest?: SuggestBench;
}

function suggestLine(s: SuggestBench): string {
  const f = (x: { precisionAt1: number; recallAt3: number; cases: number }) =>
    `precision@1 ${x.precisionAt1}, recall@3 ${x.recallAt3} (${x.cases} cases)`;
  const confidences = Object.entries(s.computedLinks.byConfidence)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  return (
    `- **Suggestions** (engine in \`src/domain/suggest/\`): leave-one-out over the curated links ${f(s.quality.leaveOneOut)}; ` +
    `trainer-written module descriptions, dev half ${f(s.quality.modulesDev)}, held-out half ${f(s.quality.modulesHeldOut)}. ` +
    `Confidence cuts strong ≥ ${s.calibration.strong}, possible ≥ ${s.calibration.possible} (derived by \`npm run calibrate\`). ` +
    `Computed links: ${s.computedLinks.total} (${confidences}); per NOS unit median ${s.computedLinks.perNosUnit.median}, max ${s.computedLinks.perNosUnit.max}. ` +
    `In the browser: engine built in ${s.browser.engineBuildMs} ms, one module p95 ${s.browser.oneModule.p95Ms} ms, ${s.browser.import500.modules} modules in ${s.browser.import500.totalMs} ms in ${s.browser.import500.slices} slices (longest ${s.browser.import500.longestSliceMs} ms). ` +
    `CLI on 100 KB: ${s.cli100kb.inProcessMs} ms of work, ${s.cli100kb.wallMs} ms end to end, of which process start-up alone (\`--help\`) takes ${s.cli100kb.startupOnlyMs} ms.`
  );
}

export function performanceSection(r: Results): string {
  const { app, baseline } = r.startup;
  const failing = r.budgets.filter((b) => !b.pass);
  return [
    `Last run ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} cores (${r.machine.cpu ?? 'unknown CPU'}), Node ${r.machine.node}, headless Chromium:`,
    '',
    '| Budget | Measured | |',
    '| --- | --- | --- |',
    ...r.budgets.map((b) => `| ${b.budget} | ${b.value} | ${b.pass ? 'within' : '**over**'} |`),
    '',
    `- **Start-up** (navigation → graph interactive, from \`file://\`, median of 5 after a warm-up load, app and baseline interleaved): app ${app.medianMs} ms (runs ${app.runsMs.join(', ')}), baseline ${baseline.medianMs} ms (runs ${baseline.runsMs.join(', ')}). The baseline (\`bench/baseline/\`) loads the same libraries and data bundle and draws the same nodes at their preset positions, nothing else. JS heap after load: ${app.heapMb} MB (baseline ${baseline.heapMb} MB).`,
    ...(r.startupFloor
      ? [
          `- **Start-up against the floor** (\`bench/floor/\`: a page that only loads cytoscape and draws the app's opening nodes and links at their preset positions; no React, no data bundle): app ${r.startupFloor.app.medianMs} ms, floor ${r.startupFloor.floor.medianMs} ms (runs ${r.startupFloor.floor.runsMs.join(', ')}), baseline ${r.startupFloor.baseline.medianMs} ms: **${r.startupFloor.floorRatio}× the floor**, ${r.startupFloor.baselineRatio}× the baseline. The app's code runs in two parts: the graph's (cytoscape, the lean data parsed from its own JSON block, the scene) as soon as the parser reaches it, before React, the views and the other blocks (passages, outcome and correction texts: read on first use) are even parsed.`,
        ]
      : []),
    `- **Filter change → repaint**: median ${r.filterRepaint.medianMs} ms, p95 ${r.filterRepaint.p95Ms} ms, max ${r.filterRepaint.maxMs} ms over 20 clicks (click → two animation frames).`,
    `- **Search**: ${r.search.keystroke.keystrokes} keystrokes (every prefix of the test queries) on the full dataset: median ${r.search.keystroke.medianMs} ms, p95 ${r.search.keystroke.p95Ms} ms; on ${r.search20k.units.toLocaleString('en-GB')} synthetic units p95 ${r.search20k.keystroke.p95Ms} ms (engine built in ${r.search20k.indexLoadMs} ms). The box also debounces typing by 60 ms. Quality over ${r.search.quality.queries} queries: precision@1 ${r.search.quality.precisionAt1}, recall@5 ${r.search.quality.recallAt5}${halves(r.search.quality)}.`,
    ...(r.csvImport
      ? [
          `- **Course CSV import** (\`bench/csv-import.ts\`: a file of about 2 MB chosen in the import form; change event → preview summary shown; longest main-thread task in between, from Chromium's \`longtask\` entries, 0 meaning none over 50 ms): ${r.csvImport.map((c) => `${c.file} ${c.previewMs} ms, longest task ${c.longestBlockMs} ms`).join('; ')}.`,
        ]
      : []),
    ...(r.suggest ? [suggestLine(r.suggest)] : []),
    `- **Single file**: ${r.singleFile.bytes.toLocaleString('en-GB')} bytes, ${r.singleFile.gzipBytes.toLocaleString('en-GB')} gzipped (budget 350 KB = 358,400 bytes).`,
    '- **Growth** with synthetic datasets built through the same pipeline (validation, similarity, layout, single-file build). Above 3,000 links the units are drawn first and the links stream in, so the map is usable before the last link is drawn:',
    '',
    '| Units | Links | Interactive | All links drawn | Heap |',
    '| --- | --- | --- | --- | --- |',
    ...r.synthetic.map(
      (s) => `| ${s.units} | ${s.links} | ${s.medianMs} ms | ${s.allLinksDrawnMs} ms | ${s.heapMb} MB |`,
    ),
    ...(r.register
      ? [
          `| ${r.register.units} | ${r.register.links} | ${r.register.medianMs} ms | ${r.register.allLinksDrawnMs} ms | ${r.register.heapMb} MB |`,
          '',
          `The opening screen is the overview (frameworks folded into labelled groups, links between groups aggregated), so every link of a folded group is "drawn" as part of its aggregate. At ${r.register.units.toLocaleString('en-GB')} units, expanding a folded group takes ${r.register.expandMs} ms (median; runs ${r.register.expandRunsMs.join(', ')}).`,
        ]
      : []),
    '',
    'Timings on this shared 2-core machine vary by ±15% from run to run (see the run lists).',
    failing.length
      ? `Over budget in this run: ${failing.map((b) => b.budget).join('; ')}. See "Known limitations".`
      : 'Every budget was met in this run.',
  ].join('\n');
}

/** Rewrites the README section, formatted as `npm run lint` expects. */
export async function updateReadme(root: string): Promise<void> {
  const results = JSON.parse(readFileSync(join(root, 'bench', 'results.json'), 'utf8')) as Results;
  const path = join(root, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const updated = readme.replace(
    /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
    `<!-- bench:start -->\n${performanceSection(results)}\n<!-- bench:end -->`,
  );
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(updated, { ...options, filepath: path }));
}

if (import.meta.url === `file://${process.argv[1]}`) await updateReadme(join(import.meta.dirname, '..'));

/** The tuning and held-out halves of the search queries, when the run measured them. */
function halves(q: {
  tuning?: { queries: number; precisionAt1: number; recallAt5: number };
  heldOut?: { queries: number; precisionAt1: number; recallAt5: number };
}): string {
  if (!q.tuning || !q.heldOut) return '';
  return ` (tuning half, ${q.tuning.queries} queries: ${q.tuning.precisionAt1} / ${q.tuning.recallAt5}; held-out half, ${q.heldOut.queries} queries never tuned on: ${q.heldOut.precisionAt1} / ${q.heldOut.recallAt5})`;
}
