/**
 * Reading a course table: a CSV file (or a table pasted from a spreadsheet) with one row per module,
 * its title, optionally a description and outcomes, and the generic NOS units it claims to cover
 * (optional too: a module with none is imported as "needs NOS units"). Never throws: every problem
 * names the row and column and says what to do, and the good rows are imported. The same fault on
 * many rows is said once with a count (`ProblemLog`), and any 2 MB file is read in slices that
 * leave the page responsive (`parseCourseTableAsync`).
 */
import type { Relation, Unit } from '../model';
import { codeKey, suggestCodes } from '../resolve';
import { RELATIONS } from '../vocabulary';
import { guessDelimiter, readHeader, type ColumnName } from './columns';
import { CsvReader, type CsvRecord } from './csv-reader';
import { MAX_COURSE_BYTES, sizeProblem } from './decode';
import {
  DEFAULT_CLAIM_RELATION,
  MAX_MODULE_TEXT,
  MAX_MODULES,
  MAX_TITLE,
  type CourseClaim,
  type CourseModule,
} from './model';
import { ProblemLog, type ImportProblem } from './problems';

export interface ImportResult {
  /** The modules that can be imported; empty when the file was refused. */
  modules: CourseModule[];
  /** One line per kind of problem (repeats counted), at most MAX_PROBLEMS_LISTED. */
  problems: ImportProblem[];
  /** Rows read (not counting the header and blank rows). */
  rows: number;
  skipped: number;
  /** True when the file as a whole was refused (nothing imported). */
  refused: boolean;
  delimiter?: string;
}

/** Distinct unknown codes named one by one; the rest are counted together. */
const UNKNOWN_CODES_NAMED = 20;

const refuse = (message: string, problems: ImportProblem[] = []): ImportResult => ({
  modules: [],
  problems: [...problems, { severity: 'error', message }],
  rows: 0,
  skipped: 0,
  refused: true,
});

