/** Scene geometry: each group as a chip or a box of units, packed into centred rows. */
import {
  SCENE,
  plural,
  shortTitle,
  type Scene,
  type SceneGroup,
  type SceneModel,
  type SceneNode,
} from './scene';

export interface Block {
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

export function blockFor(
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
export function placeRows(
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
