/**
 * Caveats on doubtful published placements (data/topss-map.json), checked against the Topss map
 * (sources/003_4994f875fb7bc13d.txt). The expected placements are read off the map's tables by hand:
 * each is named by the code as printed and the line it is printed on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caveatLine, caveatsOf, titleAtPlacement } from '../../src/domain/caveats';
import type { Link, Unit } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const DOC = '003_4994f875fb7bc13d.txt';
const lines = readFileSync(join(import.meta.dirname, '..', '..', 'sources', DOC), 'utf8').split('\n');
const units = new Map(dataset.units.map((u) => [u.id, u]));
const caveated = dataset.links.filter((l) => l.caveat);
const link = (from: string, to: string): Link => {
  const found = dataset.links.find((l) => l.from === from && l.to === to && l.basis === 'published');
  if (!found) throw new Error(`no published link ${from} → ${to}`);
  return found;
};

/** [code as printed on the line, line, NOS unit] for each doubtful placement, by table. */
const EXPECTED: Record<string, [string, number, string][]> = {
  // E1–E4 table (lines 144–151): standards whose topic is another E unit's.
  'E1–E4 table': [
    ['N1 Manage systems for information', 144, 'E1'],
    ['Dimension 3: Health, safety and security', 145, 'E2'],
    ['Dimension 13: production and communication', 146, 'E3'],
    ['RMA:B3', 147, 'E4'],
    ['RMA: SC20', 149, 'E4'],
    ['RMA: 2', 150, 'E4'],
    ['RM RCC: 4', 151, 'E4'],
  ],
  // E5–E7 table (lines 156–168): partnership column empty; finance, meetings, records, funding
  // and information standards beside health-and-safety units.
  'E5–E7 table': [
    ['RMA:D4', 157, 'E5'],
    ['RMA:D2', 158, 'E6'],
    ['H:49', 159, 'E6'],
    ['H:53', 160, 'E6'],
    ['H:54', 161, 'E7'],
    ['SW:16', 162, 'E7'],
    ['SW:6', 163, 'E7'],
    ['VSNT0:F3', 167, 'E7'],
    ['VSNT0:F10', 168, 'E7'],
  ],
  // No B10 row: the risk and safeguarding standards under B11 (88–90) and the incident standard
  // just above where B10 would be (B9, line 87).
  'missing B10 row': [
    ['H&S: F', 87, 'B9'],
    ['YW: F4', 88, 'B11'],
    ['SW:12', 89, 'B11'],
    ['YJ:B103', 90, 'B11'],
  ],
  // B12 table (95–100): the partnership header survives only as a trailing row.
  'B12 table': [
    ['HSC: B1.2', 95, 'B12'],
    ['DANOS: BA1', 96, 'B12'],
    ['DANOS: BA2', 97, 'B12'],
    ['H57', 98, 'B12'],
    ['VSNT0: F11', 100, 'B12'],
  ],
  // Cells with two codes before one title, and the glued PQCC:D.
  'merged codes': [
    ['RMRCC: 2 HSC: D1.4', 74, 'B4'],
    ['RMRCC: 2 HSC: D1.4', 74, 'B4'],
    ['RMA: C10 RMRCC: 11', 127, 'D6'],
    ['RMA: C10 RMRCC: 11', 127, 'D6'],
    ['PQCC:D', 80, 'B6'],
  ],
  "rma:L4U9's framework": [['RMA HSC: L4U9', 128, 'D6']],
  // Topics that plainly belong to another unit.
  'topic elsewhere': [
    ['Dimension 6: Equality, diversity and rights', 70, 'B1'],
    ['RMA:O3', 72, 'B2'],
    ['RMRCC: 10', 130, 'D6'],
    ['VSNT0: D1', 139, 'D7'],
  ],
};

describe('caveats on doubtful placements in the Topss map', () => {
  it('counts 35: 7 in E1–E4, 9 in E5–E7, 4 for the missing B10 row, 5 in B12, 5 merged codes, 1 L4U9, 4 topics', () => {
    const counts = Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, v.length]));
    expect(counts).toEqual({
      'E1–E4 table': 7,
      'E5–E7 table': 9,
      'missing B10 row': 4,
      'B12 table': 5,
      'merged codes': 5,
      "rma:L4U9's framework": 1,
      'topic elsewhere': 4,
    });
    expect(caveated).toHaveLength(35);
  });

  it('each expected placement is printed on its line and carries a caveat whose source is that line', () => {
    const expected = Object.values(EXPECTED).flat();
    for (const [printed, line, nos] of expected) {
      expect(lines[line - 1], `line ${line}`).toContain(printed);
      const here = caveated.filter((l) => l.to === `nos:${nos}` && l.source?.line === line);
      expect(here.length, `${printed} → ${nos}`).toBeGreaterThan(0);
      for (const l of here) {
        expect(l.caveat!.source).toEqual({ document: DOC, locator: l.source!.locator, line });
        expect(l.basis).toBe('published');
      }
    }
    const expectedKeys = new Set(expected.map(([, line, nos]) => `${line} ${nos}`));
    for (const l of caveated)
      expect(expectedKeys.has(`${l.caveat!.source.line} ${l.to.slice(4)}`)).toBe(true);
  });

  it('the placements named in the issue are caveated in plain words', () => {
    expect(link('h:49', 'nos:E6').caveat?.text).toMatch(
      /finance standard sits beside E6, a health-and-safety unit/,
    );
    expect(link('h:53', 'nos:E6').caveat?.text).toMatch(/funding/);
    expect(link('rma:D2', 'nos:E6').caveat?.text).toMatch(/meetings/);
    expect(link('nhs-ksf:Dimension-3', 'nos:E2').caveat?.text).toMatch(/E1–E4 may have shifted rows/);
    expect(link('sw:12', 'nos:B11').caveat?.text).toMatch(/B10 \(Manage risk\) has no row/);
    expect(link('rma:L4U9', 'nos:D6').caveat?.text).toMatch(/HSC unit used in the RMA award/);
  });

  it('placements that fit their unit carry no caveat (E7 healthy and safe working practices, D6 SW 17)', () => {
    expect(link('rmrcc:18', 'nos:E7').caveat).toBeUndefined();
    expect(link('hsc:B3.1', 'nos:E7').caveat).toBeUndefined();
    expect(link('sw:17', 'nos:D6').caveat).toBeUndefined();
    expect(link('nhs-ksf:Dimension-21', 'nos:E1').caveat).toBeUndefined();
    // Curated and computed links are ours; caveats are for published placements only.
    expect(dataset.links.filter((l) => l.caveat && l.basis !== 'published')).toEqual([]);
  });

  it('a caveat line for text outputs names the document, locator and line', () => {
    const c = link('h:49', 'nos:E6').caveat!;
    expect(caveatLine(c)).toMatch(/^Caveat: .+ \(Source: Topss England.+under E6.+\(line 159\)\)$/);
    expect(caveatsOf([{ caveat: c }, {}, { caveat: c }])).toEqual([c]);
  });
});

