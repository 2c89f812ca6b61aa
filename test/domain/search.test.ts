import { describe, expect, it } from 'vitest';
import { buildSearchDocuments, buildSearchIndex, createSearchEngine } from '../../src/domain/search';
import { loadFullDataset } from '../../src/node/data-files';
import { SEARCH_CASES } from '../fixtures/search-queries';

const { dataset } = loadFullDataset();
const docs = buildSearchDocuments(dataset);
// The engine as the app builds it: from the index serialised at build time.
const engine = createSearchEngine(docs, JSON.parse(JSON.stringify(buildSearchIndex(docs))));

describe('search finds what people type', () => {
  it('has at least 40 realistic queries', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(SEARCH_CASES)(
    '$kind: "$query" → $expected within top $within ($note)',
    ({ query, expected, within }) => {
      const ids = engine.search(query, { limit: 10 }).map((r) => r.id);
      expect(
        ids.slice(0, within).some((id) => expected.includes(id)),
        `got ${ids.slice(0, 5).join(', ')}`,
      ).toBe(true);
    },
  );
});

describe('search behaviour', () => {
  it('ranks an exact code first even when words would match elsewhere', () => {
    const [first] = engine.search('E1');
    expect(first).toMatchObject({ id: 'nos:E1', matched: 'code', score: 1 });
  });

  it('puts prefix code matches right after exact ones', () => {
    const results = engine
      .search('B1')
      .slice(0, 4)
      .map((r) => r.id);
    expect(results[0]).toBe('nos:B1');
    expect(results.slice(1)).toEqual(expect.arrayContaining(['nos:B10', 'nos:B11', 'nos:B12']));
  });

  it('says which field matched, down to the assessment criterion', () => {
    const hit = engine.search('maintain morale through difficult times')[0];
    expect(hit?.id).toBe('proqual:L/506/1953');
    expect(hit?.matched).toBe('assessment criterion 2.6');
    expect(hit?.highlight?.text).toBe('Take action to maintain morale through difficult times');
  });

  it('respects a filter and returns the best first', () => {
    const onlyNos = engine.search('budget', { allow: (id) => id.startsWith('nos:') });
    expect(onlyNos.every((r) => r.id.startsWith('nos:'))).toBe(true);
    expect(onlyNos[0]?.id).toBe('nos:E1');
  });

  it('copes with empty, huge and odd input', () => {
    expect(engine.search('')).toEqual([]);
    expect(engine.search('   ')).toEqual([]);
    expect(() => engine.search('x'.repeat(100_000))).not.toThrow();
    expect(() => engine.search('(((**[[')).not.toThrow();
    expect(() => engine.search("'=^!$|")).not.toThrow();
  });
});
