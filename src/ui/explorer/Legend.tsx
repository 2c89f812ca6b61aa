import { KIND_COLOURS, KIND_LABELS, type DrawnKind } from '../common/encoding';
import { LinkLegendItems } from '../common/LinkLegend';
import { TermHelp } from '../common/TermHelp';

export function Legend() {
  return (
    <aside className="legend" aria-label="Legend">
      <div className="legend-group">
        {Object.entries(KIND_COLOURS).map(([kind, colour]) => (
          <span key={kind} className="legend-item">
            <span className={`swatch shape-${kind}`} style={{ background: colour }} aria-hidden="true" />
            {KIND_LABELS[kind as DrawnKind]}
          </span>
        ))}
      </div>
      <div className="legend-group">
        <LinkLegendItems />
        <TermHelp term="basis" />
      </div>
    </aside>
  );
}
