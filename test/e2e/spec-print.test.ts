/**
 * The person specification as printed (issue 15): an 8-unit level 4 specification (B1, C2, D2,
 * E6, F3 mandatory + A2, B6, D6 optional, as the NOS tables mark them) printed through Chromium's
 * PDF output on A4 takes at most two pages in the concise version, the default; the full version
 * adds evidence and usage facts (other sectors' marked as such) and computed suggestions only
 * when asked for. Summaries read as whole sentences.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF: its /Type /Page objects (not the /Pages tree). */
async function pdfPages(page: Page): Promise<number> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

describe('person specification print', () => {
  it('prints an 8-unit specification on at most two A4 pages by default', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=spec');
    await page.getByRole('button', { name: /^Level 4/ }).click();
    const picker = page.locator('.optional-picker');
    for (const unit of [
      /A2 Manage your own resources and professional development/,
      /B6 Provide leadership in your area of responsibility/,
      /D6 Allocate & monitor the progress & quality of work/,
    ])
      await picker.getByRole('checkbox', { name: unit }).check();
    const doc = page.locator('.spec-document');
    await expect.poll(() => doc.locator('.spec-unit').count()).toBe(8);

    // Whole sentences: B1's continuation joined to its title as printed; E6 not repeating its title;
    // D8-like units with no summary would say so (none here).
    const text = (await doc.textContent()) ?? '';
    expect(text).toContain(
      'Develop and implement operational plans for your area of responsibility, which will contribute to achieving the objectives set out in the strategic business plan.',
    );
    expect(text).not.toMatch(
      /Ensure health and safety requirements are met in your area of responsibility\s*–\s*Ensure/,
    );
    // The concise version leaves out coverage, other sectors' facts and computed suggestions.
    expect(text).not.toContain('Photo Imaging');
    expect(text).not.toContain('computed');
    expect(await pdfPages(page)).toBeLessThanOrEqual(2);

    // The full version adds usage facts, other sectors' marked as such; suggestions only on request.
    await page.getByRole('radio', { name: /^Full/ }).check();
    await expect.poll(() => doc.textContent()).toContain('about another sector (Skillset)');
    expect(await doc.textContent()).not.toContain('text similarity only, not reviewed');
    const fullPages = await pdfPages(page);
    expect(fullPages).toBeGreaterThan(2);
    await page.getByRole('checkbox', { name: 'Include computed suggestions' }).check();
    await expect.poll(() => doc.textContent()).toContain('text similarity only, not reviewed');
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
