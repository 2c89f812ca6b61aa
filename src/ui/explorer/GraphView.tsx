import { forwardRef, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FilteredView } from '../../domain/filters';
import { useAtlas } from '../context';
import { CommandsController, type GraphHandle } from './graph/CommandsController';
import { GraphContext, type GraphContextValue } from './graph/context';
import { EventsController } from './graph/EventsController';
import { FilterController } from './graph/FilterController';
import { SelectionController } from './graph/SelectionController';
import { adoptBootedGraph, createGraph, elementsFor } from './graph-instance';

export type { GraphHandle };

/**
 * The explorer's graph: creates (or adopts) the cytoscape instance and composes the render-less
 * controllers over it, as sigma.js's demo composes its Graph…Controllers.
 */
export const GraphView = forwardRef<GraphHandle, { view: FilteredView }>(function GraphView({ view }, ref) {
  const { atlas } = useAtlas();
  const container = useRef<HTMLDivElement>(null);
  const hidden = useRef<Set<string>>(new Set());
  const [graph, setGraph] = useState<GraphContextValue | null>(null);
  const elements = useMemo(() => elementsFor(atlas), [atlas]);

  // A layout effect: the graph exists in the same task as the first render, before the browser
  // paints the rest of the page. At start-up it was usually booted already (see graph-instance).
  useLayoutEffect(() => {
    if (!container.current) return;
    const instance =
      adoptBootedGraph(container.current, elements) ??
      createGraph(container.current, elements, (id) => hidden.current.has(id));
    setGraph({ cy: instance.cy, elements, hidden });
    // Search is built lazily; build it now that the graph is up, before anyone types.
    const warm = () => void atlas.search.docs;
    if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 1500 });
    else setTimeout(warm, 200);
    document.documentElement.dataset.graph = 'ready';
    return () => {
      instance.dispose();
      setGraph(null);
    };
  }, [elements, atlas]);

  return (
    <div
      ref={container}
      className="graph"
      role="img"
      aria-label={`Graph of ${view.units.length} units and ${view.links.length} links. Use the table view for a keyboard-friendly list.`}
      data-testid="graph"
    >
      {graph && (
        <GraphContext.Provider value={graph}>
          <FilterController view={view} />
          <SelectionController view={view} />
          <EventsController />
          <CommandsController ref={ref} />
        </GraphContext.Provider>
      )}
    </div>
  );
});
