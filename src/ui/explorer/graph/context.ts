/**
 * One graph context for the explorer's graph: the cytoscape instance and the elements it was
 * built from. The render-less controllers beside it (filters, selection and camera, events,
 * commands) each read it through `useGraph`; panels and toolbars never hold the graph.
 */
import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';
import type { GraphElements } from '../graph-instance';

export interface GraphContextValue {
  cy: Core;
  elements: GraphElements;
  /** Ids of the elements the filters hide (owned by the filter controller; read by link streaming). */
  hidden: { current: Set<string> };
}

export const GraphContext = createContext<GraphContextValue | null>(null);

export function useGraph(): GraphContextValue {
  const graph = useContext(GraphContext);
  if (!graph) throw new Error('useGraph must be used inside the explorer graph');
  return graph;
}
