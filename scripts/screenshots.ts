/** `npm run screenshots`: the README's pictures, taken from the built single file in Chromium. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp } from '../test/e2e/browser';

const docs = join(import.meta.dirname, '..', 'docs');
mkdirSync(docs, { recursive: true });
const browser = await launchBrowser();
let page: Page;

async function shot(name: string, hash: string, prepare?: () => Promise<void>) {
  // A fresh page each time: a hash change alone would not reload the app.
  page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await openApp(page, hash);
  await page.waitForTimeout(600);
  if (prepare) await prepare();
  await page.screenshot({ path: join(docs, `${name}.png`) });
  console.log(`docs/${name}.png`);
  await page.close();
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
await shot('spec', '#view=spec', async () => {
  await page.getByRole('button', { name: 'Use this suggestion' }).nth(2).click();
  await page.waitForTimeout(400);
});
await shot('plan', '#view=plan', async () => {
  await page.getByRole('combobox', { name: /Start a plan for/ }).selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Start plan' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^Add/ }).first().click();
  await page.waitForTimeout(400);
});
await shot('compare', '#view=compare&x=framework%3Ahsc&y=framework%3Ailm');
await browser.close();
