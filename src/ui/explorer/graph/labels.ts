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
/** The end of a long code: "8605-308" → "308", "A/506/1953" → "1953"; short codes as they are. */
export function codeTail(label: string): string {
  const end = /[-/]([^-/]{1,5})$/.exec(label);
  return label.length > 5 && end ? end[1]! : label;
}

/** Per graph: the selected neighbourhood (set by the selection controller) and which labels are enlarged. */
const neighbourhoods = new WeakMap<Core, NodeCollection>();
const enlarged = new WeakMap<Core, NodeCollection>();

/** The label size the stylesheet gives a unit (graph-style.ts), in graph units. */
function styledFont(n: NodeSingular): number {
  if (n.hasClass('detail')) return GRAPH_SIZES.detailFont;
  return n.hasClass('kind-generic') ? GRAPH_SIZES.nosFont : GRAPH_SIZES.unitFont;
}

/** The units whose labels must stay readable (the selected one and its neighbours; none when nothing is selected). */
export function setLabelledNeighbourhood(cy: Core, members: NodeCollection): void {
  neighbourhoods.set(cy, members);
  keepNeighbourLabelsLegible(cy);
}

/**
 * Runs on every zoom step: it only looks at the stored neighbourhood, never the whole graph
 * (the 20,000-unit register zooms with nothing selected).
 */
export function keepNeighbourLabelsLegible(cy: Core): void {
  const members = neighbourhoods.get(cy);
  const before = enlarged.get(cy);
  if (!members?.nonempty() && !before?.nonempty()) return;
  const zoom = cy.zoom();
  const small = (members ?? cy.collection()).filter((n) => !n.removed() && styledFont(n) * zoom < TARGET_PX);
  cy.batch(() => {
    before
      ?.difference(small)
      .filter((n) => !n.removed())
      .removeStyle('font-size')
      .removeClass('enlarged');
    // The shortened code is worked out here, for the few units enlarged, not for every unit at start-up.
    small.forEach((n) => {
      if (n.data('tail') === undefined) n.data('tail', codeTail(n.data('label') as string));
    });
    small.style('font-size', TARGET_PX / zoom).addClass('enlarged');
  });
  enlarged.set(cy, small);
}
