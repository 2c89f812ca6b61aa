import { describe, expect, it } from 'vitest';
import {
  applyFilters,
  DEFAULT_FILTERS,
  neighbourhood,
  statusLine,
  type Filters,
} from '../../src/domain/filters';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const view = (patch: Partial<Filters>) => applyFilters(dataset, { ...DEFAULT_FILTERS, ...patch });
const codes = (patch: Partial<Filters>) =>
  view(patch)
    .units.filter((u) => u.framework === 'nos')
    .map((u) => u.code);

describe('explorer filters', () => {
  // Changed deliberately (issue 12): weak computed links are shown on request, not by default.
  it('shows every unit and every link but weak computed ones by default, and says so in the status line', () => {
    const all = view({});
    const shown = dataset.links.filter((l) => l.basis !== 'computed' || l.confidence !== 'weak');
    expect(shown.length).toBeLessThan(dataset.links.length);
    expect(all.units).toHaveLength(dataset.units.length);
    expect(all.links).toHaveLength(shown.length);
    expect(statusLine(all)).toBe(`Showing ${dataset.units.length} units · ${shown.length} links`);
    const everything = view({ minConfidence: 'weak' });
    expect(everything.links).toHaveLength(dataset.links.length);
  });

  it('shows only the 56 generic units with no links when the kind is generic', () => {
    expect(statusLine(view({ kinds: ['generic'] }))).toBe('Showing 56 units · 0 links');
  });

  it('filters NOS units by functional area (the NOS document has 3 units in A and 6 in C)', () => {
    expect(codes({ areas: ['A'] })).toEqual(['A1', 'A2', 'A3']);
    expect(codes({ areas: ['C'] })).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
  });

  it('filters by level and M/O mark: level 4 mandatory is B1, C2, D2, E6, F3', () => {
    expect(codes({ level: 'L4', mark: 'M' })).toEqual(['B1', 'C2', 'D2', 'E6', 'F3']);
    expect(codes({ level: 'L2', mark: 'O' })).toEqual(['C1', 'D5', 'D7', 'D12', 'F5', 'F7']);
  });

  it('combines area and level: area B at level 5 optional', () => {
    expect(codes({ areas: ['B'], level: 'L5', mark: 'O' })).toEqual([
      'B2',
      'B3',
      'B4',
      'B8',
      'B9',
      'B10',
      'B12',
    ]);
  });

  it('keeps other units only when a visible link reaches a visible NOS unit', () => {
    const a = view({ areas: ['A'], kinds: ['generic', 'specialist'] });
    const nosIds = new Set(a.units.filter((u) => u.framework === 'nos').map((u) => u.id));
    for (const u of a.units.filter((x) => x.framework !== 'nos')) {
      expect(
        a.links.some((l) => l.from === u.id && nosIds.has(l.to)),
        u.id,
      ).toBe(true);
    }
    // HSC E1.1 sits against A1 in the Topss map (table A).
    expect(a.units.map((u) => u.id)).toContain('hsc:E1.1');
  });

  it('filters links by basis, relation and confidence, and never shows a link to a hidden unit', () => {
    const curated = view({ bases: ['curated'] });
    expect(curated.links.every((l) => l.basis === 'curated')).toBe(true);
    // Changed deliberately (issue 12): computed links filter by confidence, strong and possible by default.
    const byDefault = view({ bases: ['computed'] });
    expect(byDefault.links.every((l) => l.confidence === 'strong' || l.confidence === 'possible')).toBe(true);
    const strong = view({ bases: ['computed'], minConfidence: 'strong' });
    expect(strong.links.every((l) => l.confidence === 'strong')).toBe(true);
    const all = view({ bases: ['computed'], minConfidence: 'weak' });
    expect(all.links.some((l) => l.confidence === 'weak')).toBe(true);
    expect(all.links.length).toBeGreaterThan(byDefault.links.length);
    const exact = view({ relations: ['exact'] });
    expect(exact.links.every((l) => l.relation === 'exact')).toBe(true);
    const narrow = view({ frameworks: ['nos', 'hsc'] });
    for (const l of narrow.links) expect(narrow.unitIds.has(l.from) && narrow.unitIds.has(l.to)).toBe(true);
  });

  it('filters by qualification: the ILM Award excludes 8605-409 and all of group 2', () => {
    const award = view({ qualification: 'ilm-8605-award' }).units.map((u) => u.code);
    expect(award).toHaveLength(27);
    expect(award).not.toContain('8605-409');
    expect(view({ qualification: 'proqual-601-4759-3', group: 'A' }).units).toHaveLength(4);
  });

  it('finds 1- and 2-hop neighbourhoods through the visible links', () => {
    const links = [
      { from: 'x:1', to: 'nos:A1', relation: 'related', basis: 'published' },
      { from: 'y:1', to: 'nos:A1', relation: 'related', basis: 'published' },
      { from: 'y:1', to: 'nos:B1', relation: 'related', basis: 'published' },
    ] as const;
    expect([...neighbourhood('x:1', [...links], 1)].sort()).toEqual(['nos:A1', 'x:1']);
    expect([...neighbourhood('x:1', [...links], 2)].sort()).toEqual(['nos:A1', 'x:1', 'y:1']);
  });
});
