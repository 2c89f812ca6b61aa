/** Dev aid: CPU profile of start-up and of a filter click in the built file (not part of tests). */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/browser';

const file = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist', 'index.html');
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
};
async function report(label: string) {
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} @${f.lineNumber}:${f.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  console.log(`== ${label}`);
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .forEach(([k, t]) => console.log(t.toFixed(1).padStart(8), k));
}
await cdp.send('Profiler.start');
await page.goto(pathToFileURL(file).href);
await page.waitForSelector('html[data-graph="ready"]');
await page.waitForTimeout(300);
console.log('ready at', await page.evaluate(() => window.__atlasGraphReady));
await report('start-up');
await cdp.send('Profiler.start');
const t = await page.evaluate(async () => {
  const times = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    document.querySelectorAll<HTMLInputElement>('.filters input[type=checkbox]')[i]!.click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    times.push(performance.now() - t0);
  }
  return times;
});
console.log('filter clicks', t.map((x) => x.toFixed(0)).join(' '));
await report('filter clicks');
await browser.close();
