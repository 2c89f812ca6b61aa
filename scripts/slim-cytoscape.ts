/**
 * Vite plugin: build cytoscape from its ES sources without the parts Standards Atlas never
 * calls (the graph-theory algorithms collection, the WebGL renderer, node background images, the
 * Promise fallback, the routing of edges other than haystack ones, node shapes and CSS colour names
 * it never draws), which are a large share of its weight in the single file, and with small
 * versions of the four lodash functions it imports. Everything the app uses (preset layout, the
 * canvas renderer, selectors, traversal, animation, PNG export) is untouched.
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
 * Drawing a node's background image: the app's graph style sets none (graph-style.ts), so the
 * renderer never calls it; a style that adds `background-image` must remove this stub.
 */
const NODE_IMAGES = join(source, 'extensions', 'renderer', 'canvas', 'drawing-images.mjs');

/**
 * The layouts the app runs: preset (every view: positions come from the scene, see
 * domain/overview/) and null. Cytoscape's other layouts (cose, grid, breadthfirst, circle,
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

/**
 * Cytoscape takes four lodash functions, which bring about 3 KB gzipped of lodash internals. It
 * calls debounce(fn, wait) with no options (run once, `wait` ms after the last call, with the last
 * call's `this` and arguments), and get/set/toPath only for a data key with a dot in it, which the
 * app never uses; these small versions keep lodash's behaviour for those calls (dotted and [index]
 * paths; quoted keys such as a["b.c"] are not read; keys that would reach an object's prototype are
 * not set, as lodash guards).
 */
const LODASH: Record<string, string> = {
  'lodash/debounce.js': `export default function debounce(fn, wait) {
    let timer, self, args;
    return function (...given) {
      self = this;
      args = given;
      clearTimeout(timer);
      timer = setTimeout(() => fn.apply(self, args), wait);
    };
  }`,
  'lodash/toPath.js': `export default (path) =>
    String(path).replace(/\\[(\\d+)\\]/g, (_, index, at) => (at ? '.' : '') + index).split('.');`,
  'lodash/get.js': `export default (object, path) =>
    path.reduce((at, key) => (at == null ? undefined : at[key]), object);`,
  'lodash/set.js': `export default function set(object, path, value) {
    if (object == null || path.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype'))
      return object;
    let at = object;
    path.forEach((key, i) => {
      if (i === path.length - 1) at[key] = value;
      else at = at[key] !== null && typeof at[key] === 'object' ? at[key] : (at[key] = /^\\d+$/.test(path[i + 1]) ? [] : {});
    });
    return object;
  }`,
};
const LODASH_PREFIX = '\0cytoscape-lodash:';

/**
 * Every edge in the app's graph style is a haystack edge (graph-style.ts: cytoscape's cheapest),
 * whose points cytoscape finds in findHaystackPoints alone. The routing of every other curve style
 * (bezier, loops, segments, taxi, straight) and the edge endpoint clipping it needs are left out;
 * an edge of another style stops with an error naming this file instead of drawing wrongly, so a
 * style that adds one must remove this.
 */
const COORDS = join(source, 'extensions', 'renderer', 'base', 'coord-ele-math');
const EDGE_POINTS = join(COORDS, 'edge-control-points.mjs');
const EDGE_ENDS = join(COORDS, 'edge-endpoints.mjs');
const HAYSTACK_ONLY = `BRp.findEdgeControlPoints = function (edges) {
  if (!edges || edges.length === 0) return;
  const haystackEdges = [];
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    if (edge.removed() || !edge.takesUpSpace()) continue;
    if (edge.pstyle('curve-style').value !== 'haystack')
      throw new Error('This build of cytoscape draws haystack edges only: see scripts/slim-cytoscape.ts');
    haystackEdges.push(edge);
  }
  this.findHaystackPoints(haystackEdges);
};
`;

/** `text` with the part from `from` up to (not including) `to` replaced. */
function cut(text: string, from: string, to: string, by = ''): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start);
  if (start < 0 || end < 0)
    throw new Error(`slim-cytoscape: cytoscape's source no longer has ${from} … ${to}`);
  return text.slice(0, start) + by + text.slice(end);
}

