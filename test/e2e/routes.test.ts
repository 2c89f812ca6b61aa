/**
 * Links and view switching, in the built single file opened from file://: a link in the format
 * people have bookmarked opens the same view, switching views keeps what each view had, and what
 * a link holds that cannot be used is said and dropped from the address.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage, type PageWatch } from './browser';

let browser: Browser;
let context: BrowserContext;
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

const tab = (name: string) => page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
const hashParams = () => new URLSearchParams(new URL(page.url()).hash.slice(1));

describe('links and view switching', () => {
  it('a bookmarked comparison opens as it was, and survives a visit to the explorer', async () => {
    // SW's links to the NOS are all "related" (Topss map), so with "close or exact" nothing is shared.
    await openApp(page, '#view=compare&x=framework%3Asw&y=framework%3Ailm&minRelation=close&level=L4');
    await expect
      .poll(() => page.locator('.compare-status').innerText())
      .toContain('reach no NOS unit in common');
    expect(await page.locator('#compare-x').inputValue()).toBe('framework:sw');
    expect(await page.locator('#compare-y').inputValue()).toBe('framework:ilm');
    expect(await page.getByLabel('Relation at least').inputValue()).toBe('close');

    await tab('Explorer').click();
    await expect.poll(() => page.locator('.status-line').innerText()).toMatch(/^Showing \d+ units/);
    // The explorer's level filter came with the link and is in force here.
    expect(hashParams().get('level')).toBe('L4');
    expect(await page.getByLabel('NOS level').inputValue()).toBe('L4');

    await tab('Compare').click();
    await expect
      .poll(() => page.locator('.compare-status').innerText())
      .toContain('reach no NOS unit in common');
    expect(await page.locator('#compare-x').inputValue()).toBe('framework:sw');
    expect(await page.getByLabel('Relation at least').inputValue()).toBe('close');

    // Back goes to the explorer, Forward to the comparison again.
    await page.goBack();
    await expect.poll(() => page.locator('.status-line').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.locator('#compare-x').count()).toBe(1);
    expect(await page.locator('#compare-x').inputValue()).toBe('framework:sw');
    expect(watch.errors).toEqual([]);
  });

  it('says which comparison settings a link holds that it cannot use, and keeps the rest', async () => {
    await openApp(
      page,
      '#view=compare&x=framework%3Asw&y=framework%3Ailm&minBasis=rumour&minConfidence=certain&x2=1',
    );
    const notices = page.locator('.notices');
    await expect.poll(() => notices.innerText()).toContain('Ignored comparison basis "rumour"');
    expect(await notices.innerText()).toContain('Ignored comparison confidence "certain"');
    expect(await notices.innerText()).toContain('Ignored unknown link parts: "x2"');
    expect(await page.locator('#compare-x').inputValue()).toBe('framework:sw');
    // The address is rewritten without the parts that were dropped.
    await expect.poll(() => hashParams().has('minBasis')).toBe(false);
    expect(Object.fromEntries(hashParams())).toEqual({
      view: 'compare',
      x: 'framework:sw',
      y: 'framework:ilm',
    });
    expect(watch.errors).toEqual([]);
  });
});
