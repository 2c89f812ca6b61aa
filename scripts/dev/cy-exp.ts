import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/browser';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'index.html')).href);
await page.waitForSelector('html[data-graph="ready"]');
await page.waitForTimeout(500);
const r = await page.evaluate(`(async function () {
  const cy = window.__atlasCy;
  function frame() { return new Promise(function (res) { requestAnimationFrame(function () { requestAnimationFrame(res); }); }); }
  const out = {};
  let t0 = performance.now();
  const hide = cy.elements().filter(function (e) { return !e.id().startsWith('nos:A'); });
  out.select = performance.now() - t0;
  t0 = performance.now(); cy.batch(function () { hide.addClass('hidden'); }); out.addClass = performance.now() - t0; await frame(); out.addClassFrame = performance.now() - t0;
  t0 = performance.now(); cy.batch(function () { hide.removeClass('hidden'); }); out.removeClass = performance.now() - t0; await frame(); out.removeFrame = performance.now() - t0;
  t0 = performance.now(); cy.batch(function () { hide.style('display', 'none'); }); out.styleNone = performance.now() - t0; await frame(); out.styleNoneFrame = performance.now() - t0;
  t0 = performance.now(); cy.batch(function () { hide.removeStyle('display'); }); out.styleBack = performance.now() - t0; await frame(); out.styleBackFrame = performance.now() - t0;
  t0 = performance.now(); const removed = hide.remove(); out.remove = performance.now() - t0; await frame(); out.removeElsFrame = performance.now() - t0;
  t0 = performance.now(); removed.restore(); out.restore = performance.now() - t0; await frame(); out.restoreFrame = performance.now() - t0;
  t0 = performance.now(); await frame(); out.emptyFrame = performance.now() - t0;
  return out;
})()`);
console.log(JSON.stringify(r, null, 1));
await browser.close();
