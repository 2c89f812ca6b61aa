/**
 * The view state, typed: what the link (the URL hash) says each view shows. Every view has its own
 * part; all parts are kept while another view is shown, so switching tabs and back returns to the
 * same specification, plan or comparison, and the explorer's "Add to …" buttons know which
 * specification or plan is open. The explorer's part sits at the top level: the search box, the
 * filters and the selection belong to the whole app.
 */
import { DEFAULT_FILTERS, type Filters } from '../filters';
import type { Basis, Confidence, Relation } from '../model';
import { DEFAULT_MIN_CONFIDENCE } from '../confidence';

export const VIEWS = ['explorer', 'spec', 'plan', 'compare'] as const;
export type View = (typeof VIEWS)[number];
export type DisplayMode = 'graph' | 'table';
export type Hops = 1 | 2;

/** The explorer's part, carried by every view. */
export interface ExplorerState {
  mode: DisplayMode;
  /** A unit id, a qualification id or `framework:<id>`, known to the dataset. */
  selected?: string;
  hops: Hops;
  filters: Filters;
  query: string;
}

/** Person specification: the open specification (a saved item id); none means the latest. */
export interface SpecState {
  id?: string;
}

/**
 * Course mapping: what the workspace shows: a saved plan, a saved course, the course import, an
 * imported framework being mapped to NOS units, or the framework import.
 */
export type PlanOpen =
  | { kind: 'plan'; id: string }
  | { kind: 'course'; id: string }
  | { kind: 'course-import' }
  | { kind: 'framework'; id: string }
  | { kind: 'framework-import' };

export interface PlanState {
  open?: PlanOpen;
}

/** A side of a comparison as kept in the link: "framework:hsc", "spec:spec-1", "plan:plan-2". */
export type SideKind = 'framework' | 'spec' | 'plan';
export type SideKey = `${SideKind}:${string}`;

/** Which links count in a comparison. */
export interface CompareFilters {
  minBasis: Basis;
  minRelation: Relation;
  minConfidence: Confidence;
}

/**
 * Compare: the two sides and which links count. Unset parts take the defaults below when shown;
 * once the person changes anything, the link names every part, so a shared link keeps its meaning.
 */
export interface CompareState extends Partial<CompareFilters> {
  x?: SideKey;
  y?: SideKey;
}

export interface ViewState extends ExplorerState {
  view: View;
  spec: SpecState;
  plan: PlanState;
  compare: CompareState;
}

export const DEFAULT_STATE: ViewState = {
  view: 'explorer',
  mode: 'graph',
  hops: 1,
  filters: DEFAULT_FILTERS,
  query: '',
  spec: {},
  plan: {},
  compare: {},
};

/** Two management qualifications over one hub: the comparison people ask for most. */
export const DEFAULT_COMPARE: Required<CompareState> = {
  x: 'framework:ilm',
  y: 'framework:proqual',
  // Computed similarity suggestions are opt-in: by default a pair rests on published or curated links.
  minBasis: 'curated',
  minRelation: 'related',
  minConfidence: DEFAULT_MIN_CONFIDENCE,
};

/** The comparison a compare state asks for, with the defaults filled in. */
export function compareSettings(compare: CompareState): Required<CompareState> {
  return {
    x: compare.x ?? DEFAULT_COMPARE.x,
    y: compare.y ?? DEFAULT_COMPARE.y,
    minBasis: compare.minBasis ?? DEFAULT_COMPARE.minBasis,
    minRelation: compare.minRelation ?? DEFAULT_COMPARE.minRelation,
    minConfidence: compare.minConfidence ?? DEFAULT_COMPARE.minConfidence,
  };
}

/** Saved item ids come from this browser's store; a link may carry any, within reason. */
export const MAX_ID_LENGTH = 200;

/** "framework:hsc" → { kind: 'framework', id: 'hsc' }; anything else is not a side. */
export function parseSideKey(key: string | undefined): { kind: SideKind; id: string } | undefined {
  const match = /^(framework|spec|plan):(.+)$/.exec(key ?? '');
  return match ? { kind: match[1] as SideKind, id: match[2]! } : undefined;
}

export function sideKey(kind: SideKind, id: string): SideKey {
  return `${kind}:${id}`;
}
