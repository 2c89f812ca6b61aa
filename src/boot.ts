/**
 * The first thing the page runs: the data the first screen needs, and the graph, drawn before the
 * rest of the app is even parsed. main.tsx imports this module first and the app (React and the
 * views) through a dynamic import, which the build keeps out of this part of the page (see
 * scripts/boot-first-plugin.ts): only this module's own imports (cytoscape, the lean data, the
 * scene) run before the graph is ready.
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
