/**
 * One graph context for the explorer's graph: the cytoscape instance, the scene it draws, and the
 * few pieces of graph-only state (which groups are expanded, what the pointer or keyboard is on).
 * The render-less controllers beside it (scene sync, selection and camera, events, zoom detail,
 * commands) each read it through `useGraph`; panels and toolbars never hold the graph.
 */
import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';
import type { Scene, SceneModel } from '../../../domain/overview';

export interface Tooltip {
  x: number;
  y: number;
  lines: string[];
}

export interface GraphContextValue {
  cy: Core;
  model: SceneModel;
  scene: Scene;
  /** Shows every member of a folded group (a chip), or folds it back. */
  setExpanded(update: (expanded: ReadonlySet<string>) => ReadonlySet<string>): void;
  setShowAll(showAll: boolean): void;
  setTooltip(tooltip: Tooltip | undefined): void;
  /** Said by the live region: what the keyboard is on. */
  announce(text: string): void;
}

export const GraphContext = createContext<GraphContextValue | null>(null);

export function useGraph(): GraphContextValue {
  const graph = useContext(GraphContext);
  if (!graph) throw new Error('useGraph must be used inside the explorer graph');
  return graph;
}
