/**
 * Plain words (issue 15), in the built file from file://: a "?" beside the terms on every screen
 * opens a short explanation as a dialog named after the term, usable from the keyboard (Enter
 * opens it and moves focus in, Esc closes it and gives focus back), with no serious axe finding;
 * role suggestion cards show unit titles beside codes; the explorer table lists the NOS first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage } from './browser';

const require = createRequire(import.meta.url);
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<unknown> } }).axe;
    return (await axe.run()) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('glossary and plain words', () => {
  it('opens and closes a term’s explanation from the keyboard, on every screen', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openApp(page);

    const help = page.getByRole('button', { name: 'What does “Exact, close, broad, narrow, related” mean?' });
    await help.first().focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Exact, close, broad, narrow, related' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.textContent()).toContain('the NOS unit covers more');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(await help.first().getAttribute('aria-expanded')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await help.first().evaluate((el) => el === document.activeElement)).toBe(true);

    // The explorer table lists the NOS units first (sorted by framework, NOS first).
    await page
      .getByRole('button', { name: /^Table/ })
      .first()
      .click();
    const firstRow = page.locator('.unit-table tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toMatch(/^A1/);

    // Every other screen has its "?" too, and "Uncoded" is gone from the filters.
    expect(await page.locator('.filters').textContent()).not.toContain('Uncoded');
    expect(await page.locator('.filters').textContent()).toContain('Framework not given');
    for (const [hash, term] of [
      ['#view=spec', 'Mandatory and optional (M, O)'],
      ['#view=plan', 'Qualification unit'],
      ['#view=compare', 'Published, curated, computed'],
    ] as const) {
      await openApp(page, hash);
      if (hash === '#view=spec') await page.getByRole('button', { name: /^Level 4/ }).click();
      const button = page.getByRole('button', { name: `What does “${term}” mean?` }).first();
      await button.click();
      await expect.poll(() => page.getByRole('dialog', { name: term }).count()).toBe(1);
      await page.getByRole('dialog', { name: term }).getByRole('button', { name: 'Close' }).click();
      await expect.poll(() => page.getByRole('dialog', { name: term }).count()).toBe(0);
    }

    // Role suggestion cards: unit titles beside the codes.
    await openApp(page, '#view=spec');
    const cards = page.locator('.suggestion-card');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    expect(await page.locator('.suggestion-optional li').first().textContent()).toMatch(/^[A-F]\d+ \w+/);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });
});
