import type { CollectionReturnValue, Core } from 'cytoscape';
import { useEffect, useMemo } from 'react';
import type { FilteredView } from '../../../domain/filters';
import { edgeId } from '../../../domain/graph';
import { useAtlas } from '../../context';
import { useGraph } from './context';

/**
 * Keeps the graph in step with the filters: hides what is filtered out (no re-layout: positions
 * are precomputed). Only the elements whose state changes are touched, in whole-collection
 * operations: per-element class toggles cost cytoscape a collection and a style pass each.
 */
export function FilterController({ view }: { view: FilteredView }) {
  const { atlas } = useAtlas();
  const { cy, elements, hidden: hiddenRef } = useGraph();
  const edgeIds = useMemo(() => new Map(atlas.dataset.links.map((l, i) => [l, edgeId(l, i)])), [atlas]);
  useEffect(() => {
    const visibleEdges = new Set(view.links.map((l) => edgeIds.get(l)));
    const hidden = new Set<string>();
    const shownInGroup = new Set<string>();
    for (const node of elements.nodes) {
      if (node.data.kind === 'group') continue;
      if (view.unitIds.has(node.data.id)) {
        if (node.data.box) shownInGroup.add(node.data.box);
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
  }, [cy, view, edgeIds, elements, hiddenRef]);
  return null;
}

export function collectionOf(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  const collection = cy.collection();
  for (const id of ids) collection.merge(cy.getElementById(id));
  return collection;
}
