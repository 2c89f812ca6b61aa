/**
 * Comparisons of real frameworks through the NOS, with the expectations worked out by hand from
 * data/topss-map.json (published links, Topss map) and data/curated-links-ilm.json (curated links).
 */
import { describe, expect, it } from 'vitest';
import { compareThroughHub, frameworkSide } from '../../src/domain/compare';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const sw = frameworkSide(dataset, 'sw');
const ilm = frameworkSide(dataset, 'ilm');
/** The hand-worked expectations below were written for ILM group 1 (8605-400…427). */
const ilmGroup1 = {
  label: 'ILM group 1',
  unitIds: dataset.units.filter((u) => u.framework === 'ilm' && u.group === '1').map((u) => u.id),
};
const ksf = frameworkSide(dataset, 'nhs-ksf');

/*
 * SW (social work NOS) in the Topss map, every link published with relation "related":
 *   sw:14 → A2 (line 64)   sw:20 → B8 (83)   sw:12 → B11 (89)   sw:5 → C3 (108)
 *   sw:17 → D6 (127)       sw:17 → D7 (131)  sw:16 → E7 (162)   sw:6 → E7 (163), F8 (187)
 *   sw:9 → E7 (165)
 * So SW reaches A2, B8, B11, C3, D6, D7, E7, F8.
 *
 * ILM 8605 group 1, curated links (curated-links-ilm.json), to the NOS units SW also reaches:
 *   A2: 400 broad, 406 related, 409 close, 425 related
 *   B11: 402 close
 *   D6: 401 broad, 404 broad
 *   D7: 405 close
 *   (none to B8, C3, E7 or F8)
 * ILM reaches 21 NOS units in all: A2, B2, B6, B9, B10, B11, C1, C2, C5, C6, D2, D6, D7, D11,
 * E1, E2, E6, E10, E11, F4, F9.
 *
 * Shared: A2, B11, D6, D7; pairs 4 + 1 + 2 + 1 = 8. On every pair the SW leg is published
 * "related" and the ILM leg curated, so the weakest basis is curated and the weakest relation related.
 */
describe('SW compared with ILM 8605 group 1 through the NOS (published and curated links)', () => {
  const c = compareThroughHub(dataset, sw, ilmGroup1, { minBasis: 'curated' });

  it('shares A2, B11, D6 and D7', () => {
    expect(c.shared).toEqual(['nos:A2', 'nos:B11', 'nos:D6', 'nos:D7']);
  });

  it('pairs the units through each shared NOS unit', () => {
    // Pairs come in NOS order (A2, B11, D6, D7); within one NOS unit, in the sides' unit order.
    expect(c.pairs.map((p) => p.via)).toEqual([
      ...Array(4).fill('nos:A2'),
      'nos:B11',
      'nos:D6',
      'nos:D6',
      'nos:D7',
    ]);
    expect(c.pairs.map((p) => [p.x, p.via, p.y]).sort()).toEqual(
      [
        ['sw:14', 'nos:A2', 'ilm:8605-400'],
        ['sw:14', 'nos:A2', 'ilm:8605-406'],
        ['sw:14', 'nos:A2', 'ilm:8605-409'],
        ['sw:14', 'nos:A2', 'ilm:8605-425'],
        ['sw:12', 'nos:B11', 'ilm:8605-402'],
        ['sw:17', 'nos:D6', 'ilm:8605-401'],
        ['sw:17', 'nos:D6', 'ilm:8605-404'],
        ['sw:17', 'nos:D7', 'ilm:8605-405'],
      ].sort(),
    );
    expect(new Set(c.pairs.map((p) => p.weakestBasis))).toEqual(new Set(['curated']));
    expect(new Set(c.pairs.map((p) => p.weakestRelation))).toEqual(new Set(['related']));
  });

  it('keeps both legs of each path: 8605-409 is close to A2 while SW 14 is only related', () => {
    const pair = c.pairs.find((p) => p.y === 'ilm:8605-409')!;
    expect(pair.path[0]).toMatchObject({
      unit: 'sw:14',
      nos: 'nos:A2',
      basis: 'published',
      relation: 'related',
    });
    expect(pair.path[1]).toMatchObject({
      unit: 'ilm:8605-409',
      nos: 'nos:A2',
      basis: 'curated',
      relation: 'close',
    });
  });

  it('lists what only one side reaches', () => {
    expect(c.onlyX.nos).toEqual(['nos:B8', 'nos:C3', 'nos:E7', 'nos:F8']);
    // sw:14, sw:12 and sw:17 share a NOS unit with ILM; the other five do not.
    expect(c.onlyX.units).toEqual(['sw:20', 'sw:5', 'sw:16', 'sw:6', 'sw:9']);
    expect(c.onlyY.nos).toHaveLength(21 - 4);
    expect(c.onlyY.nos).not.toContain('nos:A2');
    expect(c.onlyY.nos).toContain('nos:E11');
  });

  it('sums up per functional area', () => {
    const byArea = Object.fromEntries(
      c.areas.map((a) => [a.area, [a.shared.length, a.onlyX.length, a.onlyY.length]]),
    );
    expect(byArea).toEqual({
      A: [1, 0, 0], // A2 shared
      B: [1, 1, 4], // B11 shared; B8 SW only; B2, B6, B9, B10 ILM only
      C: [0, 1, 4], // C3 SW only; C1, C2, C5, C6 ILM only
      D: [2, 0, 2], // D6, D7 shared; D2, D11 ILM only
      E: [0, 1, 5], // E7 SW only; E1, E2, E6, E10, E11 ILM only
      F: [0, 1, 2], // F8 SW only; F4, F9 ILM only
    });
  });

  it('finds nothing shared when relations must be at least close (SW links are all "related")', () => {
    const strict = compareThroughHub(dataset, sw, ilmGroup1, { minBasis: 'curated', minRelation: 'close' });
    expect(strict.pairs).toEqual([]);
    expect(strict.unreached.x).toHaveLength(8);
  });

  it('finds nothing shared on published links only (all ILM links are curated or computed)', () => {
    const published = compareThroughHub(dataset, sw, ilm, { minBasis: 'published' });
    expect(published.pairs).toEqual([]);
    expect(published.unreached.y).toHaveLength(100);
  });

  it('only adds pairs when computed suggestions count too', () => {
    const all = compareThroughHub(dataset, sw, ilm, { minBasis: 'computed' });
    const key = (p: { x: string; via: string; y: string }) => `${p.x}>${p.via}>${p.y}`;
    const withComputed = new Set(all.pairs.map(key));
    for (const pair of c.pairs) expect(withComputed.has(key(pair))).toBe(true);
  });
});

