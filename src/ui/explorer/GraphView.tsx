import cytoscape, { type Core } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useMemo, useRef } from 'react';
import { neighbourhood, type FilteredView } from '../../domain/filters';
import { buildElements, edgeId } from '../../domain/graph';
import { graphToSvg } from '../../domain/svg';
import { downloadBlob, downloadText } from '../common/download';
import { useAtlas } from '../context';
import { graphStyle } from './graph-style';

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
  stateRef.current = state;

  const elements = useMemo(() => buildElements(atlas.dataset, atlas.positions), [atlas]);
  const edgeIds = useMemo(() => new Map(atlas.dataset.links.map((l, i) => [l, edgeId(l, i)])), [atlas]);

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      elements: [...elements.nodes, ...elements.edges],
      style: graphStyle,
      layout: { name: 'preset', fit: true, padding: 30 },
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      autoungrabify: true,
      hideEdgesOnViewport: elements.edges.length > 3000,
      textureOnViewport: elements.nodes.length > 2000,
      pixelRatio: 1,
    });
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
    // Tests and benchmarks find nodes on the canvas through this handle.
    window.__atlasCy = cy;
    window.__atlasGraphReady = performance.now();
    document.documentElement.dataset.graph = 'ready';
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, [elements, navigate]);

  // Filters: hide what is filtered out, in one batch (no re-layout: positions are precomputed).
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const visibleEdges = new Set(view.links.map((l) => edgeIds.get(l)));
    cy.batch(() => {
      cy.nodes('.unit').forEach((n) => {
        n.toggleClass('hidden', !view.unitIds.has(n.id()));
      });
      cy.nodes('.group').forEach((g) => {
        g.toggleClass('hidden', g.children().filter((c) => !c.hasClass('hidden')).length === 0);
      });
      cy.edges().forEach((e) => {
        e.toggleClass('hidden', !visibleEdges.has(e.id()));
      });
    });
    window.__atlasLastPaint = performance.now();
  }, [view, edgeIds]);

  // Selection: highlight the 1- or 2-hop neighbourhood and centre on the node.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const selected = state.selected && cy.getElementById(state.selected);
    cy.batch(() => {
      cy.elements().removeClass('faded near focus');
      if (!selected || selected.empty() || !selected.hasClass('unit')) return;
      const near = neighbourhood(selected.id(), view.links, state.hops);
      cy.nodes('.unit').forEach((n) => {
        n.toggleClass(near.has(n.id()) ? 'near' : 'faded', true);
      });
      cy.edges().forEach((e) => {
        const inside = near.has(e.source().id()) && near.has(e.target().id());
        e.toggleClass(inside ? 'near' : 'faded', true);
      });
      selected.addClass('focus');
    });
    if (selected && !selected.empty() && selected.hasClass('unit') && !selected.hasClass('hidden')) {
      cy.animate({ center: { eles: selected }, zoom: Math.max(cy.zoom(), 0.9) }, { duration: 250 });
    }
  }, [state.selected, state.hops, view]);

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

/** Group boxes select their framework or qualification, so the panel can describe them. */
function groupSelection(groupId: string): string | undefined {
  const [, framework] = groupId.split(':');
  return framework === 'nos' ? undefined : `framework:${framework}`;
}

declare global {
  interface Window {
    __atlasGraphReady?: number;
    __atlasLastPaint?: number;
    __atlasCy?: Core;
  }
}
