/**
 * `npm run screenshots`: the README's pictures, and every view at the three screen sizes of the
 * trial (1440×900, 1280×720, 768×1024), taken from the built single file in Chromium.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openApp } from '../test/e2e/browser';

const docs = join(import.meta.dirname, '..', 'docs');
mkdirSync(docs, { recursive: true });
const browser = await launchBrowser();
let page: Page;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 768, height: 1024 },
];

async function shot(
  name: string,
  hash: string,
  prepare?: () => Promise<void>,
  size: { width: number; height: number } = SIZES[0]!,
) {
  // A fresh page each time: a hash change alone would not reload the app.
  page = await browser.newPage({ viewport: size });
  await openApp(page, hash);
  await page.waitForTimeout(700);
  if (prepare) await prepare();
  await page.screenshot({ path: join(docs, `${name}.png`) });
  console.log(`docs/${name}.png`);
  await page.close();
}

const startSpec = async () => {
  await page.getByRole('button', { name: 'Use this suggestion' }).nth(2).click();
  await page.waitForTimeout(400);
};
const startPlan = async () => {
  await page.getByRole('combobox', { name: /Start a plan for/ }).selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Start plan' }).click();
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^Add/ }).first().click();
  await page.waitForTimeout(400);
};

await shot('explorer', '#sel=nos%3AB6');
await shot('search', '', async () => {
  await page.getByRole('searchbox', { name: 'Search standards' }).fill('helth and saftey');
  await page.waitForTimeout(400);
});
await shot('table', '#mode=table&level=L4&sel=nos%3AD6');
await shot('spec', '#view=spec', startSpec);
await shot('plan', '#view=plan', startPlan);
await shot('compare', '#view=compare&x=framework%3Ahsc&y=framework%3Ailm');

// Every view at every size, for checking the layout by eye (docs/sizes/).
mkdirSync(join(docs, 'sizes'), { recursive: true });
for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;
  await shot(`sizes/overview-${at}`, '', undefined, size);
  await shot(`sizes/selected-${at}`, '#sel=nos%3AB6', undefined, size);
  await shot(`sizes/table-${at}`, '#mode=table', undefined, size);
  await shot(`sizes/spec-${at}`, '#view=spec', startSpec, size);
  await shot(`sizes/plan-${at}`, '#view=plan', startPlan, size);
  await shot(`sizes/compare-${at}`, '#view=compare&x=framework%3Ahsc&y=framework%3Ailm', undefined, size);
}
await browser.close();
