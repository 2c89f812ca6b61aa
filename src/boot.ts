/**
 * The first thing the page runs: the data the first screen needs, and the graph, drawn before the
 * rest of the app is even evaluated. main.tsx imports this module first, so ES module order runs
 * it (and only its own imports: cytoscape, the lean data, the scene) before React and the views.
 */
import { parseHash } from './domain/url-state';
import { loadAtlas } from './ui/atlas';
import { applyEncodingToCss } from './ui/common/encoding';
import { bootGraph } from './ui/explorer/graph-instance';

performance.mark('atlas:script');
// The kind and relation colours as CSS custom properties, from the same module the graph style reads.
applyEncodingToCss(document.documentElement);
export const atlas = document.getElementById('root') ? loadAtlas() : undefined;
performance.mark('atlas:data');
if (atlas) {
  // The graph is what a person opening the explorer waits for: start it before React renders.
  const { state } = parseHash(window.location.hash, atlas.dataset);
  if (state.view === 'explorer' && state.mode === 'graph') bootGraph(atlas, state);
}
