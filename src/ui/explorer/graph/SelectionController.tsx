import { useLayoutEffect, useRef } from 'react';
import { neighbourhood, type FilteredView } from '../../../domain/filters';
import { useAtlas } from '../../context';
import { frameElements } from './camera';
import { useGraph } from './context';
import { setLabelledNeighbourhood } from './labels';

/**
 * Selection and camera: highlights the selected unit's 1- or 2-hop neighbourhood (the scene has
 * already drawn its members, see revealedBy) and moves the camera to frame the unit with its whole
 * neighbourhood, however the selection was made (click, search, a link in the panel, a permalink).
 * With nothing selected, a change of filters frames whatever is left.
 */
export function SelectionController({ view }: { view: FilteredView }) {
  const { state } = useAtlas();
  const { cy, scene } = useGraph();
  const framed = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const selected = state.selected ? cy.getElementById(state.selected) : undefined;
    const isUnit = !!selected && selected.nonempty() && selected.hasClass('unit');
    // The selected unit and its neighbour units: labelled legibly and framed.
    let members = cy.collection();
    cy.batch(() => {
      cy.elements('.faded, .near, .focus').removeClass('faded near focus');
      if (!isUnit) return;
      const near = neighbourhood(selected.id(), view.links, state.hops);
      const nearNodes = cy.nodes('.unit').filter((n) => near.has(n.id()));
      const nearEdges = cy
        .edges()
        .filter((e) => !e.hasClass('aggregate') && near.has(e.source().id()) && near.has(e.target().id()));
      const inside = nearNodes.union(nearEdges);
      cy.elements().difference(inside).not('.group').addClass('faded');
      inside.addClass('near');
      selected.addClass('focus');
      members = nearNodes.union(selected);
    });
    setLabelledNeighbourhood(cy, members);
    // Frame when the selection (or its reach) changes, not on every filter click; when the
    // selection is cleared, frame whatever is shown.
    if (!state.selected) {
      if (framed.current) frameElements(cy, cy.elements(), { animate: true });
      framed.current = undefined;
      return;
    }
    const key = `${state.selected}|${state.hops}`;
    if (isUnit && key !== framed.current) {
      framed.current = key;
      frameElements(cy, members, { animate: true });
    }
  }, [cy, scene, state.selected, state.hops, view]);
  return null;
}
