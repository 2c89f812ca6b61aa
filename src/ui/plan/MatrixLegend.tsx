import type { Basis } from '../../domain/model';
import { BASES, RELATIONS } from '../../domain/vocabulary';
import { MATRIX_INK, RELATION_COLOURS } from '../common/encoding';
import type { MatrixLayout } from './matrix-layout';

/** Legend, so an exported picture explains itself. */
export function MatrixLegend({ layout, ids }: { layout: MatrixLayout; ids: string }) {
  const { labelWidth, gridBottom } = layout;
  return (
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
  );
}
