/** The columns of a course file: the header names people use, and reading the header row. */
import type { ImportProblem } from './problems';

/** The columns a course file may have, with the header names people use for them. */
export const COURSE_COLUMNS = {
  title: ['module', 'title', 'module title', 'module name', 'name', 'session', 'topic'],
  codes: ['codes', 'nos', 'nos codes', 'nos units', 'covers', 'claims', 'maps to', 'mapped to', 'nos code'],
  code: ['code', 'module code', 'module id', 'id', 'ref', 'reference'],
  description: ['description', 'module description', 'summary', 'content', 'contents', 'overview', 'aims'],
  outcomes: ['outcomes', 'learning outcomes', 'outcome', 'objectives', 'learning objectives'],
  credits: ['credits', 'credit', 'credit value'],
  hours: ['hours', 'glh', 'guided learning hours', 'duration hours'],
  relation: ['relation', 'match'],
} as const;
export type ColumnName = keyof typeof COURSE_COLUMNS;

export const headerKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The first line with anything on it (one pass up to it, whatever the line ends). */
function firstLine(text: string): string {
  const match = /[^\r\n]/.exec(text.slice(0, 64 * 1024));
  if (!match) return '';
  const start = match.index;
  let end = start;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return text.slice(start, end);
}

/**
 * Comma, semicolon (what spreadsheets in many European locales save) or tab (a table pasted from a
 * spreadsheet): whichever the header row uses most, outside quotes. Counting every row instead
 * would let one title with a comma in it tip it the wrong way.
 */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const outsideQuotes = firstLine(text).replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => ({ d, n: outsideQuotes.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

export interface HeaderReading {
  columns: Map<ColumnName, number>;
  problems: ImportProblem[];
  /** Set when the file cannot be imported: why, as a message for the person. */
  refusal?: string;
}

/** Maps the header's names to columns; a header without a title column refuses the file. */
export function readHeader(header: string[], headerRow: number): HeaderReading {
  const columns = new Map<ColumnName, number>();
  const problems: ImportProblem[] = [];
  const unused: string[] = [];
  const names = Object.keys(COURSE_COLUMNS) as ColumnName[];
  header.forEach((name, index) => {
    const key = headerKey(name);
    const column = names.find((c) => (COURSE_COLUMNS[c] as readonly string[]).includes(key));
    if (!column) {
      if (name) unused.push(name);
    } else if (columns.has(column)) {
      problems.push({
        row: headerRow,
        column: name,
        severity: 'warning',
        message: `Column "${name}" repeats the ${column} column "${header[columns.get(column)!]}"; only the first is used.`,
      });
    } else columns.set(column, index);
  });

  if (!columns.has('title')) {
    // Both named when both are missing: a header row that is really a first module looks like this.
    const missing = columns.has('codes') ? (['title'] as const) : (['title', 'codes'] as const);
    const single = header.length === 1 ? header[0]! : '';
    const known = (name: string) =>
      Object.values(COURSE_COLUMNS).some((list) => (list as readonly string[]).includes(headerKey(name)));
    const separator = ['|', ':', '/', ' '].find((s) => {
      const parts = single.split(s).filter(Boolean);
      return parts.length > 1 && parts.some(known);
    });
    const hint =
      header.length === 1 && separator !== undefined
        ? ` The header "${single.slice(0, 60)}" was read as one column: the file seems to use "${separator === ' ' ? 'spaces' : separator}" between columns. Use commas or semicolons (or paste from a spreadsheet).`
        : ` Found: ${
            header
              .filter(Boolean)
              .slice(0, 12)
              .map((h) => `"${h.slice(0, 40)}"`)
              .join(', ') || 'no column names'
          }${header.filter(Boolean).length > 12 ? ', …' : ''}.`;
    return {
      columns,
      problems,
      refusal: `Missing column${missing.length > 1 ? 's' : ''} ${missing
        .map(
          (m) =>
            `"${m === 'title' ? 'module' : 'codes'}" (or ${COURSE_COLUMNS[m]
              .slice(1, 4)
              .map((n) => `"${n}"`)
              .join(', ')})`,
        )
        .join(' and ')}: the first row must name the columns.${hint}`,
    };
  }
  if (unused.length)
    problems.push({
      row: headerRow,
      severity: 'warning',
      message: `Column${unused.length > 1 ? 's' : ''} ${unused
        .slice(0, 12)
        .map((u) => `"${u.slice(0, 40)}"`)
        .join(
          ', ',
        )}${unused.length > 12 ? ` and ${unused.length - 12} more` : ''} ${unused.length > 1 ? 'are' : 'is'} not used. Known columns: module, codes, code, description, outcomes, credits, hours, relation.`,
    });
  if (!columns.has('codes'))
    problems.push({
      row: headerRow,
      severity: 'warning',
      message:
        'There is no codes column: every module is imported with no NOS units yet, marked "needs NOS units". Use "Suggest NOS units" to map them, or add a codes column (or "nos", "covers").',
    });
  return { columns, problems };
}
