import { useRef, useState } from 'react';
import { statusLine } from '../../domain/filters';
import { useAtlas } from '../context';
import { DetailPanel } from './DetailPanel';
import { FiltersPanel } from './FiltersPanel';
import { GraphView, type GraphHandle } from './GraphView';
import { Legend } from './Legend';
import { TableView } from './TableView';
import { GraphToolbar } from './GraphToolbar';
import { useFilteredView } from '../common/useFilteredView';

/**
 * Filters, map and details side by side; on narrow screens (see styles.css) the filters and the
 * details become drawers over the map, so the map keeps the whole width.
 */
export function Explorer() {
  const { state, routes } = useAtlas();
  const view = useFilteredView();
  const graph = useRef<GraphHandle>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const classes = ['explorer', filtersOpen && 'filters-open', state.selected && 'has-selection'];
  return (
    <div className={classes.filter(Boolean).join(' ')}>
      <FiltersPanel />
      <section className="canvas-area" aria-label="Standards map">
        <GraphToolbar
          graph={graph}
          filtersOpen={filtersOpen}
          onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        />
        <p role="status" className="status-line" aria-live="polite">
          {statusLine(view)}
        </p>
        {state.mode === 'graph' ? <GraphView ref={graph} view={view} /> : <TableView view={view} />}
        {state.mode === 'graph' && <Legend />}
      </section>
      <DetailPanel />
      {state.selected && (
        <button type="button" className="drawer-close" onClick={() => routes.clearSelection()}>
          Close details
        </button>
      )}
    </div>
  );
}
