/**
 * Importing a framework from a CASE file in the built single file opened from file://: the preview
 * lists problems plainly, the saved framework is the person's own (user data) and shows in search
 * and compare, and survives a reload. Its units with no NOS link go to the review queue of
 * suggestions: an accepted one is your claim, counted in coverage; a rejected one stays rejected.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stableUuid } from '../../src/domain/uuid';
import { testCasePackage } from '../support/case-package';
import { launchBrowser, openApp, seriousAxeViolations, watchPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const dir = mkdtempSync(join(tmpdir(), 'atlas-case-import-'));
const at = '2025-01-01T00:00:00+00:00';
const ref = (identifier: string, title: string) => ({
  identifier,
  uri: `https://opensalt.example/uri/${identifier}`,
  title,
});
const doc = 'aaaaaaaa-0000-4000-8000-000000000001';
const item = (n: number) => `aaaaaaaa-0000-4000-8000-00000000010${n}`;

/** A small package as OpenSALT writes one, with an exact match to NOS B6 (by our NOS package's UUID). */
function careFramework(): string {
  return JSON.stringify({
    CFDocument: {
      identifier: doc,
      uri: `https://opensalt.example/uri/${doc}`,
      creator: 'A care provider',
      title: 'Zephyr care leadership',
      lastChangeDateTime: at,
    },
    CFItems: [
      {
        identifier: item(1),
        uri: `https://opensalt.example/uri/${item(1)}`,
        humanCodingScheme: 'ZC1',
        fullStatement: 'Quillwork team leadership in residential care',
        CFItemType: 'Competency',
        lastChangeDateTime: at,
      },
      {
        identifier: item(2),
        uri: `https://opensalt.example/uri/${item(2)}`,
        humanCodingScheme: 'ZC2',
        fullStatement: '',
        CFItemType: 'Competency',
        lastChangeDateTime: at,
      },
    ],
    CFAssociations: [
      {
        identifier: 'aaaaaaaa-0000-4000-8000-000000000201',
        uri: 'https://opensalt.example/uri/a1',
        associationType: 'isChildOf',
        originNodeURI: ref(item(1), 'ZC1'),
        destinationNodeURI: ref(doc, 'doc'),
        lastChangeDateTime: at,
      },
      {
        identifier: 'aaaaaaaa-0000-4000-8000-000000000202',
        uri: 'https://opensalt.example/uri/a2',
        associationType: 'exactMatchOf',
        originNodeURI: ref(item(1), 'ZC1'),
        destinationNodeURI: {
          identifier: stableUuid('standards-atlas:nos:B6'),
          uri: 'urn:standards-atlas:nos:B6',
          title: 'B6',
        },
        lastChangeDateTime: at,
      },
    ],
  });
}

