// First, so that the graph is drawn before React and the views are evaluated (see boot.ts).
import { atlas } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (root && atlas) {
  createRoot(root).render(
    <StrictMode>
      <App atlas={atlas} />
    </StrictMode>,
  );
}
