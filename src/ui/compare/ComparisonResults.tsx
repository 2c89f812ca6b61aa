import { LinkLegendItems } from '../common/LinkLegend';
import { useState } from 'react';
import type { Comparison } from '../../domain/compare';
import { useAtlas } from '../context';
import { AreaSummary } from './AreaSummary';
import { HubDiagram } from './HubDiagram';
import { OneSided } from './OneSided';
import { PairsTable } from './PairsTable';

function statusOf(c: Comparison): string {
  const { x, y } = c;
  const only = `${c.onlyX.nos.length} NOS units are reached only by ${x.label}, ${c.onlyY.nos.length} only by ${y.label}.`;
  if (c.pairs.length === 0)
    return `${x.label} and ${y.label} reach no NOS unit in common with these links. ${only}`;
  return (
    `${x.label} and ${y.label} meet at ${c.shared.length} NOS unit${c.shared.length === 1 ? '' : 's'} ` +
    `through ${c.pairs.length} unit pair${c.pairs.length === 1 ? '' : 's'}. ${only}`
  );
}

/** Everything the comparison found: summary, per-area table, path diagram, pairs, one-sided lists. */
export function ComparisonResults({ comparison: c }: { comparison: Comparison }) {
  const { atlas } = useAtlas();
  const units = atlas.unitsById;
  // The picked unit belongs to one comparison; a new comparison starts with nothing picked.
  const [picked, setPicked] = useState<{ comparison: Comparison; id: string } | undefined>();
  const [hover, setHover] = useState<string | undefined>();
  const focus = picked?.comparison === c ? picked.id : undefined;
  const setFocus = (id: string | undefined) => setPicked(id ? { comparison: c, id } : undefined);

  return (
    <section className="compare-results" aria-labelledby="compare-heading">
      <h2 id="compare-heading">
        {c.x.label} <span className="muted">compared with</span> {c.y.label}{' '}
        <span className="muted">through the NOS</span>
      </h2>
      <p className="compare-status" aria-live="polite">
        {statusOf(c)}
      </p>
      <div className="compare-cards">
        <p className="compare-card shared">
          <b>{c.shared.length}</b> shared NOS units · <b>{c.pairs.length}</b> pairs
        </p>
        <p className="compare-card only-x">
          <b>{c.onlyX.nos.length}</b> NOS units only {c.x.label}
        </p>
        <p className="compare-card only-y">
          <b>{c.onlyY.nos.length}</b> NOS units only {c.y.label}
        </p>
      </div>
      <AreaSummary comparison={c} units={units} />
      <section aria-labelledby="paths-heading">
        <h3 id="paths-heading">Paths through shared NOS units</h3>
        {c.pairs.length > 0 ? (
          <>
            <p className="hint">
              Point at a unit to pick out its paths; click it to show only its pairs in the table.
            </p>
            <div className="hub-scroll" tabIndex={0} role="region" aria-label="Paths through the NOS hub">
              <HubDiagram
                comparison={c}
                units={units}
                focus={focus}
                onFocus={setFocus}
                hover={hover}
                onHover={setHover}
              />
            </div>
            <PathLegend />
          </>
        ) : (
          <p>No NOS unit is reached by both sides with the links counted. Try counting weaker links.</p>
        )}
      </section>
      {c.pairs.length > 0 && <PairsTable comparison={c} units={units} focus={focus} onFocus={setFocus} />}
      <OneSided comparison={c} units={units} />
    </section>
  );
}

function PathLegend() {
  return (
    <div className="legend compare-legend" aria-label="Line styles">
      <div className="legend-group">
        <LinkLegendItems />
      </div>
    </div>
  );
}
