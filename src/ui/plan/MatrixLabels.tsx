import type { RefObject } from 'react';
import type { CoverageMatrix as Matrix } from '../../domain/plan';
import { MATRIX_INK } from '../common/encoding';
import { HEADER, type MatrixLayout, truncate } from './matrix-layout';

/**
 * The labels around the grid: row counts on the right, and the column headers, row labels and
 * corner that the scroller keeps in view (it moves the groups through these refs).
 */
export function MatrixLabels({
  matrix,
  layout,
  title,
  colHeaders,
  rowLabels,
  corner,
}: {
  matrix: Matrix;
  layout: MatrixLayout;
  title: string;
  colHeaders: RefObject<SVGGElement | null>;
  rowLabels: RefObject<SVGGElement | null>;
  corner: RefObject<SVGGElement | null>;
}) {
  const { labelWidth, columns, rows, x, y, gridRight, gridBottom, width } = layout;
  // Characters of 10.5 px text that fit beside the grid.
  const labelChars = Math.floor((labelWidth - 8) / 6.4);
  const bw = layout.band.bandwidth();
  const bh = rows.bandwidth();
  return (
    <>
      {/* Row counts on the right. */}
      <g aria-hidden="true" fontSize="10">
        {matrix.rows.map((r) => (
          <text
            key={r.unit}
            x={gridRight + 8}
            y={y(r.unit) + bh / 2 + 3.5}
            fill={r.covers ? MATRIX_INK.text : MATRIX_INK.gap}
          >
            {r.covers}
          </text>
        ))}
      </g>

      {/* Column headers, sticky at the top. */}
      <g ref={colHeaders} data-sticky="top" aria-hidden="true">
        <rect
          x={labelWidth - 4}
          y="0"
          width={width - labelWidth + 4}
          height={HEADER - 3}
          fill={MATRIX_INK.paper}
        />
        {matrix.areas.map((a, i) => {
          const first = a.columns[0]!;
          const last = a.columns[a.columns.length - 1]!;
          const left = x(first.nos, i);
          const right = x(last.nos, i) + bw;
          const room = Math.floor((right - left) / 6.2);
          return (
            <g key={a.area}>
              <rect x={left} y="2" width={right - left} height="16" rx="3" fill={MATRIX_INK.areaGround} />
              <text x={left + 4} y="14" fontSize="10.5" fontWeight="700" fill={MATRIX_INK.areaText}>
                {truncate(`${a.area} ${a.title}`, Math.max(1, room))}
                <title>{`${a.area} ${a.title}: ${a.covered} of ${a.total} covered`}</title>
              </text>
            </g>
          );
        })}
        {columns.map((c) => (
          <text
            key={c.nos}
            transform={`translate(${x(c.nos, c.areaIndex) + bw / 2 + 3.5}, ${HEADER - 6}) rotate(-90)`}
            fontSize="10"
            fill={c.coveredBy === 0 ? MATRIX_INK.faint : MATRIX_INK.text}
          >
            <tspan fontWeight="700">{c.code}</tspan> {truncate(c.title, 20)}
            <title>{`${c.code} ${c.title}`}</title>
          </text>
        ))}
        <text x={gridRight + 4} y={HEADER - 6} fontSize="10" fill={MATRIX_INK.muted} fontWeight="600">
          #
        </text>
      </g>

      {/* Row labels, sticky at the left. */}
      <g ref={rowLabels} data-sticky="left" aria-hidden="true">
        <rect
          x="0"
          y={HEADER - 3}
          width={labelWidth - 4}
          height={gridBottom - HEADER + 40}
          fill={MATRIX_INK.paper}
        />
        {matrix.rows.map((r) => (
          <text key={r.unit} x="4" y={y(r.unit) + bh / 2 + 3.5} fontSize="10.5" fill={MATRIX_INK.text}>
            <tspan fontWeight="700">{truncate(r.code, 14)}</tspan>{' '}
            {truncate(r.title, Math.max(8, labelChars - Math.min(14, r.code.length)))}
            <title>{`${r.code} ${r.title}`}</title>
          </text>
        ))}
        <g fontSize="10" textAnchor="end" fill={MATRIX_INK.muted} fontWeight="600">
          <text x={labelWidth - 8} y={gridBottom + 14}>
            NOS unit covered by (rows)
          </text>
          <text x={labelWidth - 8} y={gridBottom + 30}>
            covered per functional area
          </text>
        </g>
      </g>
      <g ref={corner} data-sticky="corner" aria-hidden="true">
        <rect x="0" y="0" width={labelWidth - 4} height={HEADER - 3} fill={MATRIX_INK.paper} />
        <text x="4" y="16" fontSize="12" fontWeight="700" fill={MATRIX_INK.text}>
          {truncate(title, labelChars + 1)}
        </text>
        <text x="4" y="32" fontSize="10.5" fill={MATRIX_INK.muted}>
          {matrix.covered} of {matrix.total} NOS units covered
        </text>
        <text x="4" y="46" fontSize="10.5" fill={MATRIX_INK.muted}>
          counting links that are
        </text>
        <text x="4" y="60" fontSize="10.5" fill={MATRIX_INK.muted}>
          {matrix.bases.join(', ') || 'none'}
        </text>
        <text x="4" y={HEADER - 8} fontSize="10" fill={MATRIX_INK.muted} fontWeight="600">
          unit ↓ · NOS unit →
        </text>
      </g>
    </>
  );
}
