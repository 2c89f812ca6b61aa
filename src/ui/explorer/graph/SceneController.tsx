import type { ElementDefinition } from 'cytoscape';
import { useLayoutEffect } from 'react';
import { edgeElement, nodeElement } from '../graph-style';
import { useGraph } from './context';

/**
 * Keeps the drawing in step with the scene (filters, expanded groups, the selection's
 * neighbourhood): removes what left it, adds what joined, and moves or relabels only what changed,
 * in one batch.
 */
export function SceneController() {
  const { cy, scene } = useGraph();
  useLayoutEffect(() => {
    const wanted = new Map<string, ElementDefinition>();
    for (const n of scene.nodes) wanted.set(n.id, nodeElement(n));
    for (const e of scene.edges) wanted.set(e.id, edgeElement(e));
    cy.batch(() => {
      const gone = cy.elements().filter((el) => !wanted.has(el.id()));
      cy.remove(gone);
      const added: ElementDefinition[] = [];
      for (const [id, def] of wanted) {
        const el = cy.getElementById(id);
        if (el.empty()) {
          added.push(def);
          continue;
        }
        if (el.isNode()) {
          const p = def.position!;
          const q = el.position();
          if (p.x !== q.x || p.y !== q.y) el.position(p);
        }
        const data = el.data() as Record<string, unknown>;
        const changed = Object.entries(def.data).some(([k, v]) => data[k] !== v && typeof v !== 'object');
        if (changed) el.data(def.data);
        const has = el.classes();
        const own = typeof def.classes === 'string' ? def.classes.split(' ') : (def.classes ?? []);
        const classes = [...own.filter(Boolean), ...has.filter((c) => c === 'detail')];
        // Only when they differ: setting classes restyles the element, and an expanded group
        // of the whole register leaves hundreds of others as they were.
        if (classes.length !== has.length || classes.some((c) => !el.hasClass(c))) el.classes(classes);
      }
      // Edges after nodes, so every edge finds its ends.
      added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
      if (added.length) cy.add(added);
    });
    window.__atlasLastPaint = performance.now();
  }, [cy, scene]);
  return null;
}
