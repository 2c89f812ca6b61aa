/**
 * The graph at the three screen sizes of the trial (issue 14), from file://: the opening overview is
 * legible, a selection made by any route frames the unit's whole neighbourhood in the part of the
 * map no panel covers, no view scrolls the page, hover and keyboard work, axe stays clean.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cameraSettled,
  launchBrowser,
  neighbourLabels,
  openApp,
  seriousAxeViolations,
  watchPage,
} from './browser';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 768, height: 1024 },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Rendered boxes of the selected unit and its highlighted neighbours that are not wholly inside
 * the uncovered part of the graph (the details drawer covers the right of it on narrow screens).
 */
async function neighboursOutOfView(page: Page) {
  return page.evaluate(() => {
    const cy = window.__atlasCy!;
    const c = cy.container()!.getBoundingClientRect();
    let right = cy.width();
    const drawer = document.querySelector('.explorer > .details')?.getBoundingClientRect();
    if (drawer && drawer.width > 0 && drawer.left < c.right && drawer.right >= c.right - 1)
      right = Math.min(right, drawer.left - c.left);
    const framed = cy.nodes('.near, .focus');
    const out = framed
      .filter((n) => {
        const b = n.renderedBoundingBox({});
        return b.x1 < 0 || b.y1 < 0 || b.x2 > right || b.y2 > cy.height();
      })
      .map((n) => n.id());
    return { framed: framed.length, out };
  });
}

/** The smallest on-screen size of the NOS code labels, in px. */
async function smallestNosLabel(page: Page) {
  return page.evaluate(() => {
    const cy = window.__atlasCy!;
    const nos = cy.nodes('.unit.kind-generic');
    const sizes = nos.map((n) => Number.parseFloat(n.style('font-size')) * cy.zoom());
    return { count: nos.length, smallest: Math.min(...sizes), shown: nos.filter((n) => n.visible()).length };
  });
}

