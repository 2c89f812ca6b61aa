import { launchBrowser, openApp, watchPage } from '../../test/e2e/browser';
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const w = watchPage(page);
await openApp(page, process.argv[2] ?? '');
await page.waitForTimeout(800);
await page.screenshot({ path: process.argv[3] ?? '/tmp/shot.png' });
console.log(JSON.stringify(w), await page.locator('[role=status]').first().textContent());
await browser.close();
