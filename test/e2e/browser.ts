/** Shared browser set-up for the end-to-end tests and the benchmarks: system Chromium via playwright-core. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChrome(): string {
  const path = [process.env.CHROME_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (!path)
    throw new Error(
      'No Chromium found. Install it (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.',
    );
  return path;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  });
}

export const DIST_FILE = resolve(
  process.env.ATLAS_DIST_FILE ?? join(import.meta.dirname, '..', '..', 'dist', 'index.html'),
);
export const APP_URL = pathToFileURL(DIST_FILE).href;

export interface PageWatch {
  errors: string[];
  requests: string[];
}

/** Records console errors, page errors and every request that is not the file itself. */
export function watchPage(page: Page, url = APP_URL): PageWatch {
  const watch: PageWatch = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('request', (r) => {
    const u = r.url();
    if (u.split('#')[0] !== url.split('#')[0] && !u.startsWith('data:') && !u.startsWith('blob:'))
      watch.requests.push(u);
  });
  return watch;
}

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(APP_URL + hash);
  await page.waitForSelector('html[data-graph="ready"], .unit-table, .app', { timeout: 20000 });
}

/** Waits until the graph's camera has stopped moving (selection framing is animated). */
export async function cameraSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__atlasCy?.animated(), undefined, { timeout: 5000 });
  await page.waitForTimeout(50);
}

/** The selected unit and its highlighted neighbours: how many, and their smallest label on screen in px. */
export async function neighbourLabels(page: Page): Promise<{ count: number; smallest: number }> {
  return page.evaluate(() => {
    const cy = window.__atlasCy!;
    const framed = cy.nodes('.near, .focus');
    const sizes = framed.map((n) => Number.parseFloat(n.style('font-size')) * cy.zoom());
    return { count: framed.length, smallest: Math.min(...sizes) };
  });
}

/**
 * Serious and critical axe-core violations on the page, as "rule (count)" strings. The page's CSP
 * refuses injected <script> tags, so axe's source is evaluated directly.
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}
