// First, so that the graph is drawn before React and the views are evaluated (see boot.ts).
import { atlas } from './boot';
import './ui/styles.css';

// The app (React and every view) is a chunk of its own, which the built page parses and runs only
// after the booted graph is painted (scripts/boot-first-plugin.ts).
const root = document.getElementById('root');
if (root && atlas) {
  const loaded = atlas;
  void import('./ui/mount').then(({ mount }) => mount(root, loaded));
}
