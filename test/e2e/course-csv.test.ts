/**
 * Course CSV import in the built file from file://, with the inputs issue 11 found refused or
 * freezing: a UTF-16 file (read as bytes, its byte-order mark decides the encoding), a file with no
 * codes column (issue 12: modules "need NOS units"), and 50,000 rows whose repeated problems are one
 * counted line while the page keeps answering.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage } from './browser';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'atlas-course-csv-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function importFile(
  name: string,
  bytes: Buffer | string,
): Promise<{ page: Page; done: () => Promise<void> }> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
  const page = await context.newPage();
  const watch = watchPage(page);
  await openApp(page, '#view=plan&course=import');
  await page.getByLabel('Choose a CSV file').setInputFiles(path);
  return {
    page,
    done: async () => {
      expect(watch.errors).toEqual([]);
      expect(watch.requests).toEqual([]);
      await context.close();
    },
  };
}

describe('course CSV import, hostile files', () => {
  it('reads a UTF-16 LE file with a byte-order mark, accents intact', async () => {
    const text = 'module\tcodes\nÉquipe et qualité\tB6\nLeading\tD6\n';
    const { page, done } = await importFile('unicode.csv', Buffer.from(`\uFEFF${text}`, 'utf16le'));
    await expect
      .poll(() => page.locator('.import-summary').textContent())
      .toContain('2 modules ready to import');
    expect(await page.locator('.import-preview').textContent()).toContain('Équipe et qualité');
    expect(await page.locator('.problems').count()).toBe(0);
    await done();
  });

  it('imports a file with no codes column, every module marked "needs NOS units"', async () => {
    const { page, done } = await importFile(
      'no-codes.csv',
      'module,description\nLeading your team,"Motivation, feedback and delegation"\nBudgets,Setting a budget\n',
    );
    await expect
      .poll(() => page.locator('.import-summary').textContent())
      .toContain('2 modules ready to import');
    expect(await page.locator('.import-preview .pill', { hasText: 'needs NOS units' }).count()).toBe(2);
    expect(await page.locator('.problems').textContent()).toContain('There is no codes column');
    await page.getByRole('button', { name: 'Save course (2 modules)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'no-codes' }).count()).toBe(1);
    await done();
  });

  it('50,000 rows: one counted line for the 49,500 rows over the limit, a short list', async () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `Module ${i + 1},B6 Z9`).join('\n');
    const { page, done } = await importFile('huge.csv', `module,codes\n${rows}\n`);
    await expect
      .poll(() => page.locator('.import-summary').textContent(), { timeout: 30_000 })
      .toContain('500 modules ready to import, 49500 rows skipped');
    const problems = page.locator('.problems tbody tr');
    expect(await problems.count()).toBe(2);
    expect(await page.locator('.problems').textContent()).toContain(
      '(49,500 rows: 502, 503, 504, 505 … 50001)',
    );
    expect(await page.locator('.import-preview tbody tr').count()).toBeLessThan(120);
    await page.getByRole('button', { name: 'Show all 500 modules' }).click();
    await expect.poll(() => page.locator('.import-preview table:not(.problems) tbody tr').count()).toBe(500);
    await done();
  });
});
