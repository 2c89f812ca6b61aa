import { applyFilters, type FilteredView } from '../../domain/filters';
import { useAtlas } from '../context';

const cache = new WeakMap<object, { dataset: object; view: FilteredView }>();

/**
 * The units and links the current filters show. The explorer and the search box both need it on
 * every filter change; it is computed once per filters object and shared.
 */
export function useFilteredView(): FilteredView {
  const { atlas, state } = useAtlas();
  const hit = cache.get(state.filters);
  if (hit && hit.dataset === atlas.dataset) return hit.view;
  const view = applyFilters(atlas.dataset, state.filters);
  cache.set(state.filters, { dataset: atlas.dataset, view });
  return view;
}
