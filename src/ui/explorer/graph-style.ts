/**
 * The cytoscape stylesheet, built from the shared encoding (common/encoding.ts): node colour and
 * shape by framework kind, edge dash by basis, colour by relation.
 */
import type { StylesheetJson } from 'cytoscape';
import {
  BASIS_DASH_PATTERN,
  GRAPH_INK,
  GRAPH_SIZES,
  KIND_COLOURS,
  KIND_SHAPES,
  RELATION_COLOURS,
  type DrawnKind,
} from '../common/encoding';

const FONT = 'system-ui, sans-serif';

export const graphStyle: StylesheetJson = [
  {
    selector: 'node.unit',
    style: {
      label: 'data(label)',
      'font-size': GRAPH_SIZES.unitFont,
      'font-family': FONT,
      color: GRAPH_INK.onNode,
      'text-valign': 'center',
      'text-halign': 'center',
      width: GRAPH_SIZES.unitWidth,
      height: GRAPH_SIZES.unitHeight,
      'min-zoomed-font-size': GRAPH_SIZES.minLabelPx,
      'border-width': 0,
      'z-index': 10,
      // Colour and shape come from each element's data (see styledElements): a handful of
      // selectors keeps cytoscape's style pass cheap when a filter restyles hundreds of elements.
      'background-color': 'data(colour)',
      shape: 'data(shape)' as 'ellipse',
    },
  },
  { selector: 'node.kind-partnership', style: { width: 70, height: 34 } },
  {
    selector: 'node.group',
    style: {
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': GRAPH_SIZES.groupFont,
      'font-family': FONT,
      'text-wrap': 'wrap',
      'text-max-width': 'data(width)',
      'font-weight': 'bold',
      'text-margin-y': -4,
      color: GRAPH_INK.text,
      width: 'data(width)',
      height: 'data(height)',
      'background-color': GRAPH_INK.groupGround,
      'background-opacity': 0.7,
      'border-color': GRAPH_INK.groupBorder,
      'border-width': 1,
      shape: 'round-rectangle',
      'z-index': 0,
      'z-compound-depth': 'bottom',
      'min-zoomed-font-size': 5,
    },
  },
  {
    selector: 'node.group.band-nos',
    style: { 'background-color': GRAPH_INK.nosGround, 'border-color': GRAPH_INK.nosBorder },
  },
  {
    selector: 'edge',
    style: {
      width: GRAPH_SIZES.linkWidth,
      // Haystack edges are cytoscape's cheapest to draw; with ~700 long edges that matters on every repaint.
      'curve-style': 'haystack',
      'haystack-radius': 0,
      opacity: 0.55,
      'line-color': 'data(colour)',
    },
  },
  {
    selector: 'edge.basis-curated',
    style: { 'line-style': 'dashed', 'line-dash-pattern': BASIS_DASH_PATTERN.curated! },
  },
  {
    selector: 'edge.basis-computed',
    style: { 'line-style': 'dashed', 'line-dash-pattern': BASIS_DASH_PATTERN.computed!, 'line-cap': 'round' },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.1 } },
  { selector: 'edge.near', style: { opacity: 0.95, width: 2.6 } },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': GRAPH_INK.focus, 'z-index': 10 } },
  { selector: 'node.unit.near', style: { 'border-width': 2, 'border-color': GRAPH_INK.text } },
  {
    selector: 'node.keyboard',
    style: { 'overlay-color': GRAPH_INK.keyboard, 'overlay-opacity': 0.45, 'overlay-padding': 6 },
  },
];

/** Adds the drawing data the stylesheet maps from: node colour and shape, edge colour and dash. */
export function styledElements<
  N extends { data: { kind: string; label: string } },
  E extends { data: { basis: string; relation: string } },
>(nodes: N[], edges: E[]): (N | E)[] {
  return [...nodes.map(styledNode), ...edges.map(styledEdge)];
}

export function styledNode<N extends { data: { kind: string; label: string } }>(n: N): N {
  if (n.data.kind === 'group') return n;
  const kind = n.data.kind as DrawnKind;
  return {
    ...n,
    data: {
      ...n.data,
      // Cut here rather than with cytoscape's text-wrap, which measures every label at start-up.
      label: n.data.label.length > 11 ? `${n.data.label.slice(0, 10)}…` : n.data.label,
      colour: KIND_COLOURS[kind] ?? KIND_COLOURS.specialist,
      shape: KIND_SHAPES[kind] ?? 'ellipse',
    },
  };
}

export function styledEdge<E extends { data: { basis: string; relation: string } }>(e: E): E {
  return {
    ...e,
    data: {
      ...e.data,
      colour: RELATION_COLOURS[e.data.relation as keyof typeof RELATION_COLOURS] ?? RELATION_COLOURS.related,
    },
  };
}
