/**
 * Hostile CASE files: each is read to a clear problem list, never a crash or a hang. The work is
 * bounded by caps checked before anything is walked (size, items, associations), and isChildOf
 * cycles are broken where they close.
 */
import { describe, expect, it } from 'vitest';
import { importCasePackage, type FrameworkImport } from '../../src/domain/interchange';
import { loadFullDataset } from '../../src/node/data-files';

const dataset = loadFullDataset().dataset;
const read = (text: string) => importCasePackage(text, dataset, 'hostile.json');
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const doc = { identifier: uuid(0), uri: 'https://x.example/doc', creator: 'x', title: 'Hostile framework' };
const item = (n: number, extra: Record<string, unknown> = {}) => ({
  identifier: uuid(n),
  uri: `https://x.example/${n}`,
  humanCodingScheme: `H${n}`,
  fullStatement: `Statement ${n}`,
  ...extra,
});
const childOf = (child: number, parent: number) => ({
  identifier: uuid(100000 + child),
  uri: `https://x.example/a${child}`,
  associationType: 'isChildOf',
  originNodeURI: { identifier: uuid(child), uri: `https://x.example/${child}`, title: `H${child}` },
  destinationNodeURI: { identifier: uuid(parent), uri: `https://x.example/${parent}`, title: `H${parent}` },
});
const pkg = (items: unknown[], associations: unknown[] = []) =>
  JSON.stringify({ CFDocument: doc, CFItems: items, CFAssociations: associations });
const errors = (r: FrameworkImport) => r.problems.filter((p) => p.severity === 'error').map((p) => p.message);

