/**
 * The explorer's scene: what the graph draws for a given view, as plain data (testable without a
 * browser). Overview first, detail on demand: the NOS hub's six functional areas always show every
 * unit code; every other framework (or qualification group) is a labelled chip with its unit count
 * until it is expanded, or until a selection reveals the members in its neighbourhood; links with
 * an end folded into a chip are drawn as one aggregated link per pair of groups, carrying the count
 * and the mix of bases. Group and unit order come from the build-time layout (barycentric order, see
 * layout.ts); here the groups are only packed into rows that fit the screen.
 */
import { buildGroups, groupOf, type Position } from './layout';
import type { Basis, Dataset, Framework, Link, Relation } from './model';

export type SceneKind = 'generic' | 'specialist' | 'partnership' | 'qualification' | 'user';

export interface SceneGroup {
  id: string;
  /** Short name ("HSC", "ILM 8605 · group 2", "B Providing direction"). */
  label: string;
  band: 'specialist' | 'nos' | 'qualification' | 'user';
  framework: string;
  kind: SceneKind;
  /** Unit ids in drawing order. */
  members: string[];
}

export interface SceneUnit {
  id: string;
  code: string;
  title: string;
  group: string;
  kind: SceneKind;
}

export interface SceneModel {
  groups: SceneGroup[];
  units: Map<string, SceneUnit>;
  groupOfUnit: Map<string, string>;
}

export interface SceneInput {
  /** Units the filters show. */
  visible: Set<string>;
  /** Links the filters show, each with its stable edge id. */
  links: { link: Link; id: string }[];
  /** Groups the person expanded (every visible member drawn). */
  expanded: ReadonlySet<string>;
  /** Units drawn even though their group is folded (the selection's neighbourhood). */
  revealed: ReadonlySet<string>;
  /** Every group expanded: the whole map. */
  showAll?: boolean;
}

export interface SceneNode {
  id: string;
  role: 'unit' | 'chip' | 'box';
  label: string;
  /** Code and a short title, for close zoom (units only). */
  detail?: string;
  title: string;
  kind: SceneKind;
  band?: SceneGroup['band'];
  framework?: string;
  group?: string;
  position: { x: number; y: number };
  width: number;
  height: number;
  /** Chips and boxes: visible members, and how many of them are drawn. */
  count?: number;
  shown?: number;
}

export interface SceneEdge {
  id: string;
  source: string;
  target: string;
  aggregate: boolean;
  basis: Basis;
  relation: Relation;
  /** Aggregated links: how many, and how many of each basis. */
  count?: number;
  mix?: Partial<Record<Basis, number>>;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
}

/** Sizes in graph units (1 unit = 1 px at zoom 1). */
export const SCENE = {
  cell: { width: 58, height: 28 },
  unit: { width: 52, height: 22 },
  padding: 6,
  title: 34,
  gap: 14,
  bandGap: 36,
  chipHeight: 36,
  /** Rough width of one character of a chip's label, to size the chip around it. */
  chipChar: 8.4,
  /** Rough width of one character of a unit code at the unit font. */
  codeChar: 7.4,
  nosColumns: 3,
  areasPerRow: 3,
};

const SHORT_TITLE = 34;