describe('import a framework (CASE JSON)', () => {
  it('previews, saves as user data, and finds its units in search and compare, also after a reload', async () => {
    const file = join(dir, 'zephyr.case.json');
    writeFileSync(file, careFramework());
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=compare');
    await page.getByLabel('Choose a CASE JSON file').setInputFiles(file);
    const summary = page.locator('.import-framework .import-summary');
    await expect
      .poll(() => summary.textContent())
      .toContain('Zephyr care leadership, 2 units (with their hierarchy), 1 link to other units');
    // The missing title is a plain problem, with where it is.
    const problems = page.getByRole('list', { name: 'Problems found' });
    expect(await problems.textContent()).toMatch(/warning \(CFItems\[1\]\): Item ZC2 has no fullStatement/);
    await page.getByRole('button', { name: 'Save as my framework' }).click();
    await expect
      .poll(() => page.getByRole('list', { name: 'Your imported frameworks' }).textContent())
      .toContain('Zephyr care leadership (2 units)');

    const search = async () => {
      const box = page.getByRole('searchbox', { name: 'Search standards' });
      await box.fill('quillwork');
      const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
      await expect.poll(() => options.first().textContent()).toContain('ZC1');
    };
    await search();

    // Compare: the imported framework against ProQual meets at B6 through its exact match.
    const compare = async () => {
      const x = page.locator('#compare-x');
      const value = await x
        .locator('option', { hasText: 'Zephyr care leadership' })
        .first()
        .getAttribute('value');
      expect(value).toMatch(/^framework:user-zephyr-care-leadership/);
      await x.selectOption(value!);
      await page.selectOption('#compare-y', 'framework:proqual');
      await expect.poll(() => page.locator('.compare-status').innerText()).toMatch(/meet at \d+ NOS units?/);
      expect(await page.locator('.pairs-table').innerText()).toContain('ZC1');
    };
    await compare();

    // Saved in this browser: still there after a reload.
    await page.reload();
    await openApp(page, '#view=compare');
    await search();
    await compare();
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });

  it('lists the problems of a file that is not CASE, and offers nothing to save', async () => {
    const file = join(dir, 'not-case.json');
    writeFileSync(file, '{"modules": []}');
    const context = await browser.newContext();
    const page = await context.newPage();
    const watch = watchPage(page);
    await openApp(page, '#view=compare');
    await page.getByLabel('Choose a CASE JSON file').setInputFiles(file);
    await expect
      .poll(() => page.getByRole('list', { name: 'Problems found' }).textContent())
      .toContain('This JSON is not a CASE package');
    expect(await page.getByRole('button', { name: 'Save as my framework' }).isDisabled()).toBe(true);
    expect(watch.errors).toEqual([]);
    await context.close();
  });

  it('maps units with no NOS link through the review queue: accept counts in coverage, reject stays, both after a reload', async () => {
    // Written as another tool would write it (not one of our exports): two units without any NOS
    // link, one with an exact match to B6 (NOS document: "Provide leadership…").
    const file = join(dir, 'riverside.case.json');
    writeFileSync(
      file,
      testCasePackage(
        'Riverside care leadership',
        [
          { code: 'RC1', statement: "Running the home's money" },
          {
            code: 'RC1.1',
            statement: 'Monitor spending against the agreed budget and explain variances',
            type: 'Learning Outcome',
            parent: 'RC1',
          },
          {
            code: 'RC2',
            statement: 'Safe at work',
            notes: 'Risk assessment, fire drills and reporting accidents.',
          },
          { code: 'RC3', statement: 'Leading the care team on shift' },
        ],
        [{ from: 'RC3', type: 'exactMatchOf', toAtlas: 'nos:B6' }],
        'riverside-e2e',
      ),
    );
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    const watch = watchPage(page);
    // From Course mapping, where the designer maps courses too.
    await openApp(page, '#view=plan');
    await page.getByRole('button', { name: 'Import a framework (CASE JSON)…' }).click();
    await page.getByLabel('Choose a CASE JSON file').setInputFiles(file);
    await page.getByRole('button', { name: 'Save as my framework' }).click();
    await page.getByRole('button', { name: 'Map it to NOS units' }).click();
    expect(await page.getByRole('list', { name: 'Imported frameworks to map' }).textContent()).toContain(
      'Riverside care leadership',
    );

    await expect
      .poll(() => page.locator('.framework-mapping-summary').textContent())
      .toMatch(/3 units: 1 linked to NOS units, 0 through a unit of the atlas, 2 with no NOS unit yet/);
    const coverage = page.locator('.coverage-summary');
    await expect.poll(() => coverage.textContent()).toContain('Covers 1 of 56 NOS units');
    const claims = () =>
      page.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('standards-atlas.framework') ?? '{}') as {
              items?: { data: { claims: unknown[] } }[];
            }
          ).items?.[0]?.data.claims,
      );

    await page.getByRole('button', { name: 'Suggest NOS units' }).click();
    const money = page.getByRole('list', { name: 'Suggestions for RC1' });
    const safety = page.getByRole('list', { name: 'Suggestions for RC2' });
    await expect.poll(() => money.getByRole('listitem').count()).toBeGreaterThan(0);
    // RC3 already reaches B6: it is not in the queue.
    expect(await page.getByRole('list', { name: 'Suggestions for RC3' }).count()).toBe(0);
    // Suggestions shown are not claims: nothing saved yet.
    expect(await claims()).toEqual([]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // E1 "Manage a budget" is the unit an expert would accept for the money unit.
    await money.getByRole('button', { name: /^Accept E1 Manage a budget/ }).click();
    await expect.poll(() => coverage.textContent()).toContain('Covers 2 of 56 NOS units');
    const relation = page.getByLabel('Relation of your claim E1 for RC1');
    expect(await relation.inputValue()).toBe('related');
    expect(await claims()).toEqual([expect.objectContaining({ nos: 'nos:E1', relation: 'related' })]);
    // The designer judges it closer than "related".
    await relation.selectOption('close');
    await expect
      .poll(() => claims())
      .toEqual([expect.objectContaining({ nos: 'nos:E1', relation: 'close' })]);
    expect(await seriousAxeViolations(page)).toEqual([]);

    const rejected = (await safety.getByRole('listitem').first().locator('.code').textContent())!;
    await safety.getByRole('button', { name: new RegExp(`^Reject ${rejected} `) }).click();
    await expect
      .poll(async () => (await safety.locator('.code').allTextContents()).includes(rejected))
      .toBe(false);

    await page.reload();
    await expect
      .poll(() => page.locator('.coverage-summary').textContent())
      .toContain('Covers 2 of 56 NOS units');
    await expect
      .poll(() => page.locator('.framework-mapping-summary').textContent())
      .toMatch(/2 linked to NOS units, 0 through a unit of the atlas, 1 with no NOS unit yet/);
    expect(await page.getByLabel('Relation of your claim E1 for RC1').inputValue()).toBe('close');
    await page.getByRole('button', { name: 'Suggest NOS units' }).click();
    await expect.poll(() => safety.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await safety.locator('.code').allTextContents()).not.toContain(rejected);
    // The accepted unit is claimed, not offered again.
    expect(await page.getByRole('list', { name: 'Suggestions for RC1' }).count()).toBe(0);

    // The claim is a link of the explorer too: the unit's detail lists E1 as your claim.
    await page.getByRole('button', { name: 'Show in the explorer' }).click();
    const details = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() => details.locator('.link-item').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/your claim\s*close.*E1\s*Manage a budget/s)]));
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    await context.close();
  });
});