describe('hostile CASE packages', () => {
  it('not JSON at all → one error saying it is not JSON and what a CASE package is; nothing imported', () => {
    const r = read('CFDocument: this is YAML, not JSON');
    expect(r.units).toEqual([]);
    expect(errors(r)).toEqual([
      expect.stringMatching(/^The file is not JSON .*A CASE package is a JSON object/),
    ]);
  });

  it('truncated JSON → not JSON, nothing imported', () => {
    const r = read(pkg([item(1)]).slice(0, 50));
    expect(r.units).toEqual([]);
    expect(errors(r)[0]).toMatch(/not JSON/);
  });

  it('JSON that is not CASE (an array, a course, null) → "not a CASE package: it has no CFDocument"', () => {
    for (const text of ['[1,2,3]', '{"modules":[{"code":"M1"}]}', 'null', '"CFDocument"']) {
      const r = read(text);
      expect(r.units, text).toEqual([]);
      expect(errors(r), text).toEqual([expect.stringMatching(/not a CASE package: it has no CFDocument/)]);
    }
  });

  it('CFItems that is not a list → refused with the path', () => {
    const r = read(JSON.stringify({ CFDocument: doc, CFItems: { a: 1 } }));
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', path: 'CFItems' })]);
  });

  it('a 50 MB file → refused by size before parsing, with both sizes in the message', () => {
    const padding = ' '.repeat(50 * 1024 * 1024);
    const r = read(pkg([item(1)]) + padding);
    expect(r.units).toEqual([]);
    expect(errors(r)).toEqual([
      expect.stringMatching(/The file is 50\.0 MB; the largest CASE package .* is 20\.0 MB/),
    ]);
  });

  it('100,000 items → refused by count with the cap named, nothing walked', () => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({ identifier: uuid(i + 1) }));
    const r = read(pkg(items));
    expect(r.units).toEqual([]);
    expect(errors(r)).toEqual([expect.stringMatching(/100,000 items; .* at most 20,000/)]);
  });

  it('an isChildOf cycle (H1 → H2 → H3 → H1) → reported and broken; all three imported, no hang', () => {
    const r = read(pkg([item(1), item(2), item(3)], [childOf(1, 2), childOf(2, 3), childOf(3, 1)]));
    expect(r.units.map((u) => u.code).sort()).toEqual(['H1', 'H2', 'H3']);
    expect(errors(r)).toEqual([
      expect.stringMatching(/^isChildOf cycle: (H\d → ){3}H\d\. The cycle is broken/),
    ]);
  });

  it('an item that is its own parent → reported as a cycle, imported at the top level', () => {
    const r = read(pkg([item(1)], [childOf(1, 1)]));
    expect(r.units.map((u) => u.code)).toEqual(['H1']);
    expect(errors(r)[0]).toMatch(/isChildOf cycle: H1 → H1/);
  });

  it('a 15,000-deep isChildOf chain → read without recursion (no stack overflow)', () => {
    const n = 15_000;
    const items = Array.from({ length: n }, (_, i) => item(i + 1));
    const associations = Array.from({ length: n - 1 }, (_, i) => childOf(i + 2, i + 1));
    const r = read(pkg(items, associations));
    expect(r.units).toHaveLength(n);
    expect(r.units[0]?.code).toBe('H1');
    expect(r.units[n - 1]?.note).toContain(`Under H${n - 1}`);
  });

  it('duplicate identifiers → the second item is skipped, with both places named', () => {
    const r = read(pkg([item(1), { ...item(2), identifier: uuid(1) }]));
    expect(r.units.map((u) => u.code)).toEqual(['H1']);
    expect(r.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'CFItems[1]',
        message: expect.stringMatching(/Duplicate identifier .*CFItems\[0\] already has it/),
      }),
    );
  });

  it('missing titles → imported with an empty title and a warning naming the item', () => {
    const r = read(pkg([item(1, { fullStatement: undefined }), item(2, { fullStatement: '   ' })]));
    expect(r.units.map((u) => [u.code, u.title])).toEqual([
      ['H1', ''],
      ['H2', ''],
    ]);
    expect(r.problems.filter((p) => p.severity === 'warning').map((p) => p.path)).toEqual([
      'CFItems[0]',
      'CFItems[1]',
    ]);
  });

  it('items that are not objects or have no identifier → skipped with their path; the good ones kept', () => {
    const r = read(pkg([null, 'text', { fullStatement: 'no id' }, item(4)]));
    expect(r.units.map((u) => u.code)).toEqual(['H4']);
    expect(r.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual([
      'CFItems[0]',
      'CFItems[1]',
      'CFItems[2]',
    ]);
  });

  it('an empty package → "Nothing to import", exit-worthy', () => {
    const r = read(pkg([]));
    expect(r.units).toEqual([]);
    expect(errors(r)).toEqual([expect.stringMatching(/Nothing to import/)]);
  });

  it('script in titles and codes → kept as text (escaped where shown), ids made safe', () => {
    const r = read(
      pkg([item(1, { humanCodingScheme: '<img src=x onerror=alert(1)>', fullStatement: '=HYPERLINK("x")' })]),
    );
    expect(r.units[0]?.title).toBe('=HYPERLINK("x")');
    expect(r.units[0]?.id).toMatch(/^[a-z0-9-]+:[A-Za-z0-9][A-Za-z0-9./+-]*$/);
  });

  it('associations with missing ends or of other types → skipped or noted, never links', () => {
    const r = read(
      pkg(
        [item(1)],
        [{ associationType: 'isRelatedTo' }, { ...childOf(1, 2), associationType: 'precedes' }, 'garbage'],
      ),
    );
    expect(r.links).toEqual([]);
    expect(r.problems.map((p) => p.severity)).toEqual(['warning', 'warning', 'note']);
  });

  it('a flood of problems → listed up to 200, then one line saying how many more', () => {
    const r = read(pkg([...Array.from({ length: 500 }, () => null), item(1)]));
    expect(r.units).toHaveLength(1);
    expect(r.problems).toHaveLength(201);
    expect(r.problems[200]?.message).toMatch(/and 300 more/);
  });
});
