/**
 * The compare view and the evidence viewer, in the built single file opened from file://.
 * Expected numbers are the hand-worked ones of test/domain/compare-known-pair.test.ts.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { APP_URL, launchBrowser, openApp, seriousAxeViolations, watchPage, type PageWatch } from './browser';

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  watch = watchPage(page);
});

const status = () => page.locator('.compare-status').innerText();

describe('compare view', () => {
  it('compares two frameworks picked in the selects, and the permalink restores the comparison', async () => {
    await openApp(page, '#view=compare');
    await page.selectOption('#compare-x', 'framework:sw');
    await page.selectOption('#compare-y', 'framework:ilm');
    // Published and curated links count by default. SW reaches A2, B8, B11, C3, D6, D7, E7, F8 (Topss
    // map); ILM's curated links (groups 1 and 2) reach all eight: A2 8 units, B8 2, B11 1, C3 1, D6 9,
    // D7 8, E7 2 (× SW 16, 6, 9), F8 1 → 8 + 2 + 1 + 1 + 9 + 8 + 6 + 1 = 36 pairs.
    await expect.poll(status).toContain('SW and ILM 8605 meet at 8 NOS units through 36 unit pairs');
    expect(await page.locator('.pairs-table tbody tr').count()).toBe(36);
    await expect.poll(() => page.locator('.one-side.only-x h3').innerText()).toContain('(0 NOS units)');
    expect(await page.locator('.hub-diagram').count()).toBe(1);

    // Only exact or close links: SW's links are all "related", so nothing is shared.
    await page.getByLabel('Relation at least').selectOption('close');
    await expect.poll(status).toContain('reach no NOS unit in common');
    await page.getByLabel('Relation at least').selectOption('related');
    await expect.poll(status).toContain('through 36 unit pairs');

    const hash = new URL(page.url()).hash;
    expect(hash).toContain('x=framework%3Asw');
    expect(hash).toContain('y=framework%3Ailm');
    await page.getByRole('button', { name: 'Copy permalink' }).click();
    await expect.poll(() => page.locator('.notices').innerText()).toMatch(/copied|here it is/);

    const second = await context.newPage();
    const secondWatch = watchPage(second);
    await openApp(second, hash);
    await expect.poll(() => second.locator('.compare-status').innerText()).toContain('through 36 unit pairs');
    expect(await second.locator('#compare-x').inputValue()).toBe('framework:sw');
    expect(secondWatch.errors).toEqual([]);
    expect(secondWatch.requests).toEqual([]);
    await second.close();

    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  });

  it('narrows the table to one unit picked in the diagram', async () => {
    await openApp(page, '#view=compare&x=framework%3Asw&y=framework%3Ailm');
    await page.locator('.hub-node', { hasText: 'A2' }).first().click();
    // sw:14 meets 8605-400, 406, 409, 425 (group 1) and 311, 520, 521, 522 (group 2) at A2.
    await expect.poll(() => page.locator('.pairs-table tbody tr').count()).toBe(8);
    await page.getByLabel('Show pairs of').selectOption('');
    await expect.poll(() => page.locator('.pairs-table tbody tr').count()).toBe(36);
  });

  it('downloads the comparison as CSV and Markdown, and the CASE and SKOS exports', async () => {
    await openApp(page, '#view=compare&x=framework%3Anhs-ksf&y=framework%3Ailm&minBasis=curated');
    // KSF reaches 12 NOS units (Topss map); ILM's curated links reach all but A1 and B1: 10 NOS
    // units, 39 pairs (12 through group 1, as in test/domain/compare-known-pair.test.ts, plus group 2).
    await expect.poll(status).toContain('meet at 10 NOS units through 39 unit pairs');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toBe('compare-nhs-ksf-ilm-8605.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toContain('kind,nos,x_unit');
    expect(csvText.split('\n').filter((l) => l.startsWith('shared,'))).toHaveLength(39);

    const [markdown] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(readFileSync((await markdown.path())!, 'utf8')).toMatch(/^# NHS KSF compared with ILM 8605/);

    const [caseFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CASE JSON' }).click(),
    ]);
    expect(caseFile.suggestedFilename()).toBe('standards-atlas.case.json');
    const all = JSON.parse(readFileSync((await caseFile.path())!, 'utf8'));
    expect(Object.keys(all)).toContain('nos.case.json');
    expect(all['ilm.case.json'].CFDocument).toBeTruthy();

    await page.getByLabel('CASE 1.0 JSON of').selectOption('sw');
    const [one] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CASE JSON' }).click(),
    ]);
    expect(one.suggestedFilename()).toBe('sw.case.json');

    const [skos] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download SKOS JSON-LD' }).click(),
    ]);
    expect(skos.suggestedFilename()).toBe('standards-atlas.skos.jsonld');
    const graph = JSON.parse(readFileSync((await skos.path())!, 'utf8'));
    expect(graph['@context'].skos).toBe('http://www.w3.org/2004/02/skos/core#');

    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  });

  it('offers a saved person specification as a side, and explains a link to one it does not have', async () => {
    await openApp(page, '#view=compare');
    await page.evaluate(() =>
      localStorage.setItem(
        'standards-atlas.spec',
        JSON.stringify({
          version: 1,
          items: [
            {
              id: 'spec-1',
              name: 'Team leader',
              updated: '2024-01-01T00:00:00.000Z',
              data: { level: 'L3', optionalUnits: ['nos:D7'] },
            },
          ],
        }),
      ),
    );
    await openApp(page, '#view=compare&x=spec%3Aspec-1&y=framework%3Ailm');
    await page.reload();
    await page.waitForSelector('.compare-status');
    expect(await page.locator('#compare-x').inputValue()).toBe('spec:spec-1');
    await expect.poll(status).toContain('Team leader and ILM 8605 meet at');

    await page.evaluate(() => localStorage.removeItem('standards-atlas.spec'));
    await page.reload();
    await page.waitForSelector('.compare-status');
    await expect.poll(() => page.locator('.notices').innerText()).toContain('not in this browser');
    expect(watch.errors).toEqual([]);
  });

  it('has no serious accessibility problems', async () => {
    await openApp(page, '#view=compare&x=framework%3Asw&y=framework%3Ailm');
    await page.waitForSelector('.pairs-table');
    await page.screenshot({ path: '/tmp/compare-view.png', fullPage: false });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe('evidence viewer', () => {
  it('shows the cited NOS line for B6, highlighted, and Esc closes it and returns focus', async () => {
    await openApp(page, '#sel=nos%3AB6');
    const show = page.locator('.details').getByRole('button', { name: 'Show source' }).first();
    await show.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('h2').innerText()).toContain('National Occupational Standards in Management');
    const cited = dialog.locator('li.cited');
    expect(await cited.count()).toBe(1);
    expect(await cited.locator('.line-number').innerText()).toBe('72');
    expect(await cited.locator('mark').innerText()).toContain(
      'B6.    Provide leadership in your area of responsibility',
    );
    // Context: the level marks below the unit heading.
    expect(await dialog.locator('.passage li').count()).toBeGreaterThan(3);
    await page.screenshot({ path: '/tmp/evidence-viewer.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show source');
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  });

  it('shows a correction with the printed text beside the corrected one', async () => {
    await openApp(page, '#sel=' + encodeURIComponent('proqual:L/506/1953'));
    const corrections = page.locator('.details section', { hasText: 'Corrections applied' });
    await corrections.getByRole('button', { name: 'Show source' }).first().click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getByText('As printed').count()).toBeGreaterThan(0);
    expect(await dialog.locator('.original-text').first().innerText()).toContain('<p>');
    expect(await dialog.locator('.corrected-text').first().innerText()).not.toContain('<p>');
    await page.screenshot({ path: '/tmp/evidence-correction.png' });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(watch.errors).toEqual([]);
  });
});

it('serves the app from file://', () => {
  expect(APP_URL.startsWith('file://')).toBe(true);
});
