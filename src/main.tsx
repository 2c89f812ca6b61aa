import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import { loadAtlas } from './ui/atlas';
import './ui/styles.css';

performance.mark('atlas:script');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App atlas={loadAtlasMarked()} />
    </StrictMode>,
  );
}

function loadAtlasMarked() {
  const atlas = loadAtlas();
  performance.mark('atlas:data');
  return atlas;
}
