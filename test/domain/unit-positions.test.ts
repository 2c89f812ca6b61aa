/** Link ends by unit position in the page's lean data, and back. */
import { describe, expect, it } from 'vitest';
import type { Link } from '../../src/domain/model';
import {
  computedById,
  computedByPosition,
  linksById,
  linksByPosition,
} from '../../src/domain/unit-positions';

const units = [{ id: 'nos:B5' }, { id: 'ilm:8605-400' }, { id: 'nos:A2' }];
const position = new Map(units.map((u, i) => [u.id, i]));

describe('link ends by unit position', () => {
  it('writes a unit as its position and keeps an end that is no unit (a functional area) as its id', () => {
    const links: Link[] = [
      { from: 'ilm:8605-400', to: 'nos:A2', relation: 'broad', basis: 'curated', rationale: 'r' },
      { from: 'nos:B5', to: 'area:B', relation: 'related', basis: 'published' },
    ];
    const positioned = linksByPosition(links, position);
    expect(positioned.map((l) => [l.from, l.to])).toEqual([
      [1, 2],
      [0, 'area:B'],
    ]);
    const back = linksById(JSON.parse(JSON.stringify(positioned)), units);
    expect(back).toEqual(links);
    expect(JSON.stringify(back)).toBe(JSON.stringify(links));
  });

  it('does the same inside the computed links string', () => {
    const computed = 'ilm:8605-400>nos:B5>0.164>p|ilm:8605-400>nos:A9>0.06>w';
    expect(computedByPosition(computed, position)).toBe('1>0>0.164>p|1>nos:A9>0.06>w');
    expect(computedById(computedByPosition(computed, position), units)).toBe(computed);
    expect(computedByPosition(undefined, position)).toBeUndefined();
  });
});
