/**
 * The gap finder. Targets from the NOS document (sources/000_…txt): level 3 mandatory units are
 * A2, B6, D6, E6 (4, "L3 requires 4 mandatory + 3 optional units"); level 4 mandatory units are
 * B1, C2, D2, E6, F3 (5). Links from data/curated-links-ilm.json: 8605-400 → A2 broad,
 * 8605-401 → B6 broad and D6 broad, 8605-402 → B11 close, 8605-405 → D7 close,
 * 8605-403 → B10 broad and E6 related, 8605-408 → D2 related, 8605-411 → E6 close,
 * 8605-427 → C2 close. No ILM unit has a curated link to B1 or F3.
 * Credit values from the ILM unit table: 403 3, 408 4, 411 2, 427 3.
 * The ranking cases below draw candidates from the Certificate's group-1 units only, so the
 * expectations stay the hand-worked ones above; the last case adds group 2 (curated since).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { describeTarget, findGaps, targetUnits } from '../../src/domain/gaps';
import type { Dataset, Unit } from '../../src/domain/model';
import { allowedIn, planPool } from '../../src/domain/plan';
import { findRuleSet } from '../../src/domain/rules';
import { loadFullDataset } from '../../src/node/data-files';

let dataset: Dataset;
let certificatePool: Unit[];
let group1Pool: Unit[];
const units = (...ids: string[]): Unit[] => ids.map((id) => dataset.units.find((u) => u.id === id)!);
const ilm = (...numbers: number[]) => units(...numbers.map((n) => `ilm:8605-${n}`));
beforeAll(() => {
  dataset = loadFullDataset().dataset;
  const set = findRuleSet(dataset, 'ilm-8605-certificate')!;
  certificatePool = planPool(dataset, set).filter((u) => allowedIn(set, u));
  group1Pool = certificatePool.filter((u) => u.group === '1');
});

describe('targets', () => {
  it('the mandatory units of level 3 are A2, B6, D6, E6; of level 4 B1, C2, D2, E6, F3', () => {
    expect(targetUnits(dataset, { kind: 'level-mandatory', level: 'L3' }).map((u) => u.code)).toEqual([
      'A2',
      'B6',
      'D6',
      'E6',
    ]);
    expect(targetUnits(dataset, { kind: 'level-mandatory', level: 'L4' }).map((u) => u.code)).toEqual([
      'B1',
      'C2',
      'D2',
      'E6',
      'F3',
    ]);
  });

  it('a chosen set of NOS units, in code order', () => {
    const target = { kind: 'units' as const, units: ['nos:B10', 'nos:A3', 'nos:B2'] };
    expect(targetUnits(dataset, target).map((u) => u.code)).toEqual(['A3', 'B2', 'B10']);
    expect(describeTarget(target)).toBe('3 chosen NOS units');
    expect(describeTarget({ kind: 'level-mandatory', level: 'L4' })).toBe(
      'the mandatory units of NOS level 4',
    );
  });
});

describe('gaps and ranked suggestions (curated links)', () => {
  it('400, 401, 402, 405 against level 3 mandatory: only E6 is missing; 411 (close) before 403 (related)', () => {
    const target = targetUnits(dataset, { kind: 'level-mandatory', level: 'L3' });
    const report = findGaps(dataset, ilm(400, 401, 402, 405), target, group1Pool, {
      bases: ['curated'],
    });
    expect(report.covered.map((u) => u.code)).toEqual(['A2', 'B6', 'D6']);
    expect(report.uncovered.map((u) => u.code)).toEqual(['E6']);
    expect(report.byGap[0]!.candidates.map((c) => `${c.unit.code} ${c.link.relation}`)).toEqual([
      '8605-411 close',
      '8605-403 related',
    ]);
    expect(report.suggestions.map((s) => s.unit.code)).toEqual(['8605-411', '8605-403']);
  });

  it('against level 4 mandatory: all five missing; ties on one gap go to the closer link, then fewer credits', () => {
    const target = targetUnits(dataset, { kind: 'level-mandatory', level: 'L4' });
    const report = findGaps(dataset, ilm(400, 401, 402, 405), target, group1Pool, {
      bases: ['curated'],
    });
    expect(report.uncovered.map((u) => u.code)).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
    // 411 (E6 close, 2 credits) and 427 (C2 close, 3 credits); then 403 (E6 related, 3) and 408 (D2 related, 4)
    expect(report.suggestions.map((s) => s.unit.code)).toEqual([
      '8605-411',
      '8605-427',
      '8605-403',
      '8605-408',
    ]);
    expect(report.byGap.find((g) => g.nos.code === 'B1')!.candidates).toEqual([]);
    expect(report.byGap.find((g) => g.nos.code === 'F3')!.candidates).toEqual([]);
  });

  it('a unit closing two gaps ranks above a closer link that closes one (403: B10 broad + E6 related)', () => {
    const target = targetUnits(dataset, { kind: 'units', units: ['nos:E6', 'nos:B10'] });
    const report = findGaps(dataset, ilm(400), target, group1Pool, { bases: ['curated'] });
    expect(report.suggestions[0]!.unit.code).toBe('8605-403');
    expect(report.suggestions[0]!.covers.map((l) => `${l.code} ${l.relation}`)).toEqual([
      'B10 broad',
      'E6 related',
    ]);
    expect(report.suggestions[1]!.unit.code).toBe('8605-411');
  });

  it('never suggests a unit already in the plan, or one the candidates leave out', () => {
    const target = targetUnits(dataset, { kind: 'level-mandatory', level: 'L3' });
    const report = findGaps(dataset, ilm(400, 401, 411), target, group1Pool, { bases: ['curated'] });
    expect(report.uncovered).toEqual([]);
    expect(report.suggestions).toEqual([]);
    const noE6 = findGaps(
      dataset,
      ilm(400, 401),
      target,
      group1Pool.filter((u) => u.code !== '8605-411'),
      {
        bases: ['curated'],
      },
    );
    expect(noE6.suggestions.map((s) => s.unit.code)).toEqual(['8605-403']);
  });

  it('only the chosen bases count: with published links alone nothing is covered and nothing suggested', () => {
    const target = targetUnits(dataset, { kind: 'level-mandatory', level: 'L3' });
    const report = findGaps(dataset, ilm(400, 401, 402, 405), target, group1Pool, {
      bases: ['published'],
    });
    expect(report.covered).toEqual([]);
    expect(report.suggestions).toEqual([]);
  });

  it('with group 2 in the pool, F3 gets its first curated candidates; B1 still has none', () => {
    // data/curated-links-ilm.json: F3 from 318, 331, 510, 515 and 524 (all related); 524 is outside
    // the Certificate's ranges (004_…txt, rules of combination), so four remain.
    const target = targetUnits(dataset, { kind: 'level-mandatory', level: 'L4' });
    const report = findGaps(dataset, ilm(400, 401, 402, 405), target, certificatePool, {
      bases: ['curated'],
    });
    const f3 = report.byGap.find((g) => g.nos.code === 'F3')!.candidates;
    expect(f3.map((c) => c.unit.code).sort()).toEqual(['8605-318', '8605-331', '8605-510', '8605-515']);
    expect(report.byGap.find((g) => g.nos.code === 'B1')!.candidates).toEqual([]);
  });

  it('computed suggestions respect the minimum score', () => {
    const target = targetUnits(dataset, { kind: 'level', level: 'L4' });
    const report = findGaps(dataset, [], target, certificatePool, { bases: ['computed'], minScore: 0.3 });
    for (const s of report.suggestions)
      for (const l of s.covers) {
        expect(l.basis).toBe('computed');
        expect(l.score).toBeGreaterThanOrEqual(0.3);
      }
  });
});
