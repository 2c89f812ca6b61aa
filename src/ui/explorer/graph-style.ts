/** Visual encoding of the graph: node colour and shape by framework kind, edge dash by basis, colour by relation. */
import type { StylesheetJson } from 'cytoscape';

export const KIND_COLOURS = {
  generic: '#1d4ed8',
  specialist: '#0f766e',
  partnership: '#b45309',
  qualification: '#6d28d9',
  user: '#be185d',
} as const;

export const KIND_SHAPES = {
  generic: 'round-rectangle',
  specialist: 'ellipse',
  partnership: 'diamond',
  qualification: 'rectangle',
  user: 'hexagon',
} as const;

export const RELATION_COLOURS = {
  exact: '#15803d',
  close: '#0369a1',
  broad: '#7e22ce',
  narrow: '#c2410c',
  related: '#64748b',
} as const;

export const BASIS_DASH = { published: 'solid', curated: 'dashed', computed: 'dotted' } as const;

export const graphStyle: StylesheetJson = [
  {
    selector: 'node.unit',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'font-family': 'system-ui, sans-serif',
      color: '#fff',
      'text-valign': 'center',
      'text-halign': 'center',
      'text-max-width': '64px',
      'text-wrap': 'ellipsis',
      width: 66,
      height: 26,
      'min-zoomed-font-size': 7,
      'border-width': 0,
    },
  },
  ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
    selector: `node.kind-${kind}`,
    style: { 'background-color': colour, shape: KIND_SHAPES[kind as keyof typeof KIND_SHAPES] },
  })),
  { selector: 'node.kind-partnership', style: { width: 70, height: 34 } },
  {
    selector: 'node.group',
    style: {
      label: 'data(label)',
      'text-valign': 'top',
      'text-halign': 'center',
      'font-size': 18,
      'font-weight': 'bold',
      'text-margin-y': -4,
      color: '#1e293b',
      'background-color': '#f1f5f9',
      'background-opacity': 0.7,
      'border-color': '#cbd5e1',
      'border-width': 1,
      shape: 'round-rectangle',
      padding: '10px',
      'min-zoomed-font-size': 5,
    },
  },
  { selector: 'node.group.band-nos', style: { 'background-color': '#e0e7ff', 'border-color': '#a5b4fc' } },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      'curve-style': 'straight',
      opacity: 0.55,
      'line-color': RELATION_COLOURS.related,
    },
  },
  ...Object.entries(RELATION_COLOURS).map(([relation, colour]) => ({
    selector: `edge.relation-${relation}`,
    style: { 'line-color': colour },
  })),
  ...Object.entries(BASIS_DASH).map(([basis, dash]) => ({
    selector: `edge.basis-${basis}`,
    style: { 'line-style': dash as 'solid' | 'dashed' | 'dotted' },
  })),
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.1 } },
  { selector: 'edge.near', style: { opacity: 0.95, width: 2.6 } },
  {
    selector: 'node.focus',
    style: { 'border-width': 4, 'border-color': '#facc15', 'z-index': 10 },
  },
  { selector: 'node.unit.near', style: { 'border-width': 2, 'border-color': '#0f172a' } },
];
