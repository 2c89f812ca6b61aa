/**
 * The cytoscape stylesheet, built from the shared encoding (common/encoding.ts): node colour and
 * shape by framework kind, edge dash by basis, colour by relation; folded groups as chips tinted
 * with their kind, aggregated links in neutral ink, their width growing with their count.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { SCENE, type Scene, type SceneEdge, type SceneNode } from '../../domain/overview';
import {
  BASIS_DASH_PATTERN,
  GRAPH_INK,
  GRAPH_SIZES,
  KIND_COLOURS,
  KIND_SHAPES,
  KIND_TINTS,
  RELATION_COLOURS,
} from '../common/encoding';

const FONT = 'system-ui, sans-serif';
/** Labels are hidden rather than drawn below this size on screen. */
const MIN_LABEL = GRAPH_SIZES.minLabelPx;

export const graphStyle: StylesheetJson = [
  {
    selector: 'node.unit',
    style: {
      label: 'data(label)',
      'font-size': GRAPH_SIZES.unitFont,
      'font-family': FONT,
      'font-weight': 'bold',
      color: GRAPH_INK.onNode,
      'text-valign': 'center',
      'text-halign': 'center',
      width: 'data(width)',
      height: 'data(height)',
      'min-zoomed-font-size': MIN_LABEL,
      'border-width': 0,
      'z-index': 10,
      // Colour and shape come from each element's data (see sceneElements): a handful of
      // selectors keeps cytoscape's style pass cheap when a filter restyles hundreds of elements.
      'background-color': 'data(colour)',
      shape: 'data(shape)' as 'ellipse',
    },
  },
  // NOS codes are short and the hub is what the overview is for: they get the largest type.
  { selector: 'node.unit.kind-generic', style: { 'font-size': GRAPH_SIZES.nosFont } },
  // Close up, units read as code and short title (see the zoom controller).
  {
    selector: 'node.unit.detail',
    style: {
      label: 'data(detail)',
      'font-size': GRAPH_SIZES.detailFont,
      'font-weight': 'normal',
      'text-wrap': 'wrap',
      'text-max-width': 'data(width)',
      'line-height': 1.1,
    },
  },
  // A neighbourhood's label enlarged to the minimum size (graph/labels.ts) shows the end of a long
  // code: its framework's box already names the rest ("ILM 8605 group 2" around "308").
  { selector: 'node.unit.enlarged', style: { label: 'data(tail)' } },
  {
    selector: 'node.group',
    style: {
      label: 'data(label)',
      'font-family': FONT,
      'font-weight': 'bold',
      'text-wrap': 'wrap',
      'text-max-width': 'data(width)',
      color: GRAPH_INK.text,
      width: 'data(width)',
      height: 'data(height)',
      shape: 'round-rectangle',
      'z-index': 0,
      'z-compound-depth': 'bottom',
      'min-zoomed-font-size': MIN_LABEL,
      'border-width': 1,
    },
  },
  {
    selector: 'node.box',
    style: {
      'font-size': GRAPH_SIZES.groupFont,
      'text-valign': 'center',
      'text-halign': 'center',
      // The title sits in the band the scene keeps free at the top of the box.
      'text-margin-y': 'data(labelOffset)' as unknown as number,
      'background-color': GRAPH_INK.groupGround,
      'background-opacity': 0.8,
      'border-color': GRAPH_INK.groupBorder,
    },
  },
  {
    selector: 'node.box.band-nos',
    style: { 'background-color': GRAPH_INK.nosGround, 'border-color': GRAPH_INK.nosBorder },
  },
  {
    selector: 'node.chip',
    style: {
      'font-size': GRAPH_SIZES.chipFont,
      'text-valign': 'center',
      'text-halign': 'center',
      'background-color': 'data(tint)',
      'border-color': 'data(colour)',
      'border-width': 2,
      // Above the links that meet it, so a click on a chip reaches the chip.
      'z-compound-depth': 'auto',
      'z-index-compare': 'manual',
      'z-index': 15,
    },
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
  { selector: 'edge.aggregate', style: { width: 'data(width)', opacity: 0.35 } },
  {
    selector: 'edge.basis-curated',
    style: { 'line-style': 'dashed', 'line-dash-pattern': BASIS_DASH_PATTERN.curated! },
  },
  {
    selector: 'edge.basis-computed',
    style: {
      'line-style': 'dashed',
      'line-dash-pattern': BASIS_DASH_PATTERN.computed!,
      'line-cap': 'round',
    },
  },
  { selector: '.faded', style: { opacity: 0.12 } },
  { selector: 'edge.near', style: { opacity: 0.95, width: 2.6 } },
  {
    selector: 'node.focus',
    style: { 'border-width': 4, 'border-color': GRAPH_INK.focus, 'z-index': 20 },
  },
  { selector: 'node.unit.near', style: { 'border-width': 2, 'border-color': GRAPH_INK.text } },
  {
    selector: 'node.keyboard',
    style: { 'overlay-color': GRAPH_INK.keyboard, 'overlay-opacity': 0.5, 'overlay-padding': 5 },
  },
];

const nodeClasses = (n: SceneNode) =>
  n.role === 'unit' ? `unit kind-${n.kind}` : `group ${n.role} band-${n.band} kind-${n.kind}`;

const edgeClasses = (e: SceneEdge) =>
  `${e.aggregate ? 'aggregate ' : ''}basis-${e.basis} relation-${e.relation}`;

export function nodeElement(n: SceneNode): ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: n.id,
      label: n.label,
      detail: n.detail,
      title: n.title,
      kind: n.kind,
      role: n.role,
      framework: n.framework,
      width: n.width,
      height: n.height,
      count: n.count,
      labelOffset: n.role === 'box' ? SCENE.title / 2 - n.height / 2 : 0,
      colour: KIND_COLOURS[n.kind],
      tint: KIND_TINTS[n.kind],
      shape: KIND_SHAPES[n.kind],
    },
    position: { ...n.position },
    classes: nodeClasses(n),
  };
}

export function edgeElement(e: SceneEdge): ElementDefinition {
  return {
    group: 'edges',
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      basis: e.basis,
      relation: e.relation,
      count: e.count,
      mix: e.mix,
      colour: e.aggregate ? GRAPH_INK.link : RELATION_COLOURS[e.relation],
      width: e.aggregate ? Math.min(9, 1.2 + 1.3 * Math.log2(e.count ?? 1)) : GRAPH_SIZES.linkWidth,
    },
    classes: edgeClasses(e),
  };
}

/** The scene as cytoscape elements, with the drawing data the stylesheet maps from. */
export function sceneElements(scene: Scene): ElementDefinition[] {
  return [...scene.nodes.map(nodeElement), ...scene.edges.map(edgeElement)];
}

export { nodeClasses, edgeClasses };