export function shortTitle(title: string): string {
  return title.length > SHORT_TITLE ? `${title.slice(0, SHORT_TITLE - 1).trimEnd()}…` : title;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

interface Block {
  group: SceneGroup;
  shown: string[];
  count: number;
  role: 'chip' | 'box';
  columns: number;
  cell: number;
  width: number;
  height: number;
  label: string;
}

/** Two lines: the group's name, then its count ("HSC" / "9 units", "ILM 8605" / "group 2 · 3 of 72 units"). */
function groupLabel(group: SceneGroup, count: number, shown: number): string {
  if (group.band === 'nos') return group.label;
  const [name, part] = group.label.split(' · ');
  const units = shown > 0 && shown < count ? `${shown} of ${plural(count, 'unit')}` : plural(count, 'unit');
  return `${name}\n${part ? `${part} · ` : ''}${units}`;
}

function labelWidth(label: string): number {
  return Math.round(Math.max(...label.split('\n').map((l) => l.length)) * SCENE.chipChar + 18);
}

/**
 * Units are as wide as their group's longest code needs at the unit font (codes are cut at 11
 * characters), so that every drawn unit can be labelled.
 */
function cellWidth(group: SceneGroup, model: SceneModel): number {
  if (group.band === 'nos') return SCENE.cell.width;
  const longest = Math.max(...group.members.map((id) => Math.min(11, model.units.get(id)?.code.length ?? 0)));
  return Math.max(SCENE.cell.width, Math.round(longest * SCENE.codeChar + 16));
}

function blockFor(
  group: SceneGroup,
  visibleMembers: string[],
  shown: string[],
  maxWidth: number,
  model: SceneModel,
): Block {
  const count = visibleMembers.length;
  const label = groupLabel(group, count, shown.length);
  if (shown.length === 0)
    return {
      group,
      shown,
      count,
      role: 'chip',
      columns: 0,
      cell: 0,
      width: Math.max(64, labelWidth(label)),
      height: SCENE.chipHeight,
      label,
    };
  const cell = cellWidth(group, model);
  const fit = Math.max(1, Math.floor((maxWidth - 2 * SCENE.padding) / cell));
  const columns =
    group.band === 'nos'
      ? SCENE.nosColumns
      : Math.min(fit, Math.max(2, Math.ceil(Math.sqrt(shown.length * 2))), shown.length);
  const rows = Math.ceil(shown.length / columns);
  const gridWidth = columns * cell + 2 * SCENE.padding;
  return {
    group,
    shown,
    count,
    role: 'box',
    columns,
    cell,
    width: group.band === 'nos' ? gridWidth : Math.max(gridWidth, labelWidth(label)),
    height: SCENE.title + rows * SCENE.cell.height + SCENE.padding,
    label,
  };
}

/**
 * Packs blocks into centred rows no wider than `width`, starting at `top`, adding their nodes.
 * Returns the bottom edge.
 */
function placeRows(
  blocks: Block[],
  top: number,
  width: number,
  model: SceneModel,
  nodes: SceneNode[],
  equalColumns = false,
): number {
  const rows: Block[][] = [];
  let current: Block[] = [];
  let used = 0;
  for (const block of blocks) {
    const next = used + (current.length ? SCENE.gap : 0) + block.width;
    if (current.length && (next > width || (equalColumns && current.length === SCENE.areasPerRow))) {
      rows.push(current);
      current = [];
      used = 0;
    }
    used += (current.length ? SCENE.gap : 0) + block.width;
    current.push(block);
  }
  if (current.length) rows.push(current);
  let y = top;
  for (const row of rows) {
    const rowWidth = row.reduce((w, b) => w + b.width, 0) + SCENE.gap * (row.length - 1);
    const rowHeight = Math.max(...row.map((b) => b.height));
    let x = -rowWidth / 2;
    for (const block of row) {
      const { group } = block;
      nodes.push({
        id: group.id,
        role: block.role,
        label: block.label,
        title: group.label,
        kind: group.kind,
        band: group.band,
        framework: group.framework,
        position: { x: x + block.width / 2, y: y + block.height / 2 },
        width: block.width,
        height: block.height,
        count: block.count,
        shown: block.shown.length,
      });
      // The grid is centred in its box (a box can be wider than its grid, to fit its title).
      const left = x + (block.width - block.columns * block.cell) / 2;
      block.shown.forEach((id, i) => {
        const unit = model.units.get(id)!;
        nodes.push({
          id,
          role: 'unit',
          label: unit.code,
          detail: `${unit.code}\n${shortTitle(unit.title)}`,
          title: unit.title,
          kind: unit.kind,
          framework: group.framework,
          group: group.id,
          position: {
            x: left + ((i % block.columns) + 0.5) * block.cell,
            y: y + SCENE.title + (Math.floor(i / block.columns) + 0.5) * SCENE.cell.height,
          },
          width: block.cell - (SCENE.cell.width - SCENE.unit.width),
          height: SCENE.unit.height,
        });
      });
      x += block.width + SCENE.gap;
    }
    y += rowHeight + SCENE.gap;
  }
  return rows.length ? y - SCENE.gap : top;
}

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

/**
 * The box around every node of the scene, in graph units: what the opening view frames. Every
 * label sits inside its node (units are as wide as their codes, chips as their labels, a box's
 * title in its top band), so the nodes' box is the drawing's box too.
 */
export function sceneBox(scene: Scene): { x1: number; y1: number; x2: number; y2: number } | undefined {
  if (scene.nodes.length === 0) return undefined;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { position: p, width, height } of scene.nodes) {
    box.x1 = Math.min(box.x1, p.x - width / 2);
    box.x2 = Math.max(box.x2, p.x + width / 2);
    box.y1 = Math.min(box.y1, p.y - height / 2);
    box.y2 = Math.max(box.y2, p.y + height / 2);
  }
  return box;
}

