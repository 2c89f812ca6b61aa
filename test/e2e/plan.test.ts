/**
 * Course mapping in the built file, opened from file://: a plan checked against the rules of
 * combination as units are added, its coverage matrix and exports, a course imported from a CSV
 * file on disk and from a pasted table, a file too big to import, and "Add to plan" in the explorer.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage, type PageWatch } from './browser';

const require = createRequire(import.meta.url);
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(join(tmpdir(), 'atlas-plan-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh context: its own localStorage, so tests never see each other's plans. */
async function freshPage(hash: string): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watch = watchPage(page);
  await openApp(page, hash);
  return { context, page, watch };
}

async function expectAccessible(page: Page) {
  // The page's content security policy blocks injected script tags; evaluate axe-core directly.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }).axe;
    return axe.run();
  });
  const serious = (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(serious).toEqual([]);
}

async function addUnit(page: Page, search: RegExp, code: string) {
  await page.getByLabel(search).fill(code);
  await page.getByRole('button', { name: new RegExp(`^Add ${code}\\b`) }).click();
}

describe('plan builder', () => {
  it('checks an ILM Certificate plan as units are added, and shows and exports its coverage', async () => {
    const { context, page, watch } = await freshPage('#view=plan');
    await page.getByLabel('Start a plan for').selectOption('ilm-8605-certificate');
    await page.getByRole('button', { name: 'Start plan' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'ILM Certificate plan' }).count()).toBe(1);
    const status = page.locator('.plan-status');
    await expect.poll(() => status.textContent()).toContain('problem');

    const search = /Search ILM Certificate units/;
    for (const code of ['8605-400', '8605-401', '8605-402', '8605-501', '8605-502', '8605-506'])
      await addUnit(page, search, code);
    const rules = page.locator('.rule-list');
    // 12 credits from group 1 + 9 from group 2: the Certificate allows at most 6 from group 2.
    await expect
      .poll(() => rules.textContent())
      .toMatch(/Certificate: at most 6 credits from group 2 — you have 9/);
    await expect.poll(() => status.textContent()).toContain('21 credits');

    await page.getByRole('button', { name: 'Remove 8605-506 from the plan' }).click();
    await expect.poll(() => status.textContent()).toContain('✓ Meets the rules of combination');

    await page.getByLabel('Only units the ILM Certificate allows').uncheck();
    await addUnit(page, search, '8605-409');
    await expect
      .poll(() => rules.textContent())
      .toContain("unit 8605-409 is not in the Certificate's allowed ranges");
    await expect.poll(() => page.locator('.plan-sidebar').textContent()).toContain('1 rule(s) not met');

    // Coverage with published + curated links: 400 → A2, 401 → B6 and D6, 402 → B11, 409 → A2,
    // and from group 2 501 → F12, 502 → E3 and E2.
    const summary = page.locator('.coverage-summary');
    await expect.poll(() => summary.textContent()).toContain('Covers 7 of 56 NOS units');
    await page.getByRole('button', { name: /^8605-401 → B6 / }).click();
    const evidence = page.locator('.cell-evidence');
    await expect.poll(() => evidence.textContent()).toContain('Why:');
    expect(await evidence.textContent()).toContain('broad');

    // Only computed links: a different basis, and the summary says so.
    await page.getByRole('checkbox', { name: /curated/ }).uncheck();
    await page.getByRole('checkbox', { name: /published/ }).uncheck();
    await page.getByRole('checkbox', { name: /computed/ }).check();
    await expect.poll(() => summary.textContent()).toContain('counting computed links');
    await page.getByRole('checkbox', { name: /curated/ }).check();
    await page.getByRole('checkbox', { name: /computed/ }).uncheck();

    // The gap finder against level 3's mandatory units (A2, B6, D6, E6): E6 is missing.
    await page.getByLabel('Check against').selectOption('level-mandatory:L3');
    await expect.poll(() => page.locator('.gap-summary').textContent()).toContain('3 of 4');
    await page.getByRole('button', { name: 'Add 8605-411 to the plan' }).click();
    await expect.poll(() => page.locator('.gap-summary').textContent()).toContain('no gaps');

    const csvDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const csv = await csvDownload;
    expect(csv.suggestedFilename()).toBe('coverage-ilm-certificate-plan.csv');
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\n')[0]).toMatch(/^unit,title,covers,A1,A2,A3,B1/);
    expect(csvText).toContain('broad (curated)');

    const svgDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export SVG' }).click();
    const svgText = readFileSync((await (await svgDownload).path())!, 'utf8');
    expect(svgText).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).toContain('8605-401');

    const pngDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export PNG' }).click();
    const png = readFileSync((await (await pngDownload).path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');

    await page.locator('.plan-main').evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: join(tmpdir(), 'atlas-plan-builder.png') });
    await expectAccessible(page);

    // Saved in the browser: a reload brings the plan back.
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'ILM Certificate plan' }).count()).toBe(1);
    expect(await page.getByRole('table', { name: 'Units in this plan' }).textContent()).toContain('8605-411');

    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });

  it('"Add to plan" in the explorer starts a plan, then adds to it', async () => {
    const { context, page, watch } = await freshPage('#sel=ilm%3A8605-400');
    await page.getByLabel('Qualification for a new plan with 8605-400').selectOption('ilm-8605-certificate');
    await page.getByRole('button', { name: 'Start a plan' }).click();
    await expect.poll(() => page.locator('.notices').textContent()).toContain('Started the plan');
    await page.evaluate(() => {
      const params = new URLSearchParams(location.hash.slice(1));
      params.set('sel', 'ilm:8605-401');
      location.hash = params.toString();
    });
    await page.getByRole('button', { name: 'Add to plan “ILM Certificate plan”' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: 'In plan “ILM Certificate plan”' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Course mapping' }).click();
    const units = page.getByRole('table', { name: 'Units in this plan' });
    await expect.poll(() => units.textContent()).toContain('8605-401');
    expect(await units.textContent()).toContain('8605-400');
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });

  it('adds every mandatory unit in one click, lists missing ones by title, and lists units in code order', async () => {
    const { context, page, watch } = await freshPage('#view=plan');
    await page.getByLabel('Start a plan for').selectOption('nos-l3');
    await page.getByRole('button', { name: 'Start plan' }).click();
    const missing = page.getByRole('region', { name: /mandatory units? not in this plan yet/ });
    // NOS level 3: A2, B6, D6 and E6 are marked M (NOS tables), named by title as well as code.
    await expect
      .poll(() => missing.textContent())
      .toContain('Provide leadership in your area of responsibility');
    expect(await missing.textContent()).toMatch(/^4 mandatory units/);
    await missing.getByRole('button', { name: 'Add all mandatory units' }).click();
    await expect.poll(() => missing.count()).toBe(0);
    const planTable = page.getByRole('table', { name: 'Units in this plan' });
    expect(await planTable.locator('tbody tr td:first-child').allTextContents()).toEqual([
      'A2',
      'B6',
      'D6',
      'E6',
    ]);
    await expect
      .poll(() => page.locator('.rule-list').textContent())
      .toContain('level 3: all mandatory units chosen');

    // ProQual: the four group A units in one click; the "Add units" list reads in code order.
    await openApp(page, '#view=plan');
    await page.getByLabel('Start a plan for').selectOption('proqual-601-4759-3');
    await page.getByRole('button', { name: 'Start plan' }).click();
    await page.getByRole('button', { name: 'Add all mandatory units' }).click();
    await expect
      .poll(() => page.getByRole('table', { name: 'Units in this plan' }).locator('tbody tr').count())
      .toBe(4);
    await expect.poll(() => page.locator('.rule-list').textContent()).toContain('all group A units chosen');
    const codes = await page
      .getByRole('table', { name: /units that can be added/ })
      .locator('tbody tr td:first-child')
      .allTextContents();
    expect(codes.length).toBeGreaterThan(10);
    expect(codes).toEqual([...codes].sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    await expectAccessible(page);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});

describe('own-course import', () => {
  it('imports a CSV file from disk, reports its problems, and shows its coverage everywhere', async () => {
    const file = join(dir, 'induction course.csv');
    const payload = '<img src=x onerror="window.__pwned=1">Team <b>talk</b>';
    writeFileSync(
      file,
      '\uFEFFcode;module;codes;credits\n' +
        'M1;"Leading your team; week 1";"B6 D6";3\n' +
        `M2;"${payload.replace(/"/g, '""')}";D7\n` +
        'M3;Budgets;E1 E13;2\n' +
        'M3;Duplicate;A2;1\n',
    );
    const { context, page, watch } = await freshPage('#view=plan');
    await page.getByRole('button', { name: 'Import a course (CSV)…' }).click();
    await page.getByLabel('Choose a CSV file').setInputFiles(file);
    const summary = page.locator('.import-summary');
    await expect.poll(() => summary.textContent()).toContain('3 modules ready to import, 1 row skipped');
    const problems = page.locator('.problems');
    expect(await problems.textContent()).toContain('did you mean E1, E10, E11?');
    expect(await problems.textContent()).toContain('duplicate module code "M3" (first used on row 4)');
    expect(await page.getByLabel('Course name').inputValue()).toBe('induction course');

    // The payload is text on the page, never markup.
    expect(await page.locator('.import-preview').textContent()).toContain(payload);
    expect(await page.locator('img[src="x"], b:text("talk")').count()).toBe(0);

    await page.getByRole('button', { name: 'Save course (3 modules)' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'induction course' }).count()).toBe(1);
    // B6, D6 (M1), D7 (M2), E1 (M3): 4 of 56.
    await expect
      .poll(() => page.locator('.coverage-summary').textContent())
      .toContain('Covers 4 of 56 NOS units');
    await page.getByRole('button', { name: /^M1 → B6 / }).click();
    await expect.poll(() => page.locator('.cell-evidence').textContent()).toContain('your claim');
    expect(await page.locator('.cell-evidence').textContent()).toContain('not checked by Standards Atlas');
    await page.screenshot({ path: join(tmpdir(), 'atlas-course.png'), fullPage: false });
    await expectAccessible(page);

    // The course is its own framework in the explorer's table and in search.
    await page.goto(`${page.url().split('#')[0]}#mode=table&fw=user-induction-course`);
    const table = page.locator('.unit-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    expect(await table.textContent()).toContain(payload);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.getByLabel('Search standards').fill('Leading your team');
    await expect.poll(() => page.locator('.search-popup').textContent()).toContain('M1');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });

  it('imports a pasted table and refuses a 10 MB file with a clear message', async () => {
    const { context, page, watch } = await freshPage('#view=plan&course=import');
    await page.getByLabel('Course name').fill('Pasted programme');
    await page
      .getByLabel(/or paste a table/)
      .fill('module\tcodes\nLeading, inspiring\tB6\nHealth and safety\tE6\nWrong\tXX1\n');
    await page.getByRole('button', { name: 'Read pasted table' }).click();
    await expect
      .poll(() => page.locator('.import-summary').textContent())
      .toContain('3 modules ready to import');
    expect(await page.locator('.problems').textContent()).toContain('Unknown NOS code "XX1"');
    await page.getByRole('button', { name: 'Save course (3 modules)' }).click();
    await expect
      .poll(() => page.locator('.coverage-summary').textContent())
      .toContain('Covers 2 of 56 NOS units');
    expect(await page.locator('.plan-sidebar').textContent()).toContain('Pasted programme');

    const big = join(dir, 'big.csv');
    writeFileSync(big, `module,codes\n${'Leading your team,B6\n'.repeat(500_000)}`);
    await page.getByRole('button', { name: 'Import a course (CSV)…' }).click();
    await page.getByLabel('Choose a CSV file').setInputFiles(big);
    await expect
      .poll(() => page.locator('.problems').textContent())
      .toMatch(/The file is 10\.\d MB; the largest course file Standards Atlas imports is 2\.0 MB/);
    expect(await page.getByRole('button', { name: /Save course/ }).count()).toBe(0);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });
});
