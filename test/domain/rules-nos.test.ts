/**
 * The rules-of-combination engine for the four NOS levels (nos-l2 … nos-l5). Every expectation
 * is read off the NOS document (sources/000_2ddea83f8caa00c9.txt): the requirement lines at the
 * top ("L2 requires 4 mandatory + 2 Optional units" …) and the M/O columns of the unit tables.
 */
import { describe, expect, it } from 'vitest';
import type { NosLevel } from '../../src/domain/model';
import { checkPlan, findRuleSet, nosLevelRuleSet } from '../../src/domain/rules';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset, problems } = loadFullDataset();

/** The M and O columns of the NOS document, by level, written out by hand from the tables. */
const MARKS: Record<NosLevel, { M: string[]; O: string[] }> = {
  L2: { M: ['A1', 'B5', 'D1', 'E5'], O: ['C1', 'D5', 'D7', 'D12', 'F5', 'F7'] },
  L3: {
    M: ['A2', 'B6', 'D6', 'E6'],
    O: [
      'B11',
      'C2',
      'C5',
      'C6',
      'D1',
      'D3',
      'D7',
      'D8',
      'D9',
      'D11',
      'D12',
      'E1',
      'E9',
      'E10',
      'E11',
      'F1',
      'F6',
      'F8',
    ],
  },
  L4: {
    M: ['B1', 'C2', 'D2', 'E6', 'F3'],
    O: [
      'A2',
      'A3',
      'B6',
      'B8',
      'B11',
      'C4',
      'C5',
      'C6',
      'D3',
      'D6',
      'D7',
      'D8',
      'D10',
      'D11',
      'E2',
      'E8',
      'E9',
      'E10',
      'F1',
      'F2',
      'F4',
      'F8',
      'F9',
      'F11',
    ],
  },
  L5: {
    M: ['B7', 'C3', 'E7', 'F12'],
    O: [
      'A2',
      'A3',
      'B2',
      'B3',
      'B4',
      'B8',
      'B9',
      'B10',
      'B12',
      'C4',
      'C5',
      'C6',
      'D2',
      'D4',
      'D7',
      'E3',
      'E4',
      'F2',
      'F9',
      'F10',
    ],
  },
};

/** "L3 requires 4 mandatory + 3 optional units" and so on. */
const REQUIRES: Record<NosLevel, { mandatory: number; optional: number; id: string }> = {
  L2: { mandatory: 4, optional: 2, id: 'nos-l2' },
  L3: { mandatory: 4, optional: 3, id: 'nos-l3' },
  L4: { mandatory: 5, optional: 3, id: 'nos-l4' },
  L5: { mandatory: 4, optional: 3, id: 'nos-l5' },
};

const LEVELS = Object.keys(REQUIRES) as NosLevel[];

function check(level: NosLevel, codes: string[]) {
  const set = findRuleSet(dataset, REQUIRES[level].id);
  if (!set) throw new Error(`no rule set ${REQUIRES[level].id}`);
  return checkPlan(dataset, set, codes);
}

const messages = (result: ReturnType<typeof check>) => result.problems.map((p) => p.message);

describe('the NOS level rules as data', () => {
  it('loads the dataset without problems', () => {
    expect(problems).toEqual([]);
  });

  it.each(LEVELS)('%s: the document’s requirement line and the M/O marks agree', (level) => {
    const rule = dataset.nosLevelRules.find((r) => r.level === level);
    expect(rule?.mandatory).toBe(REQUIRES[level].mandatory);
    expect(rule?.optional).toBe(REQUIRES[level].optional);
    const nos = dataset.units.filter((u) => u.framework === 'nos');
    const marked = (mark: 'M' | 'O') =>
      nos
        .filter((u) => u.levels?.[level] === mark)
        .map((u) => u.code)
        .sort();
    expect(marked('M')).toEqual([...MARKS[level].M].sort());
    expect(marked('O')).toEqual([...MARKS[level].O].sort());
    // The number of M marks is the number the requirement line asks for.
    expect(MARKS[level].M).toHaveLength(REQUIRES[level].mandatory);
  });

  it('names the four levels nos-l2 … nos-l5, as the CLI does', () => {
    expect(LEVELS.map((l) => findRuleSet(dataset, REQUIRES[l].id)?.title)).toEqual([
      'NOS Management and Leadership, level 2',
      'NOS Management and Leadership, level 3',
      'NOS Management and Leadership, level 4',
      'NOS Management and Leadership, level 5',
    ]);
    expect(nosLevelRuleSet(dataset, 'L4').rules.map((r) => r.type)).toEqual(['nosMandatory', 'nosOptional']);
  });
});

