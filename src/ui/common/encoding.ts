/**
 * The visual encoding of the atlas, written once: colour and shape by framework kind, dash by link
 * basis, colour by relation, and the sizes the graph draws with. Two consumers read it: the
 * cytoscape stylesheet (graph-style.ts) and the CSS, through the custom properties that
 * `applyEncodingToCss` sets on the document root (`--kind-generic`, `--relation-exact`, …), so a
 * badge in a panel and a node on the canvas can never disagree.
 */
import type { Basis, Relation } from '../../domain/model';

export type DrawnKind = 'generic' | 'specialist' | 'partnership' | 'qualification' | 'user';

export const KIND_COLOURS: Record<DrawnKind, string> = {
  generic: '#1d4ed8',
  specialist: '#0f766e',
  partnership: '#b45309',
  qualification: '#6d28d9',
  user: '#be185d',
};

/** Pale grounds of the kind colours: group boxes and collapsed-group chips. */
export const KIND_TINTS: Record<DrawnKind, string> = {
  generic: '#e0e7ff',
  specialist: '#ccfbf1',
  partnership: '#fef3c7',
  qualification: '#ede9fe',
  user: '#fce7f3',
};

export const KIND_SHAPES = {
  generic: 'round-rectangle',
  specialist: 'ellipse',
  partnership: 'diamond',
  qualification: 'rectangle',
  user: 'hexagon',
} as const satisfies Record<DrawnKind, string>;

export const KIND_LABELS: Record<DrawnKind, string> = {
  generic: 'Generic NOS',
  specialist: 'Specialist',
  partnership: 'Partnership',
  qualification: 'Qualification unit',
  user: 'Your course',
};

export const RELATION_COLOURS: Record<Relation, string> = {
  exact: '#15803d',
  close: '#0369a1',
  broad: '#7e22ce',
  narrow: '#c2410c',
  related: '#64748b',
};

/** Light tints of the relation colours (coverage cells, the ground of the curated hatching). */
export const RELATION_TINTS: Record<Relation, string> = {
  exact: '#dcfce7',
  close: '#e0f2fe',
  broad: '#f3e8ff',
  narrow: '#ffedd5',
  related: '#f1f5f9',
};

export const BASIS_DASH: Record<Basis, 'solid' | 'dashed' | 'dotted'> = {
  published: 'solid',
  curated: 'dashed',
  computed: 'dotted',
};

/** Dash patterns in px, for SVG and canvas alike: short patterns with wide gaps read well on long links. */
export const BASIS_DASH_PATTERN: Record<Basis, number[] | undefined> = {
  published: undefined,
  curated: [9, 6],
  computed: [2, 7],
};

/** Graph ink: text, outlines and the selection marks. */
export const GRAPH_INK = {
  text: '#0f172a',
  onNode: '#ffffff',
  groupBorder: '#cbd5e1',
  groupGround: '#f1f5f9',
  nosGround: '#e0e7ff',
  nosBorder: '#a5b4fc',
  focus: '#facc15',
  keyboard: '#f59e0b',
  link: '#334155',
} as const;

/**
 * Ink of the coverage matrix. It is SVG that keeps its colours when exported, so it takes values,
 * not CSS variables; they are the same colours as the page's tokens of the same meaning.
 */
export const MATRIX_INK = {
  paper: '#fff',
  text: '#0f172a',
  muted: '#475569',
  /** The label of a NOS column no unit covers. */
  faint: '#64748b',
  /** A count of zero: a gap. */
  gap: '#b91c1c',
  gapGround: '#fef2f2',
  gapLine: '#fecaca',
  coveredGround: '#f8fafc',
  cellLine: '#e2e8f0',
  areaGround: '#e0e7ff',
  areaText: '#1e3a8a',
} as const;

/**
 * Sizes in graph units (1 unit = 1 px at zoom 1). Labels are drawn only when they would be at
 * least `minLabelPx` on screen: a label too small to read is hidden rather than drawn as a smudge.
 */
export const GRAPH_SIZES = {
  unitWidth: 66,
  unitHeight: 26,
  unitFont: 12.5,
  nosFont: 15,
  detailFont: 5.6,
  groupFont: 14,
  chipFont: 14,
  minLabelPx: 10,
  linkWidth: 1.4,
} as const;

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The encoding as CSS custom properties: `--kind-generic`, `--kind-generic-tint`, `--relation-exact`, … */
export function encodingCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) vars[`--kind-${kind}`] = colour;
  for (const [kind, colour] of Object.entries(KIND_TINTS)) vars[`--kind-${kind}-tint`] = colour;
  for (const [relation, colour] of Object.entries(RELATION_COLOURS)) vars[`--relation-${relation}`] = colour;
  for (const [relation, colour] of Object.entries(RELATION_TINTS))
    vars[`--relation-${relation}-tint`] = colour;
  for (const [name, colour] of Object.entries(GRAPH_INK)) vars[`--graph-${kebab(name)}`] = colour;
  return vars;
}

/** Sets the encoding's custom properties on `root` (the document element at start-up). */
export function applyEncodingToCss(root: HTMLElement): void {
  for (const [name, value] of Object.entries(encodingCssVariables())) root.style.setProperty(name, value);
}
