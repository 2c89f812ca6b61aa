// First, so that the graph is drawn before React and the views are evaluated (see boot.ts).
import { atlas } from './boot';
import './ui/styles.css';

const root = document.getElementById('root');
if (root && atlas) {
  const loaded = atlas;
  void import('./ui/mount').then(({ mount }) => mount(root, loaded));
}
