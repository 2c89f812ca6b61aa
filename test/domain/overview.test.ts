/** The explorer's overview scene: the NOS hub in full, other frameworks folded, links aggregated. */
import { describe, expect, it } from 'vitest';
import { neighbourhood } from '../../src/domain/filters';
import { edgeId } from '../../src/domain/graph';
import { computeLayout } from '../../src/domain/layout';
import { buildScene, describeMix, sceneBox, sceneModel, type SceneInput } from '../../src/domain/overview';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const model = sceneModel(dataset, computeLayout(dataset), () => false);
const allLinks = dataset.links.map((link, i) => ({ link, id: edgeId(link, i) }));
const input = (over: Partial<SceneInput> = {}): SceneInput => ({
  visible: new Set(dataset.units.map((u) => u.id)),
  links: allLinks,
  expanded: new Set(),
  revealed: new Set(),
  ...over,
});

describe('the overview scene', () => {
  const scene = buildScene(model, input());
  const units = scene.nodes.filter((n) => n.role === 'unit');
  const chips = scene.nodes.filter((n) => n.role === 'chip');

  it('draws all 56 NOS units, in six functional-area boxes, and folds every other framework', () => {
    expect(units.map((n) => n.id).every((id) => id.startsWith('nos:'))).toBe(true);
    expect(units).toHaveLength(56);
    const areas = scene.nodes.filter((n) => n.role === 'box' && n.band === 'nos');
    expect(areas.map((a) => a.label.charAt(0))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    // NOS document: area A "Managing self and personal skills" has three units, A1–A3.
    expect(areas[0]!.count).toBe(3);
    expect(chips.find((c) => c.id === 'group:hsc')?.label).toBe('HSC\n9 units');
    // ILM 8605 group 1 and 2, ProQual groups A, B and C.
    expect(chips.filter((c) => c.band === 'qualification')).toHaveLength(5);
  });

  it('aggregates every link with a folded end into one link per pair of groups, keeping count and basis mix', () => {
    expect(scene.edges.every((e) => e.aggregate)).toBe(true);
    const total = scene.edges.reduce((s, e) => s + (e.count ?? 0), 0);
    expect(total).toBe(dataset.links.length);
    const hscToB = scene.edges.find((e) => e.source === 'group:hsc' && e.target === 'group:nos:B');
    const expected = dataset.links.filter(
      (l) => l.from.startsWith('hsc:') && (l.to.startsWith('nos:B') || l.to === 'area:B'),
    );
    expect(hscToB?.count).toBe(expected.length);
    expect(hscToB?.mix?.published).toBe(expected.filter((l) => l.basis === 'published').length);
    expect(describeMix(12, { published: 8, curated: 4 })).toBe('12 links: 8 published, 4 curated');
  });

  it('frames the opening view by the nodes themselves: every node inside the box, the outermost on its edges', () => {
    const box = sceneBox(scene)!;
    const sides = scene.nodes.map((n) => ({
      left: n.position.x - n.width / 2,
      right: n.position.x + n.width / 2,
      top: n.position.y - n.height / 2,
      bottom: n.position.y + n.height / 2,
    }));
    for (const s of sides) {
      expect(s.left).toBeGreaterThanOrEqual(box.x1);
      expect(s.right).toBeLessThanOrEqual(box.x2);
      expect(s.top).toBeGreaterThanOrEqual(box.y1);
      expect(s.bottom).toBeLessThanOrEqual(box.y2);
    }
    expect(Math.min(...sides.map((s) => s.left))).toBe(box.x1);
    expect(Math.max(...sides.map((s) => s.bottom))).toBe(box.y2);
    expect(sceneBox({ nodes: [], edges: [] })).toBeUndefined();
  });

  it('keeps groups from overlapping', () => {
    const boxes = scene.nodes.filter((n) => n.role !== 'unit');
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const apart =
          Math.abs(a.position.x - b.position.x) >= (a.width + b.width) / 2 ||
          Math.abs(a.position.y - b.position.y) >= (a.height + b.height) / 2;
        expect(apart, `${a.id} / ${b.id}`).toBe(true);
      }
  });

  it('draws every unit of an expanded group, and their own links one by one', () => {
    const open = buildScene(model, input({ expanded: new Set(['group:hsc']) }));
    const hsc = open.nodes.filter((n) => n.role === 'unit' && n.framework === 'hsc');
    expect(hsc).toHaveLength(9);
    const single = open.edges.filter((e) => !e.aggregate);
    expect(single.length).toBe(dataset.links.filter((l) => l.from.startsWith('hsc:')).length);
    expect(open.edges.some((e) => e.aggregate && e.source === 'group:hsc')).toBe(false);
  });

  it('reveals the selection’s neighbourhood under its folded groups', () => {
    const near = neighbourhood('nos:B6', dataset.links, 1);
    const shown = buildScene(model, input({ revealed: near }));
    const drawn = new Set(shown.nodes.map((n) => n.id));
    for (const id of near) if (!id.startsWith('area:')) expect(drawn.has(id), id).toBe(true);
    const vsnt0 = shown.nodes.find((n) => n.id === 'group:vsnt0');
    expect(vsnt0?.role).toBe('box');
    expect(vsnt0?.label).toMatch(/^VSNT0\n\d+ of 10 units$/);
  });

  it('follows the filters: a group with nothing visible is not drawn, counts are of visible units', () => {
    const visible = new Set(
      dataset.units.filter((u) => u.framework !== 'hsc' && u.id !== 'nos:A1').map((u) => u.id),
    );
    const filtered = buildScene(model, input({ visible }));
    expect(filtered.nodes.some((n) => n.id === 'group:hsc')).toBe(false);
    expect(filtered.nodes.find((n) => n.id === 'group:nos:A')?.count).toBe(2);
    expect(filtered.nodes.some((n) => n.id === 'nos:A1')).toBe(false);
  });
});
