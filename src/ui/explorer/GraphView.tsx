import type { Core } from 'cytoscape';
import { forwardRef, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { FilteredView } from '../../domain/filters';
import { buildScene } from '../../domain/overview';
import { useAtlas } from '../context';
import { CommandsController, type GraphHandle } from './graph/CommandsController';
import { GraphContext, type GraphContextValue, type Tooltip } from './graph/context';
import { EventsController } from './graph/EventsController';
import { SceneController } from './graph/SceneController';
import { SelectionController } from './graph/SelectionController';
import { ZoomController } from './graph/ZoomController';
import { adoptBootedGraph, createGraph, revealedBy, sceneModelFor } from './graph-instance';

export type { GraphHandle };

/**
 * The explorer's graph: works out the scene (overview, expanded groups, the selection's
 * neighbourhood), creates or adopts the cytoscape instance, and composes the render-less
 * controllers over it, as sigma.js's demo composes its Graph…Controllers.
 */
export const GraphView = forwardRef<GraphHandle, { view: FilteredView }>(function GraphView({ view }, ref) {
  const { atlas, state } = useAtlas();
  const container = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [showAll, setShowAll] = useState(false);
  const [tooltip, setTooltip] = useState<Tooltip | undefined>();
  const [announcement, announce] = useState('');
  const { model, linkIds } = sceneModelFor(atlas);
  const revealed = useMemo(
    () => revealedBy(state.selected, view.links, state.hops),
    [state.selected, state.hops, view],
  );
  const scene = useMemo(
    () =>
      buildScene(model, {
        visible: view.unitIds,
        links: view.links.map((link) => ({ link, id: linkIds.get(link) ?? `x:${link.from}>${link.to}` })),
        expanded,
        revealed,
        showAll,
      }),
    [model, linkIds, view, expanded, revealed, showAll],
  );
  const sceneRef = useRef(scene);
  useLayoutEffect(() => {
    sceneRef.current = scene;
  }, [scene]);

  // A layout effect: the graph exists in the same task as the first render, before the browser
  // paints the rest of the page. At start-up it was usually booted already (see graph-instance).
  useLayoutEffect(() => {
    if (!container.current) return;
    const instance = adoptBootedGraph(container.current) ?? createGraph(container.current, sceneRef.current);
    setCy(instance.cy);
    // Search is built lazily; build it now that the graph is up, before anyone types.
    const warm = () => void atlas.search.docs;
    if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 1500 });
    else setTimeout(warm, 200);
    document.documentElement.dataset.graph = 'ready';
    return () => {
      instance.dispose();
      setCy(null);
    };
    // The instance lives as long as the view; the scene controller keeps it up to date.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const setTip = useCallback((t: Tooltip | undefined) => setTooltip(t), []);
  const graph = useMemo<GraphContextValue | null>(
    () => cy && { cy, model, scene, setExpanded, setShowAll, setTooltip: setTip, announce },
    [cy, model, scene, setTip],
  );

  return (
    <div className="graph-wrap">
      <div
        ref={container}
        className="graph"
        role="img"
        tabIndex={0}
        aria-label={`Graph of ${view.units.length} units and ${view.links.length} links. Use the table view for a keyboard-friendly list.`}
        aria-describedby="graph-keys"
        data-testid="graph"
      />
      <p id="graph-keys" className="visually-hidden">
        Arrow keys move between units and groups, Enter selects.
      </p>
      <p className="visually-hidden" aria-live="polite" data-testid="graph-announcer">
        {announcement}
      </p>
      {tooltip && (
        <div
          className="graph-tooltip"
          role="presentation"
          style={{ left: tooltip.x + 14, top: tooltip.y + 14 }}
        >
          {tooltip.lines.map((line, i) => (
            <div key={i} className={i === 0 ? 'graph-tooltip-head' : undefined}>
              {line}
            </div>
          ))}
        </div>
      )}
      {graph && (
        <GraphContext.Provider value={graph}>
          <SceneController />
          <SelectionController view={view} />
          <ZoomController />
          <EventsController />
          <CommandsController ref={ref} />
        </GraphContext.Provider>
      )}
    </div>
  );
});
