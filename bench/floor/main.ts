/**
 * The start-up floor (issue 14): a page that only loads cytoscape and draws the nodes and links of
 * the app's opening screen at their preset positions. Nothing else: no React, no data bundle.
 */
import cytoscape, { type ElementDefinition } from 'cytoscape';
import elements from '@floor';

performance.mark('atlas:graph-start');
cytoscape({
  container: document.getElementById('graph'),
  elements: elements as unknown as ElementDefinition[],
  layout: { name: 'preset', fit: true, padding: 30 },
  style: [{ selector: 'node', style: { label: 'data(label)' } }],
  pixelRatio: 1,
});
(window as unknown as { __atlasGraphReady: number }).__atlasGraphReady = performance.now();
document.documentElement.dataset.graph = 'ready';
document.documentElement.dataset.edges = 'ready';
