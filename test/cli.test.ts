/** The command line as scripts use it: exit codes and the documented --json shapes. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testCasePackage } from './support/case-package';

const root = join(import.meta.dirname, '..');
const cli = (...args: string[]) =>
  spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'src', 'cli.ts'), ...args], {
    encoding: 'utf8',
  });

// Each case spawns the CLI (tsx + loading the data): seconds each on a busy machine, hence the timeout.
describe('npm run cli', { timeout: 90_000 }, () => {
  it('validate passes on data/ and fails on a broken copy with file, record and field', () => {
    const ok = cli('validate');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^data valid: \d+ frameworks, 326 units/);
    const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    cpSync(join(root, 'data'), dir, { recursive: true });
    const file = join(dir, 'ilm-8605.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.units[3].credits = 'four';
    writeFileSync(file, JSON.stringify(json));
    const broken = cli('validate', '--data', dir);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/ilm-8605\.json › units\[3\] \(ilm:8605-\d{3}\) › credits: /);
  });

  it('search --json prints an array of { id, framework, code, title, score, matched }, best first', () => {
    const result = JSON.parse(cli('search', 'HSC B1.2', '--json', '--limit', '3').stdout);
    expect(result).toHaveLength(3);
    expect(Object.keys(result[0]).sort()).toEqual(['code', 'framework', 'id', 'matched', 'score', 'title']);
    expect(result[0]).toMatchObject({
      id: 'hsc:B1.2',
      framework: 'hsc',
      code: 'B1.2',
      matched: 'code',
      score: 1,
    });
  });

  it('search says on stderr when a typed code does not exist, and keeps --json unchanged', () => {
    const human = cli('search', 'hsc 41', '--limit', '3');
    expect(human.status).toBe(0);
    expect(human.stderr).toMatch(/^No HSC unit 41 — closest: HSC /);
    expect(human.stdout).not.toContain('No HSC unit');
    const json = cli('search', 'hsc 41', '--json', '--limit', '3');
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).every((r: { framework: string }) => r.framework === 'hsc')).toBe(true);
  });

  it('check-plan --json gives valid/problems and exits 1 when the plan breaks a rule', () => {
    const good = cli('check-plan', '--qualification', 'nos-l3', '--units', 'A2,B6,D6,E6,C5,D3,E1', '--json');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ valid: true, problems: [] });
    const bad = cli('check-plan', '--qualification', '600/5932/1', '--units', '8605-409,8605-400', '--json');
    expect(bad.status).toBe(1);
    const report = JSON.parse(bad.stdout);
    expect(report.valid).toBe(false);
    expect(report.problems).toContainEqual({
      rule: 'allowed-units',
      message: expect.stringContaining("unit 8605-409 is not in the Certificate's allowed ranges"),
    });
  });

  it('coverage --json lists covered and uncovered NOS units per functional area', () => {
    const report = JSON.parse(
      cli(
        'coverage',
        '--qualification',
        'proqual-601-4759-3',
        '--units',
        'L/506/1953',
        '--basis',
        'curated',
        '--json',
      ).stdout,
    );
    expect(report.nosUnits).toBe(56);
    expect(report.covered.map((c: { code: string }) => c.code)).toEqual(['B6']);
    expect(report.uncovered).toHaveLength(55);
    expect(report.areas.map((a: { area: string }) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('export writes the public JSON format and one CSV per table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
    execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [
      join(root, 'src', 'cli.ts'),
      'export',
      '--format',
      'csv',
      '--out',
      dir,
    ]);
    expect(readdirSync(dir).sort()).toEqual([
      'corrections.csv',
      'frameworks.csv',
      'links.csv',
      'outcomes.csv',
      'qualifications.csv',
      'rules.csv',
      'units.csv',
      'usage-facts.csv',
    ]);
    const json = JSON.parse(cli('export', '--format', 'json').stdout);
    expect(json.format).toBe('standards-atlas/1');
    expect(json.units.find((u: { id: string }) => u.id === 'nos:B6')).toMatchObject({
      levels: { L3: 'M', L4: 'O' },
      area: 'B',
    });
    expect(new Set(json.links.map((l: { basis: string }) => l.basis))).toEqual(
      new Set(['published', 'curated', 'computed']),
    );
  });

  it('says what is wrong for bad usage, with exit code 2', () => {
    for (const args of [
      ['frobnicate'],
      ['export', '--format', 'csv'],
      ['check-plan', '--qualification', 'x', '--units', 'A1'],
      ['search'],
    ]) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(/^error: /);
    }
  });

  it('names an unknown option, or one the command does not take, with the usage and exit code 2', () => {
    for (const [args, message] of [
      [['validate', '--frobnicate'], /^error: unknown option --frobnicate\n/],
      [['search', 'budget', '--units', 'A1'], /^error: search does not take --units\n/],
      [['frobnicate'], /^error: unknown command "frobnicate"; commands: validate, export, search/],
      [['search', 'budget', '--limit'], /^error: .*--limit/],
    ] as const) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr, args.join(' ')).toMatch(message);
      expect(run.stderr, args.join(' ')).toContain('Usage: npm run --silent cli -- <command> [options]');
      expect(run.stdout).toBe('');
    }
  });

  it('ends quietly when its output is piped into a reader that stops early (| head)', () => {
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const run = spawnSync(
      'bash',
      [
        '-c',
        `"${tsx}" "${join(root, 'src', 'cli.ts')}" export --format json | head -c 20 >/dev/null; echo "$\{PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('0');
  });

  it('a data file with a section named "constructor" is one plain problem for every command, not a crash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    cpSync(join(root, 'data'), dir, { recursive: true });
    writeFileSync(join(dir, 'extra.json'), '{ "constructor": [{ "id": "x" }], "toString": [{}] }');
    for (const args of [['validate'], ['search', 'budget']]) {
      const run = cli(...args, '--data', dir);
      expect(run.status, args[0]).toBe(1);
      expect(run.stderr).not.toMatch(/safeParse|TypeError/);
      expect(run.stderr).toMatch(/extra\.json › constructor: unknown section "constructor"/);
      expect(run.stderr).toMatch(/extra\.json › toString: unknown section "toString"/);
      expect(run.stderr).toMatch(/2 problem\(s\) in /);
    }
  });

  it('an empty data folder is said plainly, exit 1', () => {
    const run = cli('validate', '--data', mkdtempSync(join(tmpdir(), 'atlas-empty-')));
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/there is no data: the folder has no \.json data files/);
  });

  describe('import <FILE> [--json]: a dry run with the same parser as the app', { timeout: 60_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-import-'));
    const importJson = (file: string) => {
      const run = cli('import', file, '--json');
      return { status: run.status, json: JSON.parse(run.stdout), stderr: run.stderr };
    };

    it('reads our own CASE export back: every unit and link listed, a note that it is already in the atlas', () => {
      expect(cli('export', '--format', 'case', '--out', dir).status).toBe(0);
      const { status, json } = importJson(join(dir, 'ilm.case.json'));
      expect(status).toBe(0);
      expect(Object.keys(json).sort()).toEqual(
        ['externalReferences', 'framework', 'kind', 'links', 'problems', 'units'].sort(),
      );
      expect(json.kind).toBe('case');
      expect(json.framework).toEqual({ id: 'ilm', name: expect.stringContaining('ILM') });
      // ILM 8605 has 100 units (data/ilm-8605.json, from the specification's unit list).
      expect(json.units).toHaveLength(100);
      expect(json.units).toContainEqual({ id: 'ilm:8605-409', code: '8605-409', title: expect.any(String) });
      expect(Object.keys(json.units[0]).sort()).toEqual(['code', 'id', 'title']);
      expect(Object.keys(json.links[0]).sort()).toEqual(['basis', 'from', 'relation', 'to']);
      expect(new Set(json.links.map((l: { basis: string }) => l.basis))).toEqual(
        new Set(['curated', 'computed']),
      );
      expect(json.problems[0]).toMatchObject({
        severity: 'note',
        message: expect.stringMatching(/already in the atlas/),
      });
    });

    it('reads a course CSV as kind "course", with row numbers on its problems', () => {
      const file = join(dir, 'My course.csv');
      writeFileSync(file, 'code,module,codes\nM1,Leading your team,B6\nM2,Budgets,Z99\n');
      const { status, json } = importJson(file);
      expect(status).toBe(0);
      expect(json.kind).toBe('course');
      expect(json.framework.name).toBe('My course');
      expect(json.units.map((u: { code: string }) => u.code)).toContain('M1');
      expect(json.links).toContainEqual({
        from: `${json.framework.id}:M1`,
        to: 'nos:B6',
        relation: 'related',
        basis: 'curated',
      });
      expect(json.problems.some((p: { row?: number }) => p.row === 3)).toBe(true);
    });

    it('exits 1 with the reason when the file is not JSON', () => {
      const notJson = join(dir, 'broken.json');
      writeFileSync(notJson, '{"CFDocument": ');
      const broken = importJson(notJson);
      expect(broken.status).toBe(1);
      expect(broken.json.units).toEqual([]);
      expect(broken.json.problems).toEqual([
        { severity: 'error', message: expect.stringMatching(/not JSON/) },
      ]);
    });

    it('exits 1 when the JSON is not CASE, and says so in plain text without --json', () => {
      const notCase = join(dir, 'other.json');
      writeFileSync(notCase, '{"hello": "world"}');
      const text = cli('import', notCase);
      expect(text.status).toBe(1);
      expect(text.stdout).toMatch(/error: This JSON is not a CASE package/);
    });

    it('exits 2 without a file or with a missing one', () => {
      expect(cli('import').status).toBe(2);
      expect(cli('import', join(dir, 'missing.json')).status).toBe(2);
    });

    it('--suggest adds NOS suggestions to the units that reach none, and changes nothing else', () => {
      // Written as another tool would: RC1 has no NOS link, RC2 an exact match to NOS B6.
      const file = join(dir, 'riverside.json');
      writeFileSync(
        file,
        testCasePackage(
          'Riverside care leadership',
          [
            { code: 'RC1', statement: "Running the home's money" },
            {
              code: 'RC1.1',
              statement: 'Monitor spending against the agreed budget and explain variances',
              type: 'Learning Outcome',
              parent: 'RC1',
            },
            { code: 'RC2', statement: 'Leading the care team on shift' },
          ],
          [{ from: 'RC2', type: 'exactMatchOf', toAtlas: 'nos:B6' }],
        ),
      );
      const plain = importJson(file);
      const run = cli('import', file, '--json', '--suggest', '--limit', '2');
      expect(run.status).toBe(0);
      const json = JSON.parse(run.stdout);
      const [rc1, rc2] = json.units;
      expect(rc1.suggestions).toHaveLength(2);
      expect(Object.keys(rc1.suggestions[0]).sort()).toEqual([
        'code',
        'confidence',
        'id',
        'score',
        'title',
        'why',
      ]);
      // NOS E1 "Manage a budget" is the unit an expert would name for the outcome.
      expect(rc1.suggestions.map((s: { id: string }) => s.id)).toContain('nos:E1');
      expect(rc2).toEqual(plain.json.units[1]);
      const { suggestions: _s, ...rest } = rc1;
      expect({ ...json, units: [rest, rc2] }).toEqual(plain.json);
    });

    it("--suggest reads a course row's description when it has no codes; --limit needs --suggest", () => {
      const file = join(dir, 'Induction.csv');
      writeFileSync(
        file,
        'code,module,description\nM1,Week two,"Preparing the ward budget, monitoring spending each month and explaining variances"\n',
      );
      const json = JSON.parse(cli('import', file, '--json', '--suggest').stdout);
      expect(json.units[0].suggestions.map((s: { id: string }) => s.id)).toContain('nos:E1');
      expect(cli('import', file, '--limit', '2').status).toBe(2);
      expect(cli('import', file, '--suggest', '--limit', '0').status).toBe(2);
    });
  });
});

describe('npm run cli -- suggest', () => {
  it('--json prints [{ id, code, title, score, confidence, why }], NOS units best first', () => {
    const run = cli(
      'suggest',
      '--text',
      'Managing a budget: monitoring spending against the budget',
      '--json',
      '--limit',
      '3',
    );
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toHaveLength(3);
    for (const s of result) {
      expect(Object.keys(s).sort()).toEqual(['code', 'confidence', 'id', 'score', 'title', 'why']);
      expect(s.id).toMatch(/^nos:[A-F]\d+$/);
      expect(['strong', 'possible', 'weak']).toContain(s.confidence);
    }
    // E1 "Manage a budget" (NOS document, functional area E).
    expect(result[0]).toMatchObject({ id: 'nos:E1', code: 'E1', title: 'Manage a budget' });
    expect(result[0].why).toMatch(/budget/);
    expect(result.map((s: { score: number }) => s.score)).toEqual(
      [...result.map((s: { score: number }) => s.score)].sort((a, b) => b - a),
    );
  });

  it('prints a readable list without --json, five by default', () => {
    const run = cli('suggest', '--text', 'Chairing team meetings');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d\.\d{3}\s+(strong|possible|weak)\s+D11\s+Lead meetings/);
    expect(run.stdout.split('\n').filter((l) => /^\d\.\d{3}/.test(l))).toHaveLength(5);
  });

  it('empty or missing text: exit 2 with the usage', () => {
    for (const args of [['suggest', '--text', ''], ['suggest', '--text', '   '], ['suggest']]) {
      const run = cli(...args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/suggest needs a description/);
      expect(run.stderr).toContain('Usage: npm run --silent cli -- <command> [options]');
      expect(run.stdout).toBe('');
    }
    const bad = cli('suggest', '--text', 'budget', '--limit', 'lots');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--limit must be a whole number/);
  });

  it('100 KB of text: answers with the same array shape and says on stderr that it was cut', () => {
    const text = 'Planning the rota and allocating work to the team. '.repeat(2100);
    expect(text.length).toBeGreaterThan(100_000);
    const run = cli('suggest', '--text', text, '--json', '--limit', '2');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Array.isArray(result)).toBe(true);
    expect(result).toHaveLength(2);
    expect(run.stderr).toMatch(/only the first 20000 were used/);
  });
});
