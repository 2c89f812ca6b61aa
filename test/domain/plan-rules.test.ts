/**
 * Rules of combination, written from the documents:
 *  - ProQual Level 4 NVQ Diploma in Management (601/4759/3), sources/002_…txt lines 50–108:
 *    "a minimum of 53 credits: 17 credits from the Group A Mandatory units and a minimum of 20
 *    credits from Group B Optional units. A maximum of 16 credits can come from Optional Group C."
 *    Group A: L/506/1953 (5), Y/506/1955 (5), F/506/1982 (4), T/506/2952 (3) = 17 credits.
 *  - ILM 8605, sources/004_…txt lines 63–106 (rules of combination) and 109–224 (unit tables):
 *    Award 600/5851/1: 5–12 credits "from units 400-408 and 410-427 in group 1" (409 not allowed).
 *    Certificate 600/5932/1: 13–36 credits from 400-408, 410, 411-427 and group 2 units
 *    300-341, 501-520, 522, 525-530, 533 (so 409, 521, 524 not allowed); group 2 at most 6 credits.
 *    Diploma 600/5931/X: at least 37 credits from 400-427 and 300-341, 501-530, 533; group 2 at
 *    most 18 credits; no maximum.
 *  - NOS levels, sources/000_…txt lines 3–9: L3 needs 4 mandatory + 3 optional, L4 5 + 3.
 * Credit values are the CV column of each document's unit table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/model';
import {
  allowedIn,
  breachesIfAdded,
  checkPlanUnits,
  filterPool,
  planPool,
  ruleSetLabel,
} from '../../src/domain/plan';
import { checkPlan, findRuleSet, type PlanCheck, type RuleSet } from '../../src/domain/rules';
import { loadFullDataset } from '../../src/node/data-files';

let dataset: Dataset;
const sets: Record<string, RuleSet> = {};
beforeAll(() => {
  dataset = loadFullDataset().dataset;
  for (const id of [
    'proqual-601-4759-3',
    'ilm-8605-award',
    'ilm-8605-certificate',
    'ilm-8605-diploma',
    'nos-l3',
    'nos-l4',
  ])
    sets[id] = findRuleSet(dataset, id)!;
});

const check = (set: string, codes: string[]) => checkPlan(dataset, sets[set]!, codes);
const rule = (result: PlanCheck, id: string) => {
  const status = result.rules.find((r) => r.id === id);
  if (!status) throw new Error(`no rule ${id} in ${result.qualification.id}`);
  return status;
};
const failing = (result: PlanCheck) => result.rules.filter((r) => !r.satisfied).map((r) => r.id);
const ilm = (...numbers: number[]) => numbers.map((n) => `8605-${n}`);

describe('ProQual Level 4 NVQ Diploma in Management (601/4759/3)', () => {
  const groupA = ['L/506/1953', 'Y/506/1955', 'F/506/1982', 'T/506/2952']; // 5 + 5 + 4 + 3 = 17
  const groupB25 = ['R/506/1999', 'L/506/2004', 'M/506/2044', 'R/506/2909']; // 7 + 6 + 6 + 6 = 25
  const groupC11 = ['D/504/4056', 'F/506/1951']; // 5 + 6 = 11

  it('is found by its Ofqual number too', () => {
    expect(findRuleSet(dataset, '601/4759/3')?.id).toBe('proqual-601-4759-3');
  });

  it('accepts all of group A, 25 credits from B and 11 from C: exactly 53 credits', () => {
    const result = check('proqual-601-4759-3', [...groupA, ...groupB25, ...groupC11]);
    expect(failing(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.totals.credits).toBe(53);
    expect(result.totals.groups).toEqual([
      { group: 'A', units: 4, credits: 17, glh: 0 },
      { group: 'B', units: 4, credits: 25, glh: 0 },
      { group: 'C', units: 2, credits: 11, glh: 0 },
    ]);
  });

  it('group A is mandatory: leaving out T/506/2952 breaks "all units", "17 credits" and 53 in total', () => {
    const result = check('proqual-601-4759-3', [...groupA.slice(0, 3), ...groupB25, ...groupC11]);
    expect(failing(result).sort()).toEqual(['group-a-all', 'group-a-credits', 'total']);
    expect(rule(result, 'group-a-all').message).toContain('missing T/506/2952');
    expect(rule(result, 'group-a-credits').message).toContain(
      'at least 17 credits from group A — you have 14',
    );
    expect(rule(result, 'total').message).toContain('at least 53 credits in total — you have 50');
  });

  it('group B needs at least 20 credits: 19 fails', () => {
    const groupB19 = ['R/506/1999', 'L/506/2004', 'M/506/2044']; // 7 + 6 + 6
    const result = check('proqual-601-4759-3', [...groupA, ...groupB19, ...groupC11]);
    expect(rule(result, 'group-b-min').satisfied).toBe(false);
    expect(rule(result, 'group-b-min').message).toContain('at least 20 credits from group B — you have 19');
  });

  it('group C gives at most 16 credits: 16 passes, 17 fails (everything else met)', () => {
    const groupB22 = ['R/506/1999', 'L/506/2004', 'M/506/2044', 'J/506/1949']; // 7 + 6 + 6 + 3
    const c16 = ['F/506/1951', 'M/506/1959', 'H/506/1912']; // 6 + 6 + 4
    const c17 = ['M/506/2898', 'F/506/1951', 'H/506/1912']; // 7 + 6 + 4
    expect(check('proqual-601-4759-3', [...groupA, ...groupB22, ...c16]).valid).toBe(true);
    const result = check('proqual-601-4759-3', [...groupA, ...groupB22, ...c17]);
    expect(failing(result)).toEqual(['group-c-max']);
    expect(rule(result, 'group-c-max').message).toContain('at most 16 credits from group C — you have 17');
  });

  it('53 credits is the minimum: 52 fails the total', () => {
    // A 17 + B 20 (7 + 6 + 4 + 3) + C 15 (5 + 6 + 4) = 52
    const result = check('proqual-601-4759-3', [
      ...groupA,
      'R/506/1999',
      'L/506/2004',
      'T/506/1980',
      'J/506/1949',
      'D/504/4056',
      'F/506/1951',
      'H/506/1912',
    ]);
    expect(failing(result)).toEqual(['total']);
    expect(rule(result, 'total').message).toContain('at least 53 credits in total — you have 52');
  });
});

describe('ILM Level 4 Award in Leadership and Management (600/5851/1)', () => {
  it('accepts 5 to 12 credits from group 1 (400-408, 410-427)', () => {
    expect(check('ilm-8605-award', ilm(411, 403)).valid).toBe(true); // 2 + 3 = 5
    expect(check('ilm-8605-award', ilm(417, 418)).valid).toBe(true); // 6 + 6 = 12
    expect(check('ilm-8605-award', ilm(410, 427)).valid).toBe(true); // 4 + 3, both ends of 410-427
  });

  it('needs at least 5 credits: 4 fails', () => {
    const result = check('ilm-8605-award', ilm(400));
    expect(failing(result)).toEqual(['total-min']);
    expect(rule(result, 'total-min').message).toContain('Award: at least 5 credits in total — you have 4');
  });

  it('takes at most 12 credits: 14 fails', () => {
    const result = check('ilm-8605-award', ilm(417, 418, 411));
    expect(failing(result)).toEqual(['credit-max']);
    expect(rule(result, 'credit-max').message).toContain('Award: at most 12 credits in total — you have 14');
  });

  it('unit 409 is not in the Award (400-408 and 410-427)', () => {
    const result = check('ilm-8605-award', ilm(409, 400));
    expect(failing(result)).toEqual(['allowed-units']);
    expect(rule(result, 'allowed-units').message).toContain(
      "unit 8605-409 is not in the Award's allowed ranges",
    );
  });

  it('group 2 units (here 501 and 300) are not in the Award', () => {
    const result = check('ilm-8605-award', ilm(400, 501, 300));
    expect(failing(result)).toEqual(['allowed-units']);
    expect(rule(result, 'allowed-units').message).toContain('8605-501');
    expect(rule(result, 'allowed-units').message).toContain('8605-300');
  });
});

describe('ILM Level 4 Certificate in Leadership and Management (600/5932/1)', () => {
  it('accepts 13 to 36 credits from the allowed units', () => {
    expect(check('ilm-8605-certificate', ilm(400, 401, 402, 403)).valid).toBe(true); // 4+4+4+3 = 15
    expect(check('ilm-8605-certificate', ilm(400, 401, 402, 304)).valid).toBe(true); // 12 + 1 = 13
    // 6 + 6 + 6 + 6 + 7 + 5 = 36
    expect(check('ilm-8605-certificate', ilm(417, 418, 423, 424, 426, 405)).valid).toBe(true);
  });

  it('needs at least 13 credits: 12 fails', () => {
    const result = check('ilm-8605-certificate', ilm(400, 401, 402));
    expect(failing(result)).toEqual(['total-min']);
    expect(rule(result, 'total-min').message).toContain(
      'Certificate: at least 13 credits in total — you have 12',
    );
  });

  it('takes at most 36 credits: 38 fails', () => {
    const result = check('ilm-8605-certificate', ilm(417, 418, 423, 424, 426, 405, 411));
    expect(failing(result)).toEqual(['credit-max']);
    expect(rule(result, 'credit-max').message).toContain(
      'Certificate: at most 36 credits in total — you have 38',
    );
  });

  it.each([409, 521, 524])('unit 8605-%i is not in the Certificate', (n) => {
    const result = check('ilm-8605-certificate', ilm(400, 401, 402, 403, n));
    expect(failing(result)).toContain('allowed-units');
    expect(rule(result, 'allowed-units').message).toContain(
      `unit 8605-${n} is not in the Certificate's allowed ranges`,
    );
  });

  it('group 2 gives at most 6 credits: 6 passes, 9 fails', () => {
    // group 1: 400 + 401 + 402 = 12; group 2: 501 (3) + 502 (3) = 6, then + 506 (3) = 9
    expect(check('ilm-8605-certificate', ilm(400, 401, 402, 501, 502)).valid).toBe(true);
    const result = check('ilm-8605-certificate', ilm(400, 401, 402, 501, 502, 506));
    expect(failing(result)).toEqual(['group2-max']);
    expect(rule(result, 'group2-max').message).toContain(
      'Certificate: at most 6 credits from group 2 — you have 9',
    );
  });

  it('group 2 includes level 3 units 300-341, 522, 525-530 and 533', () => {
    for (const n of [300, 341, 522, 525, 530, 533])
      expect(rule(check('ilm-8605-certificate', ilm(400, 401, 402, 403, n)), 'allowed-units').satisfied).toBe(
        true,
      );
  });
});

describe('ILM Level 4 Diploma in Leadership and Management (600/5931/X)', () => {
  const group1At37 = ilm(417, 418, 423, 424, 426, 409); // 6+6+6+6+7+6 = 37, with 409

  it('accepts at least 37 credits, and 409 is allowed here', () => {
    const result = check('ilm-8605-diploma', group1At37);
    expect(result.valid).toBe(true);
    expect(result.totals.credits).toBe(37);
  });

  it('needs at least 37 credits: 36 fails', () => {
    const result = check('ilm-8605-diploma', ilm(417, 418, 423, 424, 426, 405)); // 36
    expect(failing(result)).toEqual(['total-min']);
    expect(rule(result, 'total-min').message).toContain(
      'Diploma: at least 37 credits in total — you have 36',
    );
  });

  it('has no maximum: 58 and 61 credits pass', () => {
    const result = check('ilm-8605-diploma', ilm(417, 418, 423, 424, 426, 409, 400, 401, 402, 405, 408));
    expect(result.totals.credits).toBe(58);
    expect(result.valid).toBe(true);
    expect(
      check('ilm-8605-diploma', ilm(417, 418, 423, 424, 426, 409, 400, 401, 402, 405, 408, 403)).valid,
    ).toBe(true);
  });

  it('521 and 524 (group 2, 501-530) are allowed; group 2 at most 18 credits: 18 passes, 21 fails', () => {
    // group 1: 417 + 418 + 423 + 424 = 24; group 2: 521 (15) + 501 (3) = 18
    expect(check('ilm-8605-diploma', ilm(417, 418, 423, 424, 521, 501)).valid).toBe(true);
    const result = check('ilm-8605-diploma', ilm(417, 418, 423, 424, 521, 501, 502));
    expect(failing(result)).toEqual(['group2-max']);
    expect(rule(result, 'group2-max').message).toContain(
      'Diploma: at most 18 credits from group 2 — you have 21',
    );
    expect(
      rule(check('ilm-8605-diploma', ilm(417, 418, 423, 424, 426, 524)), 'allowed-units').satisfied,
    ).toBe(true);
  });
});

describe('where the three ILM qualifications differ', () => {
  const allowed = (set: string, n: number) =>
    allowedIn(
      sets[set]!,
      dataset.units.find((u) => u.code === `8605-${n}`)!,
    );
  it.each([
    // unit, Award, Certificate, Diploma
    [400, true, true, true],
    [408, true, true, true],
    [409, false, false, true],
    [410, true, true, true],
    [427, true, true, true],
    [501, false, true, true],
    [520, false, true, true],
    [521, false, false, true],
    [522, false, true, true],
    [524, false, false, true],
    [530, false, true, true],
    [533, false, true, true],
    [300, false, true, true],
    [341, false, true, true],
  ])('8605-%i: Award %s, Certificate %s, Diploma %s', (n, award, certificate, diploma) => {
    expect([
      allowed('ilm-8605-award', n),
      allowed('ilm-8605-certificate', n),
      allowed('ilm-8605-diploma', n),
    ]).toEqual([award, certificate, diploma]);
  });

  it('9 credits from group 2 break the Certificate (at most 6) but not the Diploma (at most 18)', () => {
    const plan = ilm(400, 401, 402, 501, 502, 506);
    expect(rule(check('ilm-8605-certificate', plan), 'group2-max').satisfied).toBe(false);
    expect(rule(check('ilm-8605-diploma', plan), 'group2-max').satisfied).toBe(true);
  });

  it('14 credits of group 1 are too many for the Award, enough for the Certificate, too little for the Diploma', () => {
    const plan = ilm(400, 401, 402, 411); // 4 + 4 + 4 + 2 = 14
    expect(failing(check('ilm-8605-award', plan))).toEqual(['credit-max']);
    expect(check('ilm-8605-certificate', plan).valid).toBe(true);
    expect(failing(check('ilm-8605-diploma', plan))).toEqual(['total-min']);
  });
});

describe('the same engine serves NOS levels', () => {
  it('level 4 needs its 5 mandatory units (B1, C2, D2, E6, F3) and 3 optional', () => {
    const mandatory = ['B1', 'C2', 'D2', 'E6', 'F3'];
    expect(check('nos-l4', [...mandatory, 'A2', 'A3', 'B6']).valid).toBe(true);
    const missing = check('nos-l4', [...mandatory.slice(1), 'A2', 'A3', 'B6']);
    expect(rule(missing, 'mandatory').message).toContain('B1');
    const short = check('nos-l4', [...mandatory, 'A2', 'A3']);
    expect(rule(short, 'optional').message).toContain('1 to go');
  });

  it('a unit outside level 3 (A1 is level 2 only) is reported', () => {
    const result = check('nos-l3', ['A2', 'B6', 'D6', 'E6', 'B11', 'C5', 'C6', 'A1']);
    expect(rule(result, 'optional').message).toContain('unit A1 is not part of level 3');
  });
});

describe('plans of unit ids', () => {
  it('checkPlanUnits checks ids (as saved) like codes', () => {
    const ids = ilm(400, 401, 402, 501, 502, 506).map((c) => `ilm:${c}`);
    const result = checkPlanUnits(dataset, sets['ilm-8605-certificate']!, ids);
    expect(result.totals.units).toBe(6);
    expect(failing(result)).toEqual(['group2-max']);
  });

  it('an id that no longer exists is reported, not dropped silently', () => {
    const result = checkPlanUnits(dataset, sets['ilm-8605-award']!, ['ilm:8605-400', 'ilm:8605-999']);
    expect(result.problems.map((p) => p.rule)).toContain('known-units');
  });

  it('breachesIfAdded names the maxima an addition would break, and only those', () => {
    const set = sets['ilm-8605-certificate']!;
    const plan = ilm(400, 401, 402, 501, 502).map((c) => `ilm:${c}`); // group 2 at 6
    const breaches = breachesIfAdded(dataset, set, plan, ['ilm:8605-506', 'ilm:8605-403', 'ilm:8605-409']);
    expect(breaches['ilm:8605-506']).toEqual([
      expect.stringContaining('Certificate: at most 6 credits from group 2 — you have 9'),
    ]);
    expect(breaches['ilm:8605-403']).toBeUndefined();
    expect(breaches['ilm:8605-409']).toEqual([expect.stringContaining('8605-409 is not in')]);
  });

  it('the picker filters by group, level and credits, and by what the rule set allows', () => {
    const set = sets['ilm-8605-award']!;
    const pool = planPool(dataset, set);
    expect(pool).toHaveLength(100); // 28 group 1 + 72 group 2 units in the ILM tables (lines 115–224)
    const allowedOnes = filterPool(pool, set, { onlyAllowed: true });
    expect(allowedOnes).toHaveLength(27); // group 1 without 409
    expect(filterPool(pool, set, { group: '2', level: 3 })).toHaveLength(42); // 300-341
    expect(
      filterPool(pool, set, { group: '1', maxCredits: 2 })
        .map((u) => u.code)
        .sort(),
    ).toEqual(ilm(411, 414, 415, 425));
  });

  it('labels rule sets the way people name them', () => {
    expect(ruleSetLabel(sets['proqual-601-4759-3']!)).toBe('ProQual Level 4 NVQ Diploma');
    expect(ruleSetLabel(sets['ilm-8605-certificate']!)).toBe('ILM Certificate');
    expect(ruleSetLabel(sets['nos-l3']!)).toBe('NOS Level 3');
  });
});
