import { describe, expect, it } from 'vitest';
import {
  compareThroughHub,
  comparisonToCsv,
  comparisonToMarkdown,
  frameworkSide,
  type CompareSide,
} from '../../src/domain/compare';
import { SOURCE_DOCUMENTS, type Dataset, type Unit } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';

const nosSource = (line: number) => ({
  document: SOURCE_DOCUMENTS.nos,
  locator: `NOS table, line ${line}`,
  line,
});
const topss = (line: number) => ({
  document: SOURCE_DOCUMENTS.topss,
  locator: `Topss map, line ${line}`,
  line,
});

function unit(id: string, title: string, extra: Partial<Unit> = {}): Unit {
  const [framework, code] = id.split(':') as [string, string];
  return { id, framework, code, title, source: nosSource(1), ...extra };
}

/**
 * Four NOS units in two areas (A1, A2 in A; B1, B2 in B), a specialist suite "sp" (S1–S3) and a
 * qualification "q" (U1–U4):
 *   S1 → A1 published related      S1 → B1 published related      S2 → A2 published related
 *   U1 → A1 curated close          U1 → A1 computed related 0.4 (weaker than the curated link)
 *   U2 → A1 computed related 0.2   U2 → B2 curated broad
 *   U3 → B1 computed related 0.08  B2 → U3 curated broad (runs from the NOS: U3 is narrow of B2)
 *   S3 and U4 have no links.
 */
const small: Dataset = {
  frameworks: [
    { id: 'nos', name: 'Generic NOS', shortName: 'NOS', kind: 'generic', source: nosSource(1) },
    { id: 'sp', name: 'Specialist suite', shortName: 'SP', kind: 'specialist', source: topss(1) },
    { id: 'q', name: 'A qualification', shortName: 'Q', kind: 'qualification', source: topss(1) },
  ],
  areas: [
    { id: 'area:A', letter: 'A', title: 'Managing self', source: nosSource(2) },
    { id: 'area:B', letter: 'B', title: 'Providing direction', source: nosSource(3) },
  ],
  nosLevelRules: [],
  units: [
    unit('nos:A1', 'Manage your own resources', { area: 'A' }),
    unit('nos:A2', 'Develop yourself', { area: 'A' }),
    unit('nos:B1', 'Develop a vision', { area: 'B' }),
    unit('nos:B2', 'Lead your team', { area: 'B' }),
    unit('sp:S1', 'Specialist one'),
    unit('sp:S2', 'Specialist two'),
    unit('sp:S3', 'Specialist three'),
    unit('q:U1', 'Unit one | piped'),
    unit('q:U2', 'Unit two'),
    unit('q:U3', 'Unit three'),
    unit('q:U4', 'Unit four'),
  ],
  qualifications: [],
  links: [
    { from: 'sp:S1', to: 'nos:A1', relation: 'related', basis: 'published', source: topss(10) },
    { from: 'sp:S1', to: 'nos:B1', relation: 'related', basis: 'published', source: topss(11) },
    { from: 'sp:S2', to: 'nos:A2', relation: 'related', basis: 'published', source: topss(12) },
    { from: 'q:U1', to: 'nos:A1', relation: 'close', basis: 'curated', rationale: 'Same scope.' },
    { from: 'q:U1', to: 'nos:A1', relation: 'related', basis: 'computed', score: 0.4 },
    { from: 'q:U2', to: 'nos:A1', relation: 'related', basis: 'computed', score: 0.2 },
    { from: 'q:U2', to: 'nos:B2', relation: 'broad', basis: 'curated', rationale: 'Part of B2.' },
    { from: 'q:U3', to: 'nos:B1', relation: 'related', basis: 'computed', score: 0.08 },
    { from: 'nos:B2', to: 'q:U3', relation: 'broad', basis: 'curated', rationale: 'B2 is part of U3.' },
  ],
  usageFacts: [],
  corrections: [],
  roleTemplates: [],
  synonyms: [],
};

const sp = frameworkSide(small, 'sp');
const q = frameworkSide(small, 'q');

describe('frameworkSide', () => {
  it('takes the framework short name and its units in dataset order', () => {
    expect(sp).toEqual({ label: 'SP', unitIds: ['sp:S1', 'sp:S2', 'sp:S3'] });
    expect(() => frameworkSide(small, 'nope')).toThrow(/unknown framework/);
  });
});

