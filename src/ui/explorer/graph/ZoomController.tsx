import { useEffect } from 'react';
import { GRAPH_SIZES } from '../../common/encoding';
import { useGraph } from './context';
import { keepNeighbourLabelsLegible } from './labels';

/** From this zoom on, a unit's code and short title are at least the minimum label size on screen. */
export const DETAIL_ZOOM = GRAPH_SIZES.minLabelPx / GRAPH_SIZES.detailFont;

/**
 * Level of detail follows zoom: far out, group names only (unit codes under the minimum size are
 * hidden by the style); nearer, codes; close up, code and short title. A selected neighbourhood's
 * labels are never hidden (see labels.ts).
 */
export function ZoomController() {
  const { cy, scene } = useGraph();
  useEffect(() => {
    let detail: boolean | undefined;
    const apply = () => {
      keepNeighbourLabelsLegible(cy);
      const next = cy.zoom() >= DETAIL_ZOOM;
      if (next === detail) return;
      detail = next;
      cy.batch(() => {
        if (next) cy.nodes('.unit').addClass('detail');
        else cy.nodes('.unit').removeClass('detail');
      });
    };
    apply();
    cy.on('zoom', apply);
    return () => {
      cy.off('zoom', apply);
    };
  }, [cy, scene]);
  return null;
}
