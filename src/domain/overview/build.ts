/** The scene for a view: which groups open, and links folded into one link per pair of groups. */
import type { Basis } from '../model';
import { blockFor, placeRows, type Block } from './blocks';
import {
  SCENE,
  plural,
  type Scene,
  type SceneEdge,
  type SceneGroup,
  type SceneInput,
  type SceneModel,
  type SceneNode,
} from './scene';

/** Links with an end in "area:B" attach to that area's box. */
export function areaGroup(to: string): string | undefined {
  return to.startsWith('area:') ? `group:nos:${to.slice(5)}` : undefined;
}

export function buildScene(model: SceneModel, input: SceneInput): Scene {
  const nodes: SceneNode[] = [];
  const blocks = new Map<SceneGroup['band'], Block[]>();
  const drawn = new Set<string>();
  const drawnGroups = new Set<string>();
  // The hub's width sets the width of every band, so the whole overview keeps one shape.
  const hubWidth =
    SCENE.areasPerRow * (SCENE.nosColumns * SCENE.cell.width + 2 * SCENE.padding) +
    (SCENE.areasPerRow - 1) * SCENE.gap;
  for (const group of model.groups) {
    const visibleMembers = group.members.filter((id) => input.visible.has(id));
    if (visibleMembers.length === 0) continue;
    const open = group.band === 'nos' || input.showAll || input.expanded.has(group.id);
    const shown = open ? visibleMembers : visibleMembers.filter((id) => input.revealed.has(id));
    const list = blocks.get(group.band) ?? [];
    list.push(blockFor(group, visibleMembers, shown, hubWidth, model));
    blocks.set(group.band, list);
    for (const id of shown) drawn.add(id);
    drawnGroups.add(group.id);
  }
  // Specialist band above the hub (its rows stacked upwards), qualifications and the person's
  // own courses below.
  const above = blocks.get('specialist') ?? [];
  const scratch: SceneNode[] = [];
  const aboveHeight = placeRows(above, 0, hubWidth, model, scratch);
  placeRows(above, -SCENE.bandGap - aboveHeight, hubWidth, model, nodes);
  const hubBottom = placeRows(blocks.get('nos') ?? [], 0, hubWidth, model, nodes, true);
  const qualificationBottom = placeRows(
    blocks.get('qualification') ?? [],
    hubBottom + SCENE.bandGap,
    hubWidth,
    model,
    nodes,
  );
  placeRows(blocks.get('user') ?? [], qualificationBottom + SCENE.bandGap, hubWidth, model, nodes);

  // Links: drawn one by one when both ends are drawn, otherwise folded into one link per pair of groups.
  const edges: SceneEdge[] = [];
  const folded = new Map<string, SceneEdge & { counts: Map<string, number> }>();
  for (const { link, id } of input.links) {
    const area = areaGroup(link.to);
    const fromDrawn = drawn.has(link.from);
    const toDrawn = area ? drawnGroups.has(area) : drawn.has(link.to);
    if (fromDrawn && toDrawn) {
      edges.push({
        id,
        source: link.from,
        target: area ?? link.to,
        aggregate: false,
        basis: link.basis,
        relation: link.relation,
      });
      continue;
    }
    const a = model.groupOfUnit.get(link.from);
    const b = area ?? model.groupOfUnit.get(link.to);
    if (!a || !b || a === b || !drawnGroups.has(a) || !drawnGroups.has(b)) continue;
    const key = `agg:${a}|${b}`;
    let edge = folded.get(key);
    if (!edge) {
      edge = {
        id: key,
        source: a,
        target: b,
        aggregate: true,
        basis: link.basis,
        relation: 'related',
        count: 0,
        mix: {},
        counts: new Map(),
      };
      folded.set(key, edge);
    }
    edge.count! += 1;
    edge.mix![link.basis] = (edge.mix![link.basis] ?? 0) + 1;
  }
  for (const { counts: _counts, ...edge } of folded.values()) {
    // Drawn in the dash of the basis most of its links have.
    const mix = edge.mix!;
    edge.basis = (Object.keys(mix) as Basis[]).sort((x, y) => mix[y]! - mix[x]!)[0]!;
    edges.push(edge);
  }
  return { nodes, edges };
}

/** "12 links: 8 published, 4 curated" */
export function describeMix(count: number, mix: Partial<Record<Basis, number>>): string {
  const parts = (['published', 'curated', 'computed'] as Basis[])
    .filter((b) => mix[b])
    .map((b) => `${mix[b]} ${b}`);
  return `${plural(count, 'link')}: ${parts.join(', ')}`;
}
