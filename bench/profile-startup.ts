/**
 * Where the app's start-up goes, next to the floor page: `npx tsx bench/profile-startup.ts [runs]`
 * after `npm run build` and a bench run (which builds bench/out/floor). Loads the two pages
 * interleaved and prints, per page, the medians of the navigation phases and the app's own
 * performance marks; then one traced load of each, with the main thread's time by trace event
 * (HTML parse, script compile, evaluation, GC, style, layout, paint) and the JavaScript functions
 * with the most self time (from the trace's CPU samples).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/e2e/browser';
import { median, round } from './timing';

const root = resolve(import.meta.dirname, '..');
// ATLAS_BEFORE_FILE adds an earlier build of the app, loaded in the same rounds.
const pages: Record<string, string> = {
  app: process.env.ATLAS_APP_FILE ?? join(root, 'dist', 'index.html'),
  floor: process.env.ATLAS_FLOOR_FILE ?? join(root, 'bench', 'out', 'floor', 'index.html'),
  ...(process.env.ATLAS_BEFORE_FILE ? { before: process.env.ATLAS_BEFORE_FILE } : {}),
};

const PHASES = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const marks = {};
  for (const m of performance.getEntriesByType('mark')) marks[m.name] ??= m.startTime;
  return {
    responseEnd: nav.responseEnd,
    domInteractive: nav.domInteractive,
    ...marks,
    ready: window.__atlasGraphReady,
    firstPaint: window.__atlasFirstPaint,
  };
})()`;

/** A load, with a frame after "ready" so the first paint of the graph is seen too. */
async function loadPhases(browser: Browser, file: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  // The first frame painted after the graph is ready. A string, so tsx's helpers stay out of the page.
  await page.addInitScript(`(() => {
    const poll = () => {
      if (window.__atlasGraphReady === undefined) return requestAnimationFrame(poll);
      requestAnimationFrame(() => setTimeout(() => (window.__atlasFirstPaint = performance.now())));
    };
    requestAnimationFrame(poll);
  })()`);
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-graph="ready"]', { timeout: 120000 });
  for (let i = 0; i < 500 && (await page.evaluate('window.__atlasFirstPaint')) === undefined; i++)
    await page.waitForTimeout(20);
  const phases = (await page.evaluate(PHASES)) as Record<string, number>;
  await context.close();
  return phases;
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { cpuProfile?: CpuProfile; timeDeltas?: number[] } };
  id?: string;
}
interface CpuProfile {
  nodes?: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    parent?: number;
  }[];
  samples?: number[];
}

/**
 * One load of `file` under Chromium's tracer with `traceConfig`, until the graph is ready and
 * `settleMs` after: every trace event, the main thread's, and the page's own ready time when asked
 * (reading it runs a task, so the CPU count does not ask).
 */
async function tracedLoad(
  browser: Browser,
  file: string,
  options: { traceConfig: object; settleMs: number; initScript?: string; readReady?: boolean },
) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  if (options.initScript) await page.addInitScript(options.initScript);
  const cdp = await context.newCDPSession(page);
  const events: (TraceEvent & { tdur?: number })[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: options.traceConfig });
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-graph="ready"]', { timeout: 120000 });
  const ready = options.readReady ? ((await page.evaluate('window.__atlasGraphReady')) as number) : 0;
  await page.waitForTimeout(options.settleMs);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const main = events.find(
    (e) => e.name === 'thread_name' && JSON.stringify(e.args).includes('CrRendererMain'),
  );
  const onMain = events.filter((e) => e.tid === main?.tid && e.pid === main?.pid);
  return { events, main, onMain, ready };
}

