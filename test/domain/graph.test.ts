import { describe, expect, it } from 'vitest';
import { buildElements } from '../../src/domain/graph';
import { computeLayout, buildGroups } from '../../src/domain/layout';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();

describe('graph elements and the precomputed layout', () => {
  const positions = computeLayout(dataset);
  const { nodes, edges } = buildElements(dataset, positions);

  it('places every unit, deterministically, with no two units on one spot', () => {
    expect(Object.keys(positions).sort()).toEqual(dataset.units.map((u) => u.id).sort());
    expect(computeLayout(dataset)).toEqual(positions);
    const spots = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(spots.size).toBe(dataset.units.length);
  });

  it('puts specialist standards above the NOS hub and qualification units below it', () => {
    const ys = (framework: string) =>
      dataset.units.filter((u) => u.framework === framework).map((u) => positions[u.id]!.y);
    const nos = ys('nos');
    expect(Math.max(...ys('hsc'))).toBeLessThan(Math.min(...nos));
    expect(Math.min(...ys('proqual'))).toBeGreaterThan(Math.max(...nos));
  });

  it('groups NOS units by functional area, standards by framework, qualification units by group', () => {
    const parent = (id: string) => nodes.find((n) => n.data.id === id)?.data.box;
    expect(parent('nos:B6')).toBe('group:nos:B');
    expect(parent('hsc:B1.2')).toBe('group:hsc');
    expect(parent('ilm:8605-409')).toBe('group:ilm:1');
    expect(
      buildGroups(dataset)
        .filter((g) => g.band === 'nos')
        .map((g) => g.label),
    ).toEqual([
      'A Managing self and personal skills',
      'B Providing direction',
      'C Facilitating change',
      'D Working with people',
      'E Using resources',
      'F Achieving results',
    ]);
  });

  it('makes one edge per link, classed by basis and relation', () => {
    expect(edges).toHaveLength(dataset.links.length);
    expect(new Set(edges.map((e) => e.data.id)).size).toBe(edges.length);
    const curated = edges.find((e) => e.data.basis === 'curated');
    expect(curated?.classes).toMatch(/basis-curated relation-\w+/);
  });
});
