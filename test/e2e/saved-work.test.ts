/**
 * Saved work across two tabs of the same file:// page (one browser context, so one localStorage
 * and real `storage` events), and the quarantine of unreadable saved data (issue 11).
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage } from './browser';

const SPEC_KEY = 'standards-atlas.spec';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const listNames = (page: Page) => page.locator('.spec-list .spec-list-name').allTextContents();
const storedNames = (page: Page) =>
  page.evaluate(
    (key) =>
      (JSON.parse(localStorage.getItem(key) ?? '{"items":[]}').items as { name: string }[]).map(
        (i) => i.name,
      ),
    SPEC_KEY,
  );

describe('saved work in two tabs', () => {
  it('tab A saves two specifications, tab B saves one: both tabs end with all three', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const a = await context.newPage();
    const b = await context.newPage();
    const watchA = watchPage(a);
    const watchB = watchPage(b);
    await openApp(a, '#view=spec');
    await openApp(b, '#view=spec');
    await a.locator('.spec-view').waitFor();
    await b.locator('.spec-view').waitFor();

    await a.getByRole('button', { name: '+ New' }).click();
    await a.getByRole('button', { name: '+ New' }).click();
    await expect.poll(() => listNames(a)).toHaveLength(2);
    await b.getByRole('button', { name: '+ New' }).click();

    await expect.poll(async () => (await listNames(b)).length).toBe(3);
    await expect.poll(async () => (await listNames(a)).length).toBe(3);
    const names = (await storedNames(a)).sort();
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    expect((await listNames(a)).sort()).toEqual(names);
    expect((await listNames(b)).sort()).toEqual(names);

    // A rename in B reaches A; a delete in A reaches B.
    await b.getByRole('button', { name: /^New specification 3/ }).click();
    await b.getByRole('button', { name: 'Rename “New specification 3”' }).click();
    await b.getByLabel('New name').fill('Renamed in B');
    await b.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => listNames(a)).toContain('Renamed in B');

    expect(watchA.errors).toEqual([]);
    expect(watchB.errors).toEqual([]);
    await context.close();
  });

  it('a damaged item goes to the quarantine, stays there after Dismiss and a reload, and downloads as it was', async () => {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    const a = await context.newPage();
    const b = await context.newPage();
    const watch = watchPage(b);
    await openApp(a, '#view=spec');
    await openApp(b, '#view=spec');
    await b.locator('.spec-view').waitFor();
    await b.getByRole('button', { name: '+ New' }).click();
    await expect.poll(() => storedNames(b)).toHaveLength(1);

    // Another tab (A) damages the saved data: one item keeps an impossible level.
    const damaged = JSON.stringify({
      version: 2,
      items: [
        {
          id: 'spec-1',
          name: 'New specification',
          updated: '2026-01-01T00:00:00.000Z',
          data: { level: 'L3', optionalUnits: [] },
        },
        {
          id: 'spec-7',
          name: 'Broken',
          updated: '2026-01-01T00:00:00.000Z',
          data: { level: 'L9', optionalUnits: [] },
        },
      ],
    });
    await a.evaluate(([key, value]) => localStorage.setItem(key!, value!), [SPEC_KEY, damaged]);

    const banner = b.locator('.spec-problems');
    await expect
      .poll(() => banner.textContent())
      .toContain('Dropped saved item "Broken": its level "L9" is not one of L2–L5.');
    await b.getByRole('button', { name: 'Dismiss', exact: true }).click();
    await expect.poll(() => banner.count()).toBe(0);

    // Saving again writes over the damaged text; the quarantine keeps it.
    await b.getByRole('button', { name: '+ New' }).click();
    await expect.poll(() => storedNames(b)).toEqual(['New specification', 'New specification 2']);
    await b.reload();
    const quarantine = b.locator('.saved-quarantine');
    await quarantine.locator('summary').click();
    await expect.poll(() => quarantine.textContent()).toContain('Unreadable saved data kept aside (1)');
    const [download] = await Promise.all([
      b.waitForEvent('download'),
      b.getByRole('button', { name: 'Download unreadable data q-1' }).click(),
    ]);
    expect(await readFile((await download.path())!, 'utf8')).toBe(damaged);

    // Deleted only when asked, in two steps.
    await b.getByRole('button', { name: 'Delete unreadable data q-1…' }).click();
    await b.getByRole('button', { name: 'Delete q-1 for good' }).click();
    await expect.poll(() => b.locator('.saved-quarantine').count()).toBe(0);
    expect(await b.evaluate(() => localStorage.getItem('standards-atlas.quarantine'))).toBeNull();
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
