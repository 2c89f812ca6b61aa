import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseHash } from './domain/url-state';
import { App } from './ui/App';
import { loadAtlas } from './ui/atlas';
import { applyEncodingToCss } from './ui/common/encoding';
import { bootGraph } from './ui/explorer/graph-instance';
import './ui/styles.css';

performance.mark('atlas:script');
// The kind and relation colours as CSS custom properties, from the same module the graph style reads.
applyEncodingToCss(document.documentElement);
const root = document.getElementById('root');
if (root) {
  const atlas = loadAtlas();
  performance.mark('atlas:data');
  // The graph is what a person opening the explorer waits for: start it before React renders.
  const { state } = parseHash(window.location.hash, atlas.dataset);
  if (state.view === 'explorer' && state.mode === 'graph') bootGraph(atlas, state);
  createRoot(root).render(
    <StrictMode>
      <App atlas={atlas} />
    </StrictMode>,
  );
}
