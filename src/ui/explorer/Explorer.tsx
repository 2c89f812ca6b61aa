import { useMemo, useRef } from 'react';
import { applyFilters, statusLine } from '../../domain/filters';
import { useAtlas } from '../context';
import { DetailPanel } from './DetailPanel';
import { FiltersPanel } from './FiltersPanel';
import { GraphView, type GraphHandle } from './GraphView';
import { Legend } from './Legend';
import { TableView } from './TableView';
import { GraphToolbar } from './GraphToolbar';

export function Explorer() {
  const { atlas, state } = useAtlas();
  const view = useMemo(() => applyFilters(atlas.dataset, state.filters), [atlas, state.filters]);
  const graph = useRef<GraphHandle>(null);
  return (
    <div className="explorer">
      <FiltersPanel />
      <section className="canvas-area" aria-label="Standards map">
        <GraphToolbar graph={graph} />
        <p role="status" className="status-line" aria-live="polite">
          {statusLine(view)}
        </p>
        {state.mode === 'graph' ? <GraphView ref={graph} view={view} /> : <TableView view={view} />}
        {state.mode === 'graph' && <Legend />}
      </section>
      <DetailPanel />
    </div>
  );
}
