import type { CoverageMatrix as Matrix } from '../../domain/plan';
import { bandScale } from '../common/scales';

export const AREA_GAP = 8;
export const HEADER = 166;
/** Room on the right for the row counts. */
const RIGHT = 28;

/**
 * Cell and row-label sizes for the room the matrix has: the 56 columns shrink (down to 12 px, so
 * the 10 px column labels still fit) before the matrix needs sideways scrolling, so it fits the
 * course-mapping page at 1280 px. Before the room is known (and for exports) the roomy sizes.
 */
export function matrixSizes(room: number, columns: number, areas: number) {
  const label = room > 0 && room < 1100 ? 180 : 220;
  const fit = room > 0 ? (room - label - RIGHT - (areas - 1) * AREA_GAP) / columns : 16;
  const cell = Math.max(12, Math.min(16, Math.floor(fit * 4) / 4));
  return { label, cell, row: Math.max(cell, 14) };
}

/** Where each row, column and total goes in the coverage matrix for the room it has. */
export function matrixLayout(matrix: Matrix, room: number) {
  const columns = matrix.areas.flatMap((a, areaIndex) => a.columns.map((c) => ({ ...c, areaIndex })));
  const { label: labelWidth, cell, row: rowHeight } = matrixSizes(room, columns.length, matrix.areas.length);
  const band = bandScale(
    columns.map((c) => c.nos),
    [0, columns.length * cell],
    { inner: 0.12 },
  );
  const rows = bandScale(
    matrix.rows.map((r) => r.unit),
    [0, matrix.rows.length * rowHeight],
    { inner: 0.12 },
  );
  const x = (nos: string, areaIndex: number) => labelWidth + (band(nos) ?? 0) + areaIndex * AREA_GAP;
  const y = (unit: string) => HEADER + (rows(unit) ?? 0);
  const gridRight = labelWidth + columns.length * cell + (matrix.areas.length - 1) * AREA_GAP;
  const gridBottom = HEADER + matrix.rows.length * rowHeight;
  return {
    labelWidth,
    rowHeight,
    columns,
    band,
    rows,
    x,
    y,
    gridRight,
    gridBottom,
    width: gridRight + RIGHT,
    height: gridBottom + 96,
  };
}
export type MatrixLayout = ReturnType<typeof matrixLayout>;

export const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
