/**
 * How the page behaves when a large imported CASE framework is mapped to NOS units (issue 13 with
 * the review queue of issue 12): `npx tsx bench/framework-review.ts [UNITS] [course]` (default
 * 2000; run `npm run build` first). Writes a third-party package whose units have no NOS link,
 * imports and saves it in the built file from file://, opens "Map it to NOS units", asks for
 * suggestions and accepts one. With `course`, the same texts as a course CSV without codes (at most
 * 500 modules) go through the course's review queue instead: the reference to compare with. Prints
 * the wall time of each step and the longest main-thread task (Long Tasks API) during it: the page
 * should never go more than 100 ms without handling input. Prints only; the figures depend on the
 * machine's load, so say it when quoting them.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser, openApp } from '../test/e2e/browser';
import { testCasePackage, type TestItem } from '../test/support/case-package';

const units = Number(process.argv[2] ?? 2000);
const asCourse = process.argv[3] === 'course';
const topics = [
  'Planning the rota so every shift has the right skills',
  'Running supervision and appraisal meetings with staff',
  'Keeping spending within the agreed budget',
  'Making sure risk assessments and fire safety checks are done',
  'Handling complaints from residents and families',
  'Recruiting and selecting new care workers',
  'Leading the team through changes in practice',
  'Sharing information with other agencies',
];
const items: TestItem[] = [];
for (let n = 1; n <= units; n++) {
  items.push({ code: `U${n}`, statement: `${topics[n % topics.length]} (${n})` });
  items.push({
    code: `U${n}.1`,
    statement: `Explain how ${topics[(n + 3) % topics.length]!.toLowerCase()}`,
    type: 'Learning Outcome',
    parent: `U${n}`,
  });
}
const dir = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
const file = join(dir, asCourse ? `large-${units}.csv` : `large-${units}.case.json`);
if (asCourse) {
  const rows = items
    .filter((i) => !i.parent)
    .map((i, n) => `${i.code},"${i.statement}","${items[2 * n + 1]!.statement}"`);
  writeFileSync(file, `code,module,outcomes\n${rows.join('\n')}\n`);
} else writeFileSync(file, testCasePackage(`Large framework ${units}`, items, [], 'bench'));

const browser = await launchBrowser();
const page = await (await browser.newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
await openApp(page, asCourse ? '#view=plan&course=import' : '#view=compare');
await page.evaluate(() => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
});
const step = async (name: string, action: () => Promise<void>) => {
  await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks = []));
  const start = Date.now();
  await action();
  const wall = Date.now() - start;
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const longest = tasks.length ? Math.max(...tasks) : 0;
  console.log(
    `${name.padEnd(40)} ${String(wall).padStart(6)} ms wall, longest task ${longest.toFixed(0)} ms (${tasks.length} over 50 ms: ${tasks
      .slice(0, 8)
      .map((t) => t.toFixed(0))
      .join(', ')}${tasks.length > 8 ? ' …' : ''})`,
  );
};

console.log(
  `${asCourse ? 'course' : 'framework'}: ${units} units (+ ${units} outcomes); load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`,
);
if (asCourse) {
  await step('read the file (preview)', async () => {
    await page.getByLabel('Choose a CSV file').setInputFiles(file);
    await page.getByRole('button', { name: /^Save course/ }).waitFor();
  });
  await step('save and open', async () => {
    await page.getByRole('button', { name: /^Save course/ }).click();
    await page.locator('.coverage-summary').waitFor();
  });
} else {
  await step('read the file (preview)', async () => {
    await page.getByLabel('Choose a CASE JSON file').setInputFiles(file);
    await page.getByRole('button', { name: 'Save as my framework' }).waitFor();
  });
  await step('save', async () => {
    await page.getByRole('button', { name: 'Save as my framework' }).click();
    await page.getByRole('button', { name: 'Map it to NOS units' }).waitFor();
  });
  await step('open "Map it to NOS units"', async () => {
    await page.getByRole('button', { name: 'Map it to NOS units' }).click();
    await page.locator('.framework-mapping-summary').waitFor();
  });
}
await step('suggest for every unit', async () => {
  await page.getByRole('button', { name: 'Suggest NOS units' }).click();
  await page.getByRole('list', { name: 'Suggestions for U1', exact: true }).waitFor({ timeout: 600_000 });
});
await step('accept one suggestion', async () => {
  const before = await page.locator('.coverage-summary').textContent();
  await page
    .getByRole('list', { name: 'Suggestions for U1', exact: true })
    .getByRole('button', { name: /^Accept / })
    .first()
    .click();
  await page.waitForFunction(
    (text) => document.querySelector('.coverage-summary')?.textContent !== text,
    before,
  );
});
await browser.close();
