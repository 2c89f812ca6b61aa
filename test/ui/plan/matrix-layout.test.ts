/** The coverage matrix's geometry: cell sizes for the room it has, and where rows and columns go. */
import { describe, expect, it } from 'vitest';
import type { CoverageMatrix, MatrixColumn } from '../../../src/domain/plan';
import { AREA_GAP, HEADER, matrixLayout, matrixSizes, truncate } from '../../../src/ui/plan/matrix-layout';

const column = (nos: string, area: string): MatrixColumn => ({
  nos,
  code: nos,
  title: nos,
  area,
  coveredBy: 0,
});
const matrix: CoverageMatrix = {
  bases: ['published'],
  rows: [
    { unit: 'u1', code: '401', title: 'First', covers: 0 },
    { unit: 'u2', code: '402', title: 'Second', covers: 0 },
  ],
  areas: [
    {
      area: 'A',
      title: 'Area A',
      columns: [column('A1', 'A'), column('A2', 'A'), column('A3', 'A')],
      covered: 0,
      total: 3,
    },
    { area: 'B', title: 'Area B', columns: [column('B1', 'B'), column('B2', 'B')], covered: 0, total: 2 },
  ],
  cells: {},
  total: 5,
  covered: 0,
  uncovered: 5,
};

describe('matrix sizes', () => {
  it('uses the roomy sizes before the room is known (and for exports)', () => {
    expect(matrixSizes(0, 56, 6)).toEqual({ label: 220, cell: 16, row: 16 });
  });
  it('never shrinks cells below 12 px, so the 10 px column labels still fit, and keeps rows at least 14 px', () => {
    expect(matrixSizes(400, 56, 6)).toEqual({ label: 180, cell: 12, row: 14 });
  });
  it('never grows cells past 16 px however wide the room', () => {
    expect(matrixSizes(5000, 56, 6).cell).toBe(16);
  });
  it('shrinks the 56 columns in 6 functional areas to fit the room instead of scrolling sideways', () => {
    const sizes = [10, 10, 9, 9, 9, 9];
    const nos: CoverageMatrix = {
      ...matrix,
      areas: sizes.map((n, a) => ({
        area: `F${a}`,
        title: `Area ${a}`,
        columns: Array.from({ length: n }, (_, i) => column(`F${a}.${i}`, `F${a}`)),
        covered: 0,
        total: n,
      })),
    };
    for (const room of [1000, 1090]) {
      const { cell } = matrixSizes(room, 56, 6);
      expect(cell).toBeGreaterThan(12);
      expect(cell).toBeLessThan(16);
    }
    for (const room of [1000, 1090, 1200]) expect(matrixLayout(nos, room).width).toBeLessThanOrEqual(room);
  });
});

describe('matrix layout', () => {
  const layout = matrixLayout(matrix, 0);
  it('puts the first row under the column headers and stacks rows one row height apart', () => {
    expect(layout.y('u1')).toBe(HEADER);
    expect(layout.gridBottom).toBe(HEADER + 2 * layout.rowHeight);
  });
  it('starts the grid after the row labels and leaves a gap between functional areas', () => {
    expect(layout.x('A1', 0)).toBe(layout.labelWidth);
    const step = layout.x('A2', 0) - layout.x('A1', 0);
    expect(layout.x('B1', 1) - layout.x('A3', 0)).toBeCloseTo(step + AREA_GAP, 9);
  });
  it('numbers each column with its functional area', () => {
    expect(layout.columns.map((c) => c.areaIndex)).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('label truncation', () => {
  it('keeps short labels and cuts long ones to the given length with an ellipsis', () => {
    expect(truncate('Lead', 10)).toBe('Lead');
    expect(truncate('Leadership and management', 8)).toBe('Leaders…');
    expect(truncate('Leadership and management', 8)).toHaveLength(8);
  });
});