const haystackOnly = () =>
  cut(
    cut(readFileSync(EDGE_POINTS, 'utf8'), 'BRp.findMidptPtsEtc', 'BRp.findHaystackPoints'),
    'BRp.findSegmentsPoints',
    'function getPts(',
    HAYSTACK_ONLY,
  );

/**
 * Cytoscape reads a colour written as a CSS name from a table of all 148 of them. The app's graph
 * style gives every colour as #hex (common/encoding.ts); cytoscape's own default style and its
 * canvas renderer name only the colours kept here, so the table keeps those. A style that names
 * another colour must add it here (cytoscape warns that the value is invalid and ignores it).
 */
const COLOURS = join(source, 'util', 'colors.mjs');
const NAMED_COLOURS = new Set([
  'transparent',
  'black',
  'white',
  'grey',
  'gray',
  'red',
  'yellow',
  'cyan',
  'magenta',
]);
const namedColoursUsed = () => {
  const text = readFileSync(COLOURS, 'utf8');
  const table = text.indexOf('export const colors = {');
  if (table < 0) throw new Error("slim-cytoscape: cytoscape's colors.mjs no longer has its colour table");
  const kept = text
    .slice(table)
    .replace(/^\s*([a-z]+)\s*:\s*(\[[^\]]*\]).*\n/gm, (_, name: string, tuple: string) =>
      NAMED_COLOURS.has(name) ? `  ${name}: ${tuple},\n` : '',
    );
  return text.slice(0, table) + kept;
};

/**
 * The node shapes the app draws (common/encoding.ts KIND_SHAPES, and round-rectangle for groups
 * and cytoscape's overlays): the generators and registrations of cytoscape's other shapes are left
 * out, so a style naming another shape must remove this.
 */
const NODE_SHAPES = join(source, 'extensions', 'renderer', 'base', 'node-shapes.mjs');
const USED_NODE_SHAPES = `BRp.registerNodeShapes = function () {
  const nodeShapes = (this.nodeShapes = {});
  const renderer = this;
  this.generateEllipse();
  this.generatePolygon('rectangle', math.generateUnitNgonPointsFitToSquare(4, 0));
  nodeShapes.square = nodeShapes.rectangle;
  this.generateRoundRectangle();
  this.generatePolygon('diamond', [0, 1, 1, 0, 0, -1, -1, 0]);
  this.generatePolygon('hexagon', math.generateUnitNgonPointsFitToSquare(6, 0));
  nodeShapes.makePolygon = function (points) {
    const name = 'polygon-' + points.join('$');
    return this[name] || renderer.generatePolygon(name, points);
  };
};

`;
const usedNodeShapes = () => {
  const text = cut(
    readFileSync(NODE_SHAPES, 'utf8'),
    'BRp.generateRoundPolygon',
    'BRp.generateRoundRectangle',
  );
  return cut(text, 'BRp.generateCutRectangle', 'export default BRp', USED_NODE_SHAPES);
};

export function slimCytoscape(): Plugin {
  return {
    name: 'slim-cytoscape',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'cytoscape') return join(source, 'index.mjs');
      if (LODASH[id] && importer?.startsWith(source)) return LODASH_PREFIX + id;
      return null;
    },
    load(id) {
      if (id.startsWith(LODASH_PREFIX)) return LODASH[id.slice(LODASH_PREFIX.length)];
      if (STUBBED.includes(id)) return 'export default {};';
      if (id === NODE_IMAGES) return 'export default { drawInscribedImage() {} };';
      if (id === LAYOUTS) return USED_LAYOUTS;
      if (id === EDGE_POINTS) return haystackOnly();
      if (id === COLOURS) return namedColoursUsed();
      if (id === NODE_SHAPES) return usedNodeShapes();
      if (id === EDGE_ENDS)
        return cut(readFileSync(EDGE_ENDS, 'utf8'), 'BRp.manualEndptToPx', 'BRp.getSourceEndpoint');
      if (id === join(source, 'version.mjs')) return `export default ${JSON.stringify(version)};`;
      // Cytoscape's own Promise, used only where the browser has none (every target browser has one).
      if (id === join(source, 'promise.mjs')) return 'export default Promise;';
      return null;
    },
  };
}
