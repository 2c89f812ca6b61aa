/**
 * The suggestion engine's parts: the Porter stemmer (examples from Porter's 1980 paper), synonyms
 * as terms, the ranking on plain cases read off the NOS titles (data/nos.json, from the NOS
 * document), the "why", exclusions, levels (the NOS level marks) and bad input.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/domain/model';
import { createSuggestionEngine, MAX_SUGGEST_CHARS, type SuggestionEngine } from '../../src/domain/suggest';
import { FIELDS } from '../../src/domain/suggest/profiles';
import { combine, DEFAULT_SCORING, type Evidence } from '../../src/domain/suggest/scoring';
import { porterStem } from '../../src/domain/suggest/stem';
import { buildVocabulary, stemmedWords, terms } from '../../src/domain/suggest/terms';
import { loadDataset } from '../../src/domain/dataset';
import { readDataFiles } from '../../src/node/data-files';

let dataset: Dataset;
let engine: SuggestionEngine;
beforeAll(() => {
  dataset = loadDataset(readDataFiles()).dataset;
  engine = createSuggestionEngine(dataset);
});

describe('Porter stemmer', () => {
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['cats', 'cat'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['motoring', 'motor'],
    ['hopping', 'hop'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['digitizer', 'digit'],
    ['adjustment', 'adjust'],
    ['effective', 'effect'],
  ])('%s → %s', (word, stem) => expect(porterStem(word)).toBe(stem));

  it('brings the forms of one word together: managing, manages, management; delegate, delegation', () => {
    expect(new Set(['managing', 'manages', 'manage'].map(porterStem)).size).toBe(1);
    expect(porterStem('delegation')).toBe(porterStem('delegate'));
    expect(porterStem('recruitment')).toBe(porterStem('recruit'));
  });
});

describe('terms', () => {
  it('drops stop words and numbers, keeps "h&s" whole', () => {
    expect(stemmedWords('The H&S of the 3 teams')).toEqual(['h&s', 'team']);
  });

  it('adds the synonym group for a word or a phrase, wherever it occurs', () => {
    const vocabulary = buildVocabulary([
      { id: 'rota', terms: ['rota', 'allocation of work'] },
      { id: 'cpd', terms: ['cpd', 'continuing professional development'] },
    ]);
    expect(terms('Planning the rota', vocabulary)).toContain('~rota');
    expect(terms('fair allocation of work across shifts', vocabulary)).toContain('~rota');
    expect(terms('Continuing professional development', vocabulary)).toContain('~cpd');
    expect(terms('professional development', vocabulary)).not.toContain('~cpd');
  });

  it('does not read "meet the requirements" as meetings', () => {
    const vocabulary = buildVocabulary([]);
    expect(terms('meet the requirements', vocabulary)).not.toContain('meeting');
    expect(terms('chairing meetings', vocabulary)).toContain('meeting');
  });
});

describe('suggestions', () => {
  const first = (text: string, level?: number) => engine.suggest(text, { limit: 3, level })[0];

  it('ranks the NOS unit a plain title names first', () => {
    expect(first('Managing a budget')?.id).toBe('nos:E1');
    expect(first('Lead meetings')?.id).toBe('nos:D11');
    expect(first('Recruitment and selection of staff')?.id).toBe('nos:D3');
    expect(first('Managing risk')?.id).toBe('nos:B10');
  });

  it('understands the shared vocabulary: CPD is professional development (A2)', () => {
    const ids = engine.suggest('Your CPD', { limit: 3 }).map((s) => s.id);
    expect(ids).toContain('nos:A2');
  });

  it('gives each suggestion the documented shape, best first, with a why naming shared words', () => {
    const results = engine.suggest('Health and safety risk assessments in the care home', { limit: 5 });
    expect(results).toHaveLength(5);
    for (const r of results) {
      expect(Object.keys(r).sort()).toEqual(['code', 'confidence', 'id', 'score', 'title', 'why']);
      expect(['strong', 'possible', 'weak']).toContain(r.confidence);
      expect(r.score).toBeGreaterThan(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
    expect(results.map((r) => r.score)).toEqual([...results.map((r) => r.score)].sort((a, b) => b - a));
    expect(results[0]!.code).toMatch(/^E[567]$/);
    expect(results[0]!.why).toMatch(/health and safety|safety/);
  });

  it('names the curated neighbour behind a suggestion, one really curated to that unit', () => {
    const [top] = engine.suggest('Manage a budget', { limit: 1 });
    expect(top!.id).toBe('nos:E1');
    const match = top!.why.match(/like (\S+) .+ \(curated to E1\)$/);
    expect(match, top!.why).not.toBeNull();
    const neighbour = dataset.units.find((u) => u.code === match![1] && u.framework !== 'nos');
    expect(
      dataset.links.some((l) => l.from === neighbour?.id && l.to === 'nos:E1' && l.basis === 'curated'),
    ).toBe(true);
  });

  it('leaves out excluded units', () => {
    const ids = engine.suggest('Managing a budget', { exclude: new Set(['nos:E1']) }).map((s) => s.id);
    expect(ids).not.toContain('nos:E1');
    expect(ids[0]).toBe('nos:E2');
  });

  it('weighs the NOS level marks: B5 (L2) gains on B6 (L3, L4) at level 2 and loses at level 4', () => {
    const text = 'Provide leadership: motivate and support people to achieve objectives';
    const ratio = (level?: number) => {
      const scores = new Map(engine.suggest(text, { level }).map((s) => [s.id, s.score]));
      return scores.get('nos:B5')! / scores.get('nos:B6')!;
    };
    expect(ratio(2)).toBeGreaterThan(ratio());
    expect(ratio(4)).toBeLessThan(ratio());
    expect(engine.suggest(text, { level: 4 })[0]?.id).toBe('nos:B6');
  });

  it('returns nothing for text with no words, and never throws on hostile text', () => {
    expect(engine.suggest('')).toEqual([]);
    expect(engine.suggest('   \n\t ')).toEqual([]);
    expect(engine.suggest('1234 5678 !!!')).toEqual([]);
    expect(() => engine.suggest('<script>alert(1)</script> budget')).not.toThrow();
    expect(() => engine.suggest('\u0000\uFFFF\uD800 constructor __proto__ toString')).not.toThrow();
  });

  it('cuts very long text to MAX_SUGGEST_CHARS and still answers', () => {
    const text = 'budget monitoring '.repeat(10_000);
    expect(text.length).toBeGreaterThan(MAX_SUGGEST_CHARS);
    expect(engine.suggest(text, { limit: 1 })[0]?.id).toMatch(/^nos:E[12]$/);
  });

  it('is deterministic: the same data and text give the same suggestions', () => {
    const again = createSuggestionEngine(dataset);
    const text = 'Planning the rota and checking the quality of work';
    expect(again.suggest(text)).toEqual(engine.suggest(text));
  });
});

describe('weighing the evidence (scoring.ts)', () => {
  // Two NOS units, no field evidence: only curated neighbours and levels, so the arithmetic shows.
  const evidence = (neighbours: number[], levelDistance: number[]): Evidence => ({
    fields: FIELDS.map(() => new Float64Array(2)),
    neighbours: Float64Array.from(neighbours),
    bestExemplar: Int32Array.from([0, 1]),
    levelDistance: Int8Array.from(levelDistance),
  });

  it('counts several curated neighbours agreeing above one alone, at the same best similarity', () => {
    // Unit 0: three curated units at 0.5, 0.4, 0.4; unit 1: one at 0.5.
    const e = evidence([0.5, 0.4, 0.4, 0.5, 0, 0], [-1, -1]);
    const [agreeing, alone] = combine(e, DEFAULT_SCORING);
    expect(agreeing!).toBeGreaterThan(alone!);
    expect(combine(e, { ...DEFAULT_SCORING, neighbourDecay: 0 })[0]).toBeCloseTo(alone!);
  });

  it('discounts a NOS unit by its distance from the text level: one level, then two or more', () => {
    const e = evidence([0.5, 0, 0, 0.5, 0, 0], [1, 2]);
    const [oneAway, twoAway] = combine(e, DEFAULT_SCORING);
    const [atLevel] = combine(evidence([0.5, 0, 0, 0.5, 0, 0], [0, 0]), DEFAULT_SCORING);
    expect(oneAway! / atLevel!).toBeCloseTo(DEFAULT_SCORING.levelFactors[0]);
    expect(twoAway! / atLevel!).toBeCloseTo(DEFAULT_SCORING.levelFactors[1]);
  });

  it('keeps "environmental" (E9, natural environment) apart from "environment" (B2, where the organisation operates)', () => {
    const vocabulary = buildVocabulary(dataset.synonyms);
    const b2 = new Set(terms('the environment in which your organisation operates', vocabulary));
    const e9 = terms('the environmental impact of your work', vocabulary);
    expect(e9.filter((t) => b2.has(t))).toEqual([]);
  });
});
