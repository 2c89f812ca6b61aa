/**
 * `npm test`: lint, typecheck, unit tests, the single-file build and the browser tests, in that
 * order, stopping at the first failure. Ends with one plain summary line ("N passed, N failed")
 * that CI systems can read.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const resultsDir = join(import.meta.dirname, '..', 'test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

const steps: [string, string[]][] = [
  ['lint', ['npm', 'run', '--silent', 'lint']],
  ['typecheck', ['npm', 'run', '--silent', 'typecheck']],
  [
    'unit tests',
    [
      'npx',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(resultsDir, 'unit.json')}`,
    ],
  ],
  ['single-file build', ['npm', 'run', '--silent', 'build']],
  [
    'browser tests',
    [
      'npx',
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(resultsDir, 'e2e.json')}`,
    ],
  ],
];

function totals() {
  let passed = 0;
  let failed = 0;
  for (const file of ['unit.json', 'e2e.json']) {
    const path = join(resultsDir, file);
    if (!existsSync(path)) continue;
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  return { passed, failed };
}

/**
 * The hostile-input corpus (test/hostile/*.test.ts, one file per kind of input), counted from the
 * unit tests' JSON report: every case is an attack or a broken input and what must happen.
 */
function hostileCorpus() {
  const path = join(resultsDir, 'unit.json');
  if (!existsSync(path)) return undefined;
  const report = JSON.parse(readFileSync(path, 'utf8')) as {
    testResults: { name: string; assertionResults: { status: string }[] }[];
  };
  const cases = report.testResults
    .filter((file) => /[/\\]test[/\\]hostile[/\\]/.test(file.name))
    .flatMap((file) => file.assertionResults);
  const failed = cases.filter((c) => c.status === 'failed').length;
  return { cases: cases.length, failed };
}

let failedStep: string | undefined;
for (const [name, [command, ...args]] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(command!, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    failedStep = name;
    break;
  }
}
const { passed, failed } = totals();
const hostile = hostileCorpus();
if (hostile)
  console.log(
    `\nhostile-input corpus: ${hostile.cases} cases, ${hostile.failed === 0 ? 'all handled' : `${hostile.failed} not handled`}`,
  );
if (failedStep) console.log(`\n✗ ${failedStep} failed`);
console.log(`\n${passed} passed, ${failed + (failedStep && failed === 0 ? 1 : 0)} failed`);
process.exit(failedStep ? 1 : 0);