/*
 * With all 100 ILM units (group 2 curated too), from curated-links-ilm.json:
 *   B8: 508, 528   C3: 504   E7: 506, 533   F8: 306
 * so every NOS unit SW reaches is shared; E7 pairs = 3 SW units (16, 6, 9) × 2 ILM units = 6.
 */
describe('SW compared with all of ILM 8605 (group 2 curated)', () => {
  const c = compareThroughHub(dataset, sw, ilm, { minBasis: 'curated' });
  it('shares all eight NOS units SW reaches and leaves no SW unit alone', () => {
    expect(c.shared).toEqual([
      'nos:A2',
      'nos:B8',
      'nos:B11',
      'nos:C3',
      'nos:D6',
      'nos:D7',
      'nos:E7',
      'nos:F8',
    ]);
    expect(c.onlyX.nos).toEqual([]);
    expect(c.onlyX.units).toEqual([]);
    expect(
      c.pairs
        .filter((p) => p.via === 'nos:E7')
        .map((p) => `${p.x} ${p.y}`)
        .sort(),
    ).toEqual(['sw:16', 'sw:6', 'sw:9'].flatMap((x) => [`${x} ilm:8605-506`, `${x} ilm:8605-533`]).sort());
  });
});

/*
 * NHS KSF dimensions in the Topss map (partnership/specialist columns, published, related):
 *   Dimension 2 → A1, D3   Dimension 6 → B1   Dimension 19 → B2, C1, D2   Dimension 4 → C1, F2
 *   Dimension 1 → D1       Dimension 18 → D1  Dimension 20 → D2           Dimension 21 → E1
 *   Dimension 3 → E2       Dimension 13 → E3  Dimension 5 → F1
 * Shared with ILM's curated links: B2 (418, 419, 424, 426), C1 (427), D2 (408), E1 (420),
 * E2 (407, 420, 421).
 * Pairs: B2 1×4, C1 2×1 (Dimensions 4 and 19), D2 2×1 (Dimensions 20 and 19), E1 1×1, E2 1×3 = 12.
 */
describe('NHS KSF compared with ILM 8605 group 1 through the NOS (published and curated links)', () => {
  const c = compareThroughHub(dataset, ksf, ilmGroup1, { minBasis: 'curated' });

  it('shares B2, C1, D2, E1 and E2 through 12 pairs', () => {
    expect(c.shared).toEqual(['nos:B2', 'nos:C1', 'nos:D2', 'nos:E1', 'nos:E2']);
    expect(c.pairs).toHaveLength(12);
    const via = (nos: string) =>
      c.pairs
        .filter((p) => p.via === nos)
        .map((p) => `${p.x} ${p.y}`)
        .sort();
    expect(via('nos:B2')).toEqual([
      'nhs-ksf:Dimension-19 ilm:8605-418',
      'nhs-ksf:Dimension-19 ilm:8605-419',
      'nhs-ksf:Dimension-19 ilm:8605-424',
      'nhs-ksf:Dimension-19 ilm:8605-426',
    ]);
    expect(via('nos:C1')).toEqual(['nhs-ksf:Dimension-19 ilm:8605-427', 'nhs-ksf:Dimension-4 ilm:8605-427']);
    expect(via('nos:D2')).toEqual(['nhs-ksf:Dimension-19 ilm:8605-408', 'nhs-ksf:Dimension-20 ilm:8605-408']);
    expect(via('nos:E1')).toEqual(['nhs-ksf:Dimension-21 ilm:8605-420']);
    expect(via('nos:E2')).toEqual([
      'nhs-ksf:Dimension-3 ilm:8605-407',
      'nhs-ksf:Dimension-3 ilm:8605-420',
      'nhs-ksf:Dimension-3 ilm:8605-421',
    ]);
  });

  it('leaves the KSF-only NOS units A1, B1, D1, D3, E3, F1 and F2', () => {
    expect(c.onlyX.nos).toEqual(['nos:A1', 'nos:B1', 'nos:D1', 'nos:D3', 'nos:E3', 'nos:F1', 'nos:F2']);
  });
});
