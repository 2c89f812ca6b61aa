/**
 * The route helpers: one per destination (see Destination in src/domain/url-state/routes.ts).
 * Views call these instead of building a whole view state; each reads the latest state, so a
 * helper called from an event handler or a graph listener never writes back a stale one.
 */
import type { Filters } from '../domain/filters';
import {
  replacesHistory,
  routeTo,
  serialiseState,
  type CompareFilters,
  type Destination,
  type DisplayMode,
  type Hops,
  type SideKey,
  type View,
  type ViewState,
} from '../domain/url-state';
import { useAtlas } from './context';

export interface Routes {
  showView(view: View): void;
  goToUnit(id: string): void;
  clearSelection(): void;
  goToSearchResult(id: string, query: string, everywhere: boolean): void;
  showFrameworks(frameworks: string[], selected?: string): void;
  setFilters(filters: Partial<Filters>): void;
  setQuery(query: string): void;
  setMode(mode: DisplayMode): void;
  setHops(hops: Hops): void;
  goToSpec(id?: string): void;
  setCurrentSpec(id: string): void;
  goToPlan(id: string): void;
  setCurrentPlan(id: string): void;
  goToCourse(id: string): void;
  goToCourseImport(): void;
  goToFramework(id: string): void;
  goToFrameworkImport(): void;
  goToCourseMapping(): void;
  goToCompare(x: SideKey, y: SideKey): void;
  setCompareFilters(filters: Partial<CompareFilters>): void;
}

export function createRoutes(go: (destination: Destination) => void): Routes {
  return {
    showView: (view) => go({ to: 'view', view }),
    goToUnit: (id) => go({ to: 'unit', id }),
    clearSelection: () => go({ to: 'clear-selection' }),
    goToSearchResult: (id, query, everywhere) => go({ to: 'search-result', id, query, everywhere }),
    showFrameworks: (frameworks, selected) => go({ to: 'frameworks', frameworks, selected }),
    setFilters: (filters) => go({ to: 'filters', filters }),
    setQuery: (query) => go({ to: 'query', query }),
    setMode: (mode) => go({ to: 'mode', mode }),
    setHops: (hops) => go({ to: 'hops', hops }),
    goToSpec: (id) => go({ to: 'spec', id }),
    setCurrentSpec: (id) => go({ to: 'current-spec', id }),
    goToPlan: (id) => go({ to: 'plan', id }),
    setCurrentPlan: (id) => go({ to: 'current-plan', id }),
    goToCourse: (id) => go({ to: 'course', id }),
    goToCourseImport: () => go({ to: 'course-import' }),
    goToFramework: (id) => go({ to: 'framework', id }),
    goToFrameworkImport: () => go({ to: 'framework-import' }),
    goToCourseMapping: () => go({ to: 'course-mapping' }),
    goToCompare: (x, y) => go({ to: 'compare', x, y }),
    setCompareFilters: (filters) => go({ to: 'compare-filters', filters }),
  };
}

export function useRoutes(): Routes {
  return useAtlas().routes;
}

/**
 * Takes routes: works out the next state from the latest one (kept here, so two routes in a row,
 * such as create-then-open, build on each other), writes it to the URL and hands it to `show`.
 * `reset` is for a state that arrives by other ways (Back, Forward, an edited address).
 */
export function createRouter(initial: ViewState, show: (state: ViewState) => void) {
  let current = initial;
  const go = (destination: Destination) => {
    current = routeTo(current, destination);
    const url = serialiseState(current) || window.location.pathname + window.location.search;
    if (replacesHistory(destination)) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    show(current);
  };
  return {
    routes: createRoutes(go),
    reset: (state: ViewState) => {
      current = state;
    },
  };
}

/** The address of this page showing `state`, for a permalink to copy. */
export function linkTo(state: ViewState): string {
  return `${window.location.href.split('#')[0]}${serialiseState(state)}`;
}
