/**
 * CSV for spreadsheets (issue 13): UTF-8 byte-order mark, CRLF, number-like codes kept as text,
 * formula injection guarded. Read back with papaparse, as a script would.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { spreadsheetCell, toCsv, toCsvExport } from '../../src/domain/interchange';
import { loadFullDataset } from '../../src/node/data-files';

const parse = (csv: string) =>
  Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('CSV for spreadsheets', () => {
  it('starts with a UTF-8 byte-order mark (Excel then shows "–", not "â€“") and ends lines with CRLF', () => {
    const csv = toCsv([{ title: 'Leading – and managing' }], ['title']);
    expect(csv).toBe('\uFEFFtitle\r\nLeading – and managing\r\n');
  });

  it('writes number-like text as ="…" so a spreadsheet keeps it: "1.10", "01", "601/4759/3", "2006/07"', () => {
    for (const code of ['1.10', '01', '601/4759/3', '2006/07', '8605-409', '1'])
      expect(spreadsheetCell(code), code).toBe(`="${code}"`);
    const csv = toCsv([{ criterion: '1.10', credits: 4 }], ['criterion', 'credits']);
    // A real number stays a number; the quotes around ="1.10" are CSV's own escaping.
    expect(csv).toBe('\uFEFFcriterion,credits\r\n"=""1.10""",4\r\n');
    expect(parse(csv)[1]).toEqual(['="1.10"', '4']);
  });

  it('leaves ordinary text alone: codes with letters, ids, words', () => {
    for (const text of ['B6', 'nos:B6', 'L/506/1953', 'HSC B1.2', 'Manage a budget', ''])
      expect(spreadsheetCell(text), text).toBe(text);
  });

  it('guards formula injection with a leading apostrophe: =, +, -, @, tab, carriage return', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1', '-1+1', '@SUM(A1)', '\tx', '\rx'])
      expect(spreadsheetCell(text), text).toBe(`'${text}`);
  });

  it('applies to every table of the CSV export: ProQual criterion numbers stay text', () => {
    const files = toCsvExport(loadFullDataset().dataset);
    for (const [name, text] of Object.entries(files)) {
      expect(text.startsWith('\uFEFF'), name).toBe(true);
      expect(text.endsWith('\r\n'), name).toBe(true);
      const header = text.slice(1, text.indexOf('\r\n'));
      expect(header.includes('\n'), name).toBe(false);
      const rows = parse(text);
      expect(
        rows.every((r) => r.length === rows[0]!.length),
        name,
      ).toBe(true);
    }
    const outcomes = parse(files['outcomes.csv']!);
    expect(outcomes[0]).toEqual(['unit', 'outcome', 'criterion', 'text']);
    const criteria = outcomes.slice(1).map((row) => row[2]!);
    expect(criteria).toContain('="1.1"');
    expect(criteria.every((c) => c === '' || /^="\d+\.\d+[a-z]?"$/.test(c))).toBe(true);
  });
});
