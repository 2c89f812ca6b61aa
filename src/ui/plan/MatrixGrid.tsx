import { cellKey, type CoverageMatrix as Matrix, type MatrixCell } from '../../domain/plan';
import { MATRIX_INK, RELATION_COLOURS } from '../common/encoding';
import { HEADER, type MatrixLayout } from './matrix-layout';

/** The matrix grid: tinted gap columns, the linked cells as buttons, and the column and area totals. */
export function MatrixGrid({
  matrix,
  layout,
  selected,
  onSelect,
  claimLabel,
  fillFor,
}: {
  matrix: Matrix;
  layout: MatrixLayout;
  selected?: string;
  onSelect: (cell: MatrixCell) => void;
  claimLabel: (cell: MatrixCell) => string;
  fillFor: (cell: MatrixCell) => string;
}) {
  const { rowHeight, columns, band, rows, x, y, gridBottom } = layout;
  const bw = band.bandwidth();
  const bh = rows.bandwidth();
  return (
    <>
      {/* Grid: uncovered columns are tinted so the gaps stand out. */}
      <g aria-hidden="true">
        {columns.map((c) => (
          <rect
            key={c.nos}
            x={x(c.nos, c.areaIndex) - 1}
            y={HEADER - 2}
            width={bw + 2}
            height={matrix.rows.length * rowHeight + 2}
            fill={c.coveredBy === 0 ? MATRIX_INK.gapGround : MATRIX_INK.coveredGround}
          />
        ))}
        {matrix.rows.map((r) =>
          columns.map((c) => (
            <rect
              key={`${r.unit}-${c.nos}`}
              x={x(c.nos, c.areaIndex)}
              y={y(r.unit)}
              width={bw}
              height={bh}
              fill={MATRIX_INK.paper}
              stroke={MATRIX_INK.cellLine}
              strokeWidth="0.6"
            />
          )),
        )}
      </g>

      <g>
        {matrix.rows.flatMap((r) =>
          columns.map((c) => {
            const cell = matrix.cells[cellKey(r.unit, c.nos)];
            if (!cell) return null;
            const key = cellKey(r.unit, c.nos);
            const label = `${r.code} → ${c.code} ${c.title}: ${cell.relation}, ${claimLabel(cell)}${cell.score !== undefined ? `, score ${cell.score.toFixed(2)}` : ''}${cell.caveat ? `; caveat: ${cell.caveat.text}` : ''}`;
            return (
              <rect
                key={key}
                className={`matrix-cell${selected === key ? ' is-selected' : ''}`}
                x={x(c.nos, c.areaIndex)}
                y={y(r.unit)}
                width={bw}
                height={bh}
                rx="2"
                fill={fillFor(cell)}
                fillOpacity={cell.basis === 'computed' ? 0.38 : 1}
                stroke={
                  selected === key
                    ? MATRIX_INK.text
                    : cell.basis === 'computed'
                      ? RELATION_COLOURS[cell.relation]
                      : 'none'
                }
                strokeWidth={selected === key ? 2 : 1}
                strokeDasharray={cell.basis === 'computed' && selected !== key ? '1.5 1.5' : undefined}
                role="button"
                tabIndex={0}
                aria-label={label}
                aria-pressed={selected === key}
                onClick={() => onSelect(cell)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onSelect(cell);
                  }
                }}
              >
                <title>{label}</title>
              </rect>
            );
          }),
        )}
      </g>

      {/* Column totals: how many plan units reach each NOS unit. */}
      <g aria-hidden="true" fontSize="10" textAnchor="middle">
        {columns.map((c) => (
          <text
            key={c.nos}
            x={x(c.nos, c.areaIndex) + bw / 2}
            y={gridBottom + 14}
            fill={c.coveredBy === 0 ? MATRIX_INK.gap : MATRIX_INK.text}
            fontWeight={c.coveredBy === 0 ? 700 : 400}
          >
            {c.coveredBy === 0 ? '·' : c.coveredBy}
          </text>
        ))}
        {matrix.areas.map((a, i) => {
          const first = a.columns[0]!;
          const last = a.columns[a.columns.length - 1]!;
          const mid = (x(first.nos, i) + x(last.nos, i) + bw) / 2;
          return (
            <text
              key={a.area}
              x={mid}
              y={gridBottom + 30}
              fill={a.covered === 0 ? MATRIX_INK.gap : MATRIX_INK.text}
            >
              {a.covered}/{a.total}
            </text>
          );
        })}
      </g>
    </>
  );
}
