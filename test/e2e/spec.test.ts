/**
 * The person specification builder, in the built single file opened from file://.
 * Expectations from the NOS document (sources/000_2ddea83f8caa00c9.txt): level 4 requires 5
 * mandatory (B1, C2, D2, E6, F3) + 3 optional units; 24 units are marked O at level 4; B12 is
 * optional at level 5 only.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, watchPage } from './browser';

const require = createRequire(import.meta.url);
const STORAGE_KEY = 'standards-atlas.spec';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  return context.newPage();
}

async function expectNoSeriousAxeViolations(page: Page) {
  // Evaluated through the devtools protocol: the page's Content-Security-Policy (scripts by hash
  // only) rightly refuses an injected <script> tag.
  await page.evaluate(await readFile(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context?: unknown) => Promise<unknown> } }).axe;
    return (await axe.run()) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
  });
  const serious = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const statusLine = (page: Page) => page.locator('.spec-status-box .spec-status-line');

describe('person specification builder', () => {
  it('builds a level 4 specification, keeps it across a reload, and prints it', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=spec');

    // Nothing saved yet: start at level 4.
    await expect(
      page.getByRole('heading', { name: 'Build a person specification' }).isVisible(),
    ).resolves.toBe(true);
    await page.getByRole('button', { name: /^Level 4/ }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Level 4 specification' }).first().textContent(),
    ).resolves.toBe('Level 4 specification');

    // The five mandatory units are locked in.
    const locked = page.getByRole('list', { name: 'Mandatory units at level 4' }).getByRole('listitem');
    await expect(locked.count()).resolves.toBe(5);
    const lockedCodes = await locked.locator('.code').allTextContents();
    expect(lockedCodes).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
    expect(await locked.first().textContent()).toContain('mandatory at level 4');
    expect(await page.locator('.spec-locked input').count()).toBe(0);

    // Only the 24 units marked O at level 4 can be ticked; B12 explains why it cannot.
    const picker = page.locator('.optional-picker');
    await expect(picker.getByRole('checkbox').count()).resolves.toBe(24);
    await expect(picker.getByText('B12', { exact: true }).count()).resolves.toBe(0);
    await page.getByText(/Why can’t I add the other \d+ units at level 4\?/).click();
    await expect(page.locator('.unavailable-list li', { hasText: 'B12' }).textContent()).resolves.toContain(
      'not part of level 4 (optional at level 5)',
    );

    // Live rule status.
    await expect(statusLine(page).textContent()).resolves.toContain(
      'Level 4 needs 5 mandatory + 3 optional: 0 optional chosen, 3 to go',
    );
    expect(await page.locator('.spec-status-box').getAttribute('aria-live')).toBe('polite');
    await picker
      .getByRole('checkbox', { name: /A2 Manage your own resources and professional development/ })
      .check();
    await picker
      .getByRole('checkbox', { name: /B6 Provide leadership in your area of responsibility/ })
      .check();
    await expect(statusLine(page).textContent()).resolves.toContain('2 optional chosen, 1 to go');

    // Rename it.
    await page.getByRole('button', { name: 'Rename “Level 4 specification”' }).click();
    await page.getByLabel('New name').fill('Deputy manager (residential)');
    await page.getByRole('button', { name: 'Save name' }).click();
    await page.getByRole('heading', { level: 2, name: 'Deputy manager (residential)' }).first().waitFor();

    // Add the third optional unit from the explorer's detail panel.
    await openApp(page, '#sel=nos%3AD6');
    const add = page.getByRole('button', { name: 'Add to specification' });
    await add.waitFor();
    expect(await add.isEnabled()).toBe(true);
    await add.click();
    await expect(page.locator('.notices').textContent()).resolves.toContain(
      'Added D6 to “Deputy manager (residential)”. 3 of 3 optional units chosen.',
    );
    // Once in, the button says why it cannot add D6 again.
    expect(await add.isDisabled()).toBe(true);
    await expect(page.locator('.add-to-spec-hint').textContent()).resolves.toBe(
      'D6 is already in “Deputy manager (residential)”.',
    );
    // A qualification unit cannot go in.
    await openApp(page, '#sel=ilm%3A8605-409');
    await expect(page.getByRole('button', { name: 'Add to specification' }).isDisabled()).resolves.toBe(true);

    // Reload: the specification is still there, complete.
    await openApp(page, '#view=spec');
    await page.reload();
    await page.locator('.spec-view').waitFor();
    await expect(page.locator('.spec-list-open').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^Deputy manager \(residential\)Level 4 · 3 optional · /),
    ]);
    await expect(statusLine(page).textContent()).resolves.toContain(
      'Level 4 needs 5 mandatory + 3 optional: 3 optional chosen — complete',
    );
    const doc = page.locator('article.spec-document');
    // The document is concise by default (issue 15); the unit table and framework names are in
    // the full version.
    await page.getByRole('radio', { name: /^Full/ }).check();
    await expect(doc.locator('.spec-doc-table tbody tr').count()).resolves.toBe(8);
    // D6's specialist standards, grouped by framework (Topss map lines 127-130).
    const d6 = doc.locator('section.spec-unit', { has: page.getByRole('heading', { name: /^D6 / }) });
    await expect(d6.locator('.std-framework').allTextContents()).resolves.toEqual([
      'HSC Health and Social Care',
      'SW Social Work',
      'YW Youth Work',
      'RMA Registered Manager Adults',
      'RMRCC Registered Manager Residential Child Care',
    ]);

    await expectNoSeriousAxeViolations(page);

    // Exports made in the page.
    const markdown = await downloadText(page, 'Download Markdown');
    expect(markdown.name).toBe('deputy-manager-residential.md');
    expect(markdown.text).toMatch(/^# Deputy manager \(residential\)\n/);
    expect(markdown.text).toContain('## Mandatory units at level 4');
    expect(markdown.text).toMatch(/^### D6 /m);
    const csv = await downloadText(page, 'Download CSV');
    expect(csv.name).toBe('deputy-manager-residential.csv');
    expect(csv.text.trim().split('\n')).toHaveLength(9);

    // Print: no app chrome, just the document.
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '.view-tabs', '.spec-sidebar', '.spec-editor', '.spec-toolbar'])
      expect(await page.locator(chrome).isVisible(), chrome).toBe(false);
    expect(await doc.isVisible()).toBe(true);
    expect(await doc.getByRole('heading', { level: 2 }).textContent()).toBe('Deputy manager (residential)');
    expect(await doc.locator('.spec-doc-level').textContent()).toContain(
      'NOS Management and Leadership, level 4',
    );
    expect(await doc.getByRole('button').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    await page.screenshot({ path: '/tmp/spec-e2e.png' });

    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.context().close();
  });

  it('starts from a role suggestion, duplicates and deletes with a confirmation', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=spec');
    await page.getByRole('button', { name: 'Use this suggestion: Team leader' }).click();
    await page.getByRole('heading', { level: 2, name: 'Team leader' }).first().waitFor();
    await expect(statusLine(page).textContent()).resolves.toContain(
      'Level 3 needs 4 mandatory + 3 optional: 3 optional chosen — complete',
    );
    await expect(page.locator('.spec-doc-suggestion').textContent()).resolves.toContain(
      'Started from the suggestion “Team leader”',
    );

    // Moving to level 5 leaves out what is not optional there and says so.
    // D7 is optional at every level; B11 and D8 are not part of level 5.
    await page.locator('.level-option', { hasText: 'Level 5' }).click();
    await expect(page.locator('.spec-message').textContent()).resolves.toBe(
      'Now level 5. Left out B11 (not part of level 5 (optional at levels 3 and 4)); D8 (not part of level 5 (optional at levels 3 and 4)).',
    );

    await page.getByRole('button', { name: 'Duplicate “Team leader”' }).click();
    await page.getByRole('heading', { level: 2, name: 'Team leader (copy)' }).first().waitFor();
    await page.getByRole('button', { name: 'Delete “Team leader (copy)”' }).click();
    await page.getByRole('group', { name: 'Confirm deleting “Team leader (copy)”' }).waitFor();
    await page.getByRole('button', { name: 'Keep it' }).click();
    await expect(page.locator('.spec-list li').count()).resolves.toBe(2);
    await page.getByRole('button', { name: 'Delete “Team leader (copy)”' }).click();
    await page
      .getByRole('group', { name: /Confirm deleting/ })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.locator('.spec-list li').count()).resolves.toBe(1);
    const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), STORAGE_KEY);
    expect(saved.items.map((i: { name: string }) => i.name)).toEqual(['Team leader']);

    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.context().close();
  });
});

describe('damaged saved specifications never break the app', () => {
  async function openWithSaved(raw: string) {
    const page = await newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=spec');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, raw]);
    await page.reload();
    await page.locator('.spec-view').waitFor();
    return { page, watch };
  }

  it('garbage: says it could not be read, offers the raw data, and still works', async () => {
    const garbage = '{"version":1,"items":[{"id": oops';
    const { page, watch } = await openWithSaved(garbage);
    const banner = page.locator('.spec-problems');
    await expect(banner.textContent()).resolves.toContain(
      'Your saved specifications could not be read (the stored data is damaged).',
    );
    const raw = await downloadText(page, 'Download the saved data as it was');
    expect(raw.text).toBe(garbage);
    await expectNoSeriousAxeViolations(page);

    // Still works: a new specification can be made, and the damaged text is kept in the quarantine
    // (its own key, issue 11: it replaces the "<key>.backup" copy that a second damage overwrote).
    await page.getByRole('button', { name: /^Level 2/ }).click();
    await expect(statusLine(page).textContent()).resolves.toContain('Level 2 needs 4 mandatory + 2 optional');
    const stored = await page.evaluate(
      (key) => [
        JSON.parse(localStorage.getItem('standards-atlas.quarantine')!).entries.map(
          (e: { raw: string }) => e.raw,
        ),
        JSON.parse(localStorage.getItem(key)!).items.length,
      ],
      STORAGE_KEY,
    );
    expect(stored).toEqual([[garbage], 1]);
    // The explorer is unaffected.
    await page.getByRole('button', { name: 'Explorer', exact: true }).click();
    await page.locator('.explorer').waitFor();
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.context().close();
  });

  it('an old format: reads what it can and says where it came from', async () => {
    const old = JSON.stringify({
      version: 0,
      items: [{ id: 'spec-1', name: 'Old team leader', data: { level: 'L3', optionalUnits: ['nos:D7'] } }],
    });
    const { page, watch } = await openWithSaved(old);
    await expect(page.locator('.spec-problems').textContent()).resolves.toContain(
      'Your saved specifications come from another version (0); read what could be read.',
    );
    await page.getByRole('heading', { level: 2, name: 'Old team leader' }).first().waitFor();
    await expect(statusLine(page).textContent()).resolves.toContain('1 optional chosen, 2 to go');
    expect((await downloadText(page, 'Download the saved data as it was')).text).toBe(old);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.locator('.spec-problems').count()).resolves.toBe(0);
    expect(watch.errors).toEqual([]);
    await page.context().close();
  });

  it('a foreign format and one bad item among good ones: keeps the good, names what was dropped', async () => {
    const { page: foreignPage } = await openWithSaved(JSON.stringify({ specs: ['team leader'] }));
    await expect(foreignPage.locator('.spec-problems').textContent()).resolves.toContain(
      'Your saved specifications are in a format this version does not know.',
    );
    await expect(
      foreignPage.getByRole('heading', { name: 'Build a person specification' }).count(),
    ).resolves.toBe(1);
    await foreignPage.context().close();

    const mixed = JSON.stringify({
      version: 1,
      items: [
        {
          id: 'spec-1',
          name: 'Good',
          updated: '2025-01-01T00:00:00Z',
          data: { level: 'L5', optionalUnits: ['nos:B2'] },
        },
        { id: 'spec-2', name: 'Broken', data: { level: 'L9', optionalUnits: [] } },
        { id: 'spec-3', name: 'Partly', data: { level: 'L4', optionalUnits: ['nos:A2', 'nos:ZZ9'] } },
        'not an item',
      ],
    });
    const { page, watch } = await openWithSaved(mixed);
    const text = await page.locator('.spec-problems').textContent();
    expect(text).toContain('Dropped saved item "Broken": its level "L9" is not one of L2–L5.');
    expect(text).toContain('Dropped saved item number 4: it has no id or name.');
    expect(text).toContain('In “Partly”, left out nos:ZZ9 (not a NOS unit in this dataset).');
    await expect(page.locator('.spec-list .spec-list-name').allTextContents()).resolves.toEqual([
      'Good',
      'Partly',
    ]);
    await page.getByRole('button', { name: /^Partly/ }).click();
    await expect(statusLine(page).textContent()).resolves.toContain('1 optional chosen, 2 to go');
    expect((await downloadText(page, 'Download the saved data as it was')).text).toBe(mixed);
    await expectNoSeriousAxeViolations(page);
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await page.context().close();
  });
});
