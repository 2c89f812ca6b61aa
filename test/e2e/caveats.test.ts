/**
 * Caveats on doubtful published placements, in the built single file opened from file://. The Topss
 * map (sources/003_4994f875fb7bc13d.txt, lines 158–160) prints under E6 (health and safety)
 * "RMA:D2 Facilitate meetings", "H:49 Contribute to the financial management of your organisation"
 * and "H:53 Identify and access funding"; all three carry a caveat. E6 is mandatory at level 4
 * (000_…txt), so it is in every level 4 person specification.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, seriousAxeViolations, watchPage, type PageWatch } from './browser';

let browser: Browser;
let context: BrowserContext | undefined;
let page: Page;
let watch: PageWatch;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});
beforeEach(async () => {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  watch = watchPage(page);
});

describe('caveats', () => {
  it('the detail panel of E6 shows each doubtful placement with its caveat and source line', async () => {
    await openApp(page, '#sel=nos%3AE6');
    const panel = page.locator('.details');
    const h49 = panel.locator('li.link-item', { hasText: 'Contribute to the financial management' });
    await expect.poll(() => h49.locator('.caveat').innerText()).toContain('finance standard sits beside E6');
    expect(await panel.locator('.caveat').count()).toBe(3);
    await h49.getByRole('button', { name: /Show source of the caveat \(line 159\)/ }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('li.cited .line-number').innerText()).toBe('159');
    expect(await dialog.locator('li.cited').innerText()).toContain(
      'H:49 Contribute to the financial management',
    );
    await page.keyboard.press('Escape');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  });

  it('the panel of D7 shows YW D2 with the title printed there', async () => {
    await openApp(page, '#sel=nos%3AD7');
    const yw = page.locator('.details li.link-item', { hasText: 'YW' }).filter({ hasText: 'D2' });
    await expect
      .poll(() => yw.first().innerText())
      .toContain('Manage your work and create effective work relationships.');
  });

  it('a level 4 person specification shows the caveats under E6, on screen and in print', async () => {
    await openApp(page, '#view=spec');
    await page.getByRole('button', { name: /^Level 4/ }).click();
    const doc = page.locator('article.spec-document');
    await doc.waitFor();
    const e6 = doc.locator('section', { has: page.getByRole('heading', { name: /^E6 / }) }).last();
    await expect.poll(() => e6.locator('.caveat').count()).toBe(3);
    expect(await e6.locator('.caveat').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('this finance standard sits beside E6')]),
    );
    await page.emulateMedia({ media: 'print' });
    const printed = await e6.locator('.caveat').first().innerText();
    expect(printed).toContain('(line ');
    expect(await e6.locator('.caveat button').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
  });
});
