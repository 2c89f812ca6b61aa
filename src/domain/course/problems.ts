/**
 * Problems found while importing a course, gathered so that a file with the same fault on 49,500
 * rows says it once, with the count and where, and the list shown to a person stays short.
 */
export interface ImportProblem {
  /** 1-based row in the file (the first row it happened on); absent when the whole file is at fault. */
  row?: number;
  column?: string;
  /** "error": the row (or the file) was not imported; "warning": imported, with the fix described. */
  severity: 'error' | 'warning';
  message: string;
  /** How many times it happened, when more than once (the message then says where). */
  count?: number;
}

/** At most this many problems are listed; the rest are summed up in one last line. */
export const MAX_PROBLEMS_LISTED = 60;
const ROWS_NAMED = 4;

const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

interface Entry {
  problem: ImportProblem;
  count: number;
  rows: number[];
  rowCount: number;
  lastRow?: number;
}

export class ProblemLog {
  private readonly entries = new Map<string, Entry>();
  private errors = 0;

  /**
   * Records a problem. Problems with the same `key` (by default: severity, column and message) are
   * one entry with a count; the first one's wording is kept.
   */
  add(problem: ImportProblem, key = `${problem.severity}|${problem.column ?? ''}|${problem.message}`) {
    if (problem.severity === 'error') this.errors++;
    const entry = this.entries.get(key);
    if (!entry) {
      this.entries.set(key, {
        problem,
        count: 1,
        rows: problem.row !== undefined ? [problem.row] : [],
        rowCount: problem.row !== undefined ? 1 : 0,
        lastRow: problem.row,
      });
      return;
    }
    entry.count++;
    if (problem.row !== undefined && problem.row !== entry.lastRow) {
      entry.rowCount++;
      entry.lastRow = problem.row;
      if (entry.rows.length < ROWS_NAMED) entry.rows.push(problem.row);
    }
  }

  /** How many distinct entries there are so far (to cap the variety of messages, e.g. unknown codes). */
  has(key: string): boolean {
    return this.entries.has(key);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The problems as a person reads them: one line per kind, counted, at most MAX_PROBLEMS_LISTED. */
  list(): ImportProblem[] {
    const all = [...this.entries.values()].map(format);
    if (all.length <= MAX_PROBLEMS_LISTED) return all;
    // Errors first among those listed, so a refused row is never hidden behind warnings.
    const ordered = [
      ...all.filter((p) => p.severity === 'error'),
      ...all.filter((p) => p.severity !== 'error'),
    ];
    const shown = ordered.slice(0, MAX_PROBLEMS_LISTED - 1);
    const hidden = ordered.slice(MAX_PROBLEMS_LISTED - 1);
    const hiddenCount = hidden.reduce((n, p) => n + (p.count ?? 1), 0);
    shown.push({
      severity: hidden.some((p) => p.severity === 'error') ? 'error' : 'warning',
      message: `…and ${thousands(hidden.length)} more kinds of problem (${thousands(hiddenCount)} in all), not listed. Fix the ones above and import again to see them.`,
      count: hiddenCount,
    });
    return shown;
  }

  get errorCount(): number {
    return this.errors;
  }
}

function format(entry: Entry): ImportProblem {
  if (entry.count === 1) return entry.problem;
  const { count, rowCount, rows, lastRow } = entry;
  const named = rows.join(', ') + (rowCount > rows.length ? ` … ${lastRow}` : '');
  const where =
    rowCount === 0
      ? `${thousands(count)} times`
      : rowCount === count
        ? `${thousands(count)} rows: ${named}`
        : rowCount === 1
          ? `${thousands(count)} times on row ${named}`
          : `${thousands(count)} times on ${thousands(rowCount)} rows: ${named}`;
  return { ...entry.problem, message: `${entry.problem.message} (${where})`, count };
}
