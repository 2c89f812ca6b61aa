/**
 * Suggestions in the built file, from file://: paste a module description, get NOS units with a
 * confidence and a why, accept one (your claim), see the coverage count it, reload, still there;
 * the review queue of that course offers the rest, and a rejected one is not offered again.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('suggest NOS units for a pasted module description', () => {
  it('accepting a suggestion makes it your claim, counted in coverage, kept after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=plan');
    const description = page.getByLabel(/Module description/);
    await description.fill(
      'Budgeting for care home managers: monitoring spend against the budget, explaining variances and controlling agency costs.',
    );
    await page.getByRole('button', { name: 'Suggest NOS units' }).click();
    const list = page.getByRole('list', { name: 'Suggested NOS units' });
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(0);
    // E1 "Manage a budget" is the unit an expert would accept (NOS document, area E).
    await expect.poll(() => list.getByRole('listitem').first().textContent()).toMatch(/E1\s*Manage a budget/);
    expect(await list.getByRole('listitem').first().textContent()).toMatch(/strong|possible|weak/);
    // Nothing is saved before accepting.
    expect(await page.evaluate(() => localStorage.getItem('standards-atlas.course'))).toBeNull();

    await page.getByRole('button', { name: /^Accept E1 Manage a budget/ }).click();
    const summary = page.locator('.coverage-summary');
    await expect.poll(() => summary.textContent()).toContain('Covers 1 of 56 NOS units');
    await expect.poll(() => page.locator('.course-view').textContent()).toContain('E1 (related)');

    await page.reload();
    await expect
      .poll(() => page.locator('.coverage-summary').textContent())
      .toContain('Covers 1 of 56 NOS units');

    // The review queue offers what is left; a rejected suggestion is not offered again.
    await page.getByRole('button', { name: 'Suggest NOS units' }).click();
    const queue = page.getByRole('list', { name: 'Suggestions for P1' });
    await expect.poll(() => queue.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await queue.textContent()).not.toMatch(/E1\s*Manage a budget/);
    const first = (await queue.getByRole('listitem').first().locator('.code').textContent())!;
    await queue.getByRole('button', { name: new RegExp(`^Reject ${first} `) }).click();
    await expect
      .poll(async () => (await queue.locator('.code').allTextContents()).includes(first))
      .toBe(false);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