function cleanText(s: string): string {
  // Control characters never belong in a title; newlines inside quoted cells become spaces.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Description and outcomes keep their line breaks (outcomes are often one per line). */
function cleanParagraphs(s: string): string {
  const kept = s.length > MAX_MODULE_TEXT * 2 ? s.slice(0, MAX_MODULE_TEXT * 2) : s;
  const text = kept
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
  return text.length > MAX_MODULE_TEXT ? `${text.slice(0, MAX_MODULE_TEXT - 1)}…` : text;
}

/** Turns a typed claim ("B6", "nos b 6", "NOS:B6", "MSC B6") into the key the NOS codes use. */
function claimKey(token: string): string {
  return codeKey(token).replace(/^(NOS|MSC|ML|M&L)(?=[A-F]\d)/, '');
}

const AREA_LETTER = /^[A-F]$/;
/** How many tokens of one cell to read between pauses. */
const TOKENS_PER_STEP = 2000;

/**
 * The parser as a sequence of small steps: it yields between rows (and inside a huge cell), so a
 * caller can pause there. Run to the end by `parseCourseTable` (at once) or
 * `parseCourseTableAsync` (in slices).
 */
export function* courseTableSteps(text: string, nosUnits: Unit[]): Generator<void, ImportResult, void> {
  const bytes = text.length * 3 > MAX_COURSE_BYTES ? new TextEncoder().encode(text).length : text.length;
  const tooBig = sizeProblem(bytes);
  if (tooBig) return refuse(tooBig);
  yield;
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000'))
    return refuse(
      'This is not a text table (it contains binary data). If it is a spreadsheet (.xlsx), save it as CSV first.',
    );
  if (!body.trim()) return refuse('The file is empty: it needs a header row and one row per module.');

  yield;
  const delimiter = guessDelimiter(body);
  const reader = new CsvReader(body, delimiter);
  const headerRecord = reader.read();
  if (!headerRecord) return refuse('The file is empty: it needs a header row and one row per module.');
  const header = headerRecord.cells.map((h) => cleanText(h));
  const headerRow = headerRecord.row;
  const reading = readHeader(header, headerRow);
  if (reading.refusal) return refuse(reading.refusal, reading.problems);
  const { columns } = reading;
  const log = new ProblemLog();
  for (const p of reading.problems) log.add(p);

  const cell = (record: CsvRecord, column: ColumnName) => {
    const index = columns.get(column);
    return index === undefined ? '' : (record.cells[index] ?? '');
  };
  const label = (column: ColumnName) => header[columns.get(column)!] ?? column;
  // "B6" and "nos:B6" alike, looked up in one step (a cell may hold 200,000 different tokens).
  const nosKeys = new Map(
    nosUnits.flatMap((u) => [[codeKey(u.code), u] as const, [codeKey(u.id), u] as const]),
  );
  const resolved = new Map<string, ReturnType<typeof describeToken>>();
  const modules: CourseModule[] = [];
  const seenCodes = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  const unknownCodes = new Set<string>();
  let rows = 0;
  let skipped = 0;
  /** What a token of the codes column is: a NOS unit, or a warning (with the key it is counted under). */
  const describeToken = (typed: string): { unit?: Unit; message?: string; logKey?: string } => {
    const key = claimKey(typed);
    const unit = nosKeys.get(key);
    if (unit) return { unit };
    const shown = typed.slice(0, 30);
    if (AREA_LETTER.test(key)) {
      const inArea = nosUnits.filter((u) => u.area === key).map((u) => u.code);
      return {
        message: `"${shown}" is a functional area, not a unit: list the units it covers (${inArea[0]} … ${inArea[inArea.length - 1]}). Skipped.`,
        logKey: `area|${shown}`,
      };
    }
    if (!unknownCodes.has(key) && unknownCodes.size >= UNKNOWN_CODES_NAMED)
      return {
        message: `Unknown NOS codes (more than ${UNKNOWN_CODES_NAMED} different ones; the first ${UNKNOWN_CODES_NAMED} are named above) were skipped; the rest of each row was imported. NOS codes run A1 … F12.`,
        logKey: 'unknown-codes-more',
      };
    unknownCodes.add(key);
    const near = key.length <= 12 ? suggestCodes(nosUnits, key) : [];
    return {
      message: `Unknown NOS code "${shown}"${near.length ? ` — did you mean ${near.join(', ')}?` : ' (NOS codes run A1 … F12)'} Skipped; the rest of the row was imported.`,
      logKey: `unknown|${shown}`,
    };
  };

  for (let record = reader.read(); record; record = reader.read()) {
    yield;
    const row = record.row;
    if (record.cells.every((c) => c.trim() === '')) continue;
    rows++;
    const rowError = (message: string, column?: string, key?: string) => {
      log.add({ row, ...(column ? { column } : {}), severity: 'error', message }, key);
      skipped++;
    };
    const warn = (message: string, column?: string, key?: string) =>
      log.add({ row, ...(column ? { column } : {}), severity: 'warning', message }, key);

    if (modules.length >= MAX_MODULES) {
      rowError(`Not imported: a course can have at most ${MAX_MODULES} modules.`);
      continue;
    }
    if (record.quoteError) {
      rowError(`Not imported: ${record.quoteError}.`);
      continue;
    }
    if (record.count > header.length && record.cells.slice(header.length).some((c) => c.trim() !== '')) {
      rowError(
        `Not imported: the row has ${record.count} values but the header has ${header.length} columns. A title or list of codes containing "${delimiter}" must be in double quotes.`,
        undefined,
        'too-many-values',
      );
      continue;
    }
    let title = cleanText(cell(record, 'title').slice(0, MAX_TITLE * 4));
    if (!title) {
      rowError('Not imported: the module has no title.', label('title'));
      continue;
    }
    if (title.length > MAX_TITLE) {
      warn(`The title is longer than ${MAX_TITLE} characters; it was cut to ${MAX_TITLE}.`, label('title'));
      title = `${title.slice(0, MAX_TITLE - 1)}…`;
    }
    if (/<[a-z!/][^>]*>/i.test(title))
      warn(
        'The title contains markup (such as <script>); it is kept as plain text and never run.',
        label('title'),
      );

    // Without a code column, the title is what identifies a module.
    const firstWithTitle = seenTitles.get(title.toLowerCase());
    if (!columns.has('code') && firstWithTitle !== undefined) {
      rowError(
        `Not imported: duplicate module "${title.slice(0, 60)}" (first on row ${firstWithTitle}).`,
        label('title'),
      );
      continue;
    }
    const typedCode = cleanText(cell(record, 'code').slice(0, 200));
    let code = typedCode
      .replace(/[^A-Za-z0-9./+-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+|-+$/g, '')
      .slice(0, 40);
    if (typedCode && code !== typedCode)
      warn(
        `The module code "${typedCode.slice(0, 40)}" was written as "${code || '(generated)'}" (letters, digits and . / + - only).`,
        label('code'),
        `code-rewritten-${row}`,
      );
    if (!code) {
      let n = modules.length + 1;
      while (seenCodes.has(`M${n}`)) n++;
      code = `M${n}`;
    }
    const firstWithCode = seenCodes.get(code.toUpperCase());
    if (firstWithCode !== undefined) {
      rowError(
        `Not imported: duplicate module code "${code}" (first used on row ${firstWithCode}).`,
        label('code'),
      );
      continue;
    }

    let relation: Relation = DEFAULT_CLAIM_RELATION;
    const typedRelation = cleanText(cell(record, 'relation').slice(0, 100)).toLowerCase();
    if (typedRelation) {
      if ((RELATIONS as readonly string[]).includes(typedRelation)) relation = typedRelation as Relation;
      else
        warn(
          `Unknown relation "${typedRelation.slice(0, 30)}"; used "${DEFAULT_CLAIM_RELATION}". Use one of ${RELATIONS.join(', ')}.`,
          label('relation'),
        );
    }

    const claims: CourseClaim[] = [];
    if (columns.has('codes')) {
      const codesColumn = label('codes');
      // Token by token, not split() at once: one 2 MB cell is 690,000 tokens, read between pauses.
      const codesCell = cell(record, 'codes');
      const separator = /[^\s,;|+/]+/g;
      for (let match = separator.exec(codesCell), t = 1; match; match = separator.exec(codesCell), t++) {
        if (t % TOKENS_PER_STEP === 0) yield;
        const token = match[0];
        // One cell may repeat one code 690,000 times: each spelling is resolved, and its warning
        // worded, once.
        const typed = token.slice(0, 40);
        let known = resolved.get(typed);
        if (!known) resolved.set(typed, (known = describeToken(typed)));
        const unit = known.unit;
        if (!unit) {
          warn(known.message!, codesColumn, known.logKey);
          continue;
        }
        if (claims.some((c) => c.nos === unit.id)) {
          warn(`${unit.code} is listed twice; counted once.`, codesColumn);
          continue;
        }
        claims.push({ nos: unit.id, relation });
      }
      if (claims.length === 0)
        warn(
          'The module claims no NOS unit; it is imported but covers nothing until you add units (marked "needs NOS units").',
          codesColumn,
        );
    }

    const number = (column: 'credits' | 'hours') => {
      const raw = cleanText(cell(record, column).slice(0, 100));
      if (!raw) return undefined;
      const value = Number(raw.replace(',', '.'));
      if (Number.isInteger(value) && value > 0 && value <= 10000) return value;
      warn(
        `"${raw.slice(0, 20)}" is not a whole number of ${column}; ignored.`,
        label(column),
        `number-${column}-${row}`,
      );
      return undefined;
    };
    const credits = number('credits');
    const hours = number('hours');
    const description = cleanParagraphs(cell(record, 'description'));
    const outcomes = cleanParagraphs(cell(record, 'outcomes'));
    seenCodes.set(code.toUpperCase(), row);
    seenTitles.set(title.toLowerCase(), row);
    modules.push({
      code,
      title,
      ...(description ? { description } : {}),
      ...(outcomes ? { outcomes } : {}),
      ...(credits !== undefined ? { credits } : {}),
      ...(hours !== undefined ? { hours } : {}),
      row,
      claims,
    });
  }
  if (rows === 0)
    return refuse(
      'The file has a header but no modules: add one row per module below the header.',
      log.list(),
    );
  return { modules, problems: log.list(), rows, skipped, refused: false, delimiter };
}

/** Parses a course table at once. `nosUnits` are the generic NOS units claims may name. */
export function parseCourseTable(text: string, nosUnits: Unit[]): ImportResult {
  const steps = courseTableSteps(text, nosUnits);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Lets the page handle input and paint: a macrotask, so clicks and key presses get their turn. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Parses a course table in slices of about `sliceMs` milliseconds, giving the event loop a turn
 * between slices, so even 2 MB of anything never blocks the page for long (measured in
 * `bench/csv-import.ts`). The result is the same as `parseCourseTable`'s.
 */
export async function parseCourseTableAsync(
  text: string,
  nosUnits: Unit[],
  { sliceMs = 20, pause = nextTask }: { sliceMs?: number; pause?: () => Promise<void> } = {},
): Promise<ImportResult> {
  const steps = courseTableSteps(text, nosUnits);
  let sliceStart = performance.now();
  for (let n = 0; ; n++) {
    const step = steps.next();
    if (step.done) return step.value;
    if ((n < 64 || (n & 63) === 0) && performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

/** A small example file, offered for download so people see the expected columns. */
export const EXAMPLE_COURSE_CSV = `code,module,codes,credits,hours
M1,"Leading your team, week 1","B6 D6",3,12
M2,Planning and allocating work,D6,2,8
M3,Managing your own development,A2,2,6
M4,"Budgets and resources",E1;E2,3,10
`;
