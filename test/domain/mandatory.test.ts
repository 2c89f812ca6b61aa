import { describe, expect, it } from 'vitest';
import {
  byCode,
  compareCodes,
  mandatoryUnits,
  missingMandatory,
  withMandatoryUnits,
} from '../../src/domain/mandatory';
import { findRuleSet } from '../../src/domain/rules';
import { checkPlanUnits } from '../../src/domain/plan';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const set = (key: string) => findRuleSet(dataset, key)!;

describe('mandatory units of a plan', () => {
  it('ProQual: the four group A units (specification, group A table)', () => {
    expect(
      mandatoryUnits(dataset, set('601/4759/3'))
        .map((u) => u.code)
        .sort(),
    ).toEqual(['F/506/1982', 'L/506/1953', 'T/506/2952', 'Y/506/1955'].sort());
  });

  it('NOS level 3: A2, B6, D6 and E6, the units marked M at level 3 (NOS tables)', () => {
    expect(mandatoryUnits(dataset, set('nos-l3')).map((u) => u.code)).toEqual(['A2', 'B6', 'D6', 'E6']);
  });

  it('NOS level 5: B7, C3, E7 and F12 in code order', () => {
    expect(mandatoryUnits(dataset, set('nos-l5')).map((u) => u.code)).toEqual(['B7', 'C3', 'E7', 'F12']);
  });

  it('adding them in one step meets the mandatory rule and keeps the units already chosen', () => {
    const plan = withMandatoryUnits(dataset, set('nos-l3'), ['nos:B6', 'nos:D7']);
    expect(plan.slice(0, 2)).toEqual(['nos:B6', 'nos:D7']);
    expect(plan).toHaveLength(5);
    const check = checkPlanUnits(dataset, set('nos-l3'), plan);
    expect(check.rules.find((r) => r.id === 'mandatory')?.satisfied).toBe(true);
    expect(missingMandatory(dataset, set('nos-l3'), plan)).toEqual([]);
  });

  it('ProQual: the group A rule is met once they are added', () => {
    const plan = withMandatoryUnits(dataset, set('601/4759/3'), []);
    const check = checkPlanUnits(dataset, set('601/4759/3'), plan);
    expect(
      check.rules
        .filter((r) => r.satisfied === false)
        .map((r) => r.message)
        .join(' '),
    ).not.toMatch(/group A unit is required/);
  });
});

describe('code order', () => {
  it('numbers compare as numbers: 408, 409, 410, 411; B2 before B10', () => {
    expect(['8605-410', '8605-408', '8605-411', '8605-409'].sort(compareCodes)).toEqual([
      '8605-408',
      '8605-409',
      '8605-410',
      '8605-411',
    ]);
    expect(byCode([{ code: 'B10' }, { code: 'B2' }, { code: 'A12' }]).map((u) => u.code)).toEqual([
      'A12',
      'B2',
      'B10',
    ]);
  });
});