describe('a complete plan at every level is valid', () => {
  it.each(LEVELS)('%s: all mandatory units and exactly the required optional units', (level) => {
    const plan = [...MARKS[level].M, ...MARKS[level].O.slice(0, REQUIRES[level].optional)];
    const result = check(level, plan);
    expect(messages(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.units.filter((u) => u.mark === 'M')).toHaveLength(REQUIRES[level].mandatory);
    expect(result.units.filter((u) => u.mark === 'O')).toHaveLength(REQUIRES[level].optional);
  });

  it('the CLI example: level 3 with A2, B6, D6, E6 and C5, D3, E1', () => {
    const result = check('L3', ['A2', 'B6', 'D6', 'E6', 'C5', 'D3', 'E1']);
    expect(result.valid).toBe(true);
    expect(result.qualification.id).toBe('nos-l3');
    expect(result.rules.find((r) => r.id === 'optional')?.message).toBe(
      'level 3 needs 4 mandatory + 3 optional: 3 optional chosen',
    );
  });

  it('codes are read however they are typed ("b 6", "d6")', () => {
    expect(check('L3', ['a2', 'b 6', 'd6', 'E6', 'c5', 'D3', 'e1']).valid).toBe(true);
  });
});

describe('too few or too many optional units', () => {
  it('level 3 with 2 of its 3 optional units: 1 to go', () => {
    const result = check('L3', ['A2', 'B6', 'D6', 'E6', 'C5', 'D3']);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([
      { rule: 'optional', message: 'level 3 needs 4 mandatory + 3 optional: 2 optional chosen, 1 to go' },
    ]);
  });

  it('level 4 with no optional unit: 3 to go', () => {
    const result = check('L4', MARKS.L4.M);
    expect(messages(result)).toEqual(['level 4 needs 5 mandatory + 3 optional: 0 optional chosen, 3 to go']);
  });

  it('level 2 with 3 optional units where it takes 2: 1 too many', () => {
    const result = check('L2', ['A1', 'B5', 'D1', 'E5', 'C1', 'D5', 'F5']);
    expect(messages(result)).toEqual([
      'level 2 needs 4 mandatory + 2 optional: 3 optional chosen, 1 too many',
    ]);
  });

  it('level 5 with 5 optional units: 2 too many', () => {
    const result = check('L5', [...MARKS.L5.M, 'B2', 'B3', 'B4', 'B12', 'D4']);
    expect(messages(result)).toEqual([
      'level 5 needs 4 mandatory + 3 optional: 5 optional chosen, 2 too many',
    ]);
  });
});

describe('mandatory units', () => {
  it('level 4 without F3 names the missing mandatory unit', () => {
    const result = check('L4', ['B1', 'C2', 'D2', 'E6', 'A2', 'B6', 'D6']);
    expect(result.problems).toEqual([{ rule: 'mandatory', message: 'level 4: mandatory unit F3 missing' }]);
  });

  it('level 5 with only its optional units names all four mandatory units', () => {
    const result = check('L5', ['B2', 'B3', 'B4']);
    expect(messages(result)).toEqual(['level 5: mandatory units B7, C3, E7, F12 missing']);
  });
});

describe('units of another level', () => {
  it('B1 (mandatory at level 4 only) is not part of level 3', () => {
    const result = check('L3', [...MARKS.L3.M, 'C5', 'D3', 'E1', 'B1']);
    expect(messages(result)).toEqual([
      'unit B1 is not part of level 3 (it is neither mandatory nor optional there)',
    ]);
  });

  it('B12 (optional at level 5 only) does not count as an optional unit at level 4', () => {
    const result = check('L4', [...MARKS.L4.M, 'A2', 'B6', 'B12']);
    expect(messages(result)).toEqual([
      'level 4 needs 5 mandatory + 3 optional: 2 optional chosen, 1 to go; unit B12 is not part of level 4 (it is neither mandatory nor optional there)',
    ]);
  });

  it('A1 (mandatory at level 2) is not part of level 5', () => {
    const result = check('L5', [...MARKS.L5.M, 'B2', 'B3', 'B4', 'A1']);
    expect(result.problems.map((p) => p.rule)).toEqual(['optional']);
    expect(messages(result)[0]).toContain('unit A1 is not part of level 5');
  });
});

describe('duplicates and unknown codes', () => {
  it('a unit listed twice is reported once and counted once', () => {
    const result = check('L3', ['A2', 'B6', 'D6', 'E6', 'C5', 'D3', 'E1', 'D3']);
    expect(result.problems).toEqual([{ rule: 'no-duplicates', message: 'unit D3 is listed more than once' }]);
    expect(result.units).toHaveLength(7);
  });

  it('an unknown code is reported with "did you mean"', () => {
    const result = check('L3', ['A2', 'B6', 'D6', 'E6', 'C5', 'D3', 'E1', 'B13']);
    expect(result.valid).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.rule).toBe('known-units');
    expect(result.problems[0]!.message).toMatch(
      /^unknown unit code "B13" for Level 3 — did you mean B1, B10, B11\?$/,
    );
  });

  it('a qualification unit is not a NOS unit', () => {
    const result = check('L4', [...MARKS.L4.M, 'A2', 'B6', 'D6', '8605-409']);
    expect(result.problems.map((p) => p.rule)).toEqual(['known-units']);
  });

  it('an empty plan at level 2 misses all four mandatory units and both optional ones', () => {
    const result = check('L2', []);
    expect(messages(result)).toEqual([
      'level 2: mandatory units A1, B5, D1, E5 missing',
      'level 2 needs 4 mandatory + 2 optional: 0 optional chosen, 2 to go',
    ]);
  });

  it('full unit ids such as "nos:A2" are accepted as well as codes', () => {
    const result = check('L3', ['nos:A2', 'nos:B6', 'nos:D6', 'nos:E6', 'nos:C5', 'nos:D3', 'nos:E1']);
    expect(result.valid).toBe(true);
  });
});
