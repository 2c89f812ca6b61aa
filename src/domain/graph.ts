/**
 * Graph elements for the explorer, as plain data (cytoscape's element JSON shape), so building
 * and filtering the graph is testable without a browser.
 */
import { buildGroups, groupOf, type Position } from './layout';
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
    parent?: string;
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
  const nodes: NodeElement[] = buildGroups(dataset).map((g) => ({
    group: 'nodes',
    data: { id: g.id, label: g.label, title: g.label, framework: g.framework, kind: 'group' },
    classes: `group band-${g.band}`,
  }));
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
        parent: groupOf(unit, (id) => kindOf.get(id)),
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
