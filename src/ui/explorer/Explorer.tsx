import { useRef } from 'react';
import { statusLine } from '../../domain/filters';
import { useAtlas } from '../context';
import { DetailPanel } from './DetailPanel';
import { FiltersPanel } from './FiltersPanel';
import { GraphView, type GraphHandle } from './GraphView';
import { Legend } from './Legend';
import { TableView } from './TableView';
import { GraphToolbar } from './GraphToolbar';
import { useFilteredView } from './useFilteredView';

export function Explorer() {
  const { state } = useAtlas();
  const view = useFilteredView();
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