describe('compareThroughHub on a hand-made dataset', () => {
  const c = compareThroughHub(small, sp, q, {});

  it('pairs units through each NOS unit both sides reach', () => {
    // SP reaches A1, B1 (S1) and A2 (S2); Q reaches A1 (U1, U2), B1 (U3) and B2 (U2, U3).
    // Shared: A1 and B1, in NOS order. Pairs: S1–U1 and S1–U2 via A1, S1–U3 via B1.
    expect(c.shared).toEqual(['nos:A1', 'nos:B1']);
    expect(c.pairs.map((p) => [p.x, p.y, p.via])).toEqual([
      ['sp:S1', 'q:U1', 'nos:A1'],
      ['sp:S1', 'q:U2', 'nos:A1'],
      ['sp:S1', 'q:U3', 'nos:B1'],
    ]);
  });

  it('keeps both legs, the strongest link per unit and NOS unit, and the weakest of the two', () => {
    const [u1, u2, u3] = c.pairs;
    // U1 → A1: the curated close link beats the computed 0.4 suggestion.
    expect(u1!.path).toEqual([
      { unit: 'sp:S1', nos: 'nos:A1', basis: 'published', relation: 'related' },
      { unit: 'q:U1', nos: 'nos:A1', basis: 'curated', relation: 'close', rationale: 'Same scope.' },
    ]);
    // Weakest basis curated (Q leg), weakest relation related (SP leg). The weaker leg by
    // compareLinkStrength (basis first) is the curated close one: 2 × 10 + 3 = 23.
    expect(u1).toMatchObject({ weakestBasis: 'curated', weakestRelation: 'related', strength: 23 });
    // Computed related 0.2: 1 × 10 + 1 + 0.2 / 10 = 11.02.
    expect(u2).toMatchObject({ weakestBasis: 'computed', weakestRelation: 'related', strength: 11.02 });
    // Computed related 0.08: 1 × 10 + 1 + 0.008 = 11.008.
    expect(u3).toMatchObject({ weakestBasis: 'computed', weakestRelation: 'related', strength: 11.008 });
  });

  it('reads a link that runs from the NOS unit from the side unit’s end', () => {
    // "B2 broad U3" means U3 is broader than B2, so U3's leg to B2 is narrow.
    expect(c.reach.y.find((s) => s.unit === 'q:U3' && s.nos === 'nos:B2')?.relation).toBe('narrow');
  });

  it('lists what only one side reaches, and what reaches nothing', () => {
    // S2 reaches only A2, which Q does not reach; every Q unit with a link shares a NOS unit with SP.
    expect(c.onlyX).toEqual({ units: ['sp:S2'], nos: ['nos:A2'] });
    expect(c.onlyY).toEqual({ units: [], nos: ['nos:B2'] });
    expect(c.unreached).toEqual({ x: ['sp:S3'], y: ['q:U4'] });
  });

  it('summarises by functional area', () => {
    expect(c.areas).toEqual([
      { area: 'A', title: 'Managing self', shared: ['nos:A1'], onlyX: ['nos:A2'], onlyY: [] },
      { area: 'B', title: 'Providing direction', shared: ['nos:B1'], onlyX: [], onlyY: ['nos:B2'] },
    ]);
  });

  it('drops links below minBasis as if they were absent', () => {
    // Curated or better: Q keeps U1 → A1 (close), U2 → B2 (broad), U3 → B2 (narrow).
    // Shared: A1 only. S1 still shares A1; U2 and U3 now reach only B2.
    const curated = compareThroughHub(small, sp, q, { minBasis: 'curated' });
    expect(curated.pairs.map((p) => [p.x, p.y, p.via, p.strength])).toEqual([
      ['sp:S1', 'q:U1', 'nos:A1', 23],
    ]);
    expect(curated.onlyX).toEqual({ units: ['sp:S2'], nos: ['nos:A2', 'nos:B1'] });
    expect(curated.onlyY).toEqual({ units: ['q:U2', 'q:U3'], nos: ['nos:B2'] });
    expect(curated.unreached).toEqual({ x: ['sp:S3'], y: ['q:U4'] });

    // Published only: Q has no published link, so nothing is shared and every Q unit is unreached.
    const published = compareThroughHub(small, sp, q, { minBasis: 'published' });
    expect(published.pairs).toEqual([]);
    expect(published.onlyX).toEqual({ units: ['sp:S1', 'sp:S2'], nos: ['nos:A1', 'nos:A2', 'nos:B1'] });
    expect(published.unreached.y).toEqual(['q:U1', 'q:U2', 'q:U3', 'q:U4']);
  });

  it('drops links below minRelation and minScore', () => {
    // Close or better: every SP link is "related", so SP reaches nothing.
    const close = compareThroughHub(small, sp, q, { minRelation: 'close' });
    expect(close.pairs).toEqual([]);
    expect(close.unreached.x).toEqual(['sp:S1', 'sp:S2', 'sp:S3']);
    // Score ≥ 0.1 drops U3 → B1 (0.08): B1 is no longer shared.
    const scored = compareThroughHub(small, sp, q, { minScore: 0.1 });
    expect(scored.shared).toEqual(['nos:A1']);
    expect(scored.onlyX.nos).toEqual(['nos:A2', 'nos:B1']);
  });

  it('lets a NOS unit on a side reach itself, exactly and on the published basis', () => {
    // A plan made of B2 and U4, against Q: B2 is reached by U2 (curated broad) and U3 (curated narrow).
    const plan: CompareSide = { label: 'Plan', unitIds: ['nos:B2', 'q:U4', 'nos:B2'] };
    const c2 = compareThroughHub(small, plan, q, {});
    expect(c2.x.units).toEqual(['nos:B2', 'q:U4']);
    expect(c2.pairs.map((p) => [p.x, p.y, p.via, p.weakestBasis, p.weakestRelation, p.strength])).toEqual([
      ['nos:B2', 'q:U2', 'nos:B2', 'curated', 'broad', 22],
      ['nos:B2', 'q:U3', 'nos:B2', 'curated', 'narrow', 22],
    ]);
    expect(c2.pairs[0]!.path[0]).toEqual({
      unit: 'nos:B2',
      nos: 'nos:B2',
      basis: 'published',
      relation: 'exact',
    });
    expect(c2.unreached.x).toEqual(['q:U4']);
  });

  it('is deterministic whatever the order of the links', () => {
    const shuffled = { ...small, links: [...small.links].reverse() };
    expect(compareThroughHub(shuffled, sp, q, {})).toEqual(c);
  });
});

