import { describe, expect, it } from 'vitest';
import { frameworkOptions, parseSideKey, readSavedUnits, savedOptions } from '../../../src/ui/compare/sides';
import { loadFullDataset } from '../../../src/node/data-files';

const { dataset } = loadFullDataset();
const collection = (data: unknown[]) =>
  data.map((d, i) => ({ id: `item-${i + 1}`, name: `Item ${i + 1}`, data: d }));

describe('sides of a comparison', () => {
  it('lists every framework once, the generic NOS first', () => {
    const options = frameworkOptions(dataset);
    expect(options).toHaveLength(dataset.frameworks.length);
    expect(options[0]).toMatchObject({ key: 'framework:nos', group: 'Generic standards' });
    // The Topss map lists SW's eight social work units.
    expect(options.find((o) => o.key === 'framework:sw')?.unitIds).toHaveLength(8);
  });

  it("takes a specification's level's mandatory NOS units and its optional units", () => {
    // NOS document: level 3 requires 4 mandatory units; D7 is added as an optional one.
    const options = savedOptions('spec', collection([{ level: 'L3', optionalUnits: ['nos:D7'] }]), dataset);
    expect(options[0]!.unitIds).toHaveLength(4 + 1);
    expect(options[0]!.unitIds.at(-1)).toBe('nos:D7');
    expect(options[0]!.key).toBe('spec:item-1');
  });

  it("takes a plan's units, and counts the ones the dataset does not hold", () => {
    const options = savedOptions(
      'plan',
      collection([{ ruleSet: 'ilm-8605-award', units: ['ilm:8605-400', 'ilm:8605-999'] }]),
      dataset,
    );
    expect(options[0]).toMatchObject({ unitIds: ['ilm:8605-400'], missing: 1 });
  });

  it('never throws on damaged saved data (reading stored text is the store job: test/domain/saved)', () => {
    expect(savedOptions('plan', collection([42, null, 'x']), dataset)).toEqual([]);
    expect(readSavedUnits(42).ok).toBe(false);
    expect(readSavedUnits({ units: [{ id: 'nos:A1' }, 7, null] })).toEqual({
      ok: true,
      value: { unitIds: ['nos:A1'] },
    });
  });

  it('reads side keys from the link', () => {
    expect(parseSideKey('framework:hsc')).toEqual({ kind: 'framework', id: 'hsc' });
    expect(parseSideKey('spec:spec-2')).toEqual({ kind: 'spec', id: 'spec-2' });
    expect(parseSideKey('nonsense')).toBeUndefined();
  });
});
