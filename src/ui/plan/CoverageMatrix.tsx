import { forwardRef, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { cellKey, type CoverageMatrix as Matrix, type MatrixCell } from '../../domain/plan';
import type { Basis } from '../../domain/model';
import { BASES, RELATIONS } from '../../domain/vocabulary';
import { downloadBlob, downloadText } from '../common/download';
import { MATRIX_INK, RELATION_COLOURS, RELATION_TINTS } from '../common/encoding';
import { bandScale } from '../common/scales';

const AREA_GAP = 8;
const HEADER = 166;
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
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

export interface MatrixHandle {
  exportSvg(filename: string): void;
  exportPng(filename: string): void;
}

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The coverage matrix, drawn as SVG with d3 scales: rows are the plan's units, columns the 56 NOS
 * units grouped by functional area. Colour says the relation, fill pattern the basis (solid
 * published, hatched curated, faint dotted computed). Row labels and column headers stay in view
 * while the matrix scrolls. Linked cells are buttons that open the link's evidence.
 */
export const CoverageMatrix = forwardRef<
  MatrixHandle,
  {
    matrix: Matrix;
    selected?: string;
    onSelect: (cell: MatrixCell) => void;
    claimLabel: (cell: MatrixCell) => string;
    title: string;
  }
>(function CoverageMatrix({ matrix, selected, onSelect, claimLabel, title }, ref) {
  const scroller = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const rowLabels = useRef<SVGGElement>(null);
  const colHeaders = useRef<SVGGElement>(null);
  const corner = useRef<SVGGElement>(null);
  const ids = useId().replace(/[^a-zA-Z0-9]/g, '');
  const [room, setRoom] = useState(0);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setRoom(el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const layout = useMemo(() => {
    const columns = matrix.areas.flatMap((a, areaIndex) => a.columns.map((c) => ({ ...c, areaIndex })));
    const {
      label: labelWidth,
      cell,
      row: rowHeight,
    } = matrixSizes(room, columns.length, matrix.areas.length);
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
  }, [matrix, room]);
  const { labelWidth, rowHeight, columns, band, rows, x, y, gridRight, gridBottom, width, height } = layout;
  // Characters of 10.5 px text that fit beside the grid.
  const labelChars = Math.floor((labelWidth - 8) / 6.4);
  const bw = band.bandwidth();
  const bh = rows.bandwidth();

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    rowLabels.current?.setAttribute('transform', `translate(${el.scrollLeft},0)`);
    colHeaders.current?.setAttribute('transform', `translate(0,${el.scrollTop})`);
    corner.current?.setAttribute('transform', `translate(${el.scrollLeft},${el.scrollTop})`);
  };

  const serialise = () => {
    const clone = svg.current!.cloneNode(true) as SVGSVGElement;
    clone.querySelectorAll('[data-sticky]').forEach((g) => g.removeAttribute('transform'));
    clone.querySelectorAll('[tabindex]').forEach((n) => {
      n.removeAttribute('tabindex');
      n.removeAttribute('role');
    });
    clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new XMLSerializer().serializeToString(clone);
  };
  useImperativeHandle(ref, () => ({
    exportSvg(filename) {
      downloadText(serialise(), filename, 'image/svg+xml');
    },
    exportPng(filename) {
      const image = new Image();
      image.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = width * 2;
        canvas.height = height * 2;
        const context = canvas.getContext('2d');
        if (!context) return;
        context.scale(2, 2);
        context.drawImage(image, 0, 0, width, height);
        canvas.toBlob((blob) => blob && downloadBlob(blob, filename), 'image/png');
      };
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialise())}`;
    },
  }));

  const fillFor = (cell: MatrixCell) =>
    cell.basis === 'curated' ? `url(#${ids}-hatch-${cell.relation})` : RELATION_COLOURS[cell.relation];

  return (
    <div className="matrix-scroller" ref={scroller} onScroll={onScroll}>
      <svg
        ref={svg}
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={`${title}: ${matrix.rows.length} units against ${matrix.total} NOS units; ${matrix.covered} covered, ${matrix.uncovered} not covered. Linked cells are buttons that open the evidence.`}
        fontFamily={FONT}
        className="matrix"
      >
        <defs>
          {RELATIONS.map((r) => (
            <pattern
              key={r}
              id={`${ids}-hatch-${r}`}
              width="4"
              height="4"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="4" height="4" fill={RELATION_TINTS[r]} />
              <rect width="2.2" height="4" fill={RELATION_COLOURS[r]} />
            </pattern>
          ))}
        </defs>
        <rect width={width} height={height} fill={MATRIX_INK.paper} />

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

        {/* Legend, so an exported picture explains itself. */}
        <g aria-hidden="true" fontSize="10" transform={`translate(${labelWidth}, ${gridBottom + 50})`}>
          {RELATIONS.map((r, i) => (
            <g key={r} transform={`translate(${i * 70}, 0)`}>
              <rect width="12" height="12" rx="2" fill={RELATION_COLOURS[r]} />
              <text x="16" y="10" fill={MATRIX_INK.text}>
                {r}
              </text>
            </g>
          ))}
          {BASES.map((b: Basis, i) => (
            <g key={b} transform={`translate(${i * 120}, 20)`}>
              <rect
                width="12"
                height="12"
                rx="2"
                fill={b === 'curated' ? `url(#${ids}-hatch-close)` : RELATION_COLOURS.close}
                fillOpacity={b === 'computed' ? 0.38 : 1}
                stroke={b === 'computed' ? RELATION_COLOURS.close : 'none'}
                strokeDasharray={b === 'computed' ? '1.5 1.5' : undefined}
              />
              <text x="16" y="10" fill={MATRIX_INK.text}>
                {b === 'published'
                  ? 'published (solid)'
                  : b === 'curated'
                    ? 'curated (hatched)'
                    : 'computed (faint)'}
              </text>
            </g>
          ))}
          <g transform="translate(360, 20)">
            <rect width="12" height="12" fill={MATRIX_INK.gapGround} stroke={MATRIX_INK.gapLine} />
            <text x="16" y="10" fill={MATRIX_INK.text}>
              not covered
            </text>
          </g>
        </g>

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
      </svg>
    </div>
  );
});
