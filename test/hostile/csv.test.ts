/**
 * Hostile-input corpus: course CSV files. Each case is a file a person (or an attacker) could hand
 * the importer; each must give a bounded, readable list of problems, never a crash, a hang or one
 * warning per repetition. Expectations come from issue 11 ("49,500 identical warnings", "690,000
 * warnings", "UTF-16 refused as binary") and the column rules in README.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  decodeCourseBytes,
  MAX_MODULES,
  MAX_PROBLEMS_LISTED,
  moduleText,
  needsNosUnits,
  parseCourseTable,
  parseCourseTableAsync,
  type ImportResult,
} from '../../src/domain/course';
import type { Unit } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';

let nos: Unit[];
beforeAll(() => {
  nos = loadFullDataset().dataset.units.filter((u) => u.framework === 'nos');
});
const parse = (text: string) => parseCourseTable(text, nos);
const messages = (r: ImportResult) => r.problems.map((p) => p.message);

function utf16(text: string, endian: 'le' | 'be', mark = true): Uint8Array {
  const bytes = new Uint8Array((text.length + (mark ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  [...(mark ? ['\uFEFF'] : []), ...text.split('')].forEach((ch, i) =>
    view.setUint16(i * 2, ch.charCodeAt(0), endian === 'le'),
  );
  return bytes;
}

describe('repetition is said once, with a count', () => {
  it('50,000 rows: the 49,500 rows over the 500-module limit are one problem with the count', () => {
    const text = `module,codes\n${Array.from({ length: 50_000 }, (_, i) => `Module ${i + 1},B6`).join('\n')}\n`;
    const result = parse(text);
    expect(result.modules).toHaveLength(MAX_MODULES);
    expect(result.rows).toBe(50_000);
    expect(result.skipped).toBe(49_500);
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        row: 502,
        count: 49_500,
        message: expect.stringMatching(/at most 500 modules\. \(49,500 rows: 502, 503, 504, 505 … 50001\)$/),
      }),
    ]);
  });

  it('50,000 rows with the same unknown code: one warning "unknown code X" with its count', () => {
    const text = `module,codes\n${Array.from({ length: 50_000 }, (_, i) => `Module ${i + 1},B6 Z9`).join('\n')}\n`;
    const unknown = parse(text).problems.filter((p) => /Unknown NOS code "Z9"/.test(p.message));
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ count: 500, row: 2 });
    expect(unknown[0]!.message).toMatch(/\(500 rows: 2, 3, 4, 5 … 501\)$/);
  });

  it('one cell with 690,000 copies of an unknown code: one warning, counted, not 690,000', () => {
    const text = `module,codes\nLeading,"${'Z9 '.repeat(690_000)}B6"\n`;
    expect(text.length).toBeLessThan(2 * 1024 * 1024);
    const result = parse(text);
    expect(result.modules[0]!.claims.map((c) => c.nos)).toEqual(['nos:B6']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ count: 690_000, row: 2 });
    expect(result.problems[0]!.message).toMatch(/Unknown NOS code "Z9".*\(690,000 times on row 2\)$/);
  });

  it('one cell with 200,000 different unknown codes: the first 20 named, the rest counted in one line', () => {
    const codes = Array.from({ length: 200_000 }, (_, i) => `Q${i}`).join(' ');
    const result = parse(`module,codes\nLeading,"${codes}"\n`);
    const named = result.problems.filter((p) => /^Unknown NOS code "Q\d+"/.test(p.message));
    expect(named).toHaveLength(20);
    const rest = result.problems.find((p) => /^Unknown NOS codes \(more than 20/.test(p.message));
    expect(rest).toMatchObject({ count: 200_000 - 20 });
    expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_LISTED);
  });

  it('5,000 rows each with a different fault: the list is capped, with one line saying how many more', () => {
    const rows = Array.from({ length: 5_000 }, (_, i) => `M${i},Module ${i},B6,sort-of-${i}`).join('\n');
    const result = parse(`code,module,codes,relation\n${rows}\n`);
    expect(result.modules).toHaveLength(MAX_MODULES);
    expect(result.problems.length).toBe(MAX_PROBLEMS_LISTED);
    // The error about the module limit is listed first, never hidden behind warnings.
    expect(result.problems[0]).toMatchObject({ severity: 'error', count: 4_500 });
    expect(result.problems.at(-1)!.message).toMatch(
      /^…and [\d,]+ more kinds of problem \([\d,]+ in all\), not listed/,
    );
  });
});

describe('encodings', () => {
  const table = 'module,codes\nÉquipe et qualité,B6\nLeading,D6\n';

  it.each([
    ['UTF-16 LE with a byte-order mark', utf16(table, 'le')],
    ['UTF-16 BE with a byte-order mark', utf16(table, 'be')],
  ])('%s is read, accents and all, with no warning', (_label, bytes) => {
    const { text, warning } = decodeCourseBytes(bytes);
    expect(warning).toBeUndefined();
    const result = parse(text);
    expect(result.refused).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.modules.map((m) => m.title)).toEqual(['Équipe et qualité', 'Leading']);
  });

  it('UTF-16 LE without a byte-order mark is recognised, with a warning to check it', () => {
    const { text, warning } = decodeCourseBytes(utf16(table, 'le', false));
    expect(warning).toMatch(/looks like UTF-16 \(little-endian\) without a byte-order mark/);
    expect(parse(text).modules).toHaveLength(2);
  });

  it('binary data (a zip/xlsx header) is refused as not a text table', () => {
    const bytes = new Uint8Array([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
    ]);
    const result = parse(decodeCourseBytes(bytes).text);
    expect(result.refused).toBe(true);
    expect(messages(result).join()).toMatch(/not a text table.*save it as CSV/);
  });

  it('random bytes are refused or read with a bounded list, never a crash', () => {
    let seed = 7;
    const bytes = new Uint8Array(200_000).map(
      () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff,
    );
    const result = parse(decodeCourseBytes(bytes).text);
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.length).toBeLessThanOrEqual(MAX_PROBLEMS_LISTED);
  });
});

describe('shapes of text', () => {
  it('CR-only line ends (old Mac exports) are rows', () => {
    const result = parse('module,codes\rLeading,B6\rPlanning,D6\r');
    expect(result.modules.map((m) => [m.row, m.title])).toEqual([
      [2, 'Leading'],
      [3, 'Planning'],
    ]);
  });

  it('an empty file, only line ends, or only a header are refused with what to add', () => {
    expect(messages(parse(''))).toEqual([expect.stringMatching(/The file is empty/)]);
    expect(messages(parse('\r\n\r\n\n\r'))).toEqual([expect.stringMatching(/The file is empty/)]);
    expect(messages(parse('module,codes\r\n\r\n'))).toEqual([expect.stringMatching(/header but no modules/)]);
  });

  it('2 MB of line ends after a header: refused as having no modules, quickly counted', () => {
    const result = parse(`module,codes\n${'\n'.repeat(2_000_000)}`);
    expect(result.refused).toBe(true);
    expect(messages(result).join()).toMatch(/header but no modules/);
  });

  it('a header of 2 million empty columns: refused, the message stays short', () => {
    const result = parse(','.repeat(2_000_000));
    expect(result.refused).toBe(true);
    expect(messages(result).join().length).toBeLessThan(600);
  });

  it('a title of 1 MB is cut to 300 characters, with a warning', () => {
    const result = parse(`module,codes\n"${'Leading '.repeat(130_000)}",B6\n`);
    expect(result.modules[0]!.title).toHaveLength(300);
    expect(messages(result)).toEqual([
      expect.stringMatching(/longer than 300 characters; it was cut to 300/),
    ]);
  });

  it('quotes: doubled quotes inside quotes are one quote; an unclosed quote spoils only its row onwards', () => {
    const ok = parse('module,codes\n"The ""five"" dysfunctions",D6\n');
    expect(ok.modules[0]!.title).toBe('The "five" dysfunctions');
    const open = parse('module,codes\nLeading,B6\n"Planning,D6\nBudgets,E1\n');
    expect(open.modules.map((m) => m.title)).toEqual(['Leading']);
    expect(open.problems).toEqual([
      expect.objectContaining({
        row: 3,
        severity: 'error',
        message: expect.stringMatching(/quoted value is not closed/),
      }),
    ]);
  });

  it('text after a closing quote is reported, not silently glued', () => {
    const result = parse('module,codes\n"Leading"team,B6\nPlanning,D6\n');
    expect(result.modules.map((m) => m.title)).toEqual(['Planning']);
    expect(result.problems[0]).toMatchObject({ row: 2, severity: 'error' });
  });

  it('spreadsheet formulas (=, +, -, @) in a title are kept as text, never evaluated', () => {
    const titles = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '=cmd|"/c calc"!A0'];
    const csv = `module,codes\n${titles.map((t) => `"${t.replace(/"/g, '""')}",B6`).join('\n')}\n`;
    const result = parse(csv);
    expect(result.modules.map((m) => m.title)).toEqual(titles);
  });

  it('control characters and NUL-free junk in titles become spaces', () => {
    const result = parse('module,codes\n"Lead\u0007ing\u001b[31m team",B6\n');
    expect(result.modules[0]!.title).toBe('Lead ing [31m team');
  });

  it('a NUL byte anywhere is binary: refused', () => {
    expect(parse('module,codes\nLeading,B6\u0000\n').refused).toBe(true);
  });
});

describe('rows with no codes (for "Suggest NOS units")', () => {
  it('a file with a title and description column and no codes column imports every module as needing NOS units', () => {
    const result = parse(
      'module,description,learning outcomes\n' +
        'Leading your team,"Motivating people, giving feedback","1. Plan a team meeting\n2. Give feedback"\n' +
        'Budgets,Setting and monitoring a budget,\n',
    );
    expect(result.refused).toBe(false);
    expect(result.skipped).toBe(0);
    expect(result.modules.map((m) => [m.title, m.description, m.outcomes ?? null, needsNosUnits(m)])).toEqual(
      [
        [
          'Leading your team',
          'Motivating people, giving feedback',
          '1. Plan a team meeting\n2. Give feedback',
          true,
        ],
        ['Budgets', 'Setting and monitoring a budget', null, true],
      ],
    );
    expect(moduleText(result.modules[0]!)).toBe(
      'Leading your team\nMotivating people, giving feedback\n1. Plan a team meeting\n2. Give feedback',
    );
    // Said once for the file, not once per row.
    expect(result.problems).toEqual([
      expect.objectContaining({
        row: 1,
        severity: 'warning',
        message: expect.stringMatching(/no codes column.*"needs NOS units"/),
      }),
    ]);
  });

  it('a description of 100 KB is kept up to 4,000 characters', () => {
    const result = parse(`module,description\nLeading,"${'word '.repeat(20_000)}"\n`);
    expect(result.modules[0]!.description!.length).toBe(4000);
  });
});

describe('reading in slices', () => {
  it('gives the same result as reading at once, pausing between slices on a large file', async () => {
    const text = `module,codes\n${Array.from({ length: 20_000 }, (_, i) => `Module ${i},B6 Z${i % 50}`).join('\n')}\n`;
    let pauses = 0;
    const sliced = await parseCourseTableAsync(text, nos, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(sliced).toEqual(parse(text));
    expect(pauses).toBeGreaterThan(100);
  });
});
