/**
 * Coverage of the 56 generic NOS units (sources/000_…txt: A has 3 units, B 12, C 6, D 12, E 11,
 * F 12) by known plans. The expected links are read from the curated link files:
 *   data/curated-links-proqual.json: L/506/1953 → B6 close, Y/506/1955 → B1 close,
 *     F/506/1982 → D2 close, T/506/2952 → A2 close, A/506/1821 → D6 close,
 *     J/506/1921 → D8 narrow and D6 related.
 *   data/curated-links-ilm.json: 8605-400 → A2 broad, 8605-401 → B6 broad and D6 broad,
 *     8605-402 → B11 close, 8605-405 → D7 close.
 * No qualification unit has a published link (published links come from the Topss map, which
 * maps specialist standards only).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage';
import type { Dataset, Unit } from '../../src/domain/model';
import { cellKey, coverageMatrix, describeCell, linksBetween, matrixToCsv } from '../../src/domain/plan';
import { loadFullDataset } from '../../src/node/data-files';

let dataset: Dataset;
const units = (...ids: string[]): Unit[] => ids.map((id) => dataset.units.find((u) => u.id === id)!);
beforeAll(() => {
  dataset = loadFullDataset().dataset;
});

const proqualGroupA = () =>
  units('proqual:L/506/1953', 'proqual:Y/506/1955', 'proqual:F/506/1982', 'proqual:T/506/2952');
const ilmPlan = () => units('ilm:8605-400', 'ilm:8605-401', 'ilm:8605-402', 'ilm:8605-405');

describe('coverage numbers for known plans (curated links)', () => {
  it('ProQual group A covers A2, B1, B6 and D2: 4 of 56', () => {
    const report = computeCoverage(dataset, proqualGroupA(), { bases: ['curated'] });
    expect(report.nosUnits).toBe(56);
    expect(report.covered.map((c) => c.code).sort()).toEqual(['A2', 'B1', 'B6', 'D2']);
    expect(report.uncovered).toHaveLength(52);
    expect(report.areas.map((a) => `${a.area} ${a.covered}/${a.total}`)).toEqual([
      'A 1/3',
      'B 2/12',
      'C 0/6',
      'D 1/12',
      'E 0/11',
      'F 0/12',
    ]);
  });

  it('an ILM Certificate plan of 400, 401, 402, 405 covers A2, B6, B11, D6, D7: 5 of 56', () => {
    const report = computeCoverage(dataset, ilmPlan(), { bases: ['published', 'curated'] });
    expect(report.covered.map((c) => c.code).sort()).toEqual(['A2', 'B11', 'B6', 'D6', 'D7']);
    expect(report.areas.filter((a) => a.covered > 0).map((a) => `${a.area} ${a.covered}/${a.total}`)).toEqual(
      ['A 1/3', 'B 2/12', 'D 2/12'],
    );
  });

  it('only published links: a qualification plan covers nothing', () => {
    expect(computeCoverage(dataset, ilmPlan(), { bases: ['published'] }).covered).toEqual([]);
  });

  it('only computed links: every cell is computed and at or above the minimum score', () => {
    const report = computeCoverage(dataset, ilmPlan(), { bases: ['computed'], minScore: 0.15 });
    expect(report.cells.length).toBeGreaterThan(0);
    for (const c of report.cells) {
      expect(c.basis).toBe('computed');
      expect(c.score).toBeGreaterThanOrEqual(0.15);
    }
  });

  it('with every basis, a pair that has a curated link shows the curated link, not a computed one', () => {
    const report = computeCoverage(dataset, ilmPlan());
    const cell = report.cells.find((c) => c.unit === 'ilm:8605-400' && c.nos === 'nos:A2');
    expect(cell).toMatchObject({ relation: 'broad', basis: 'curated' });
  });

  it('a plan of NOS units covers each of them exactly', () => {
    const report = computeCoverage(dataset, units('nos:A2', 'nos:B6'), { bases: ['curated'] });
    expect(report.covered.map((c) => c.code).sort()).toEqual(['A2', 'B6']);
    expect(report.cells.every((c) => c.relation === 'exact' && c.unit === c.nos)).toBe(true);
  });
});

describe('the coverage matrix', () => {
  it('has a row per plan unit and the 56 NOS units in six areas, A1 … F12', () => {
    const matrix = coverageMatrix(dataset, ilmPlan(), { bases: ['curated'] });
    expect(matrix.rows.map((r) => r.code)).toEqual(['8605-400', '8605-401', '8605-402', '8605-405']);
    expect(matrix.areas.map((a) => `${a.area}:${a.columns.length}`)).toEqual([
      'A:3',
      'B:12',
      'C:6',
      'D:12',
      'E:11',
      'F:12',
    ]);
    expect(matrix.areas[1]!.columns.map((c) => c.code).slice(0, 3)).toEqual(['B1', 'B2', 'B3']);
    expect(matrix.areas[1]!.columns[11]!.code).toBe('B12');
    expect([matrix.total, matrix.covered, matrix.uncovered]).toEqual([56, 5, 51]);
  });

  it('cells carry relation and basis; rows and columns carry their counts', () => {
    const matrix = coverageMatrix(dataset, ilmPlan(), { bases: ['curated'] });
    expect(matrix.cells[cellKey('ilm:8605-401', 'nos:B6')]).toMatchObject({
      relation: 'broad',
      basis: 'curated',
    });
    expect(matrix.cells[cellKey('ilm:8605-402', 'nos:B11')]).toMatchObject({
      relation: 'close',
      basis: 'curated',
    });
    expect(matrix.rows.find((r) => r.code === '8605-401')!.covers).toBe(2);
    const column = (code: string) => matrix.areas.flatMap((a) => a.columns).find((c) => c.code === code)!;
    expect(column('B6').coveredBy).toBe(1);
    expect(column('E6').coveredBy).toBe(0);
  });

  it('two rows reaching the same NOS unit count twice in its column (ProQual A/506/1821, J/506/1921 → D6)', () => {
    const matrix = coverageMatrix(dataset, units('proqual:A/506/1821', 'proqual:J/506/1921'), {
      bases: ['curated'],
    });
    const d6 = matrix.areas.find((a) => a.area === 'D')!.columns.find((c) => c.code === 'D6')!;
    expect(d6.coveredBy).toBe(2);
    expect(describeCell(matrix.cells[cellKey('proqual:J/506/1921', 'nos:D6')])).toBe('related (curated)');
    expect(describeCell(matrix.cells[cellKey('proqual:J/506/1921', 'nos:D8')])).toBe('narrow (curated)');
    expect(matrix.covered).toBe(2);
  });

  it('exports as CSV: a row per unit, a column per NOS unit, and a "covered by" row', () => {
    const csv = matrixToCsv(coverageMatrix(dataset, ilmPlan(), { bases: ['curated'] }));
    // Spreadsheet CSV (issue 13): byte-order mark, CRLF, number-like codes written as ="…" to stay text.
    expect(csv.startsWith('\uFEFFunit,')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.slice(0, 4)).toEqual(['unit', 'title', 'covers', 'A1']);
    expect(header).toHaveLength(3 + 56);
    expect(lines).toHaveLength(1 + 4 + 1);
    const row401 = lines.find((l) => l.startsWith('"=""8605-401"""'))!.split(',');
    expect(row401[header.indexOf('B6')]).toBe('broad (curated)');
    expect(row401[header.indexOf('D6')]).toBe('broad (curated)');
    expect(row401[header.indexOf('A2')]).toBe('');
    const totals = lines[lines.length - 1]!;
    expect(totals.startsWith('covered by,5 of 56 NOS units covered (curated)')).toBe(true);
  });

  it("a cell's evidence lists every link between the two units, strongest first", () => {
    const links = linksBetween(dataset, 'ilm:8605-400', 'nos:A2');
    expect(links[0]).toMatchObject({ basis: 'curated', relation: 'broad' });
    expect(links[0]!.rationale).toMatch(/A2/);
    expect(links.every((l, i) => i === 0 || l.basis !== 'published')).toBe(true);
  });
});
