/**
 * `import <FILE> [--json]`: a dry run of importing a framework, with the same parser as the app.
 * A CASE 1.0 package (JSON) or a course table (CSV). Lists the file's whole content (units, links,
 * problems), even when the framework is already in the atlas; saves nothing. Exit 0 when something
 * is importable, 1 when nothing is.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeCourseBytes } from '../domain/course-import';
import {
  MAX_CASE_BYTES,
  importFrameworkFile,
  isImportable,
  looksLikeJson,
  refusedImport,
  type FrameworkImport,
} from '../domain/interchange';
import { loadOrFail, UsageError, type Command } from './command';

/** The public --json shape (README, "Command line"). */
export function importJson(result: FrameworkImport) {
  return {
    kind: result.kind,
    framework: { id: result.framework.id, name: result.framework.name },
    units: result.units.map(({ id, code, title }) => ({ id, code, title })),
    links: result.links.map(({ from, to, relation, basis }) => ({ from, to, relation, basis })),
    problems: result.problems.map(({ severity, message, path, row }) => ({
      severity,
      message,
      ...(path !== undefined ? { path } : {}),
      ...(row !== undefined ? { row } : {}),
    })),
    externalReferences: result.externalReferences.map((r) => ({
      unit: r.unit,
      associationType: r.associationType,
      target: r.target,
    })),
  };
}

function readResult(file: string, dataDir: string): FrameworkImport {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new UsageError(`cannot read "${file}": no such file`);
  }
  const name = basename(file);
  // Refuse a huge file before reading it into memory (bounded work whatever the input).
  if (size > MAX_CASE_BYTES)
    return refusedImport(/\.csv$|\.tsv$|\.txt$/i.test(name) ? 'course' : 'case', name, {
      severity: 'error',
      message: `The file is ${(size / 1024 / 1024).toFixed(1)} MB; the largest file Standards Atlas imports is ${MAX_CASE_BYTES / 1024 / 1024} MB.`,
    });
  const bytes = readFileSync(file);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  const text = looksLikeJson(name, utf8) ? utf8 : decodeCourseBytes(bytes).text;
  return importFrameworkFile(name, text, loadOrFail(dataDir));
}

function printText(result: FrameworkImport) {
  console.log(
    `${result.kind === 'case' ? 'CASE package' : 'Course table'}: ${result.framework.name} (${result.framework.id})`,
  );
  console.log(
    `  ${result.units.length} unit(s), ${result.links.length} link(s), ${result.externalReferences.length} external reference(s)`,
  );
  for (const u of result.units) console.log(`  ${u.code.padEnd(16)} ${u.title || '(no title)'}`);
  for (const l of result.links) console.log(`  ${l.from} → ${l.to}  ${l.relation} (${l.basis})`);
  for (const p of result.problems)
    console.log(
      `  ${p.severity}: ${p.path ? `${p.path}: ` : ''}${p.row !== undefined ? `row ${p.row}: ` : ''}${p.message}`,
    );
  console.log(isImportable(result) ? 'importable (dry run: nothing saved)' : 'nothing to import');
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import <FILE> [--json]                   Dry run: what importing a CASE package or course CSV gives',
  run(input) {
    const file = input.args[0];
    if (!file || input.args.length > 1)
      throw new UsageError('import needs one file, e.g. import framework.case.json');
    const result = readResult(file, input.dataDir);
    if (input.json) console.log(JSON.stringify(importJson(result), null, 2));
    else printText(result);
    return isImportable(result) ? 0 : 1;
  },
};
