/**
 * Importing CASE 1.0 packages: our own exports read back (the round trip, all 20 frameworks) and
 * packages written as OpenSALT and the CASE Network write them.
 */
import { describe, expect, it } from 'vitest';
import { importCasePackage, importFrameworkFile, toCaseExports } from '../../src/domain/interchange';
import type { Link } from '../../src/domain/model';
import { stableUuid } from '../../src/domain/uuid';
import { loadFullDataset } from '../../src/node/data-files';

const dataset = loadFullDataset().dataset;
const files = toCaseExports(dataset);
const uuidOf = (id: string) => stableUuid(`standards-atlas:${id}`);
const linkShape = (l: Pick<Link, 'from' | 'to' | 'relation' | 'basis'>) =>
  `${l.from} → ${l.to} ${l.relation} ${l.basis}`;

describe('round trip: exporting then importing each of our packages', () => {
  it('covers all 20 frameworks', () => {
    expect(Object.keys(files)).toHaveLength(20);
  });

  for (const framework of dataset.frameworks) {
    it(`${framework.id}: gives back every unit (code, title) and every link with its relation and basis`, () => {
      const result = importCasePackage(
        files[`${framework.id}.case.json`]!,
        dataset,
        `${framework.id}.case.json`,
      );
      expect(result.problems.filter((p) => p.severity !== 'note')).toEqual([]);
      expect(result.framework).toMatchObject({ id: framework.id, name: framework.name, origin: 'user' });
      expect(result.alreadyInAtlas).toBe(framework.id);
      expect(result.problems[0]?.message).toMatch(/already in the atlas/);

      const expectedUnits = dataset.units
        .filter((u) => u.framework === framework.id)
        .map((u) => ({ id: u.id, code: u.code, title: u.title }));
      expect(result.units.map((u) => ({ id: u.id, code: u.code, title: u.title }))).toEqual(expectedUnits);

      // The links this package carries: those starting in this framework (or ending in it from the NOS).
      const unitIds = new Set(expectedUnits.map((u) => u.id));
      const expectedLinks = dataset.links
        .filter((l) => unitIds.has(l.from) || (l.from.startsWith('nos:') && unitIds.has(l.to)))
        .map(linkShape);
      expect(result.links.map(linkShape).sort()).toEqual([...new Set(expectedLinks)].sort());
      expect(result.links.every((l) => l.origin === 'user')).toBe(true);
      expect(result.externalReferences).toEqual([]);
    });
  }

  it('keeps outcomes and criteria under their unit (ProQual)', () => {
    const result = importCasePackage(files['proqual.case.json']!, dataset, 'proqual.case.json');
    for (const unit of dataset.units.filter((u) => u.framework === 'proqual')) {
      const back = result.units.find((u) => u.id === unit.id)!;
      expect(back.outcomes ?? [], unit.id).toEqual(unit.outcomes ?? []);
    }
  });

  it('puts NOS units back under their functional area, and the areas are not units', () => {
    const result = importCasePackage(files['nos.case.json']!, dataset, 'nos.case.json');
    expect(result.units.find((u) => u.id === 'nos:B6')?.area).toBe('B');
    expect(result.units.some((u) => u.id.startsWith('area:'))).toBe(false);
  });
});

/** A package as OpenSALT writes one: its own UUIDs and URLs, item types of its own. */
function opensaltPackage() {
  const doc = '9a1b2c3d-0000-4000-8000-000000000001';
  const item = (n: number) => `9a1b2c3d-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
  const ref = (identifier: string, title: string) => ({
    identifier,
    uri: `https://opensalt.example.org/uri/${identifier}`,
    title,
  });
  const items = [
    { n: 1, code: 'CM.1', statement: 'Leading a care team', type: 'Competency' },
    { n: 2, code: 'CM.1.1', statement: 'Agree objectives with the team', type: 'Learning Outcome' },
    { n: 3, code: 'CM.1.1a', statement: 'Explain how objectives are agreed', type: 'Assessment Criterion' },
    { n: 4, code: 'CM.2', statement: '', abbreviated: 'Budgets', type: 'Competency' },
    { n: 5, code: 'CM.2.1', statement: 'Monitor a budget', type: 'Competency' },
  ];
  const childOf = (child: number, parent: number | 'doc', seq: number) => ({
    identifier: `9a1b2c3d-0000-4000-8000-0000000002${child}${seq}`.slice(0, 36),
    uri: `https://opensalt.example.org/uri/assoc-${child}`,
    associationType: 'isChildOf',
    sequenceNumber: seq,
    originNodeURI: ref(item(child), `item ${child}`),
    destinationNodeURI: parent === 'doc' ? ref(doc, 'Care management') : ref(item(parent), `item ${parent}`),
    lastChangeDateTime: '2025-01-01T00:00:00+00:00',
  });
  return {
    CFDocument: {
      identifier: doc,
      uri: `https://opensalt.example.org/uri/${doc}`,
      creator: 'A care provider',
      title: 'Care management competencies',
      lastChangeDateTime: '2025-01-01T00:00:00+00:00',
    },
    CFItems: items.map((i) => ({
      identifier: item(i.n),
      uri: `https://opensalt.example.org/uri/${item(i.n)}`,
      humanCodingScheme: i.code,
      fullStatement: i.statement,
      ...(i.abbreviated ? { abbreviatedStatement: i.abbreviated } : {}),
      CFItemType: i.type,
      lastChangeDateTime: '2025-01-01T00:00:00+00:00',
    })),
    CFAssociations: [
      childOf(1, 'doc', 1),
      childOf(2, 1, 1),
      childOf(3, 2, 1),
      childOf(4, 'doc', 2),
      childOf(5, 4, 1),
      {
        identifier: '9a1b2c3d-0000-4000-8000-000000000301',
        uri: 'https://opensalt.example.org/uri/x1',
        associationType: 'exactMatchOf',
        originNodeURI: ref(item(1), 'CM.1'),
        // The NOS unit B6 by the identifier our own NOS package gives it (as OpenSALT would keep it).
        destinationNodeURI: { identifier: uuidOf('nos:B6'), uri: 'urn:standards-atlas:nos:B6', title: 'B6' },
        lastChangeDateTime: '2025-01-01T00:00:00+00:00',
      },
      {
        identifier: '9a1b2c3d-0000-4000-8000-000000000302',
        uri: 'https://opensalt.example.org/uri/x2',
        associationType: 'isRelatedTo',
        originNodeURI: ref(item(5), 'CM.2.1'),
        destinationNodeURI: {
          identifier: uuidOf('nos:E1'),
          uri: 'https://casenetwork.example/E1',
          title: 'E1',
        },
        lastChangeDateTime: '2025-01-01T00:00:00+00:00',
      },
      {
        identifier: '9a1b2c3d-0000-4000-8000-000000000303',
        uri: 'https://opensalt.example.org/uri/x3',
        associationType: 'isRelatedTo',
        originNodeURI: ref(item(4), 'CM.2'),
        destinationNodeURI: {
          identifier: '11111111-2222-4333-8444-555555555555',
          uri: 'https://casenetwork.example/uri/other-framework-item',
          title: 'Finance standard F3',
        },
        lastChangeDateTime: '2025-01-01T00:00:00+00:00',
      },
    ],
  };
}

