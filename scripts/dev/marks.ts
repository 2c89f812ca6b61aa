import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/browser';
const browser = await launchBrowser();
for (let i = 0; i < 4; i++) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(
    pathToFileURL(process.argv[2] ?? join(import.meta.dirname, '..', '..', 'dist', 'index.html')).href,
  );
  await page.waitForSelector('html[data-graph="ready"]');
  console.log(
    await page.evaluate(
      `JSON.stringify({resp: Math.round(performance.getEntriesByType('navigation')[0].responseEnd), dom: Math.round(performance.getEntriesByType('navigation')[0].domInteractive), marks: performance.getEntriesByType('mark').map(function (m) { return m.name + '=' + Math.round(m.startTime); }), ready: Math.round(window.__atlasGraphReady)})`,
    ),
  );
  await page.close();
}
await browser.close();
