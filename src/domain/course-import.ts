/**
 * Importing a training designer's own course: a CSV file (or a table pasted from a spreadsheet)
 * with one row per module and the generic NOS units the module claims to cover. Never throws:
 * every problem names the row and column and says what to do, and the good rows are imported.
 *
 * The imported course becomes a framework of its own, marked as user data. Its links carry basis
 * "curated" because they are hand-made claims with a rationale, not published in a source and not
 * computed, but the rationale says whose claim it is and the UI labels them "your claim".
 */
import Papa from 'papaparse';
import type { Dataset, Framework, Link, Relation, Unit } from './model';
import { codeKey, findUnitByCode, suggestCodes } from './resolve';
import type { ItemValidator } from './saved';
import { RELATIONS } from './vocabulary';

export const MAX_COURSE_BYTES = 2 * 1024 * 1024;
export const MAX_MODULES = 500;
const MAX_TITLE = 300;
export const USER_CLAIM_RATIONALE =
  'Claimed by the course author in the imported file (user data), not checked by Standards Atlas';
/** A claim with no relation column is the weakest, non-committal relation. */
export const DEFAULT_CLAIM_RELATION: Relation = 'related';

export interface CourseClaim {
  nos: string;
  relation: Relation;
}

export interface CourseModule {
  code: string;
  title: string;
  credits?: number;
  hours?: number;
  /** The row in the file (the header is row 1), so problems and sources can point at it. */
  row: number;
  claims: CourseClaim[];
}

/** What is saved for an imported course (the saved item's name is the course name). */
export interface CourseData {
  frameworkId: string;
  fileName: string;
  importedAt: string;
  modules: CourseModule[];
}

export interface ImportProblem {
  /** 1-based row in the file; absent when the whole file is at fault. */
  row?: number;
  column?: string;
  /** "error": the row (or the file) was not imported; "warning": imported, with the fix described. */
  severity: 'error' | 'warning';
  message: string;
}

export interface ImportResult {
  /** The modules that can be imported; empty when the file was refused. */
  modules: CourseModule[];
  problems: ImportProblem[];
  /** Rows read (not counting the header and blank rows). */
  rows: number;
  skipped: number;
  /** True when the file as a whole was refused (nothing imported). */
  refused: boolean;
  delimiter?: string;
}

/** The columns a course file may have, with the header names people use for them. */
export const COURSE_COLUMNS = {
  title: ['module', 'title', 'module title', 'module name', 'name', 'session', 'topic'],
  codes: ['codes', 'nos', 'nos codes', 'nos units', 'covers', 'claims', 'maps to', 'mapped to', 'nos code'],
  code: ['code', 'module code', 'module id', 'id', 'ref', 'reference'],
  credits: ['credits', 'credit', 'credit value'],
  hours: ['hours', 'glh', 'guided learning hours', 'duration hours'],
  relation: ['relation', 'match'],
} as const;
type ColumnName = keyof typeof COURSE_COLUMNS;

const headerKey = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file too large to import, as a message for the person; undefined when the size is fine. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_COURSE_BYTES) return undefined;
  return `The file is ${formatBytes(bytes)}; the largest course file Standards Atlas imports is ${formatBytes(MAX_COURSE_BYTES)}. A course table is usually a few KB: check it is the right file, or split it.`;
}

/**
 * Bytes → text. UTF-8 with or without a byte-order mark; a file that is not valid UTF-8 is read as
 * Windows-1252 (what older spreadsheets save), with a warning.
 */
export function decodeCourseBytes(bytes: Uint8Array): { text: string; warning?: string } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning:
        'The file is not UTF-8; it was read as Windows-1252. Check accented letters, or save the file as "CSV UTF-8".',
    };
  }
}

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

/** Turns a typed claim ("B6", "nos b 6", "NOS:B6", "MSC B6") into the key the NOS codes use. */
function claimKey(token: string): string {
  return codeKey(token).replace(/^(NOS|MSC|ML|M&L)(?=[A-F]\d)/, '');
}

const AREA_LETTER = /^[A-F]$/;

