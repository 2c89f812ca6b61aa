import { describe, expect, it } from 'vitest';
import { buildSearchDocuments, createSearchEngine } from '../../src/domain/search';
import { loadFullDataset } from '../../src/node/data-files';
import { SEARCH_CASES } from '../fixtures/search-queries';

const { dataset } = loadFullDataset();
const docs = buildSearchDocuments(dataset);
const engine = createSearchEngine(docs, { synonyms: dataset.synonyms });

describe('search finds what people type', () => {
  it('has at least 80 realistic queries, in a tuning half and a held-out half', () => {
    expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(80);
    expect(SEARCH_CASES.filter((c) => c.set === 'held-out').length).toBeGreaterThanOrEqual(40);
    expect(SEARCH_CASES.filter((c) => c.set === 'tuning').length).toBeGreaterThanOrEqual(40);
  });

  it('expects only units that exist', () => {
    const ids = new Set(docs.map((d) => d.id));
    expect(SEARCH_CASES.flatMap((c) => c.expected).filter((id) => !ids.has(id))).toEqual([]);
  });

  // The tuning half must pass case by case; the held-out half is measured as a whole (below and
  // in `npm run bench`), so that no one is tempted to tune the ranking to a held-out case.
  it.each(SEARCH_CASES.filter((c) => c.set !== 'held-out'))(
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

const ids = (query: string, limit = 10) => engine.search(query, { limit }).map((r) => r.id);

describe('held-out queries', () => {
  it('meet their bar in at least 4 cases out of 5 (measured 0.87 when written)', () => {
    const held = SEARCH_CASES.filter((c) => c.set === 'held-out');
    const met = held.filter(({ query, expected, within }) =>
      engine
        .search(query, { limit: 5 })
        .slice(0, within)
        .some((r) => expected.includes(r.id)),
    );
    expect(met.length / held.length).toBeGreaterThanOrEqual(0.8);
  });
});

describe('search ranks as a person expects (issue 15)', () => {
  it('"mentoring": whole-word and word-family matches before typo readings ("meetings")', () => {
    const found = ids('mentoring', 20);
    expect(found.slice(0, 5)).toContain('cbld:9');
    for (const meeting of ['nos:D11', 'nos:D12']) {
      const at = found.indexOf(meeting);
      if (at >= 0) expect(at).toBeGreaterThan(found.indexOf('cbld:9'));
    }
  });

  it('typo readings of a word that exists never outrank its whole-word matches', () => {
    const results = engine.search('mentoring', { limit: 20 });
    const meetings = results.filter((r) => /meeting/i.test(r.title) && !/mentor/i.test(r.title));
    const mentors = results.filter((r) => /mentor/i.test(r.title));
    expect(mentors.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.score).toBeLessThan(Math.min(...mentors.map((r) => r.score)));
  });

  it('"leadership level 5" reads the level: B7 (M at level 5) first, no digit matched as a code', () => {
    const results = engine.search('leadership level 5');
    expect(results[0]?.id).toBe('nos:B7');
    expect(results.filter((r) => r.matched === 'code' || r.matched === 'code prefix')).toEqual([]);
    expect(ids('leadership level 5')).not.toContain('nhs-ksf:Dimension-5');
  });

  it('"level 3" alone lists what is at level 3, the mandatory NOS units first', () => {
    const results = engine.search('level 3', { limit: 60 });
    // NOS table: A2, B6, D6, E6 are M at level 3.
    expect(
      results
        .slice(0, 4)
        .map((r) => r.id)
        .sort(),
    ).toEqual(['nos:A2', 'nos:B6', 'nos:D6', 'nos:E6']);
    expect(results.some((r) => r.id === 'ilm:8605-303')).toBe(true);
    expect(results.some((r) => r.id === 'nos:B7')).toBe(false);
  });

  it('"601/4759/3" finds the ProQual qualification and not KSF Dimension 3 as a "code"', () => {
    const found = ids('601/4759/3');
    expect(found[0]).toBe('proqual-601-4759-3');
    expect(found).not.toContain('nhs-ksf:Dimension-3');
  });

  it('"cpd" finds both A2 and ILM 8605-521 through the shared vocabulary', () => {
    expect(ids('cpd', 5)).toEqual(expect.arrayContaining(['nos:A2', 'ilm:8605-521']));
  });

  it('"staff rota" finds allocating work (D5, D6)', () => {
    expect(ids('staff rota', 5)).toEqual(expect.arrayContaining(['nos:D5', 'nos:D6']));
  });

  it('without the vocabulary, "cpd" finds neither (the vocabulary does the work)', () => {
    const bare = createSearchEngine(docs);
    expect(bare.search('cpd', { limit: 5 }).map((r) => r.id)).not.toContain('ilm:8605-521');
  });

  it('"hsc 41" says there is no HSC unit 41 and names the closest', () => {
    const note = engine.missingCode('hsc 41');
    expect(note?.message).toMatch(/^No HSC unit 41 — closest: /);
    expect(note?.closest.length).toBeGreaterThan(0);
    expect(note?.closest.every((r) => r.framework === 'hsc')).toBe(true);
    expect(ids('hsc 41', 5)).toContain('framework:hsc');
  });

  it('says nothing is missing when the code exists or the query is not a code', () => {
    expect(engine.missingCode('HSC B1.2')).toBeUndefined();
    expect(engine.missingCode('b 6')).toBeUndefined();
    expect(engine.missingCode('budget')).toBeUndefined();
    expect(engine.missingCode('leadership level 5')).toBeUndefined();
    expect(engine.missingCode('B13')?.message).toMatch(/^No unit B13 — closest: B1/);
  });

  it('labels each result by kind', () => {
    const kind = (query: string) => engine.search(query, { limit: 1 })[0]?.kind;
    expect(kind('B6')).toBe('NOS unit');
    expect(kind('HSC B1.2')).toBe('specialist standard');
    expect(kind('L/506/1953')).toBe('qualification unit');
    expect(kind('601/4759/3')).toBe('qualification');
    expect(engine.search('pqcc c1', { limit: 1 })[0]?.kind).toBe('partnership standard');
  });
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
