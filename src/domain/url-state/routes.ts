/**
 * Where the app can go, and the view state each destination leads to. One destination per place
 * a person can be sent; the views call these through the route helpers (src/ui/routes.ts) rather
 * than building states by hand, so what carries over from view to view is decided here: the
 * explorer's filters, selection and search text, and each view's own part (the open
 * specification, plan or course, the comparison) all stay when another view is shown.
 */
import { DEFAULT_FILTERS, type Filters } from '../filters';
import {
  compareSettings,
  type CompareFilters,
  type DisplayMode,
  type Hops,
  type SideKey,
  type View,
  type ViewState,
} from './state';

export type Destination =
  /** A view's tab: everything else as it was. */
  | { to: 'view'; view: View }
  /** A unit (or a group: a qualification or `framework:<id>`) selected in the explorer. */
  | { to: 'unit'; id: string }
  | { to: 'clear-selection' }
  /** A search result; `everywhere` when it was found outside the filtered view, which then opens up. */
  | { to: 'search-result'; id: string; query: string; everywhere: boolean }
  /** The graph of some frameworks only (an imported course with the NOS), one unit selected. */
  | { to: 'frameworks'; frameworks: string[]; selected?: string }
  | { to: 'filters'; filters: Partial<Filters> }
  | { to: 'query'; query: string }
  | { to: 'mode'; mode: DisplayMode }
  | { to: 'hops'; hops: Hops }
  /** The specification view, with this specification open (none: the latest). */
  | { to: 'spec'; id?: string }
  /** The specification later additions go to, without leaving the current view. */
  | { to: 'current-spec'; id: string }
  | { to: 'plan'; id: string }
  /** The plan later additions go to, without leaving the current view. */
  | { to: 'current-plan'; id: string }
  | { to: 'course'; id: string }
  | { to: 'course-import' }
  /** An imported framework, to map its units to NOS units. */
  | { to: 'framework'; id: string }
  | { to: 'framework-import' }
  /** Course mapping with nothing open (after deleting what was). */
  | { to: 'course-mapping' }
  | { to: 'compare'; x: SideKey; y: SideKey }
  | { to: 'compare-filters'; filters: Partial<CompareFilters> };

/** Filters that narrow which units show; a result found "everywhere" clears them. */
const UNIT_FILTERS_CLEARED: Partial<Filters> = {
  areas: [],
  level: undefined,
  mark: undefined,
  frameworks: [],
  kinds: [],
  qualification: undefined,
  group: undefined,
};

export function routeTo(state: ViewState, destination: Destination): ViewState {
  const d = destination;
  switch (d.to) {
    case 'view':
      return { ...state, view: d.view };
    case 'unit':
      return { ...state, view: 'explorer', selected: d.id };
    case 'clear-selection':
      return { ...state, selected: undefined };
    case 'search-result':
      return {
        ...state,
        view: 'explorer',
        selected: d.id,
        query: d.query,
        filters: d.everywhere ? { ...state.filters, ...UNIT_FILTERS_CLEARED } : state.filters,
      };
    case 'frameworks':
      return {
        ...state,
        view: 'explorer',
        mode: 'graph',
        selected: d.selected,
        filters: { ...DEFAULT_FILTERS, frameworks: d.frameworks },
      };
    case 'filters':
      return { ...state, filters: { ...state.filters, ...d.filters } };
    case 'query':
      return { ...state, query: d.query };
    case 'mode':
      return { ...state, mode: d.mode };
    case 'hops':
      return { ...state, hops: d.hops };
    case 'spec':
      return { ...state, view: 'spec', spec: d.id ? { id: d.id } : {} };
    case 'current-spec':
      return { ...state, spec: { id: d.id } };
    case 'plan':
      return { ...state, view: 'plan', plan: { open: { kind: 'plan', id: d.id } } };
    case 'current-plan':
      return { ...state, plan: { open: { kind: 'plan', id: d.id } } };
    case 'course':
      return { ...state, view: 'plan', plan: { open: { kind: 'course', id: d.id } } };
    case 'course-import':
      return { ...state, view: 'plan', plan: { open: { kind: 'course-import' } } };
    case 'framework':
      return { ...state, view: 'plan', plan: { open: { kind: 'framework', id: d.id } } };
    case 'framework-import':
      return { ...state, view: 'plan', plan: { open: { kind: 'framework-import' } } };
    case 'course-mapping':
      return { ...state, view: 'plan', plan: {} };
    // Once the person sets up a comparison, the link names all of it (see CompareState).
    case 'compare':
      return { ...state, view: 'compare', compare: { ...compareSettings(state.compare), x: d.x, y: d.y } };
    case 'compare-filters':
      return { ...state, view: 'compare', compare: { ...compareSettings(state.compare), ...d.filters } };
  }
}

/**
 * Changes that refine the current view replace the history entry, so Back leaves the view rather
 * than undoing each filter click; going somewhere adds an entry.
 */
const REPLACING: ReadonlySet<Destination['to']> = new Set([
  'filters',
  'query',
  'hops',
  'current-spec',
  'current-plan',
]);

export function replacesHistory(destination: Destination): boolean {
  return REPLACING.has(destination.to);
}
