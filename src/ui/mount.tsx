/**
 * The app itself (React and every view), mounted over the atlas that boot.ts loaded. A chunk of
 * its own: the build (scripts/split-boot-plugin.ts) places it after the data blocks, so the page
 * parses and compiles it only once the graph is up.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Atlas } from './atlas';
import { App } from './App';

export function mount(root: HTMLElement, atlas: Atlas): void {
  createRoot(root).render(
    <StrictMode>
      <App atlas={atlas} />
    </StrictMode>,
  );
}
