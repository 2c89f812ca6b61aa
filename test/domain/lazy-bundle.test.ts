/** The page's data: the lean part the first screen needs, and blocks parsed only on first use. */
import { describe, expect, it } from 'vitest';
import { createDataBundle, joinBundle, packBundle, splitBundle, unpackBundle } from '../../src/domain/bundle';
import { omitSequentialNumbers, restoreNumbers } from '../../src/domain/outcome-numbers';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();
const evidence = { '000_x.txt': { lines: { 72: 'a cited passage seen only in the evidence block' } } };
const packed = packBundle(createDataBundle(dataset, evidence as never));

describe('the split data bundle', () => {
  const { lean, blocks } = splitBundle(JSON.parse(JSON.stringify(packed)));

  it('keeps outcomes, corrections and passages out of the lean part', () => {
    const text = JSON.stringify(lean);
    // ProQual unit outcomes and an assessment criterion (ProQual spec: "Use delegation techniques …").
    expect(text).not.toContain('"outcomes"');
    expect(text).not.toContain('"criteria"');
    expect(text).not.toContain('"corrections":[{');
    expect(text).not.toContain('a cited passage seen only in the evidence block');
    expect(JSON.stringify(blocks.texts)).toContain('Use delegation techniques');
    expect(lean.dataset.units).toHaveLength(dataset.units.length);
  });

  it('joins back to the same dataset, reading each block once and only when asked', () => {
    const reads: string[] = [];
    const joined = joinBundle(JSON.parse(JSON.stringify(lean)), (block) => {
      reads.push(block);
      return JSON.parse(JSON.stringify(blocks[block]));
    });
    expect(reads).toEqual([]);
    expect(joined.dataset.links).toHaveLength(dataset.links.length);
    expect(joined.positions).toEqual(packed.positions);
    expect(reads).toEqual([]);
    const expected = unpackBundle(JSON.parse(JSON.stringify(packed)));
    const unit = joined.dataset.units.find((u) => u.id === 'proqual:L/506/1953')!;
    expect(unit.outcomes).toEqual(expected.dataset.units.find((u) => u.id === unit.id)!.outcomes);
    expect(reads).toEqual(['texts']);
    expect(joined.dataset.corrections).toEqual(expected.dataset.corrections);
    expect(joined.dataset.corrections.length).toBe(dataset.corrections.length);
    expect(joined.evidence).toEqual(evidence);
    void joined.evidence;
    void joined.dataset.units[0]!.outcomes;
    expect(reads.sort()).toEqual(['evidence', 'texts']);
  });

  it('leaves out unit ids that are framework:code and puts them back, first as before', () => {
    expect(JSON.stringify(lean)).not.toContain('"id":"nos:B6"');
    const joined = joinBundle(JSON.parse(JSON.stringify(lean)), (block) =>
      JSON.parse(JSON.stringify(blocks[block])),
    );
    expect(joined.dataset.units.map((u) => u.id)).toEqual(dataset.units.map((u) => u.id));
    expect(joined.dataset.units.every((u) => Object.keys(u)[0] === 'id')).toBe(true);
    expect(joined.dataset.units).toEqual(dataset.units);
  });

  it('names link ends by unit position in the lean part and gives every link back as it was', () => {
    const text = JSON.stringify(lean);
    // A curated link of ILM 8605-400 to A2 (data/links-curated.json).
    expect(text).not.toContain('"from":"ilm:8605-400"');
    expect(text).not.toContain('>nos:');
    const joined = joinBundle(JSON.parse(text), (block) => JSON.parse(JSON.stringify(blocks[block])));
    expect(joined.dataset.links).toEqual(unpackBundle(JSON.parse(JSON.stringify(packed))).dataset.links);
    expect(joined.dataset.links).toContainEqual(
      expect.objectContaining({ from: 'ilm:8605-400', to: 'nos:A2', basis: 'curated' }),
    );
  });

  it('gives every unit its outcomes and criteria back with their numbers', () => {
    const joined = joinBundle(JSON.parse(JSON.stringify(lean)), (block) =>
      JSON.parse(JSON.stringify(blocks[block])),
    );
    const withOutcomes = dataset.units.filter((u) => u.outcomes?.length);
    expect(withOutcomes.length).toBeGreaterThan(0);
    for (const unit of withOutcomes)
      expect(joined.dataset.units.find((u) => u.id === unit.id)!.outcomes).toEqual(unit.outcomes);
  });

  it('writes an outcome or criterion number only where it does not follow on from the one before', () => {
    // Shaped like ProQual's numbering with a gap and a lettered criterion (made up, not a real unit).
    const outcomes = [
      {
        number: '1',
        text: 'Understand delegation',
        criteria: [
          { number: '1.1', text: 'Explain' },
          { number: '1.1a', text: 'Describe' },
        ],
      },
      {
        number: '3',
        text: 'Be able to delegate',
        criteria: [
          { number: '3.1', text: 'Use' },
          { number: '3.2', text: 'Review' },
        ],
      },
    ];
    const packed = omitSequentialNumbers(outcomes);
    expect(packed).toEqual([
      {
        text: 'Understand delegation',
        criteria: [{ text: 'Explain' }, { number: '1.1a', text: 'Describe' }],
      },
      { number: '3', text: 'Be able to delegate', criteria: [{ text: 'Use' }, { text: 'Review' }] },
    ]);
    expect(restoreNumbers(JSON.parse(JSON.stringify(packed)))).toEqual(outcomes);
  });

  it('treats a missing block as empty rather than failing', () => {
    const joined = joinBundle(JSON.parse(JSON.stringify(lean)), () => null);
    expect(joined.dataset.corrections).toEqual([]);
    expect(joined.evidence).toEqual({});
    expect(joined.dataset.units[0]!.outcomes).toBeUndefined();
  });
});
