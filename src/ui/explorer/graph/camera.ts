/** Camera moves shared by the controllers: framing a set of elements inside the visible canvas. */
import type { Collection, Core } from 'cytoscape';

/** Room kept around framed elements, in screen px, so their labels and outlines are not cut. */
export const FRAME_PADDING = 36;
/** Framing never zooms in past this: a lone unit is shown in its surroundings, not filling the screen. */
export const FRAME_MAX_ZOOM = 1.6;

/**
 * Zooms and pans so that every element of `eles` lies inside the canvas with `FRAME_PADDING`
 * to spare. `insets` are parts of the canvas covered by something drawn over it (a drawer).
 */
export function frameElements(
  cy: Core,
  eles: Collection,
  options: {
    animate?: boolean;
    insets?: { top?: number; right?: number; bottom?: number; left?: number };
  } = {},
): void {
  if (eles.empty()) return;
  const box = eles.boundingBox({ includeLabels: true } as never);
  const inset = { top: 0, right: 0, bottom: 0, left: 0, ...options.insets };
  const width = Math.max(1, cy.width() - inset.left - inset.right - 2 * FRAME_PADDING);
  const height = Math.max(1, cy.height() - inset.top - inset.bottom - 2 * FRAME_PADDING);
  const zoom = Math.min(
    FRAME_MAX_ZOOM,
    Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1))),
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
