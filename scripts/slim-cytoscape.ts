/**
 * Vite plugin: build cytoscape from its ES sources without the parts Standards Atlas never
 * calls (the graph-theory algorithms collection and the WebGL renderer), which are a large
 * share of its weight in the single file. Everything the app uses (preset and cose layouts,
 * the canvas renderer, selectors, traversal, PNG export) is untouched.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const root = join(import.meta.dirname, '..', 'node_modules', 'cytoscape');
const source = join(root, 'src');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;

const STUBBED = [
  join(source, 'collection', 'algorithms', 'index.mjs'),
  join(source, 'extensions', 'renderer', 'canvas', 'webgl', 'drawing-redraw-webgl.mjs'),
];

/**
 * The layouts the app runs: preset (every view: positions come from the scene, see
 * domain/overview.ts) and null. Cytoscape's other layouts (cose, grid, breadthfirst, circle,
 * concentric, random) are left out; the app always names its layout, so grid, cytoscape's default
 * when none is named, is never asked for.
 */
const LAYOUTS = join(source, 'extensions', 'layout', 'index.mjs');
const USED_LAYOUTS = `
import nullLayout from './null.mjs';
import presetLayout from './preset.mjs';
export default [
  { name: 'null', impl: nullLayout },
  { name: 'preset', impl: presetLayout },
];`;

export function slimCytoscape(): Plugin {
  return {
    name: 'slim-cytoscape',
    enforce: 'pre',
    resolveId(id) {
      if (id === 'cytoscape') return join(source, 'index.mjs');
      return null;
    },
    load(id) {
      if (STUBBED.includes(id)) return 'export default {};';
      if (id === LAYOUTS) return USED_LAYOUTS;
      if (id === join(source, 'version.mjs')) return `export default ${JSON.stringify(version)};`;
      return null;
    },
  };
}
