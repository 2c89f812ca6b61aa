/**
 * Labels of a selected neighbourhood stay readable: the style hides any label smaller than the
 * minimum size on screen (group-level overview), but a framed neighbourhood on a small screen can
 * sit at a zoom where the codes would be 7–9 px. Its members' labels are then drawn at the minimum
 * size (an element style, taken off again when they leave the neighbourhood or the zoom allows),
 * showing the end of a long code so that it stays inside its chip (graph-style.ts, `enlarged`).
 */
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { GRAPH_SIZES } from '../../common/encoding';

/** Half a pixel above the minimum, so rounding never pushes a label under it. */
const TARGET_PX = GRAPH_SIZES.minLabelPx + 0.5;
const enlarged = new WeakMap<Core, NodeCollection>();

/** The label size the stylesheet gives a unit (graph-style.ts), in graph units. */
function styledFont(n: NodeSingular): number {
  if (n.hasClass('detail')) return GRAPH_SIZES.detailFont;
  return n.hasClass('kind-generic') ? GRAPH_SIZES.nosFont : GRAPH_SIZES.unitFont;
}

export function keepNeighbourLabelsLegible(cy: Core): void {
  const zoom = cy.zoom();
  const small = cy.nodes('.unit.near, .unit.focus').filter((n) => styledFont(n) * zoom < TARGET_PX);
  const before = enlarged.get(cy);
  cy.batch(() => {
    before
      ?.difference(small)
      .filter((n) => !n.removed())
      .removeStyle('font-size')
      .removeClass('enlarged');
    small.style('font-size', TARGET_PX / zoom).addClass('enlarged');
  });
  enlarged.set(cy, small);
}
