/** The explorer as a person uses it: the built single file, opened from file:// in Chromium. */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, openApp, seriousAxeViolations, watchPage, type PageWatch } from './browser';

let browser: Browser;
let page: Page;
let watch: PageWatch;

const status = () => page.getByRole('status').textContent();

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  watch = watchPage(page);
});

async function clickNode(id: string) {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__atlasCy!;
    const node = cy.getElementById(nodeId);
    cy.center(node);
    cy.zoom({ level: 1.5, position: node.position() });
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

describe('the explorer from file://', () => {
  it('opens with the whole dataset, no console errors and no network request', async () => {
    await openApp(page);
    expect(await status()).toMatch(/^Showing \d+ units · \d+ links$/);
    expect(await page.title()).toBe('Standards Atlas');
    expect(watch.errors).toEqual([]);
    expect(watch.requests).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
  });

  it('filters by functional area and level, with the status line following', async () => {
    await openApp(page);
    await page.getByRole('checkbox', { name: /generic/ }).check();
    expect(await status()).toBe('Showing 56 units · 0 links');
    await page.getByRole('checkbox', { name: /Managing self and personal skills/ }).check();
    expect(await status()).toBe('Showing 3 units · 0 links');
    await page.getByRole('checkbox', { name: /Managing self and personal skills/ }).uncheck();
    await page.getByRole('combobox', { name: 'NOS level' }).selectOption('L4');
    await page.getByRole('radio', { name: 'Mandatory' }).check();
    // NOS document: level 4 mandatory units are B1, C2, D2, E6 and F3.
    expect(await status()).toBe('Showing 5 units · 0 links');
    await page.getByRole('button', { name: 'Table' }).click();
    const codes = await page.locator('.unit-table tbody tr td:first-child').allTextContents();
    expect(codes.sort()).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
    expect(page.url()).toContain('level=L4');
    expect(watch.errors).toEqual([]);
  });

  it('shows everything known about a node clicked in the graph', async () => {
    await openApp(page);
    await clickNode('nos:B6');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await expect
      .poll(() => panel.getByRole('heading', { level: 2 }).textContent())
      .toContain('Provide leadership in your area of responsibility');
    const text = await panel.textContent();
    expect(text).toContain('B Providing direction');
    expect(text).toContain('to provide direction, motivate and support people'); // Topss summary
    expect(text).toContain('(20) Unit B6'); // report: second most imported unit
    expect(text).toMatch(/published\s*related/);
    expect(page.url()).toContain('sel=nos%3AB6');
    // A linked unit is clickable and becomes the selection.
    await panel
      .getByRole('button', { name: /Provide leadership and management/ })
      .first()
      .click();
    await expect.poll(() => panel.getByRole('heading', { level: 2 }).textContent()).toContain('L/506/1953');
    expect(await panel.textContent()).toContain('Use delegation techniques whilst delivering targets');
  });

  it('restores a view from a permalink, and back/forward move between views', async () => {
    await openApp(page, '#sel=hsc%3AB1.2&area=B&kind=generic,specialist&mode=table');
    expect(
      await page
        .getByRole('complementary', { name: 'Details' })
        .getByRole('heading', { level: 2 })
        .textContent(),
    ).toContain('Assess and act upon risk of danger');
    expect(await page.getByRole('checkbox', { name: /Providing direction/ }).isChecked()).toBe(true);
    expect(await page.locator('.unit-table').count()).toBe(1);
    await page.getByRole('button', { name: 'Graph' }).click();
    expect(await page.locator('[data-testid=graph]').count()).toBe(1);
    await page.goBack();
    await expect.poll(() => page.locator('.unit-table').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => page.locator('[data-testid=graph]').count()).toBe(1);
  });

  it('recovers from a broken or out-of-date hash with a short notice', async () => {
    for (const hash of [
      '#sel=nos%3AZ9&level=L9',
      '#%E0%A4%A',
      `#q=${'x'.repeat(5000)}`,
      '#<img src=x onerror=alert(1)>',
    ]) {
      await openApp(page, hash);
      expect(await status(), hash).toMatch(/^Showing \d+ units/);
      expect(await page.getByRole('alert').textContent(), hash).toMatch(
        /not in this dataset|could not be read|too long|Ignored/,
      );
    }
    for (const hash of ['#view=plan&plan=gone', '#view=spec&spec=gone']) {
      await openApp(page, hash);
      await expect
        .poll(() => page.locator('main').textContent())
        .toMatch(/\(gone\) is not saved in this browser/);
    }
    expect(watch.errors).toEqual([]);
  });

  it('searches by code, typo and outcome from the search box, with the keyboard', async () => {
    await openApp(page);
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search standards' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('budjet');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect.poll(() => options.first().textContent()).toContain('Manage a budget');
    await box.fill('maintain morale');
    await expect.poll(() => options.first().textContent()).toContain('assessment criterion 2.6');
    expect(await options.first().locator('mark').count()).toBeGreaterThan(0);
    await box.fill('b 6');
    await expect.poll(() => options.first().textContent()).toContain('B6');
    expect(await options.first().textContent()).toContain('NOS unit');
    await box.press('Enter');
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Details' }).textContent())
      .toContain('Provide leadership in your area of responsibility');
    await box.fill('HSC B1.2');
    await expect.poll(() => options.first().textContent()).toContain('B1.2');
    expect(await options.first().textContent()).toContain('specialist standard');
    // A code that does not exist is said not to, with the closest ones (issue 15).
    await box.fill('hsc 41');
    await expect
      .poll(() => page.locator('.search-missing').textContent())
      .toMatch(/^No HSC unit 41 — closest: /);
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
  });

  it('offers to search everything when filters hide the matches', async () => {
    await openApp(page, '#kind=generic');
    const box = page.getByRole('searchbox', { name: 'Search standards' });
    await box.fill('tendering');
    const everything = page.getByRole('button', { name: /search everything/ });
    await expect.poll(() => everything.count()).toBe(1);
    await everything.click();
    await expect
      .poll(() => page.getByRole('option').first().textContent())
      .toContain('Manage a tendering process');
  });

  it('exports the view as PNG and SVG, and a framework as CASE JSON', async () => {
    await openApp(page, '#area=A');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG' }).click(),
    ]);
    expect(png.suggestedFilename()).toBe('standards-atlas-graph.png');
    const pngBytes = readFileSync((await png.path())!);
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svgText = readFileSync((await svg.path())!, 'utf8');
    expect(svgText).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svgText).toContain('<title>nos:A2</title>');
    await openApp(page, '#sel=framework%3Ahsc');
    const [caseFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CASE JSON' }).click(),
    ]);
    const pkg = JSON.parse(readFileSync((await caseFile.path())!, 'utf8'));
    expect(pkg.CFDocument.title).toContain('Health and Social Care');
    expect(watch.requests).toEqual([]);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const hash of ['', '#sel=proqual%3AL%2F506%2F1953', '#mode=table&area=A']) {
      await openApp(page, hash);
      const violations = await seriousAxeViolations(page);
      expect(violations, hash).toEqual([]);
    }
  });
});
