/**
 * Graph elements for the explorer, as plain data (cytoscape's element JSON shape), so building
 * and filtering the graph is testable without a browser.
 */
import { buildGroups, CELL, groupOf, type Position } from './layout';

const BOX_PADDING = 16;
import { isUserFramework } from './course-import';
import type { Dataset, FrameworkKind, Link } from './model';

export interface NodeElement {
  group: 'nodes';
  data: {
    id: string;
    label: string;
    title: string;
    framework: string;
    kind: FrameworkKind | 'user' | 'group';
    /** The group box the unit is drawn in (not a cytoscape compound parent: see buildElements). */
    box?: string;
    /** Group boxes only: their size. */
    width?: number;
    height?: number;
  };
  position?: Position;
  classes?: string;
}

export interface EdgeElement {
  group: 'edges';
  data: {
    id: string;
    source: string;
    target: string;
    basis: Link['basis'];
    relation: Link['relation'];
    score?: number;
  };
  classes: string;
}

/** Edges to a functional area ("area:B") attach to that area's group box. */
export function linkTarget(to: string): string {
  return to.startsWith('area:') ? `group:nos:${to.slice(5)}` : to;
}

export function edgeId(link: Link, index: number): string {
  return `e${index}:${link.from}>${link.to}`;
}

export function buildElements(
  dataset: Dataset,
  positions: Record<string, Position>,
): { nodes: NodeElement[]; edges: EdgeElement[] } {
  const kindOf = new Map(dataset.frameworks.map((f) => [f.id, f.kind]));
  // A person's imported course is drawn as their own data, not as a published framework.
  const drawnKind = new Map(
    dataset.frameworks.map((f) => [f.id, isUserFramework(f) ? ('user' as const) : f.kind]),
  );
  const boxOf = (unit: Dataset['units'][number]) => groupOf(unit, (id) => kindOf.get(id));
  // Group boxes are plain nodes sized around their units, drawn underneath them. Compound
  // (parent) nodes would make cytoscape recompute every ancestor's bounds whenever a unit is
  // shown, hidden or restyled, which is most of the cost of a filter change.
  const extent = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  for (const unit of dataset.units) {
    const p = positions[unit.id];
    if (!p) continue;
    const id = boxOf(unit);
    const e = extent.get(id) ?? { x0: p.x, y0: p.y, x1: p.x, y1: p.y };
    extent.set(id, {
      x0: Math.min(e.x0, p.x),
      y0: Math.min(e.y0, p.y),
      x1: Math.max(e.x1, p.x),
      y1: Math.max(e.y1, p.y),
    });
  }
  const nodes: NodeElement[] = buildGroups(dataset).map((g) => {
    const e = extent.get(g.id) ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
    return {
      group: 'nodes',
      data: {
        id: g.id,
        label: g.label,
        title: g.label,
        framework: g.framework,
        kind: 'group',
        width: e.x1 - e.x0 + CELL.width + BOX_PADDING,
        height: e.y1 - e.y0 + CELL.height + BOX_PADDING,
      },
      position: { x: (e.x0 + e.x1) / 2, y: (e.y0 + e.y1) / 2 },
      classes: `group band-${g.band}`,
    };
  });
  for (const unit of dataset.units) {
    const kind = drawnKind.get(unit.framework) ?? 'specialist';
    nodes.push({
      group: 'nodes',
      data: {
        id: unit.id,
        label: unit.code,
        title: unit.title,
        framework: unit.framework,
        kind,
        box: boxOf(unit),
      },
      position: positions[unit.id] ?? { x: 0, y: 0 },
      classes: `unit kind-${kind}`,
    });
  }
  const edges: EdgeElement[] = dataset.links.map((link, i) => ({
    group: 'edges',
    data: {
      id: edgeId(link, i),
      source: link.from,
      target: linkTarget(link.to),
      basis: link.basis,
      relation: link.relation,
      ...(link.score !== undefined ? { score: link.score } : {}),
    },
    classes: `basis-${link.basis} relation-${link.relation}`,
  }));
  return { nodes, edges };
}
