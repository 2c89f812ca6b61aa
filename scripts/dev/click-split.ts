import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { launchBrowser } from '../../test/e2e/browser';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
await page.goto(pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'index.html')).href);
await page.waitForSelector('html[data-graph="ready"]');
await page.waitForTimeout(500);
const r = await page.evaluate(`(async function () {
  var out = [];
  for (var i = 0; i < 12; i++) {
    var box = document.querySelectorAll('.filters input[type=checkbox]')[i % 6];
    var t0 = performance.now();
    box.click();
    var t1 = performance.now();
    await new Promise(function (res) { requestAnimationFrame(function () { var t2 = performance.now(); requestAnimationFrame(function () { res(t2); }); }); }).then(function (t2) { out.push([Math.round(t1 - t0), Math.round(t2 - t0), Math.round(performance.now() - t0)]); });
  }
  return out;
})()`);
console.log(JSON.stringify(r));
await browser.close();