describe('importing a package from another CASE tool', () => {
  const result = importCasePackage(JSON.stringify(opensaltPackage()), dataset, 'care.json');

  it('makes the document the user’s own framework', () => {
    expect(result.kind).toBe('case');
    expect(result.framework).toMatchObject({
      id: 'user-care-management-competencies',
      name: 'Care management competencies',
      origin: 'user',
    });
    expect(result.alreadyInAtlas).toBeUndefined();
  });

  it('turns items into units: code from humanCodingScheme, title from fullStatement or abbreviatedStatement', () => {
    expect(result.units.map((u) => [u.code, u.title])).toEqual([
      ['CM.1', 'Leading a care team'],
      ['CM.2', 'Budgets'],
      ['CM.2.1', 'Monitor a budget'],
    ]);
    expect(result.units.every((u) => u.framework === result.framework.id)).toBe(true);
  });

  it('keeps the hierarchy: the outcome and its criterion under the unit, a nested competency says its parent', () => {
    const cm1 = result.units.find((u) => u.code === 'CM.1')!;
    expect(cm1.outcomes).toEqual([
      {
        number: '1',
        text: 'Agree objectives with the team',
        criteria: [{ number: '1.1a', text: 'Explain how objectives are agreed' }],
      },
    ]);
    expect(result.units.find((u) => u.code === 'CM.2.1')?.note).toContain('Under CM.2');
  });

  it('links exactMatchOf as exact and isRelatedTo as related, to the NOS units the file names', () => {
    expect(result.links.map(linkShape).sort()).toEqual(
      [
        `${result.framework.id}:CM.1 → nos:B6 exact curated`,
        `${result.framework.id}:CM.2.1 → nos:E1 related curated`,
      ].sort(),
    );
    expect(result.links.every((l) => l.origin === 'user' && l.rationale?.includes('care.json'))).toBe(true);
  });

  it('keeps an association to an item it does not know as an external reference, and reports it', () => {
    expect(result.externalReferences).toEqual([
      {
        unit: `${result.framework.id}:CM.2`,
        associationType: 'isRelatedTo',
        outgoing: true,
        target: {
          identifier: '11111111-2222-4333-8444-555555555555',
          uri: 'https://casenetwork.example/uri/other-framework-item',
          title: 'Finance standard F3',
        },
      },
    ]);
    expect(
      result.problems.some((p) => p.severity === 'warning' && /external reference/.test(p.message)),
    ).toBe(true);
  });

  it('takes a new id when the user already has a framework of that name', () => {
    const again = importCasePackage(JSON.stringify(opensaltPackage()), dataset, 'care.json', [
      result.framework.id,
    ]);
    expect(again.framework.id).toBe(`${result.framework.id}-2`);
  });

  it('reads a CASE Network style wrapper { CFPackage: … } and a byte-order mark', () => {
    const wrapped = importCasePackage(
      '\uFEFF' + JSON.stringify({ CFPackage: opensaltPackage() }),
      dataset,
      'w.json',
    );
    expect(wrapped.units.map((u) => u.code)).toEqual(['CM.1', 'CM.2', 'CM.2.1']);
  });
});

describe('one entry point for CASE and course files', () => {
  it('reads a course CSV as a course, with its claims as links', () => {
    const result = importFrameworkFile(
      'Induction.csv',
      'code,module,codes\nM1,Leading your team,B6 D6\n',
      dataset,
    );
    expect(result.kind).toBe('course');
    expect(result.framework).toMatchObject({ name: 'Induction', origin: 'user' });
    expect(result.units.map((u) => [u.code, u.title])).toEqual([['M1', 'Leading your team']]);
    expect(result.links.map((l) => l.to).sort()).toEqual(['nos:B6', 'nos:D6']);
  });

  it('reads JSON as CASE whatever the file is called', () => {
    expect(importFrameworkFile('export.txt', JSON.stringify(opensaltPackage()), dataset).kind).toBe('case');
  });
});
