/**
 * What every CLI command module exports, and the helpers they share. A command is one module in
 * `src/cli/` exporting a `Command`; `src/cli.ts` lists the commands and does the rest (parsing,
 * usage, errors, exit codes, closed pipes).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { formatProblem, type Problem } from '../domain/dataset';
import type { Dataset } from '../domain/model';
import { allRuleSets, findRuleSet } from '../domain/rules';
import { loadFullDataset } from '../node/data-files';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string];
/** A parsed option value (arrays only for options declared `multiple`). */
export type OptionValue = string | boolean | (string | boolean)[] | undefined;

/** The parsed command line, as a command sees it. Options it did not declare never reach it. */
export interface CommandInput {
  /** Positional arguments after the command name. */
  args: string[];
  /** Option values by name (strings or booleans, absent when not given). */
  values: Record<string, OptionValue>;
  /** `--json` was given. */
  json: boolean;
  /** The data folder (`--data`, default `data/`). */
  dataDir: string;
}

export interface Command {
  name: string;
  /** Lines for the usage text, as printed (first line starts with the command name). */
  usage: string;
  /** Options this command takes besides the global `--data`, `--json` and `--help`. */
  options?: Record<string, OptionSpec>;
  /** The exit code: 0 done, 1 the answer is "no" or the data is broken. Throw `UsageError` for exit 2. */
  run(input: CommandInput): number | Promise<number>;
}

/** Bad usage: the dispatcher prints the message and the usage, and exits 2. */
export class UsageError extends Error {}

/** The data has problems: the dispatcher prints them, one per line, and exits 1. */
export class DataProblemsError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly dataDir: string,
  ) {
    super(`${problems.length} problem(s) in ${dataDir}`);
  }
}

export function loadOrFail(dataDir: string): Dataset {
  const { dataset, problems } = loadFullDataset(dataDir);
  if (problems.length > 0) throw new DataProblemsError(problems, dataDir);
  return dataset;
}

export function printProblems(error: DataProblemsError) {
  for (const p of error.problems) console.error(formatProblem(p));
  console.error(`\n${error.message}`);
}

export function splitCodes(value: OptionValue): string[] {
  if (typeof value !== 'string' || !value) throw new UsageError('--units is required, e.g. --units A2,B6,D6');
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

export function ruleSetOrFail(dataset: Dataset, key: OptionValue) {
  if (typeof key !== 'string' || !key)
    throw new UsageError('--qualification is required (e.g. nos-l3 or 600/5932/1)');
  const set = findRuleSet(dataset, key);
  if (!set)
    throw new UsageError(
      `unknown qualification "${key}". Known: ${allRuleSets(dataset)
        .map((s) => (s.number ? `${s.id} (${s.number})` : s.id))
        .join(', ')}`,
    );
  return set;
}

/** A string option's value (undefined when absent). */
export function stringOption(input: CommandInput, name: string): string | undefined {
  const value = input.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function writeOut(path: string | undefined, text: string) {
  if (path) writeFileSync(path, text);
  else process.stdout.write(text);
}

export function writeFolder(folder: string | undefined, files: Record<string, string>, format: string) {
  if (!folder)
    throw new UsageError(`--format ${format} writes one file per table or framework: give --out FOLDER`);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  console.error(`wrote ${Object.keys(files).length} files to ${folder}`);
}