describe('comparison reports', () => {
  const c = compareThroughHub(small, sp, q, {});

  it('writes a CSV with one row per pair, one-sided leg and unreached unit', () => {
    const lines = comparisonToCsv(c).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'kind,nos,x_unit,x_relation,x_basis,x_score,y_unit,y_relation,y_basis,y_score,' +
        'weakest_basis,weakest_relation,strength,x_caveat,y_caveat',
    );
    expect(lines[1]).toBe('shared,nos:A1,sp:S1,related,published,,q:U1,close,curated,,curated,related,23,,');
    // 3 pairs, S2 → A2 only in X, U2 → B2 and U3 → B2 only in Y, S3 and U4 unreached.
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      'shared',
      'shared',
      'shared',
      'only-x',
      'only-y',
      'only-y',
      'unreached-x',
      'unreached-y',
    ]);
  });

  it('writes a Markdown report with titles, escaped pipes and every section', () => {
    const md = comparisonToMarkdown(c, small);
    expect(md).toMatch(/^# SP compared with Q through the NOS\n/);
    expect(md).toContain('| A Managing self | 1 | 1 | 0 |');
    expect(md).toContain(
      '| A1 Manage your own resources | S1 Specialist one | related, published | U1 Unit one \\| piped |',
    );
    expect(md).toContain('## NOS units reached only by SP\n\n- A2 Develop yourself');
    expect(md).toContain('- S3 Specialist three');
    expect(md).toContain('- U4 Unit four');
  });
});

describe('compareThroughHub on the real data', () => {
  const { dataset, problems } = loadFullDataset();
  const hasHsc = dataset.frameworks.some((f) => f.id === 'hsc');

  it.skipIf(!hasHsc)('finds NOS units shared by the HSC specialist suite and the ILM qualification', () => {
    expect(problems).toEqual([]);
    const hsc = frameworkSide(dataset, 'hsc');
    const ilm = frameworkSide(dataset, 'ilm');
    const c = compareThroughHub(dataset, hsc, ilm, {});
    expect(c.shared.length).toBeGreaterThan(0);
    expect(c.pairs.length).toBeGreaterThan(0);
    for (const pair of c.pairs) {
      expect(pair.via).toMatch(/^nos:/);
      expect(hsc.unitIds).toContain(pair.x);
      expect(ilm.unitIds).toContain(pair.y);
      expect(pair.path.map((s) => s.nos)).toEqual([pair.via, pair.via]);
    }
    expect(comparisonToMarkdown(c, dataset)).toContain('through the NOS');
  });
});
