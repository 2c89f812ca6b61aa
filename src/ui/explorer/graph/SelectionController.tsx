import { useEffect, useRef } from 'react';
import { neighbourhood, type FilteredView } from '../../../domain/filters';
import { useAtlas } from '../../context';
import { frameElements } from './camera';
import { useGraph } from './context';
import { collectionOf } from './FilterController';

/**
 * Selection and camera: highlights the selected unit's 1- or 2-hop neighbourhood and moves the
 * camera to frame the unit with its whole neighbourhood, however the selection was made (click,
 * search, a link in the panel, a permalink).
 */
export function SelectionController({ view }: { view: FilteredView }) {
  const { state } = useAtlas();
  const { cy, elements } = useGraph();
  const highlighted = useRef(false);
  useEffect(() => {
    const selected = state.selected ? cy.getElementById(state.selected) : undefined;
    const isUnit = !!selected && !selected.empty() && selected.hasClass('unit');
    if (!isUnit && !highlighted.current) return;
    const nearIds: string[] = [];
    cy.batch(() => {
      if (highlighted.current) cy.elements('.faded, .near, .focus').removeClass('faded near focus');
      highlighted.current = isUnit;
      if (!isUnit) return;
      const near = neighbourhood(selected.id(), view.links, state.hops);
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
      const framed = collectionOf(cy, nearIds)
        .nodes()
        .filter((n) => !n.hasClass('hidden'));
      frameElements(cy, framed.union(selected), { animate: true });
    }
  }, [cy, state.selected, state.hops, view, elements]);
  return null;
}
