/**
 * The layout at the trial's screen sizes (issue 14, item 4), from file://: the coverage matrix fits
 * a 1280 px screen without sideways scrolling; on a 768 px tablet the drawers lie under the map's
 * toolbar, open and close from the keyboard, and a unit selected with the details drawer open keeps
 * its neighbours' labels at 10 px or more; the person specification puts its list above the
 * builder. Companion to graph.test.ts, which checks the graph itself and the page scroll.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cameraSettled,
  launchBrowser,
  neighbourLabels,
  openApp,
  seriousAxeViolations,
  watchPage,
} from './browser';

const TABLET = { width: 768, height: 1024 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not drawn');
  return b;
}

const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe.each([
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
])('the coverage matrix at $width×$height', (size) => {
  it('shows all 56 NOS columns without sideways scrolling, controls inside their boxes', async () => {
    const context = await browser.newContext({ viewport: size });
    const page = await context.newPage();
    await openApp(page, '#view=plan');
    await page.getByRole('combobox', { name: /Start a plan for/ }).selectOption({ index: 2 });
    await page.getByRole('button', { name: 'Start plan' }).click();
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^Add/ }).first().click();
    const matrix = page.getByRole('group', { name: /units against 56 NOS units/ });
    await expect.poll(() => matrix.count()).toBe(1);
    const scroller = page.locator('.matrix-scroller');
    const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    // The last NOS column (F12, "Improve organisational performance") is drawn inside the box.
    const last = await scroller.evaluate((el) => {
      const texts = [...el.querySelectorAll('text')].filter((t) => t.textContent?.startsWith('F12'));
      return {
        right: Math.max(...texts.map((t) => t.getBoundingClientRect().right)),
        box: el.getBoundingClientRect().right,
      };
    });
    expect(last.right).toBeLessThanOrEqual(last.box);
    // Every select of the sidebar's form lies inside the sidebar.
    const sidebar = await box(page.getByRole('complementary', { name: 'Plans and courses' }));
    for (const select of await page.locator('.plan-sidebar select').all()) {
      const b = await box(select);
      expect(b.x).toBeGreaterThanOrEqual(sidebar.x);
      expect(b.x + b.width).toBeLessThanOrEqual(sidebar.x + sidebar.width);
    }
    await context.close();
  });
});

describe('the filters at 1280×720', () => {
  it('keeps the Qualification and Group selects inside their box with a long qualification chosen', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page);
    const qualification = page.getByRole('combobox', { name: 'Qualification', exact: true });
    // The qualification with the longest title and number, the hardest to fit.
    const options = await qualification.locator('option').allTextContents();
    const longest = options.reduce((a, b) => (b.length > a.length ? b : a));
    await qualification.selectOption({ label: longest });
    const group = page.getByRole('combobox', { name: 'Qualification group' });
    await expect.poll(() => group.isEnabled()).toBe(true);
    const fieldset = await box(page.locator('.filters fieldset').filter({ has: qualification }));
    for (const select of [qualification, group]) {
      const b = await box(select);
      expect(b.x).toBeGreaterThanOrEqual(fieldset.x);
      expect(b.x + b.width).toBeLessThanOrEqual(fieldset.x + fieldset.width);
    }
    await page.close();
  });
});

describe('the explorer at 768×1024', () => {
  it('keeps the details drawer under the toolbar and the neighbours of a clicked unit labelled at 10 px or more', async () => {
    const page = await browser.newPage({ viewport: TABLET });
    const watch = watchPage(page);
    await openApp(page);
    await cameraSettled(page);
    // A first-time visitor is told where to click (the details panel is a closed drawer here).
    await expect.poll(() => page.locator('.map-hint').isVisible()).toBe(true);
    const point = await page.evaluate(() => {
      const cy = window.__atlasCy!;
      const p = cy.getElementById('nos:B6').renderedPosition();
      const c = cy.container()!.getBoundingClientRect();
      return { x: c.left + p.x, y: c.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.url()).toContain('sel=nos%3AB6');
    await cameraSettled(page);
    const details = page.getByRole('complementary', { name: 'Details' });
    const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
    const legend = page.getByRole('complementary', { name: 'Legend' });
    expect(overlap(await box(details), await box(toolbar))).toBe(false);
    expect(overlap(await box(details), await box(legend))).toBe(false);
    // B6 has links to more than a dozen units (NOS, Topss standards, ILM and ProQual units).
    const labels = await neighbourLabels(page);
    expect(labels.count).toBeGreaterThan(10);
    expect(labels.smallest).toBeGreaterThanOrEqual(10);
    // Every tool stays reachable: the right end of the toolbar is not under the drawer.
    const svg = await box(toolbar.getByRole('button', { name: 'SVG' }));
    expect(overlap(await box(details), svg)).toBe(false);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('opens and closes the filters and details drawers from the keyboard', async () => {
    const page = await browser.newPage({ viewport: TABLET });
    await openApp(page, '#sel=nos%3AD6');
    await cameraSettled(page);
    const toggle = page.getByRole('button', { name: 'Filters' });
    const filters = page.getByRole('complementary', { name: 'Filters' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await filters.isVisible()).toBe(false);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => filters.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await toggle.getAttribute('aria-controls')).toBe(await filters.getAttribute('id'));
    // The opened drawer has the focus, so Tab goes on into its controls.
    expect(await filters.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    expect(overlap(await box(filters), await box(page.getByRole('toolbar', { name: 'Map tools' })))).toBe(
      false,
    );
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => filters.isVisible()).toBe(false);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);
    // The details drawer: its close button is named, and Escape inside the drawer closes it too.
    const details = page.getByRole('complementary', { name: 'Details' });
    expect(await page.getByRole('button', { name: 'Close details' }).isVisible()).toBe(true);
    await details.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).not.toContain('sel=');
    await expect.poll(() => details.isVisible()).toBe(false);
    await page.close();
  });
});

describe('the person specification at 768×1024', () => {
  it('puts the list of specifications above the builder, which has the whole width', async () => {
    const context = await browser.newContext({ viewport: TABLET });
    const page = await context.newPage();
    await openApp(page, '#view=spec');
    await page.getByRole('button', { name: 'Use this suggestion' }).first().click();
    const list = await box(page.getByRole('complementary', { name: 'Specifications' }));
    const builder = await box(page.locator('.spec-editor'));
    expect(list.y + list.height).toBeLessThanOrEqual(builder.y + 1);
    expect(builder.width).toBeGreaterThan(0.9 * TABLET.width);
    await context.close();
  });
});