/** One load under the tracer: main-thread time by top-level event, and self time by JS function. */
async function traceOnce(browser: Browser, file: string) {
  const { events, main, onMain, ready } = await tracedLoad(browser, file, {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'v8.execute',
        'v8',
        'blink',
        'disabled-by-default-devtools.timeline',
        'disabled-by-default-v8.cpu_profiler',
        'blink.user_timing',
      ],
    },
    settleMs: 300,
    readReady: true,
  });
  const navStart = onMain.find((e) => e.name === 'navigationStart' || e.name === 'CommitLoad')?.ts ?? 0;
  // PROFILE_SPAN=markA,markB narrows the samples to that span (default: navigation to ready).
  const [spanFrom, spanTo] = (process.env.PROFILE_SPAN ?? '').split(',');
  const markTs = (name = '') => events.find((e) => e.name === name && e.cat.includes('user_timing'))?.ts;
  const readyTs = markTs(spanTo) ?? navStart + ready * 1000;
  // Top-level slices only (those not inside another slice), up to "ready".
  const slices = onMain
    .filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= navStart && e.ts <= readyTs)
    .sort((a, b) => a.ts - b.ts);
  const byName = new Map<string, number>();
  // Events nested one level inside each top-level task: the finer breakdown.
  let end = 0;
  for (const e of slices) {
    if (e.ts >= end) end = e.ts + e.dur!;
    else if (e.ts + e.dur! <= end && e.dur! > 200)
      byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
  }
  // CPU samples, self time by function, up to "ready".
  const selfTime = new Map<string, number>();
  const nodes = new Map<number, { name: string }>();
  const profile = events.find((x) => x.name === 'Profile' && x.tid === main?.tid);
  let t = (profile?.args?.data as { startTime?: number } | undefined)?.startTime ?? 0;
  const from = markTs(spanFrom) ?? navStart;
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.id === profile?.id)) {
    const data = e.args?.data as { cpuProfile?: CpuProfile; timeDeltas?: number[] } | undefined;
    for (const n of data?.cpuProfile?.nodes ?? [])
      nodes.set(n.id, {
        name: `${n.callFrame.functionName || '(anon)'} ${(n.callFrame.url ?? '').startsWith('file:') ? `@${n.callFrame.lineNumber}` : n.callFrame.url}`,
      });
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    samples.forEach((s, i) => {
      t += deltas[i] ?? 0;
      if (t < from || t > readyTs) return;
      const name = nodes.get(s)?.name ?? String(s);
      selfTime.set(name, (selfTime.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
    });
  }
  // Self time by module, when the page is an unminified build (its modules start with "// path").
  const lines = readFileSync(file, 'utf8').split('\n');
  const moduleAt: string[] = [];
  let current = '(page)';
  lines.forEach((line, i) => {
    const m = /^\/\/ (\S*node_modules\/((@[^/]+\/)?[^/]+)\S*|src\/\S+|\\0\S+)$/.exec(line);
    if (m) current = m[2] ? `npm:${m[2]}` : m[1]!;
    moduleAt[i] = current;
  });
  const byModule = new Map<string, number>();
  for (const [name, ms] of selfTime) {
    const line = /@(\d+)$/.exec(name)?.[1];
    const module = line ? (moduleAt[Number(line)] ?? '?') : name.trim();
    byModule.set(module, (byModule.get(module) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${round(v)} ms  ${k}`);
  return {
    ready: round(ready),
    events: top(byName, 25),
    functions: top(selfTime, 30),
    modules: top(byModule, 25),
  };
}

/**
 * Main-thread CPU time (trace "tdur", which a busy machine inflates far less than wall time) of
 * the tasks run from navigation until the graph is ready, and until the first paint after it.
 */
async function cpuOnce(browser: Browser, file: string) {
  const { onMain } = await tracedLoad(browser, file, {
    // A mark in the trace where each page says its graph is ready, without touching either page.
    initScript: `Object.defineProperty(window, '__atlasGraphReady', {
    configurable: true,
    set(v) { performance.mark('atlas:graph-ready'); Object.defineProperty(window, '__atlasGraphReady', { value: v, writable: true }); },
  })`,
    traceConfig: {
      includedCategories: ['toplevel', 'devtools.timeline', 'v8', 'blink.user_timing'],
      enableSampling: false,
    },
    settleMs: 500,
  });
  const mark = (name: string) => onMain.find((e) => e.name === name)?.ts;
  const start = onMain.find((e) => e.name === 'ParseHTML')?.ts ?? 0;
  const ready = mark('atlas:graph-ready') ?? 0;
  const paint = onMain.find((e) => e.name === 'Paint' && e.ts > ready)?.ts ?? ready;
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.tdur !== undefined);
  // A task still running at `until` counts in proportion (its CPU share of the wall time is even enough).
  const cpu = (until: number) =>
    tasks
      .filter((t) => t.ts + t.dur! >= start && t.ts <= until)
      .reduce((s, t) => s + t.tdur! * Math.min(1, (until - t.ts) / Math.max(1, t.dur!)), 0) / 1000;
  const byName: Record<string, number> = {};
  for (const e of onMain)
    if (
      e.ph === 'X' &&
      e.tdur !== undefined &&
      e.ts >= start &&
      e.ts <= ready &&
      e.name !== 'ThreadControllerImpl::RunTask'
    )
      byName[e.name] = (byName[e.name] ?? 0) + e.tdur / 1000;
  return { toReady: cpu(ready), toPaint: cpu(paint), ...byName };
}

const browser = await launchBrowser();
try {
  const runs = Number(process.argv[2] ?? 7);
  for (const file of Object.values(pages)) await loadPhases(browser, file);
  const samples: Record<string, Record<string, number>[]> = Object.fromEntries(
    Object.keys(pages).map((name) => [name, []]),
  );
  for (let i = 0; i < runs; i++)
    for (const [name, file] of Object.entries(pages)) samples[name]!.push(await loadPhases(browser, file));
  for (const [name, list] of Object.entries(samples)) {
    const keys = [...new Set(list.flatMap((s) => Object.keys(s)))];
    const row = Object.fromEntries(keys.map((k) => [k, round(median(list.map((s) => s[k] ?? NaN)))]));
    console.log(name, JSON.stringify(row));
    console.log(`  ready runs ${list.map((s) => round(s.ready!)).join(', ')}`);
  }
  for (const name of Object.keys(pages).filter((n) => n !== 'floor')) {
    const ratios = samples[name]!.map((s, i) => s.ready! / samples.floor![i]!.ready!);
    const ofMedians =
      median(samples[name]!.map((s) => s.ready!)) / median(samples.floor!.map((s) => s.ready!));
    console.log(
      `${name}/floor, ready: per interleaved round median ${round(median(ratios), 2)} (${round(Math.min(...ratios), 2)}–${round(Math.max(...ratios), 2)}), ratio of medians ${round(ofMedians, 2)}`,
    );
  }
  if (process.argv.includes('--cpu')) {
    const cpu: Record<string, Record<string, number>[]> = Object.fromEntries(
      Object.keys(pages).map((name) => [name, []]),
    );
    for (let i = 0; i < runs; i++)
      for (const [name, file] of Object.entries(pages)) cpu[name]!.push(await cpuOnce(browser, file));
    for (const [name, list] of Object.entries(cpu)) {
      const keys = [...new Set(list.flatMap((s) => Object.keys(s)))];
      const row = keys
        .map((k) => [k, round(median(list.map((s) => s[k] ?? 0)))] as const)
        .filter(([, v]) => v >= 1)
        .sort((a, b) => b[1] - a[1]);
      console.log(
        `${name} main-thread CPU ms (median of ${runs}):\n  ${row.map(([k, v]) => `${v}  ${k}`).join('\n  ')}`,
      );
      console.log(`  toReady runs ${list.map((s) => round(s.toReady!)).join(', ')}`);
    }
    for (const name of Object.keys(pages).filter((n) => n !== 'floor')) {
      const r = cpu[name]!.map((s, i) => s.toReady! / cpu.floor![i]!.toReady!);
      const p = cpu[name]!.map((s, i) => s.toPaint! / cpu.floor![i]!.toPaint!);
      console.log(
        `${name}/floor, main-thread CPU to ready: median ${round(median(r), 2)} (${round(Math.min(...r), 2)}–${round(Math.max(...r), 2)}); to the first paint after it: median ${round(median(p), 2)} (${round(Math.min(...p), 2)}–${round(Math.max(...p), 2)})`,
      );
    }
  }
  if (!process.argv.includes('--no-trace'))
    for (const [name, file] of Object.entries(pages).filter(([n]) => n !== 'before')) {
      const trace = await traceOnce(browser, file);
      console.log(`\n${name} traced load, ready ${trace.ready} ms\n  ${trace.events.join('\n  ')}`);
      console.log(`  -- JS self time --\n  ${trace.functions.join('\n  ')}`);
      console.log(`  -- by module --\n  ${trace.modules.join('\n  ')}`);
    }
} finally {
  await browser.close();
}
