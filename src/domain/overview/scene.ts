/** What a scene is made of (groups, units, nodes, edges) and its sizes in graph units. */
import type { Basis, Link, Relation } from '../model';

export type SceneKind = 'generic' | 'specialist' | 'partnership' | 'qualification' | 'user';

export interface SceneGroup {
  id: string;
  /** Short name ("HSC", "ILM 8605 · group 2", "B Providing direction"). */
  label: string;
  band: 'specialist' | 'nos' | 'qualification' | 'user';
  framework: string;
  kind: SceneKind;
  /** Unit ids in drawing order. */
  members: string[];
}

export interface SceneUnit {
  id: string;
  code: string;
  title: string;
  group: string;
  kind: SceneKind;
}

export interface SceneModel {
  groups: SceneGroup[];
  units: Map<string, SceneUnit>;
  groupOfUnit: Map<string, string>;
}

export interface SceneInput {
  /** Units the filters show. */
  visible: Set<string>;
  /** Links the filters show, each with its stable edge id. */
  links: { link: Link; id: string }[];
  /** Groups the person expanded (every visible member drawn). */
  expanded: ReadonlySet<string>;
  /** Units drawn even though their group is folded (the selection's neighbourhood). */
  revealed: ReadonlySet<string>;
  /** Every group expanded: the whole map. */
  showAll?: boolean;
}

export interface SceneNode {
  id: string;
  role: 'unit' | 'chip' | 'box';
  label: string;
  /** Code and a short title, for close zoom (units only). */
  detail?: string;
  title: string;
  kind: SceneKind;
  band?: SceneGroup['band'];
  framework?: string;
  group?: string;
  position: { x: number; y: number };
  width: number;
  height: number;
  /** Chips and boxes: visible members, and how many of them are drawn. */
  count?: number;
  shown?: number;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  aggregate: boolean;
  basis: Basis;
  relation: Relation;
  /** Aggregated links: how many, and how many of each basis. */
  count?: number;
  mix?: Partial<Record<Basis, number>>;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Sizes in graph units (1 unit = 1 px at zoom 1). */
export const SCENE = {
  cell: { width: 58, height: 28 },
  unit: { width: 52, height: 22 },
  padding: 6,
  title: 34,
  gap: 14,
  bandGap: 36,
  chipHeight: 36,
  /** Rough width of one character of a chip's label, to size the chip around it. */
  chipChar: 8.4,
  /** Rough width of one character of a unit code at the unit font. */
  codeChar: 7.4,
  nosColumns: 3,
  areasPerRow: 3,
};

const SHORT_TITLE = 34;

export function shortTitle(title: string): string {
  return title.length > SHORT_TITLE ? `${title.slice(0, SHORT_TITLE - 1).trimEnd()}…` : title;
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
