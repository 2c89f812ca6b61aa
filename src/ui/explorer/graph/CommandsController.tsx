import { forwardRef, useImperativeHandle } from 'react';
import { graphToSvg } from '../../../domain/svg';
import { downloadBlob, downloadText } from '../../common/download';
import { frameElements } from './camera';
import { useGraph } from './context';

/** What the toolbar can ask of the graph. */
export interface GraphHandle {
  zoomBy(factor: number): void;
  fit(): void;
  /** Back to the overview: every group folded, everything in view. */
  reset(): void;
  /** Every group's units drawn. */
  expandAll(): void;
  exportPng(): void;
  exportSvg(): void;
}

/** The toolbar's commands, run against the graph context. */
export const CommandsController = forwardRef<GraphHandle>(function CommandsController(_props, ref) {
  const { cy, setExpanded, setShowAll } = useGraph();
  useImperativeHandle(
    ref,
    () => ({
      zoomBy(factor) {
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      },
      fit() {
        frameElements(cy, cy.elements(), { animate: true });
      },
      reset() {
        setShowAll(false);
        setExpanded(() => new Set());
        requestAnimationFrame(() => frameElements(cy, cy.elements(), { animate: true }));
      },
      expandAll() {
        setShowAll(true);
        requestAnimationFrame(() => frameElements(cy, cy.elements(), { animate: true }));
      },
      exportPng() {
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
    }),
    [cy, setExpanded, setShowAll],
  );
  return null;
});
