/** `coverage --qualification Q --units CODES [--basis b,…] [--json]`: NOS units covered, and the gaps. */
import { computeCoverage } from '../domain/coverage';
import { BASES, type Basis } from '../domain/model';
import { resolveUnitCodes } from '../domain/resolve';
import { loadOrFail, ruleSetOrFail, splitCodes, stringOption, UsageError, type Command } from './command';

export const coverage: Command = {
  name: 'coverage',
  usage: `coverage --qualification <id|number|nos-lN> --units <codes> [--basis b1,b2] [--json]
                                           Which NOS units a selection covers, and the gaps`,
  options: { qualification: { type: 'string' }, units: { type: 'string' }, basis: { type: 'string' } },
  run(input) {
    const dataset = loadOrFail(input.dataDir);
    const set = ruleSetOrFail(dataset, input.values.qualification);
    const pool = dataset.units.filter((u) => u.framework === set.framework);
    const resolved = resolveUnitCodes(pool, splitCodes(input.values.units), set.shortTitle);
    const basis = stringOption(input, 'basis');
    const bases = (basis ? basis.split(',') : [...BASES]).map((b) => b.trim());
    const unknownBasis = bases.find((b) => !(BASES as readonly string[]).includes(b));
    if (unknownBasis) throw new UsageError(`unknown basis "${unknownBasis}"; use ${BASES.join(', ')}`);
    const report = computeCoverage(dataset, resolved.units, { bases: bases as Basis[] });
    const output = {
      qualification: { id: set.id, ...(set.number ? { number: set.number } : {}), title: set.title },
      units: resolved.units.map((u) => u.id),
      problems: resolved.problems,
      ...report,
    };
    if (input.json) console.log(JSON.stringify(output, null, 2));
    else {
      console.log(
        `${set.title}: ${report.covered.length} of ${report.nosUnits} NOS units covered (${bases.join(', ')})`,
      );
      for (const a of report.areas) console.log(`  ${a.area} ${a.title}: ${a.covered}/${a.total}`);
      console.log(`uncovered: ${report.uncovered.map((u) => u.code).join(', ') || 'none'}`);
      for (const p of resolved.problems) console.log(`  ✗ ${p.message}`);
    }
    return 0;
  },
};
