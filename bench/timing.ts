/** Page-load timing shared by the benchmark modules: navigation → graph interactive, from file://. */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One page load: navigation start → graph interactive (and → every link drawn), from file://. */
export async function loadOnce(browser: Browser, file: string, measureHeap: boolean) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-graph="ready"]', { timeout: 120000 });
  const ready = (await page.evaluate('window.__atlasGraphReady')) as number;
  await page.waitForSelector('html[data-edges="ready"]', { timeout: 120000 }).catch(() => undefined);
  const edges = ((await page.evaluate('window.__atlasEdgesReady')) as number | undefined) ?? ready;
  let heapMb = 0;
  if (measureHeap) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heapMb = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize / 2 ** 20;
  }
  await context.close();
  return { ready, edges, heapMb };
}

/**
 * Median of `runs` loads for each file, after one discarded warm-up load each (the first load
 * after the browser starts pays for its own start-up), with the files' runs interleaved so that
 * a slow moment of the machine falls on both alike.
 */
export async function timeToInteractive(browser: Browser, files: string[], runs: number) {
  for (const file of files) await loadOnce(browser, file, false);
  const samples = files.map(() => [] as Awaited<ReturnType<typeof loadOnce>>[]);
  for (let i = 0; i < runs; i++)
    for (const [f, file] of files.entries()) samples[f]!.push(await loadOnce(browser, file, i === runs - 1));
  return samples.map((s) => ({
    medianMs: round(median(s.map((x) => x.ready))),
    runsMs: s.map((x) => round(x.ready)),
    allLinksDrawnMs: round(median(s.map((x) => x.edges))),
    heapMb: round(s.at(-1)!.heapMb),
  }));
}