/**
 * Comma, semicolon (what spreadsheets in many European locales save) or tab (a table pasted from a
 * spreadsheet): whichever the header row uses most, outside quotes. Papaparse's own guess counts
 * every row, so one title with a comma in it can tip it the wrong way.
 */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => ({ d, n: outsideQuotes.split(d).length - 1 }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

/** Parses a course table. `nosUnits` are the generic NOS units claims may name. */
export function parseCourseTable(text: string, nosUnits: Unit[]): ImportResult {
  const bytes = text.length * 3 > MAX_COURSE_BYTES ? new TextEncoder().encode(text).length : text.length;
  const tooBig = sizeProblem(bytes);
  if (tooBig) return refuse(tooBig);
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000'))
    return refuse(
      'This is not a text table (it contains binary data). If it is a spreadsheet (.xlsx), save it as CSV first.',
    );
  if (!body.trim()) return refuse('The file is empty: it needs a header row and one row per module.');

  const parsed = Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    delimiter: guessDelimiter(body),
  });
  const records = parsed.data;
  const delimiter = parsed.meta.delimiter;
  const problems: ImportProblem[] = [];
  const quoteErrors = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.type === 'Quotes' && e.row !== undefined)
      quoteErrors.set(e.row + 1, 'a quoted value is not closed or has a stray quote (") in it');
  }

  const headerIndex = records.findIndex((r) => r.some((cell) => cell.trim() !== ''));
  const header = (records[headerIndex] ?? []).map((h) => cleanText(h));
  const columns = new Map<ColumnName, number>();
  const unused: string[] = [];
  header.forEach((name, index) => {
    const key = headerKey(name);
    const column = (Object.keys(COURSE_COLUMNS) as ColumnName[]).find((c) =>
      (COURSE_COLUMNS[c] as readonly string[]).includes(key),
    );
    if (!column) {
      if (name) unused.push(name);
    } else if (columns.has(column)) {
      problems.push({
        row: headerIndex + 1,
        column: name,
        severity: 'warning',
        message: `Column "${name}" repeats the ${column} column "${header[columns.get(column)!]}"; only the first is used.`,
      });
    } else columns.set(column, index);
  });

  const missing = (['title', 'codes'] as const).filter((c) => !columns.has(c));
  if (missing.length > 0) {
    const single = header.length === 1 ? header[0]! : '';
    const known = (name: string) =>
      Object.values(COURSE_COLUMNS).some((names) => (names as readonly string[]).includes(headerKey(name)));
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
              .map((h) => `"${h.slice(0, 40)}"`)
              .join(', ') || 'no column names'
          }.`;
    return refuse(
      `Missing column${missing.length > 1 ? 's' : ''} ${missing
        .map(
          (m) =>
            `"${m === 'title' ? 'module' : 'codes'}" (or ${COURSE_COLUMNS[m]
              .slice(1, 4)
              .map((n) => `"${n}"`)
              .join(', ')})`,
        )
        .join(' and ')}: the first row must name the columns.${hint}`,
    );
  }
  if (unused.length)
    problems.push({
      row: headerIndex + 1,
      severity: 'warning',
      message: `Column${unused.length > 1 ? 's' : ''} ${unused.map((u) => `"${u.slice(0, 40)}"`).join(', ')} ${unused.length > 1 ? 'are' : 'is'} not used. Known columns: module, codes, code, credits, hours, relation.`,
    });

  const cell = (record: string[], column: ColumnName) => {
    const index = columns.get(column);
    return index === undefined ? '' : (record[index] ?? '');
  };
  const label = (column: ColumnName) => header[columns.get(column)!] ?? column;
  const nosKeys = new Map(nosUnits.map((u) => [codeKey(u.code), u]));
  const modules: CourseModule[] = [];
  const seenCodes = new Map<string, number>();
  const seenTitles = new Map<string, number>();
  let rows = 0;
  let skipped = 0;

  for (let i = headerIndex + 1; i < records.length; i++) {
    const record = records[i]!;
    const row = i + 1;
    if (record.every((c) => c.trim() === '')) continue;
    rows++;
    const rowError = (message: string, column?: string) => {
      problems.push({ row, ...(column ? { column } : {}), severity: 'error', message });
      skipped++;
    };
    const warn = (message: string, column?: string) =>
      problems.push({ row, ...(column ? { column } : {}), severity: 'warning', message });

    if (quoteErrors.has(row)) {
      rowError(`Not imported: ${quoteErrors.get(row)}.`);
      continue;
    }
    const extra = record.slice(header.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      rowError(
        `Not imported: the row has ${record.length} values but the header has ${header.length} columns. A title or list of codes containing "${delimiter}" must be in double quotes.`,
      );
      continue;
    }
    if (modules.length >= MAX_MODULES) {
      rowError(`Not imported: a course can have at most ${MAX_MODULES} modules.`);
      continue;
    }
    let title = cleanText(cell(record, 'title'));
    if (!title) {
      rowError('Not imported: the module has no title.', label('title'));
      continue;
    }
    if (title.length > MAX_TITLE) {
      warn(`The title is ${title.length} characters long; it was cut to ${MAX_TITLE}.`, label('title'));
      title = `${title.slice(0, MAX_TITLE - 1)}…`;
    }
    if (/<[a-z!/][^>]*>/i.test(title))
      warn(
        'The title contains markup (such as <script>); it is kept as plain text and never run.',
        label('title'),
      );

    const typedCode = cleanText(cell(record, 'code'));
    let code = typedCode
      .replace(/[^A-Za-z0-9./+-]+/g, '-')
      .replace(/^[^A-Za-z0-9]+|-+$/g, '')
      .slice(0, 40);
    if (typedCode && code !== typedCode)
      warn(
        `The module code "${typedCode.slice(0, 40)}" was written as "${code || '(generated)'}" (letters, digits and . / + - only).`,
        label('code'),
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
    const firstWithTitle = seenTitles.get(title.toLowerCase());
    if (!columns.has('code') && firstWithTitle !== undefined) {
      rowError(
        `Not imported: duplicate module "${title.slice(0, 60)}" (first on row ${firstWithTitle}).`,
        label('title'),
      );
      continue;
    }

    let relation = DEFAULT_CLAIM_RELATION;
    const typedRelation = cleanText(cell(record, 'relation')).toLowerCase();
    if (typedRelation) {
      if ((RELATIONS as readonly string[]).includes(typedRelation)) relation = typedRelation as Relation;
      else
        warn(
          `Unknown relation "${typedRelation.slice(0, 30)}"; used "${DEFAULT_CLAIM_RELATION}". Use one of ${RELATIONS.join(', ')}.`,
          label('relation'),
        );
    }

    const claims: CourseClaim[] = [];
    const codesColumn = label('codes');
    for (const token of cell(record, 'codes')
      .split(/[\s,;|+/]+/)
      .filter(Boolean)) {
      const key = claimKey(token);
      const unit = nosKeys.get(key) ?? findUnitByCode(nosUnits, key);
      const shown = token.slice(0, 30);
      if (!unit) {
        if (AREA_LETTER.test(key)) {
          const inArea = nosUnits.filter((u) => u.area === key).map((u) => u.code);
          warn(
            `"${shown}" is a functional area, not a unit: list the units it covers (${inArea[0]} … ${inArea[inArea.length - 1]}). Skipped.`,
            codesColumn,
          );
          continue;
        }
        const suggestions = suggestCodes(nosUnits, key);
        warn(
          `Unknown NOS code "${shown}"${suggestions.length ? ` — did you mean ${suggestions.join(', ')}?` : ' (NOS codes run A1 … F12)'} Skipped; the rest of the row was imported.`,
          codesColumn,
        );
        continue;
      }
      if (claims.some((c) => c.nos === unit.id)) {
        warn(`${unit.code} is listed twice; counted once.`, codesColumn);
        continue;
      }
      claims.push({ nos: unit.id, relation });
    }
    if (claims.length === 0)
      warn('The module claims no NOS unit; it is imported but covers nothing.', codesColumn);

    const number = (column: 'credits' | 'hours') => {
      const raw = cleanText(cell(record, column));
      if (!raw) return undefined;
      const value = Number(raw.replace(',', '.'));
      if (Number.isInteger(value) && value > 0 && value <= 10000) return value;
      warn(`"${raw.slice(0, 20)}" is not a whole number of ${column}; ignored.`, label(column));
      return undefined;
    };
    const credits = number('credits');
    const hours = number('hours');
    seenCodes.set(code.toUpperCase(), row);
    seenTitles.set(title.toLowerCase(), row);
    modules.push({
      code,
      title,
      ...(credits !== undefined ? { credits } : {}),
      ...(hours !== undefined ? { hours } : {}),
      row,
      claims,
    });
  }
  if (rows === 0)
    return refuse('The file has a header but no modules: add one row per module below the header.', problems);
  return { modules, problems, rows, skipped, refused: false, delimiter };
}

// ---------------------------------------------------------------------------------------------
// Saved courses and their place in the dataset

/** The person's own data (an imported course), as a typed fact: `origin: 'user'`. */
export function isUserFramework(framework: Pick<Framework, 'origin'> | undefined): boolean {
  return framework?.origin === 'user';
}

/** A link the person claimed (from an imported course), not one from a source or curated by us. */
export function isUserLink(link: Pick<Link, 'origin'>): boolean {
  return link.origin === 'user';
}

/** "Induction for new managers" → "user-induction-for-new-managers", never clashing with `taken`. */
export function userFrameworkId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'course';
  let id = `user-${slug}`;
  for (let n = 2; used.has(id); n++) id = `user-${slug}-${n}`;
  return id;
}

export interface DatasetFragment {
  frameworks: Framework[];
  units: Unit[];
  links: Link[];
}

/** A saved course as part of the dataset: its own framework, a unit per module, a link per claim. */
export function courseFragment(name: string, course: CourseData, nosIds: Set<string>): DatasetFragment {
  const document = course.fileName || 'pasted table';
  const date = course.importedAt.slice(0, 10);
  const framework: Framework = {
    id: course.frameworkId,
    name,
    shortName: name.length > 24 ? `${name.slice(0, 23)}…` : name,
    kind: 'specialist',
    origin: 'user',
    description: `User data: your own course, imported from "${document}" on ${date}. Its links are your claims, not checked by Standards Atlas.`,
    source: { document, locator: `imported ${date}` },
  };
  const units: Unit[] = course.modules.map((m) => ({
    id: `${course.frameworkId}:${m.code}`,
    framework: course.frameworkId,
    code: m.code,
    title: m.title,
    source: { document, locator: `row ${m.row}` },
    ...(m.credits !== undefined ? { credits: m.credits } : {}),
    ...(m.hours !== undefined ? { glh: m.hours } : {}),
  }));
  const links: Link[] = course.modules.flatMap((m) =>
    m.claims
      .filter((c) => nosIds.has(c.nos))
      .map((c) => ({
        from: `${course.frameworkId}:${m.code}`,
        to: c.nos,
        relation: c.relation,
        basis: 'curated' as const,
        origin: 'user' as const,
        rationale: USER_CLAIM_RATIONALE,
      })),
  );
  return { frameworks: [framework], units, links };
}

/** Merges fragments into a dataset (a new object; the original is untouched). */
export function mergeFragments(dataset: Dataset, fragments: DatasetFragment[]): Dataset {
  if (fragments.length === 0) return dataset;
  return {
    ...dataset,
    frameworks: [...dataset.frameworks, ...fragments.flatMap((f) => f.frameworks)],
    units: [...dataset.units, ...fragments.flatMap((f) => f.units)],
    links: [...dataset.links, ...fragments.flatMap((f) => f.links)],
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

/** Checks a saved course read back from storage (it may have been edited or damaged). */
export const validateCourseData: ItemValidator<CourseData> = (data) => {
  if (!isRecord(data)) return { ok: false, reason: 'it is not a course.' };
  const { frameworkId, fileName, importedAt, modules } = data;
  if (typeof frameworkId !== 'string' || !/^user-[a-z0-9-]{1,60}$/.test(frameworkId))
    return { ok: false, reason: 'its identifier is damaged.' };
  if (!Array.isArray(modules) || modules.length > MAX_MODULES)
    return { ok: false, reason: 'its list of modules is damaged.' };
  const clean: CourseModule[] = [];
  for (const m of modules) {
    if (
      !isRecord(m) ||
      typeof m.code !== 'string' ||
      !/^[A-Za-z0-9][A-Za-z0-9./+-]{0,39}$/.test(m.code) ||
      typeof m.title !== 'string' ||
      !m.title ||
      !Array.isArray(m.claims)
    )
      return { ok: false, reason: 'one of its modules is damaged.' };
    const claims = m.claims.filter(
      (c): c is CourseClaim =>
        isRecord(c) &&
        typeof c.nos === 'string' &&
        /^nos:[A-F]\d{1,2}$/.test(c.nos) &&
        (RELATIONS as readonly unknown[]).includes(c.relation),
    );
    const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
    const credits = count(m.credits);
    const hours = count(m.hours);
    clean.push({
      code: m.code,
      title: m.title.slice(0, MAX_TITLE),
      row: count(m.row) ?? 0,
      claims: claims.map((c) => ({ nos: c.nos, relation: c.relation })),
      ...(credits !== undefined ? { credits } : {}),
      ...(hours !== undefined ? { hours } : {}),
    });
  }
  if (new Set(clean.map((m) => m.code)).size !== clean.length)
    return { ok: false, reason: 'two of its modules have the same code.' };
  return {
    ok: true,
    value: {
      frameworkId,
      fileName: typeof fileName === 'string' ? fileName.slice(0, 200) : '',
      importedAt: typeof importedAt === 'string' ? importedAt : new Date(0).toISOString(),
      modules: clean,
    },
  };
};

/** A small example file, offered for download so people see the expected columns. */
export const EXAMPLE_COURSE_CSV = `code,module,codes,credits,hours
M1,"Leading your team, week 1","B6 D6",3,12
M2,Planning and allocating work,D6,2,8
M3,Managing your own development,A2,2,6
M4,"Budgets and resources",E1;E2,3,10
`;
