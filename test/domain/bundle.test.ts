/** The bundle as written into the page (corrections inside their units, computed links as one string) reads back as built. */
import { describe, expect, it } from 'vitest';
import { packBundle, unpackBundle, type DataBundle } from '../../src/domain/bundle';
import { loadFullDataset } from '../../src/node/data-files';

describe('packed data bundle', () => {
  it('round-trips through JSON to the same dataset, links in the same order', () => {
    const { dataset } = loadFullDataset();
    const bundle: DataBundle = { dataset, positions: {}, evidence: {} };
    const packed = JSON.parse(JSON.stringify(packBundle(bundle))) as DataBundle;
    expect(packed.dataset.links.some((l) => l.basis === 'computed')).toBe(false);
    expect(packed.computedLinks).toMatch(
      /^[^|>]+>nos:[A-F]\d+>[\d.]+>[spw](\|[^|>]+>nos:[A-F]\d+>[\d.]+>[spw])*$/,
    );
    const back = unpackBundle(packed);
    expect(back.dataset).toEqual(dataset);
    expect('computedLinks' in back).toBe(false);
  });
});