async function clickUnit(page: Page, id: string) {
  const point = await page.evaluate((unitId) => {
    const cy = window.__atlasCy!;
    const p = cy.getElementById(unitId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

describe.each(SIZES)('the graph at $width×$height', (size) => {
  it('opens on the overview: every NOS code drawn at 10 px or more, frameworks as labelled groups', async () => {
    const page = await browser.newPage({ viewport: size });
    const watch = watchPage(page);
    await openApp(page);
    await cameraSettled(page);
    const nos = await smallestNosLabel(page);
    // The NOS document has 56 units in six functional areas.
    expect(nos.count).toBe(56);
    expect(nos.shown).toBe(56);
    expect(nos.smallest).toBeGreaterThanOrEqual(size.width === 1280 ? 11 : 10);
    const chips = await page.evaluate(() =>
      window.__atlasCy!.nodes('.chip').map((n) => n.data('label') as string),
    );
    // HSC has 9 standards in the Topss map (HSC B1.2 … ); every folded group says how many units it holds.
    expect(chips).toContain('HSC\n9 units');
    for (const label of chips) expect(label).toMatch(/\d+ units?$/);
    expect(await page.getByRole('status').textContent()).toMatch(/^Showing \d+ units · \d+ links$/);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('frames the whole neighbourhood of a unit selected by click, search, panel link or permalink, labelled at 10 px or more', async () => {
    const page = await browser.newPage({ viewport: size });
    const watch = watchPage(page);
    // Permalink.
    await openApp(page, '#sel=nos%3AB6');
    await cameraSettled(page);
    let seen = await neighboursOutOfView(page);
    expect(seen.framed).toBeGreaterThan(5);
    expect(seen.out).toEqual([]);
    expect((await neighbourLabels(page)).smallest).toBeGreaterThanOrEqual(10);
    // Click on a NOS unit in the graph (faded, outside B6's neighbourhood, but still a target).
    await clickUnit(page, 'nos:D6');
    await expect.poll(() => page.url()).toContain('sel=nos%3AD6');
    await cameraSettled(page);
    seen = await neighboursOutOfView(page);
    expect(seen.framed).toBeGreaterThan(3);
    expect(seen.out).toEqual([]);
    expect((await neighbourLabels(page)).smallest).toBeGreaterThanOrEqual(10);
    // Enter in the search box.
    const box = page.getByRole('searchbox', { name: 'Search standards' });
    await box.fill('8605-409');
    await expect
      .poll(() => page.getByRole('listbox', { name: 'Search results' }).getByRole('option').count())
      .toBeGreaterThan(0);
    await box.press('Enter');
    await expect.poll(() => page.url()).toContain('sel=ilm%3A8605-409');
    await cameraSettled(page);
    seen = await neighboursOutOfView(page);
    expect(seen.framed).toBeGreaterThan(1);
    expect(seen.out).toEqual([]);
    expect((await neighbourLabels(page)).smallest).toBeGreaterThanOrEqual(10);
    // A link in the details panel, with two hops.
    await page.getByRole('combobox', { name: 'Neighbourhood' }).selectOption('2');
    const panel = page.getByRole('complementary', { name: 'Details' });
    await panel.locator('.links button, .links a').first().click();
    await expect.poll(() => page.url()).not.toContain('sel=ilm%3A8605-409');
    await cameraSettled(page);
    seen = await neighboursOutOfView(page);
    expect(seen.framed).toBeGreaterThan(1);
    expect(seen.out).toEqual([]);
    expect((await neighbourLabels(page)).smallest).toBeGreaterThanOrEqual(10);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('never scrolls the whole page, on any view', async () => {
    const page = await browser.newPage({ viewport: size });
    for (const hash of [
      '',
      '#sel=nos%3AB6',
      '#mode=table',
      '#view=spec',
      '#view=plan',
      '#view=compare&x=framework%3Ahsc&y=framework%3Ailm',
    ]) {
      await openApp(page, hash);
      await page.waitForTimeout(200);
      const { scrollHeight, innerHeight } = await page.evaluate(() => ({
        scrollHeight: document.scrollingElement!.scrollHeight,
        innerHeight: window.innerHeight,
      }));
      expect(scrollHeight, hash || 'explorer').toBeLessThanOrEqual(innerHeight);
    }
    await page.close();
  });
});

describe('hover and keyboard on the graph', () => {
  it('shows a tooltip with code, title, framework and number of links', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page);
    await cameraSettled(page);
    const point = await page.evaluate(() => {
      const cy = window.__atlasCy!;
      const p = cy.getElementById('nos:B6').renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.move(point.x, point.y);
    const tip = page.locator('.graph-tooltip');
    await expect
      .poll(() => tip.textContent())
      .toContain('B6 Provide leadership in your area of responsibility');
    const text = await tip.textContent();
    expect(text).toContain('National Occupational Standards in Management and Leadership');
    expect(text).toMatch(/\d+ links/);
    await page.close();
  });

  it('moves between units with the arrow keys, announces the unit and selects it with Enter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await openApp(page, '#sel=nos%3AB5');
    await cameraSettled(page);
    await page.getByTestId('graph').focus();
    await page.keyboard.press('ArrowRight');
    const announcer = page.getByTestId('graph-announcer');
    // The first arrow starts from the selected unit; the next one moves right, to B6 in the B grid.
    await expect.poll(() => announcer.textContent()).toContain('B5 ');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => announcer.textContent()).toContain('B6 Provide leadership');
    expect(await announcer.getAttribute('aria-live')).toBe('polite');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('sel=nos%3AB6');
    await page.close();
  });

  it('shows the units of a folded framework when its group is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await openApp(page);
    await cameraSettled(page);
    await clickUnit(page, 'group:hsc');
    await expect
      .poll(() => page.evaluate(() => window.__atlasCy!.nodes('.unit[framework = "hsc"]').length))
      .toBe(9);
    await expect.poll(() => page.url()).toContain('sel=framework%3Ahsc');
    await page.close();
  });

  it.each(SIZES)('has no serious or critical accessibility violations at $width×$height', async (size) => {
    const page = await browser.newPage({ viewport: size });
    await openApp(page, '#sel=nos%3AB6');
    await cameraSettled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });
});
