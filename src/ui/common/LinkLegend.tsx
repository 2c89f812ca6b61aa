import { BASIS_DASH, BASIS_DASH_PATTERN, GRAPH_INK, RELATION_COLOURS } from './encoding';
import type { Basis } from '../../domain/model';

/** How links are drawn: dash by basis, colour by relation (the explorer's legend and the compare diagram). */
export function LinkLegendItems() {
  return (
    <>
      {Object.keys(BASIS_DASH).map((basis) => (
        <span key={basis} className="legend-item">
          <svg width="28" height="8" aria-hidden="true">
            <line
              x1="0"
              y1="4"
              x2="28"
              y2="4"
              stroke={GRAPH_INK.link}
              strokeWidth="2"
              strokeDasharray={BASIS_DASH_PATTERN[basis as Basis]?.map((n) => Math.max(2, n - 3)).join(' ')}
            />
          </svg>
          {basis}
        </span>
      ))}
      {Object.entries(RELATION_COLOURS).map(([relation, colour]) => (
        <span key={relation} className="legend-item">
          <span className="swatch line" style={{ background: colour }} aria-hidden="true" />
          {relation}
        </span>
      ))}
    </>
  );
}
