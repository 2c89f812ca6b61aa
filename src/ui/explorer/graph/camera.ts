/** Camera moves shared by the controllers: framing a set of elements inside the visible canvas. */
import type { Collection, Core } from 'cytoscape';

/** Room kept around framed elements, in screen px, so their labels and outlines are not cut. */
export const FRAME_PADDING = 30;
/** Framing never zooms in past this: a lone unit is shown in its surroundings, not filling the screen. */
export const FRAME_MAX_ZOOM = 1.6;

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Panels that can be drawn over the map (the drawers on narrow screens). */
const OVERLAYS = '.explorer > .details, .explorer > .filters';

/**
 * How much of the canvas is covered by a drawer, on each side: framing fits into the rest, so
 * the selected unit never sits under the details panel.
 */
export function coveredInsets(container: HTMLElement | null): Insets {
  const insets = { top: 0, right: 0, bottom: 0, left: 0 };
  if (!container) return insets;
  const c = container.getBoundingClientRect();
  for (const el of document.querySelectorAll<HTMLElement>(OVERLAYS)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const overlapX = Math.min(c.right, r.right) - Math.max(c.left, r.left);
    const overlapY = Math.min(c.bottom, r.bottom) - Math.max(c.top, r.top);
    if (overlapX <= 0 || overlapY <= 0) continue;
    if (r.right >= c.right - 1) insets.right = Math.max(insets.right, c.right - r.left);
    else if (r.left <= c.left + 1) insets.left = Math.max(insets.left, r.right - c.left);
  }
  return insets;
}

/** A box in graph coordinates, as cytoscape's `boundingBox()` gives it. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Zooms and pans so that every element of `eles` lies inside the uncovered part of the canvas
 * with `FRAME_PADDING` to spare.
 */
export function frameElements(cy: Core, eles: Collection, options: { animate?: boolean } = {}): void {
  if (eles.empty()) return;
  frameBox(cy, eles.boundingBox({ includeLabels: true } as never), options);
}

/** Zooms and pans so that `box` lies inside the uncovered part of the canvas. */
export function frameBox(cy: Core, box: Box, options: { animate?: boolean } = {}): void {
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const inset = coveredInsets(cy.container());
  const width = Math.max(1, cy.width() - inset.left - inset.right - 2 * FRAME_PADDING);
  const height = Math.max(1, cy.height() - inset.top - inset.bottom - 2 * FRAME_PADDING);
  const zoom = Math.min(
    FRAME_MAX_ZOOM,
    Math.max(cy.minZoom(), Math.min(width / Math.max(w, 1), height / Math.max(h, 1))),
  );
  const centre = { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  const pan = {
    x: inset.left + FRAME_PADDING + width / 2 - centre.x * zoom,
    y: inset.top + FRAME_PADDING + height / 2 - centre.y * zoom,
  };
  cy.stop(true, true);
  if (options.animate) cy.animate({ zoom, pan }, { duration: 300, easing: 'ease-in-out-cubic' });
  else cy.viewport({ zoom, pan });
}
