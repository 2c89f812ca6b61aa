/**
 * The benchmark's reference page: the same libraries (React, cytoscape) and the same
 * data bundle, drawing the same nodes at their preset positions, with none of the app around it.
 */
import cytoscape from 'cytoscape';
import { createRoot } from 'react-dom/client';
import bundle from '@bundle';
import type { DataBundle } from '../../src/domain/bundle';
import { buildElements } from '../../src/domain/graph';

const data = bundle as unknown as DataBundle;
createRoot(document.getElementById('root')!).render(<span />);
const { nodes, edges } = buildElements(data.dataset, data.positions);
performance.mark('atlas:graph-start');
cytoscape({
  container: document.getElementById('graph'),
  elements: [...nodes, ...edges],
  layout: { name: 'preset', fit: true, padding: 30 },
  style: [{ selector: 'node', style: { label: 'data(label)' } }],
  pixelRatio: 1,
});
(window as unknown as { __atlasGraphReady: number }).__atlasGraphReady = performance.now();
document.documentElement.dataset.graph = 'ready';
document.documentElement.dataset.edges = 'ready';
