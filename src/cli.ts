/**
 * The Standards Atlas command line: `npm run --silent cli -- <command> [options]`.
 * Commands and their --json shapes are a public contract (see README, "CLI").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from './domain/dataset';
import { toCaseExports, toSkosExport } from './domain/interchange';
import { computeCoverage } from './domain/coverage';
import { toCsvExport, toJsonExport } from './domain/export';
import { BASES, type Basis, type Dataset } from './domain/model';
import { checkPlan, findRuleSet, allRuleSets } from './domain/rules';
import { buildSearchDocuments, createSearchEngine } from './domain/search';
import { resolveUnitCodes } from './domain/resolve';
import { loadFullDataset, DEFAULT_DATA_DIR } from './node/data-files';

const USAGE = `Standards Atlas CLI

Usage: npm run --silent cli -- <command> [options]

Commands:
  validate [--data DIR]                    Check every file in data/ (exit 1 on any problem)
  export --format json|csv|case|skos [--out PATH]
                                           The whole dataset (csv, case: --out is a folder)
  search "<query>" [--limit N] [--json]    Find units by code, words (typos ok) or outcomes
  check-plan --qualification <id|number|nos-lN> --units <codes> [--json]
                                           Check a selection against the rules of combination
  coverage --qualification <id|number|nos-lN> --units <codes> [--basis b1,b2] [--json]
                                           Which NOS units a selection covers, and the gaps

Qualifications: ${'nos-l2 … nos-l5, proqual-601-4759-3 (601/4759/3), ilm-8605-award (600/5851/1), ilm-8605-certificate (600/5932/1), ilm-8605-diploma (600/5931/X)'}
`;

class UsageError extends Error {}

function loadOrExit(dataDir: string): Dataset {
  const { dataset, problems } = loadFullDataset(dataDir);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem(s) in ${dataDir}`);
    process.exit(1);
  }
  return dataset;
}

function splitCodes(value: string | undefined): string[] {
  if (!value) throw new UsageError('--units is required, e.g. --units A2,B6,D6');
  return value
    .split(',')
    .map((c) => c.trim())
    .filter(Boolean);
}

function ruleSetOrFail(dataset: Dataset, key: string | undefined) {
  if (!key) throw new UsageError('--qualification is required (e.g. nos-l3 or 600/5932/1)');
  const set = findRuleSet(dataset, key);
  if (!set)
    throw new UsageError(
      `unknown qualification "${key}". Known: ${allRuleSets(dataset)
        .map((s) => (s.number ? `${s.id} (${s.number})` : s.id))
        .join(', ')}`,
    );
  return set;
}

function writeOut(path: string | undefined, text: string) {
  if (path) writeFileSync(path, text);
  else process.stdout.write(text);
}

function writeFolder(folder: string | undefined, files: Record<string, string>, format: string) {
  if (!folder)
    throw new UsageError(`--format ${format} writes one file per table or framework: give --out FOLDER`);
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  console.error(`wrote ${Object.keys(files).length} files to ${folder}`);
}

function run(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      qualification: { type: 'string' },
      units: { type: 'string' },
      basis: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const dataDir = values.data ?? DEFAULT_DATA_DIR;

  switch (command) {
    case 'validate': {
      const dataset = loadOrExit(dataDir);
      console.log(
        `data valid: ${dataset.frameworks.length} frameworks, ${dataset.units.length} units, ` +
          `${dataset.qualifications.length} qualifications, ${dataset.links.length} links, ` +
          `${dataset.usageFacts.length} usage facts, ${dataset.corrections.length} corrections`,
      );
      return 0;
    }
    case 'export': {
      const dataset = loadOrExit(dataDir);
      const format = values.format ?? 'json';
      if (format === 'json') writeOut(values.out, JSON.stringify(toJsonExport(dataset), null, 2) + '\n');
      else if (format === 'csv') writeFolder(values.out, toCsvExport(dataset), format);
      else if (format === 'case') writeFolder(values.out, toCaseExports(dataset), format);
      else if (format === 'skos') writeOut(values.out, JSON.stringify(toSkosExport(dataset), null, 2) + '\n');
      else throw new UsageError(`unknown --format "${format}"; use json, csv, case or skos`);
      return 0;
    }
    case 'search': {
      const query = rest.join(' ');
      if (!query.trim()) throw new UsageError('search needs a query, e.g. search "budget"');
      const limit = Number(values.limit ?? 10);
      if (!Number.isInteger(limit) || limit < 1)
        throw new UsageError('--limit must be a positive whole number');
      const dataset = loadOrExit(dataDir);
      const engine = createSearchEngine(buildSearchDocuments(dataset), undefined, {
        synonyms: dataset.synonyms,
      });
      const results = engine.search(query, { limit });
      if (values.json) {
        const shaped = results.map(({ id, framework, code, title, score, matched }) => ({
          id,
          framework,
          code,
          title,
          score,
          matched,
        }));
        console.log(JSON.stringify(shaped, null, 2));
      } else if (results.length === 0) {
        console.log(`no match for "${query}"`);
      } else {
        // Human form only: the --json array stays exactly as it was.
        const missing = engine.missingCode(query);
        if (missing) console.error(missing.message);
        for (const r of results)
          console.log(
            `${r.score.toFixed(3)}  ${r.framework.padEnd(8)} ${r.code.padEnd(14)} ${r.title}  [${r.kind}; ${r.matched}]`,
          );
      }
      return 0;
    }
    case 'check-plan': {
      const dataset = loadOrExit(dataDir);
      const set = ruleSetOrFail(dataset, values.qualification);
      const result = checkPlan(dataset, set, splitCodes(values.units));
      if (values.json) console.log(JSON.stringify(result, null, 2));
      else {
        console.log(`${set.title}: ${result.valid ? 'VALID' : 'NOT VALID'}`);
        console.log(
          `units ${result.totals.units}, credits ${result.totals.credits}, GLH ${result.totals.glh}`,
        );
        for (const s of result.rules) console.log(`  ${s.satisfied ? '✓' : '✗'} ${s.message}`);
        for (const p of result.problems.filter((p) => p.rule === 'known-units' || p.rule === 'no-duplicates'))
          console.log(`  ✗ ${p.message}`);
      }
      return result.valid ? 0 : 1;
    }
    case 'coverage': {
      const dataset = loadOrExit(dataDir);
      const set = ruleSetOrFail(dataset, values.qualification);
      const pool = dataset.units.filter((u) => u.framework === set.framework);
      const resolved = resolveUnitCodes(pool, splitCodes(values.units), set.shortTitle);
      const bases = (values.basis ? values.basis.split(',') : [...BASES]).map((b) => b.trim());
      const unknownBasis = bases.find((b) => !(BASES as readonly string[]).includes(b));
      if (unknownBasis) throw new UsageError(`unknown basis "${unknownBasis}"; use ${BASES.join(', ')}`);
      const report = computeCoverage(dataset, resolved.units, { bases: bases as Basis[] });
      const output = {
        qualification: { id: set.id, ...(set.number ? { number: set.number } : {}), title: set.title },
        units: resolved.units.map((u) => u.id),
        problems: resolved.problems,
        ...report,
      };
      if (values.json) console.log(JSON.stringify(output, null, 2));
      else {
        console.log(
          `${set.title}: ${report.covered.length} of ${report.nosUnits} NOS units covered (${bases.join(', ')})`,
        );
        for (const a of report.areas) console.log(`  ${a.area} ${a.title}: ${a.covered}/${a.total}`);
        console.log(`uncovered: ${report.uncovered.map((u) => u.code).join(', ') || 'none'}`);
        for (const p of resolved.problems) console.log(`  ✗ ${p.message}`);
      }
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${(error as Error).message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
