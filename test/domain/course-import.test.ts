/**
 * Importing a training designer's own course. The NOS codes run A1 … F12 (sources/000_…txt): for
 * example A2, B6, D6 exist; E13 and Z9 do not (area E ends at E11).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage';
import {
  courseFragment,
  decodeCourseBytes,
  EXAMPLE_COURSE_CSV,
  guessDelimiter,
  isUserFramework,
  MAX_COURSE_BYTES,
  mergeFragments,
  parseCourseTable,
  sizeProblem,
  USER_CLAIM_RATIONALE,
  userFrameworkId,
  validateCourseData,
  type CourseData,
  type ImportResult,
} from '../../src/domain/course';
import { buildGroups } from '../../src/domain/layout';
import type { Dataset, Unit } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';

let dataset: Dataset;
let nos: Unit[];
beforeAll(() => {
  dataset = loadFullDataset().dataset;
  nos = dataset.units.filter((u) => u.framework === 'nos');
});
const parse = (text: string) => parseCourseTable(text, nos);
const messages = (r: ImportResult) => r.problems.map((p) => p.message).join('\n');

describe('bad files', () => {
  const tenMegabytes = `module,codes\n${'Leading your team,B6\n'.repeat(500_000)}`;
  it.each([
    ['empty', '', /The file is empty/],
    ['only blank lines', '\n\n  \n', /The file is empty/],
    ['only a header', 'module,codes\n', /header but no modules/],
    ['only a header with BOM and CRLF', '\uFEFFmodule;codes\r\n', /header but no modules/],
    ['wrong delimiter (pipes)', 'module|codes\nLeading|B6\n', /seems to use "\|" between columns/],
    ['missing module column', 'codes\nB6\n', /Missing column "module"/],
    ['no header at all', 'Leading your team,B6\n', /Missing columns "module".*and "codes"/],
    ['binary data', 'PK\u0003\u0004\u0000\u0000module', /not a text table.*save it as CSV/],
    [
      '10 MB',
      tenMegabytes,
      /The file is 10\.\d MB; the largest course file Standards Atlas imports is 2\.0 MB/,
    ],
  ])('%s: refused, with a clear message', (_label, text, message) => {
    const result = parse(text);
    expect(result.refused).toBe(true);
    expect(result.modules).toEqual([]);
    expect(messages(result)).toMatch(message);
  });

  // Issue 12 item 5 changed this: a file without a codes column is no longer refused (it was, with
  // 'Missing column "codes"'); its modules are imported as needing NOS units.
  it('a missing codes column is not refused: the modules need NOS units, said once', () => {
    const result = parse('module,notes\nLeading,B6\nPlanning,D6\n');
    expect(result.refused).toBe(false);
    expect(result.modules.map((m) => [m.title, m.claims])).toEqual([
      ['Leading', []],
      ['Planning', []],
    ]);
    expect(messages(result)).toMatch(/"notes" is not used/);
    expect(messages(result)).toMatch(
      /There is no codes column: every module is imported with no NOS units yet/,
    );
    expect(result.problems).toHaveLength(2);
  });

  it('a file of exactly 2 MB is not too big; one byte more is', () => {
    expect(sizeProblem(MAX_COURSE_BYTES)).toBeUndefined();
    expect(sizeProblem(MAX_COURSE_BYTES + 1)).toMatch(/2\.0 MB/);
  });
});

describe('good files and their problems, row by row', () => {
  it('reads the example file: four modules with their claims', () => {
    const result = parse(EXAMPLE_COURSE_CSV);
    expect(result.refused).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.modules.map((m) => [m.code, m.title, m.claims.map((c) => c.nos).join(' ')])).toEqual([
      ['M1', 'Leading your team, week 1', 'nos:B6 nos:D6'],
      ['M2', 'Planning and allocating work', 'nos:D6'],
      ['M3', 'Managing your own development', 'nos:A2'],
      ['M4', 'Budgets and resources', 'nos:E1 nos:E2'],
    ]);
    expect(result.modules[0]).toMatchObject({ credits: 3, hours: 12, row: 2 });
  });

  it('UTF-8 with a byte-order mark, semicolons, quoted fields with ; and a line break inside', () => {
    const text = '\uFEFFModule Title;NOS codes\n"Leading; and\ninspiring";"B6, D6"\nÉquipe et qualité;a2\n';
    const result = parse(text);
    expect(result.delimiter).toBe(';');
    expect(result.problems).toEqual([]);
    expect(result.modules.map((m) => m.title)).toEqual(['Leading; and inspiring', 'Équipe et qualité']);
    expect(result.modules[0]!.claims.map((c) => c.nos)).toEqual(['nos:B6', 'nos:D6']);
    expect(result.modules[1]!.claims.map((c) => c.nos)).toEqual(['nos:A2']);
  });

  it('a table pasted from a spreadsheet (tabs)', () => {
    const result = parse('module\tcodes\tcredits\nLeading, teams\tB6 D6\t3\n');
    expect(result.delimiter).toBe('\t');
    expect(result.modules[0]).toMatchObject({ title: 'Leading, teams', credits: 3 });
  });

  it('codes in any spelling: "nos b6", "NOS:D6", "msc a2"; separators space, comma, plus, slash', () => {
    const result = parse('module,codes\nLeading,"nos b6, NOS:D6+msc a2/E1"\n');
    expect(result.modules[0]!.claims.map((c) => c.nos)).toEqual(['nos:B6', 'nos:D6', 'nos:A2', 'nos:E1']);
  });

  it('unknown codes are reported with "did you mean" and skipped; the rest of the row is imported', () => {
    const result = parse('module,codes\nLeading,B6 E13 Z9\n');
    expect(result.modules[0]!.claims.map((c) => c.nos)).toEqual(['nos:B6']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'codes',
        severity: 'warning',
        message: expect.stringMatching(/Unknown NOS code "E13" — did you mean E1, E10, E11\?/),
      }),
      expect.objectContaining({
        row: 2,
        column: 'codes',
        message: expect.stringMatching(/Unknown NOS code "Z9"/),
      }),
    ]);
  });

  it('a functional area letter is not a unit: the message lists its units', () => {
    const result = parse('module,codes\nDirection,B\n');
    expect(messages(result)).toMatch(
      /"B" is a functional area, not a unit: list the units it covers \(B1 … B12\)/,
    );
    expect(messages(result)).toMatch(/claims no NOS unit; it is imported but covers nothing/);
    expect(result.modules).toHaveLength(1);
  });

  it('duplicates: a code listed twice counts once; a repeated module code is not imported', () => {
    const result = parse('code,module,codes\nM1,Leading,B6 b6\nM1,Planning,D6\nM2,Budgets,E1\n');
    expect(result.modules.map((m) => m.code)).toEqual(['M1', 'M2']);
    expect(result.modules[0]!.claims).toHaveLength(1);
    expect(result.skipped).toBe(1);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 2, message: 'B6 is listed twice; counted once.' }),
      expect.objectContaining({
        row: 3,
        column: 'code',
        severity: 'error',
        message: 'Not imported: duplicate module code "M1" (first used on row 2).',
      }),
    ]);
  });

  it('without a code column, a repeated title is a duplicate', () => {
    const result = parse('module,codes\nLeading,B6\nleading,D6\n');
    expect(result.modules).toHaveLength(1);
    expect(messages(result)).toMatch(/duplicate module "leading" \(first on row 2\)/);
  });

  it('an unquoted comma in a title gives the row too many values: not imported, with the fix', () => {
    const result = parse('module,codes\nLeading, teams,B6\nPlanning,D6\n');
    expect(result.modules.map((m) => m.title)).toEqual(['Planning']);
    expect(result.problems[0]).toMatchObject({ row: 2, severity: 'error' });
    expect(result.problems[0]!.message).toMatch(/3 values but the header has 2 columns.*double quotes/);
  });

  it('a row with no title is not imported; blank rows keep the row numbers of the file', () => {
    const result = parse('module,codes\n\n,B6\nPlanning,D6\n');
    expect(result.problems).toEqual([
      { row: 3, column: 'module', severity: 'error', message: 'Not imported: the module has no title.' },
    ]);
    expect(result.modules[0]!.row).toBe(4);
  });

  it('an unclosed quote is reported on its row', () => {
    const result = parse('module,codes\n"Leading,B6\n');
    expect(result.problems[0]).toMatchObject({ row: 2, severity: 'error' });
    expect(result.problems[0]!.message).toMatch(/quoted value is not closed/);
  });

  it('an HTML/script payload in a title is kept as plain text, exactly, and flagged', () => {
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = parse(`module,codes\n"${payload.replace(/"/g, '""')}",A1\n`);
    expect(result.modules[0]!.title).toBe(payload);
    expect(result.problems[0]).toMatchObject({ row: 2, column: 'module', severity: 'warning' });
    expect(result.problems[0]!.message).toMatch(/kept as plain text and never run/);
  });

  it('optional columns: relation, credits and hours, with bad values reported and ignored', () => {
    const result = parse('module,codes,relation,credits,hours\nA,B6,close,3,10\nB,D6,sort of,three,-2\n');
    expect(result.modules[0]).toMatchObject({
      credits: 3,
      hours: 10,
      claims: [{ nos: 'nos:B6', relation: 'close' }],
    });
    expect(result.modules[1]!.claims[0]!.relation).toBe('related');
    expect(result.modules[1]!.credits).toBeUndefined();
    expect(result.problems.map((p) => p.column)).toEqual(['relation', 'credits', 'hours']);
  });

  it('unused columns are named once, as a warning', () => {
    const result = parse('module,codes,notes,owner\nA,B6,x,y\n');
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'warning',
        message: expect.stringMatching(/"notes", "owner" are not used/),
      }),
    ]);
  });

  it('guesses the delimiter from the header, not from titles with commas', () => {
    expect(guessDelimiter('module;codes\n"a, b, c";B6\n')).toBe(';');
    expect(guessDelimiter('"module, title",codes\n')).toBe(',');
    expect(guessDelimiter('module\tcodes\n')).toBe('\t');
  });
});

describe('decoding bytes', () => {
  it('UTF-8 with a byte-order mark', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('module,codes\nÉquipe,B6\n'),
    ]);
    const { text, warning } = decodeCourseBytes(bytes);
    expect(warning).toBeUndefined();
    expect(parse(text).modules[0]!.title).toBe('Équipe');
  });

  it('not UTF-8 (Windows-1252 é = 0xE9): read anyway, with a warning', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('module,codes\n'),
      0xc9,
      ...new TextEncoder().encode('quipe,B6\n'),
    ]);
    const { text, warning } = decodeCourseBytes(bytes);
    expect(warning).toMatch(/not UTF-8/);
    expect(parse(text).modules[0]!.title).toBe('Équipe');
  });
});

describe('an imported course in the dataset', () => {
  const course = (): CourseData => ({
    frameworkId: 'user-induction',
    fileName: 'induction.csv',
    importedAt: '2024-05-01T10:00:00.000Z',
    modules: parse(EXAMPLE_COURSE_CSV).modules,
  });

  it('is a framework of its own, marked as user data, with a unit per module', () => {
    const fragment = courseFragment('Induction', course(), new Set(nos.map((u) => u.id)));
    const framework = fragment.frameworks[0]!;
    expect(framework).toMatchObject({ id: 'user-induction', kind: 'specialist', name: 'Induction' });
    expect(isUserFramework(framework)).toBe(true);
    expect(framework.origin).toBe('user');
    expect(framework.description).toMatch(/^User data/);
    expect(fragment.units.map((u) => u.id)).toEqual([
      'user-induction:M1',
      'user-induction:M2',
      'user-induction:M3',
      'user-induction:M4',
    ]);
    expect(fragment.units[0]).toMatchObject({ framework: 'user-induction', credits: 3, glh: 12 });
    expect(fragment.units[0]!.source).toEqual({ document: 'induction.csv', locator: 'row 2' });
  });

  it("its links are the author's claims: basis curated, with a rationale that says whose claim it is", () => {
    const fragment = courseFragment('Induction', course(), new Set(nos.map((u) => u.id)));
    expect(fragment.links).toHaveLength(6); // B6 D6, D6, A2, E1 E2
    for (const link of fragment.links) {
      expect(link.basis).toBe('curated');
      expect(link.rationale).toBe(USER_CLAIM_RATIONALE);
      expect(link.rationale).toMatch(/not checked by Standards Atlas/);
      expect(link.origin).toBe('user');
    }
  });

  it('merged into the dataset, it covers the claimed NOS units and lies in the "user" band', () => {
    const fragment = courseFragment('Induction', course(), new Set(nos.map((u) => u.id)));
    const merged = mergeFragments(dataset, [fragment]);
    expect(dataset.frameworks.some((f) => f.id === 'user-induction')).toBe(false);
    const report = computeCoverage(merged, fragment.units, { bases: ['curated'] });
    expect(report.covered.map((c) => c.code).sort()).toEqual(['A2', 'B6', 'D6', 'E1', 'E2']);
    expect(buildGroups(merged).find((g) => g.framework === 'user-induction')!.band).toBe('user');
  });

  it('framework ids come from the course name and never clash', () => {
    expect(userFrameworkId('Induction for new managers', [])).toBe('user-induction-for-new-managers');
    expect(userFrameworkId('Induction', ['user-induction'])).toBe('user-induction-2');
    expect(userFrameworkId('<script>', [])).toBe('user-script');
    expect(userFrameworkId('   ', [])).toBe('user-course');
  });

  it('saved courses are checked when read back: damaged ones are refused, unknown claims dropped', () => {
    const good = course();
    expect(validateCourseData(good)).toEqual({ ok: true, value: good });
    expect(validateCourseData({ ...good, frameworkId: 'nos' }).ok).toBe(false);
    expect(validateCourseData({ ...good, modules: [good.modules[0], good.modules[0]] }).ok).toBe(false);
    expect(validateCourseData('nonsense').ok).toBe(false);
    const odd = {
      ...good,
      modules: [{ ...good.modules[0]!, claims: [{ nos: 'nos:B6', relation: 'maybe' }] }],
    };
    const read = validateCourseData(odd);
    expect(read.ok && read.value.modules[0]!.claims).toEqual([]);
  });
});
