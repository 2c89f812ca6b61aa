import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/browser';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'index.html')).href);
await page.waitForSelector('html[data-graph="ready"]');
await page.waitForTimeout(500);
const r = await page.evaluate(`(async function () {
  var cy = window.__atlasCy;
  function frame() { return new Promise(function (res) { requestAnimationFrame(function () { requestAnimationFrame(res); }); }); }
  async function cycle(label) {
    var hide = cy.elements().filter(function (e) { return !e.id().startsWith('nos:A'); });
    var ts = [];
    for (var i = 0; i < 5; i++) {
      var t0 = performance.now(); cy.batch(function () { hide.addClass('hidden'); }); await frame(); var t1 = performance.now();
      cy.batch(function () { hide.removeClass('hidden'); }); await frame(); ts.push([Math.round(t1 - t0), Math.round(performance.now() - t1)]);
    }
    return label + ' ' + JSON.stringify(ts);
  }
  var out = [];
  out.push(await cycle('as is'));
  cy.edges().style('curve-style', 'haystack'); await frame();
  out.push(await cycle('haystack'));
  cy.edges().style('line-style', 'solid'); await frame();
  out.push(await cycle('solid edges'));
  cy.nodes().style('label', ''); await frame();
  out.push(await cycle('no labels'));
  cy.edges().style('display', 'none'); await frame();
  out.push(await cycle('no edges'));
  return out;
})()`);
console.log((r as string[]).join('\n'));
await browser.close();
