import type { RefObject } from 'react';
import { useAtlas } from '../context';
import type { GraphHandle } from './GraphView';

export function GraphToolbar({
  graph,
  filtersOpen,
  onToggleFilters,
}: {
  graph: RefObject<GraphHandle | null>;
  filtersOpen: boolean;
  onToggleFilters: () => void;
}) {
  const { state, routes } = useAtlas();
  const isGraph = state.mode === 'graph';
  return (
    <div className="toolbar" role="toolbar" aria-label="Map tools">
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={filtersOpen}
        aria-controls="filters-panel"
        onClick={onToggleFilters}
      >
        Filters
      </button>
      <div className="segmented" role="group" aria-label="Display">
        <button type="button" aria-pressed={isGraph} onClick={() => routes.setMode('graph')}>
          Graph
        </button>
        <button type="button" aria-pressed={!isGraph} onClick={() => routes.setMode('table')}>
          Table
        </button>
      </div>
      <label className="inline-field">
        Neighbourhood
        <select value={state.hops} onChange={(e) => routes.setHops(e.target.value === '2' ? 2 : 1)}>
          <option value="1">1 hop</option>
          <option value="2">2 hops</option>
        </select>
      </label>
      {isGraph && (
        <div className="tool-buttons">
          <button
            type="button"
            onClick={() => graph.current?.zoomBy(1.25)}
            aria-label="Zoom in"
            title="Zoom in"
          >
            +
          </button>
          <button
            type="button"
            onClick={() => graph.current?.zoomBy(0.8)}
            aria-label="Zoom out"
            title="Zoom out"
          >
            −
          </button>
          <button type="button" onClick={() => graph.current?.fit()}>
            Fit
          </button>
          <button
            type="button"
            onClick={() => graph.current?.reset()}
            title="Fold every group back into the overview"
          >
            Reset
          </button>
          <button
            type="button"
            onClick={() => graph.current?.expandAll()}
            title="Draw the units of every framework"
          >
            Show all units
          </button>
          <button type="button" onClick={() => graph.current?.exportPng()}>
            PNG
          </button>
          <button type="button" onClick={() => graph.current?.exportSvg()}>
            SVG
          </button>
        </div>
      )}
    </div>
  );
}
