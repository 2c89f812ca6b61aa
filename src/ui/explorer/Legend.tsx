import { BASIS_DASH, KIND_COLOURS, RELATION_COLOURS } from './graph-style';

const KIND_LABELS: Record<string, string> = {
  generic: 'Generic NOS',
  specialist: 'Specialist',
  partnership: 'Partnership',
  qualification: 'Qualification unit',
  user: 'Your course',
};

export function Legend() {
  return (
    <aside className="legend" aria-label="Legend">
      <div className="legend-group">
        {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
          <span key={kind} className="legend-item">
            <span className={`swatch shape-${kind}`} style={{ background: colour }} aria-hidden="true" />
            {KIND_LABELS[kind]}
          </span>
        ))}
      </div>
      <div className="legend-group">
        <LinkLegendItems />
      </div>
    </aside>
  );
}

/** How links are drawn: dash by basis, colour by relation (shared with the compare diagram). */
export function LinkLegendItems() {
  return (
    <>
      {Object.entries(BASIS_DASH).map(([basis, dash]) => (
        <span key={basis} className="legend-item">
          <svg width="28" height="8" aria-hidden="true">
            <line
              x1="0"
              y1="4"
              x2="28"
              y2="4"
              stroke="#334155"
              strokeWidth="2"
              strokeDasharray={dash === 'solid' ? undefined : dash === 'dashed' ? '6 4' : '2 3'}
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