describe('codes printed with two titles show the title printed at each placement', () => {
  const unit = (id: string): Unit => units.get(id)!;
  it('YW D2: "Work in ways that promote equality…" under B7 (line 82), "Manage your work…" under D7 (line 135)', () => {
    expect(lines[81]).toContain('YW:D2 | Work in ways that promote equality');
    expect(lines[134]).toContain('YW: D2 | Manage your work and create effective work relationships.');
    expect(titleAtPlacement(unit('yw:D2'), link('yw:D2', 'nos:B7'))).toBe(
      'Work in ways that promote equality of opportunity, participation and responsibility.',
    );
    expect(titleAtPlacement(unit('yw:D2'), link('yw:D2', 'nos:D7'))).toBe(
      'Manage your work and create effective work relationships.',
    );
  });
  it('DANOS BA3: "…policy and practice" under C6 (line 111), "…organisational performance" under F10 (line 192)', () => {
    expect(lines[191]).toContain('DANOS:BA3 | Contribute to the development of organisational performance.');
    expect(titleAtPlacement(unit('danos:BA3'), link('danos:BA3', 'nos:C6'))).toBe(
      'Contribute to the development of organisational policy and practice.',
    );
    expect(titleAtPlacement(unit('danos:BA3'), link('danos:BA3', 'nos:F10'))).toBe(
      'Contribute to the development of organisational performance.',
    );
  });
});

/*
 * Compare and coverage carry the caveat of the leg they use. NHS KSF Dimension 3 (health, safety and
 * security) is printed beside E2 (line 145); ILM 8605-407 is curated to E2 (Understanding Financial
 * Management), so KSF and ILM meet at E2 through a doubtful leg.
 */
describe('caveats in compare and coverage outputs', () => {
  it('compare: the KSF leg through E2 carries the caveat into the pair, the CSV and the Markdown', async () => {
    const { compareThroughHub, comparisonToCsv, comparisonToMarkdown, frameworkSide } =
      await import('../../src/domain/compare');
    const c = compareThroughHub(dataset, frameworkSide(dataset, 'nhs-ksf'), frameworkSide(dataset, 'ilm'), {
      minBasis: 'curated',
    });
    const pair = c.pairs.find((p) => p.x === 'nhs-ksf:Dimension-3' && p.y === 'ilm:8605-407')!;
    expect(pair.via).toBe('nos:E2');
    expect(pair.path[0].caveat?.source.line).toBe(145);
    expect(pair.path[1].caveat).toBeUndefined();
    const csv = comparisonToCsv(c);
    expect(csv.split('\n')[0]).toMatch(/,x_caveat,y_caveat$/);
    expect(csv).toContain('Caveat: The converted table for E1–E4 may have shifted rows');
    expect(comparisonToMarkdown(c, dataset)).toMatch(/⚠ Caveat: The converted table for E1–E4/);
  });

  it('coverage: a cell reached by a doubtful placement says so in the matrix CSV', async () => {
    const { coverageMatrix, cellKey, describeCell } = await import('../../src/domain/plan');
    const h49 = units.get('h:49')!;
    const matrix = coverageMatrix(dataset, [h49], { bases: ['published'] });
    const cell = matrix.cells[cellKey('h:49', 'nos:E6')];
    expect(cell?.caveat?.source.line).toBe(159);
    expect(describeCell(cell)).toMatch(/^related \(published\) ⚠ Caveat: /);
  });
});

describe('the JSON export (standards-atlas/1) carries the caveats', () => {
  it('35 links with a caveat, each with text and source', async () => {
    const { toJsonExport } = await import('../../src/domain/export');
    const exported = JSON.parse(JSON.stringify(toJsonExport(dataset))) as { links: Link[] };
    const withCaveat = exported.links.filter((l) => l.caveat);
    expect(withCaveat).toHaveLength(35);
    for (const l of withCaveat) expect(l.caveat).toEqual({ text: expect.any(String), source: l.source });
  });
});
