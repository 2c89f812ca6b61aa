/**
 * CSV tables: one file per table of the dataset, as a map of file name → CSV text (the caller
 * writes them), and the one CSV writer every CSV download uses.
 */
import { csvCell } from '../escape';
import type { Dataset } from '../model';

const sourceColumns = (s?: { document: string; locator: string; line?: number }) => ({
  source_document: s?.document ?? '',
  source_locator: s?.locator ?? '',
  source_line: s?.line ?? '',
});

/**
 * Text a spreadsheet would turn into a number or a date and so change: "1.10" (→ 1.1), "01" (→ 1),
 * "601/4759/3", "2006/07". Digits first, then only digits and . , / : - and spaces.
 */
const NUMBER_LIKE = /^\d[\d.,/: -]*$/;

/**
 * One cell as a spreadsheet should see it. Numbers stay numbers; number-like text is written as
 * ="1.10" so Excel, LibreOffice and Google Sheets keep it as the text 1.10; text that starts like a
 * formula gets a leading ' (escape.ts, csvCell) so it is never run.
 */
export function spreadsheetCell(value: unknown): unknown {
  if (typeof value === 'string' && NUMBER_LIKE.test(value)) return `="${value}"`;
  return csvCell(value);
}

/** UTF-8 byte-order mark: Excel opened by double-click reads the file as UTF-8 only with it. */
export const CSV_BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a quote, comma, line break or edge space. */
function csvField(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^ | $/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvRow = (cells: unknown[]) => cells.map(csvField).join(',') + '\r\n';

/** A CSV file for spreadsheets: byte-order mark, CRLF line ends, every cell through `spreadsheetCell`. */
export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  return (
    CSV_BOM +
    csvRow(columns.map(csvCell)) +
    rows.map((r) => csvRow(columns.map((c) => spreadsheetCell(r[c] ?? '')))).join('')
  );
}

export function toCsvExport(dataset: Dataset): Record<string, string> {
  return {
    'frameworks.csv': toCsv(
      dataset.frameworks.map((f) => ({
        ...f,
        prefixes: f.prefixes?.join(' | '),
        ...sourceColumns(f.source),
      })),
      ['id', 'name', 'shortName', 'kind', 'prefixes', 'source_document', 'source_locator', 'source_line'],
    ),
    'units.csv': toCsv(
      dataset.units.map((u) => ({
        ...u,
        L2: u.levels?.L2,
        L3: u.levels?.L3,
        L4: u.levels?.L4,
        L5: u.levels?.L5,
        ...sourceColumns(u.source),
      })),
      [
        'id',
        'framework',
        'code',
        'title',
        'area',
        'L2',
        'L3',
        'L4',
        'L5',
        'importMark',
        'level',
        'credits',
        'glh',
        'group',
        'summary',
        'note',
        'source_document',
        'source_locator',
        'source_line',
      ],
    ),
    'outcomes.csv': toCsv(
      dataset.units.flatMap((u) =>
        (u.outcomes ?? []).flatMap((o) => [
          { unit: u.id, outcome: o.number, criterion: '', text: o.text },
          ...o.criteria.map((c) => ({ unit: u.id, outcome: o.number, criterion: c.number, text: c.text })),
        ]),
      ),
      ['unit', 'outcome', 'criterion', 'text'],
    ),
    'qualifications.csv': toCsv(
      dataset.qualifications.map((q) => ({
        ...q,
        creditMin: q.creditRange.min,
        creditMax: q.creditRange.max,
      })),
      [
        'id',
        'framework',
        'number',
        'title',
        'awardingBody',
        'level',
        'creditMin',
        'creditMax',
        'totalQualificationTime',
        'guidedLearningHours',
        'rulesText',
      ],
    ),
    'rules.csv': toCsv(
      dataset.qualifications.flatMap((q) =>
        q.rules.map((r) => ({
          qualification: q.id,
          ...r,
          ranges: 'ranges' in r ? r.ranges.join(' ') : '',
          ...sourceColumns(r.source),
        })),
      ),
      [
        'qualification',
        'id',
        'type',
        'group',
        'ranges',
        'min',
        'max',
        'text',
        'source_document',
        'source_locator',
        'source_line',
      ],
    ),
    'links.csv': toCsv(
      dataset.links.map((l) => ({ ...l, ...sourceColumns(l.source) })),
      [
        'from',
        'to',
        'relation',
        'basis',
        'context',
        'score',
        'rationale',
        'source_document',
        'source_locator',
        'source_line',
      ],
    ),
    'usage-facts.csv': toCsv(
      dataset.usageFacts.map((f) => ({ ...f, units: f.units.join(' '), ...sourceColumns(f.source) })),
      ['id', 'kind', 'units', 'count', 'sector', 'text', 'source_document', 'source_locator', 'source_line'],
    ),
    'corrections.csv': toCsv(
      dataset.corrections.map((c) => ({ ...c, records: c.records.join(' '), ...sourceColumns(c.source) })),
      [
        'id',
        'kind',
        'field',
        'original',
        'corrected',
        'reason',
        'records',
        'source_document',
        'source_locator',
        'source_line',
      ],
    ),
  };
}
