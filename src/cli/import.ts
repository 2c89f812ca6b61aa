/**
 * `import <FILE> [--json] [--suggest [--limit N]]`: a dry run of importing a framework, with the same
 * parser as the app. A CASE 1.0 package (JSON) or a course table (CSV). Lists the file's whole
 * content (units, links, problems), even when the framework is already in the atlas; saves nothing.
 * With --suggest, every unit that reaches no NOS unit (neither directly nor through an atlas unit)
 * also gets the suggestion engine's best NOS units: suggestions, never claims. Exit 0 when
 * something is importable, 1 when nothing is.
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
import type { Dataset } from '../domain/model';
import { createSuggestionEngine, type Suggestion } from '../domain/suggest';
import { suggestionJson } from './suggest';
import { suggestionsForImport } from '../domain/interchange/framework-mapping';
import { loadOrFail, stringOption, UsageError, type Command } from './command';

/**
 * The public --json shape (README, "Command line"). `suggestions` (with --suggest only) adds a
 * field to the units that reach no NOS unit; everything else is unchanged.
 */
export function importJson(result: FrameworkImport, suggestions?: Map<string, Suggestion[]>) {
  return {
    kind: result.kind,
    framework: { id: result.framework.id, name: result.framework.name },
    units: result.units.map(({ id, code, title }) => {
      const suggested = suggestions?.get(id);
      return suggested
        ? { id, code, title, suggestions: suggested.map(suggestionJson) }
        : { id, code, title };
    }),
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

function readResult(file: string, dataset: Dataset): FrameworkImport {
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
  return importFrameworkFile(name, text, dataset);
}

function printText(result: FrameworkImport, suggestions?: Map<string, Suggestion[]>) {
  console.log(
    `${result.kind === 'case' ? 'CASE package' : 'Course table'}: ${result.framework.name} (${result.framework.id})`,
  );
  console.log(
    `  ${result.units.length} unit(s), ${result.links.length} link(s), ${result.externalReferences.length} external reference(s)`,
  );
  for (const u of result.units) {
    console.log(`  ${u.code.padEnd(16)} ${u.title || '(no title)'}`);
    for (const s of suggestions?.get(u.id) ?? [])
      console.log(`  ${''.padEnd(16)}   suggested: ${s.code} ${s.title} (${s.confidence}; ${s.why})`);
  }
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
    'import <FILE> [--json] [--suggest [--limit N]]\n' +
    '                                           Dry run: what importing a CASE package or course CSV gives;\n' +
    '                                           --suggest: NOS units for the units that reach none (default 3)',
  options: { suggest: { type: 'boolean' }, limit: { type: 'string' } },
  run(input) {
    const file = input.args[0];
    if (!file || input.args.length > 1)
      throw new UsageError('import needs one file, e.g. import framework.case.json');
    const limitText = stringOption(input, 'limit');
    const wantsSuggestions = input.values.suggest === true;
    if (limitText !== undefined && !wantsSuggestions)
      throw new UsageError('--limit goes with --suggest: import FILE --suggest --limit 5');
    const limit = Number(limitText ?? 3);
    if (!Number.isInteger(limit) || limit < 1 || limit > 56)
      throw new UsageError('--limit must be a whole number from 1 to 56');
    const dataset = loadOrFail(input.dataDir);
    const result = readResult(file, dataset);
    const suggestions = wantsSuggestions
      ? suggestionsForImport(result, dataset, createSuggestionEngine(dataset), limit)
      : undefined;
    if (input.json) console.log(JSON.stringify(importJson(result, suggestions), null, 2));
    else printText(result, suggestions);
    return isImportable(result) ? 0 : 1;
  },
};
