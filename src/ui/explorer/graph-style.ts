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
      width: 66,
      height: 26,
      'min-zoomed-font-size': 7,
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
      'font-size': 30,
      'text-wrap': 'wrap',
      'text-max-width': '250px',
      'font-weight': 'bold',
      'text-margin-y': -4,
      color: '#1e293b',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#f1f5f9',
      'background-opacity': 0.7,
      'border-color': '#cbd5e1',
      'border-width': 1,
      shape: 'round-rectangle',
      'z-index': 0,
      'z-compound-depth': 'bottom',
      'min-zoomed-font-size': 5,
    },
  },
  { selector: 'node.group.band-nos', style: { 'background-color': '#e0e7ff', 'border-color': '#a5b4fc' } },
  {
    selector: 'edge',
    style: {
      width: 1.4,
      // Haystack edges are cytoscape's cheapest to draw; with ~700 long edges that matters on every repaint.
      'curve-style': 'haystack',
      'haystack-radius': 0,
      opacity: 0.55,
      'line-color': 'data(colour)',
    },
  },
  // Dotted and dashed as short patterns with wide gaps: fewer strokes per long edge, same reading.
  { selector: 'edge.basis-curated', style: { 'line-style': 'dashed', 'line-dash-pattern': [9, 6] } },
  {
    selector: 'edge.basis-computed',
    style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 7], 'line-cap': 'round' },
  },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.faded', style: { opacity: 0.1 } },
  { selector: 'edge.near', style: { opacity: 0.95, width: 2.6 } },
  {
    selector: 'node.focus',
    style: { 'border-width': 4, 'border-color': '#facc15', 'z-index': 10 },
  },
  { selector: 'node.unit.near', style: { 'border-width': 2, 'border-color': '#0f172a' } },
];

/** Adds the drawing data the stylesheet maps from: node colour and shape, edge colour and dash. */
export function styledElements<
  N extends { data: { kind: string; label: string } },
  E extends { data: { basis: string; relation: string } },
>(nodes: N[], edges: E[]): (N | E)[] {
  return [
    ...nodes.map((n) => {
      const kind = n.data.kind as keyof typeof KIND_COLOURS;
      return n.data.kind === 'group'
        ? n
        : {
            ...n,
            data: {
              ...n.data,
              // Cut here rather than with cytoscape's text-wrap, which measures every label at start-up.
              label: n.data.label.length > 11 ? `${n.data.label.slice(0, 10)}…` : n.data.label,
              colour: KIND_COLOURS[kind] ?? KIND_COLOURS.specialist,
              shape: KIND_SHAPES[kind] ?? 'ellipse',
            },
          };
    }),
    ...edges.map((e) => ({
      ...e,
      data: {
        ...e.data,
        colour:
          RELATION_COLOURS[e.data.relation as keyof typeof RELATION_COLOURS] ?? RELATION_COLOURS.related,
      },
    })),
  ];
}
