/** Dev aid: median time to interactive graph for the app and the benchmark baseline. */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/browser';
const root = join(import.meta.dirname, '..', '..');
const browser = await launchBrowser();
async function time(file: string) {
  const ts: number[] = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-graph="ready"]');
    ts.push(await page.evaluate('window.__atlasGraphReady'));
    await context.close();
  }
  return ts.sort((a, b) => a - b).map(Math.round);
}
console.log('app     ', await time(join(root, 'dist', 'index.html')));
console.log('baseline', await time(join(root, 'bench', 'out', 'baseline', 'index.html')));
await browser.close();
