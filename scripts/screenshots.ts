/** `npm run screenshots`: the README's pictures, taken from the built single file in Chromium. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openApp } from '../test/e2e/browser';

const docs = join(import.meta.dirname, '..', 'docs');
mkdirSync(docs, { recursive: true });
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });

async function shot(name: string, hash: string, prepare?: () => Promise<void>) {
  await openApp(page, hash);
  await page.waitForTimeout(600);
  if (prepare) await prepare();
  await page.screenshot({ path: join(docs, `${name}.png`) });
  console.log(`docs/${name}.png`);
}

await shot('explorer', '#sel=nos%3AB6', async () => {
  await page.evaluate(() => window.__atlasCy?.fit(undefined, 20));
  await page.waitForTimeout(400);
});
await shot('search', '', async () => {
  await page.getByRole('searchbox', { name: 'Search standards' }).fill('helth and saftey');
  await page.waitForTimeout(400);
});
await shot('table', '#mode=table&level=L4&sel=nos%3AD6');
await shot('spec', '#view=spec');
await shot('plan', '#view=plan');
await shot('compare', '#view=compare&x=framework%3Ahsc&y=framework%3Ailm');
await browser.close();
