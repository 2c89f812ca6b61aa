import { forwardRef, useId, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CoverageMatrix as Matrix, MatrixCell } from '../../domain/plan';
import { RELATIONS } from '../../domain/vocabulary';
import { downloadBlob, downloadText } from '../common/download';
import { MATRIX_INK, RELATION_COLOURS, RELATION_TINTS } from '../common/encoding';
import { matrixLayout } from './matrix-layout';
import { MatrixGrid } from './MatrixGrid';
import { MatrixLabels } from './MatrixLabels';
import { MatrixLegend } from './MatrixLegend';

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif';

export interface MatrixHandle {
  exportSvg(filename: string): void;
  exportPng(filename: string): void;
}

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

  const layout = useMemo(() => matrixLayout(matrix, room), [matrix, room]);
  const { width, height } = layout;
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

        <MatrixGrid
          matrix={matrix}
          layout={layout}
          selected={selected}
          onSelect={onSelect}
          claimLabel={claimLabel}
          fillFor={fillFor}
        />
        <MatrixLegend layout={layout} ids={ids} />
        <MatrixLabels
          matrix={matrix}
          layout={layout}
          title={title}
          colHeaders={colHeaders}
          rowLabels={rowLabels}
          corner={corner}
        />
      </svg>
    </div>
  );
});
