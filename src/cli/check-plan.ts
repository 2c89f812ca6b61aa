/** `check-plan --qualification Q --units CODES [--json]`: a selection against the rules of combination. */
import { checkPlan } from '../domain/rules';
import { loadOrFail, ruleSetOrFail, splitCodes, type Command } from './command';

export const checkPlanCommand: Command = {
  name: 'check-plan',
  usage: `check-plan --qualification <id|number|nos-lN> --units <codes> [--json]
                                           Check a selection against the rules of combination`,
  options: { qualification: { type: 'string' }, units: { type: 'string' } },
  run(input) {
    const dataset = loadOrFail(input.dataDir);
    const set = ruleSetOrFail(dataset, input.values.qualification);
    const result = checkPlan(dataset, set, splitCodes(input.values.units));
    if (input.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(`${set.title}: ${result.valid ? 'VALID' : 'NOT VALID'}`);
      console.log(`units ${result.totals.units}, credits ${result.totals.credits}, GLH ${result.totals.glh}`);
      for (const s of result.rules) console.log(`  ${s.satisfied ? '✓' : '✗'} ${s.message}`);
      for (const p of result.problems.filter((p) => p.rule === 'known-units' || p.rule === 'no-duplicates'))
        console.log(`  ✗ ${p.message}`);
    }
    return result.valid ? 0 : 1;
  },
};
