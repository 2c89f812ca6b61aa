import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { statusLine } from '../../domain/filters';
import { useAtlas } from '../context';
import { DetailPanel } from './DetailPanel';
import { FiltersPanel } from './FiltersPanel';
import { GraphView, type GraphHandle } from './GraphView';
import { Legend } from './Legend';
import { TableView } from './TableView';
import { GraphToolbar } from './GraphToolbar';
import { useFilteredView } from '../common/useFilteredView';

/**
 * Filters, map and details side by side; on narrow screens (see styles.css) the filters and the
 * details become drawers over the map, so the map keeps the whole width. Escape closes a drawer.
 */
export function Explorer() {
  const { state, routes } = useAtlas();
  const view = useFilteredView();
  const graph = useRef<GraphHandle>(null);
  const root = useRef<HTMLDivElement>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  useDrawerBounds(root, state.mode);
  // An opened filters drawer takes the focus, so the keyboard reaches it (it comes first in the page).
  useEffect(() => {
    if (filtersOpen) root.current?.querySelector<HTMLElement>('.filters')?.focus();
  }, [filtersOpen]);
  const classes = ['explorer', filtersOpen && 'filters-open', state.selected && 'has-selection'];
  const closeDetails = () => routes.clearSelection();
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    const target = e.target as HTMLElement;
    if (filtersOpen && target.closest('.filters, .drawer-toggle')) {
      setFiltersOpen(false);
      root.current?.querySelector<HTMLElement>('.drawer-toggle')?.focus();
    } else if (state.selected && target.closest('.details, .drawer-close')) {
      closeDetails();
      root.current?.querySelector<HTMLElement>('[data-testid="graph"]')?.focus();
    }
  };
  return (
    <div className={classes.filter(Boolean).join(' ')} ref={root} onKeyDown={onKeyDown}>
      <FiltersPanel />
      <section className="canvas-area" aria-label="Standards map">
        <GraphToolbar
          graph={graph}
          filtersOpen={filtersOpen}
          onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        />
        <div className="status-row">
          <p role="status" className="status-line" aria-live="polite">
            {statusLine(view)}
          </p>
          {state.mode === 'graph' && !state.selected && (
            // On narrow screens the details panel, which says this on wide ones, is a closed drawer.
            <p className="map-hint">
              Click a code such as B6, or a framework&rsquo;s box, to see what it is and what it links to.
            </p>
          )}
        </div>
        {state.mode === 'graph' ? <GraphView ref={graph} view={view} /> : <TableView view={view} />}
        {state.mode === 'graph' && <Legend />}
      </section>
      <DetailPanel />
      {state.selected && (
        <button type="button" className="drawer-close" onClick={closeDetails}>
          Close details
        </button>
      )}
    </div>
  );
}

/**
 * Where the drawers may lie on narrow screens: between the map's toolbar and its legend, so a
 * drawer never covers a tool or the key to the colours. Kept in CSS variables, as the toolbar
 * wraps to more lines when the window narrows.
 */
function useDrawerBounds(root: RefObject<HTMLDivElement | null>, mode: string) {
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const parts = () => [
      el.querySelector<HTMLElement>('.canvas-area > .toolbar'),
      el.querySelector<HTMLElement>('.canvas-area > .legend'),
    ];
    const update = () => {
      const box = el.getBoundingClientRect();
      const [toolbar, legend] = parts().map((p) => p?.getBoundingClientRect());
      el.style.setProperty('--drawer-top', `${toolbar ? Math.ceil(toolbar.bottom - box.top) : 0}px`);
      el.style.setProperty('--drawer-bottom', `${legend ? Math.ceil(box.bottom - legend.top) : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const part of parts()) if (part) observer.observe(part);
    return () => observer.disconnect();
  }, [root, mode]);
}
