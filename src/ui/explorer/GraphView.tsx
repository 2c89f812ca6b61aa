import type { CollectionReturnValue, Core } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef } from 'react';
import { neighbourhood, type FilteredView } from '../../domain/filters';
import { edgeId } from '../../domain/graph';
import { graphToSvg } from '../../domain/svg';
import { downloadBlob, downloadText } from '../common/download';
import { useAtlas } from '../context';
import { adoptBootedGraph, createGraph, elementsFor } from './graph-instance';

export interface GraphHandle {
  zoomBy(factor: number): void;
  fit(): void;
  reset(): void;
  relayout(): void;
  exportPng(): void;
  exportSvg(): void;
}

export const GraphView = forwardRef<GraphHandle, { view: FilteredView }>(function GraphView({ view }, ref) {
  const { atlas, state, navigate } = useAtlas();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const stateRef = useRef(state);
  const atlasRef = useRef(atlas);
  const hiddenRef = useRef<Set<string>>(new Set());
  atlasRef.current = atlas;
  stateRef.current = state;

  const elements = useMemo(() => elementsFor(atlas), [atlas]);
  const edgeIds = useMemo(() => new Map(atlas.dataset.links.map((l, i) => [l, edgeId(l, i)])), [atlas]);

  // A layout effect: the graph exists in the same task as the first render, before the browser
  // paints the rest of the page. At start-up it was usually booted already (see graph-instance).
  useLayoutEffect(() => {
    if (!container.current) return;
    const instance =
      adoptBootedGraph(container.current, elements) ??
      createGraph(container.current, elements, (id) => hiddenRef.current.has(id));
    const { cy } = instance;
    cy.on('tap', 'node', (event) => {
      const id = event.target.id() as string;
      const selected = id.startsWith('group:') ? groupSelection(id) : id;
      if (selected) navigate({ ...stateRef.current, selected });
    });
    cy.on('tap', (event) => {
      if (event.target === cy && stateRef.current.selected)
        navigate({ ...stateRef.current, selected: undefined });
    });
    cyRef.current = cy;
    // Search is built lazily; build it now that the graph is up, before anyone types.
    const warm = () => void atlasRef.current.search.docs;
    if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 1500 });
    else setTimeout(warm, 200);
    document.documentElement.dataset.graph = 'ready';
    return () => {
      instance.dispose();
      cyRef.current = null;
    };
  }, [elements, navigate]);

  // Filters: hide what is filtered out (no re-layout: positions are precomputed). Only the
  // elements whose state changes are touched, in whole-collection operations: per-element class
  // toggles cost cytoscape a collection and a style pass each.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const visibleEdges = new Set(view.links.map((l) => edgeIds.get(l)));
    const hidden = new Set<string>();
    const shownInGroup = new Map<string, number>();
    for (const node of elements.nodes) {
      if (node.data.kind === 'group') continue;
      if (view.unitIds.has(node.data.id)) {
        if (node.data.box) shownInGroup.set(node.data.box, 1);
      } else hidden.add(node.data.id);
    }
    for (const node of elements.nodes) {
      if (node.data.kind === 'group' && !shownInGroup.has(node.data.id)) hidden.add(node.data.id);
    }
    for (const edge of elements.edges) if (!visibleEdges.has(edge.data.id)) hidden.add(edge.data.id);
    const previous = hiddenRef.current;
    const toHide = [...hidden].filter((id) => !previous.has(id));
    const toShow = [...previous].filter((id) => !hidden.has(id));
    hiddenRef.current = hidden;
    cy.batch(() => {
      collectionOf(cy, toShow).removeClass('hidden');
      collectionOf(cy, toHide).addClass('hidden');
    });
    window.__atlasLastPaint = performance.now();
  }, [view, edgeIds, elements]);

  // Selection: highlight the 1- or 2-hop neighbourhood and centre on the node.
  const highlighted = useRef(false);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const selected = state.selected ? cy.getElementById(state.selected) : undefined;
    const isUnit = !!selected && !selected.empty() && selected.hasClass('unit');
    if (!isUnit && !highlighted.current) return;
    cy.batch(() => {
      if (highlighted.current) cy.elements('.faded, .near, .focus').removeClass('faded near focus');
      highlighted.current = isUnit;
      if (!isUnit) return;
      const near = neighbourhood(selected.id(), view.links, state.hops);
      const nearIds: string[] = [];
      const farIds: string[] = [];
      for (const node of elements.nodes) {
        if (node.data.kind !== 'group') (near.has(node.data.id) ? nearIds : farIds).push(node.data.id);
      }
      for (const edge of elements.edges) {
        const inside = near.has(edge.data.source) && near.has(edge.data.target);
        (inside ? nearIds : farIds).push(edge.data.id);
      }
      collectionOf(cy, nearIds).addClass('near');
      collectionOf(cy, farIds).addClass('faded');
      selected.addClass('focus');
    });
    if (isUnit && !selected.hasClass('hidden')) {
      cy.animate({ center: { eles: selected }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
    }
  }, [state.selected, state.hops, view, elements]);

  useImperativeHandle(ref, () => ({
    zoomBy(factor) {
      const cy = cyRef.current;
      if (!cy) return;
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fit() {
      cyRef.current?.fit(cyRef.current.elements(':visible'), 30);
    },
    reset() {
      cyRef.current?.fit(undefined, 30);
    },
    relayout() {
      const cy = cyRef.current;
      if (!cy) return;
      cy.elements(':visible')
        .layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 30 })
        .run();
    },
    exportPng() {
      const cy = cyRef.current;
      if (!cy) return;
      const blob = cy.png({
        output: 'blob',
        full: true,
        bg: '#ffffff',
        scale: 2,
        maxWidth: 8000,
        maxHeight: 8000,
      });
      downloadBlob(blob, 'standards-atlas-graph.png');
    },
    exportSvg() {
      const cy = cyRef.current;
      if (!cy) return;
      const nodes = cy.nodes('.unit:visible').map((n) => ({
        id: n.id(),
        label: n.data('label') as string,
        kind: n.data('kind') as string,
        x: n.position('x'),
        y: n.position('y'),
      }));
      const edges = cy.edges(':visible').map((e) => ({
        source: e.source().position(),
        target: e.target().position(),
        basis: e.data('basis') as string,
        relation: e.data('relation') as string,
      }));
      downloadText(graphToSvg(nodes, edges), 'standards-atlas-graph.svg', 'image/svg+xml');
    },
  }));

  return (
    <div
      ref={container}
      className="graph"
      role="img"
      aria-label={`Graph of ${view.units.length} units and ${view.links.length} links. Use the table view for a keyboard-friendly list.`}
      data-testid="graph"
    />
  );
});

function collectionOf(cy: Core, ids: string[]): CollectionReturnValue {
  const collection = cy.collection();
  for (const id of ids) collection.merge(cy.getElementById(id));
  return collection;
}

/** Group boxes select their framework or qualification, so the panel can describe them. */
function groupSelection(groupId: string): string | undefined {
  const [, framework] = groupId.split(':');
  return framework === 'nos' ? undefined : `framework:${framework}`;
}