/** "12 links: 8 published, 4 curated" */
export function describeMix(count: number, mix: Partial<Record<Basis, number>>): string {
  const parts = (['published', 'curated', 'computed'] as Basis[])
    .filter((b) => mix[b])
    .map((b) => `${mix[b]} ${b}`);
  return `${plural(count, 'link')}: ${parts.join(', ')}`;
}

/**
 * The scene's model of the dataset: groups (as the build-time layout groups units) with their
 * members in the build-time layout's order, top to bottom and left to right.
 */
export function sceneModel(
  dataset: Dataset,
  positions: Record<string, Position>,
  isUser: (framework: Framework) => boolean,
): SceneModel {
  const frameworks = new Map(dataset.frameworks.map((f) => [f.id, f]));
  const kindOf = (id: string) => frameworks.get(id)?.kind;
  const drawnKind = (id: string): SceneKind => {
    const f = frameworks.get(id);
    return !f ? 'specialist' : isUser(f) ? 'user' : f.kind;
  };
  const groups = new Map<string, SceneGroup>(
    buildGroups(dataset).map((g) => [
      g.id,
      {
        id: g.id,
        label: g.label,
        band: g.band,
        framework: g.framework,
        kind: drawnKind(g.framework),
        members: [],
      },
    ]),
  );
  const units = new Map<string, SceneUnit>();
  const groupOfUnit = new Map<string, string>();
  const at = (id: string) => positions[id] ?? { x: 0, y: 0 };
  const ordered = [...dataset.units].sort((a, b) => at(a.id).y - at(b.id).y || at(a.id).x - at(b.id).x);
  for (const unit of ordered) {
    const group = groupOf(unit, kindOf);
    groups.get(group)?.members.push(unit.id);
    groupOfUnit.set(unit.id, group);
    units.set(unit.id, {
      id: unit.id,
      code: unit.code,
      title: unit.title,
      group,
      kind: drawnKind(unit.framework),
    });
  }
  // Groups in the build-time layout's order too (by their first member).
  const order = (g: SceneGroup) => (g.members[0] ? at(g.members[0]) : { x: 0, y: 0 });
  // The six areas by letter. A plain comparison, not localeCompare: the ids are ASCII, and the
  // first localeCompare of a page sets up the locale's collator, a tenth of the graph's start-up.
  const byId = (a: SceneGroup, b: SceneGroup) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...groups.values()].sort((a, b) =>
    a.band === 'nos' && b.band === 'nos' ? byId(a, b) : order(a).y - order(b).y || order(a).x - order(b).x,
  );
  return { groups: sorted, units, groupOfUnit };
}
