import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, MAX_HASH_LENGTH, parseHash, serialiseState } from '../../src/domain/url-state';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();

describe('view state in the URL hash', () => {
  it('round-trips a full view', () => {
    const state = {
      ...DEFAULT_STATE,
      view: 'explorer' as const,
      mode: 'table' as const,
      selected: 'proqual:L/506/1953',
      hops: 2 as const,
      query: 'budget & more',
      filters: {
        areas: ['B' as const, 'D' as const],
        level: 'L4' as const,
        mark: 'O' as const,
        frameworks: ['hsc', 'nos'],
        kinds: ['specialist' as const],
        qualification: 'ilm-8605-certificate',
        group: '1',
        bases: ['curated' as const],
        relations: ['close' as const],
        minConfidence: 'weak' as const,
      },
      extra: { x: 'framework:hsc', y: 'framework:ilm' },
    };
    const parsed = parseHash(serialiseState(state), dataset);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('keeps the imported framework open in course mapping (framework=<saved id>)', () => {
    const parsed = parseHash('#view=plan&framework=framework-2', dataset);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.extra).toEqual({ framework: 'framework-2' });
    expect(serialiseState(parsed.state)).toBe('#view=plan&framework=framework-2');
  });

  it('gives the default view for an empty hash', () => {
    expect(parseHash('', dataset)).toEqual({ state: DEFAULT_STATE, notices: [] });
    expect(serialiseState(DEFAULT_STATE)).toBe('');
  });

  it('drops unknown ids and values with a notice, keeping the rest', () => {
    const { state, notices } = parseHash(
      '#sel=nos%3AZ99&area=A,Q&level=L9&basis=curated,rumour&conf=sure&fw=hsc,xyz',
      dataset,
    );
    expect(state.selected).toBeUndefined();
    expect(state.filters.areas).toEqual(['A']);
    expect(state.filters.level).toBeUndefined();
    expect(state.filters.bases).toEqual(['curated']);
    expect(state.filters.minConfidence).toBe('possible');
    expect(state.filters.frameworks).toEqual(['hsc']);
    expect(notices).toEqual([
      'The linked unit "nos:Z99" is not in this dataset; nothing is selected.',
      'Ignored unknown functional area: "Q"',
      'Ignored unknown level "L9"',
      'Ignored unknown framework: "xyz"',
      'Ignored unknown link basis: "rumour"',
      'Ignored confidence "sure" (use strong, possible or weak)',
    ]);
  });

  it('never fails on garbage, broken escapes or huge hashes', () => {
    for (const hash of [
      '#%E0%A4%A',
      '#%%%',
      '#<script>alert(1)</script>',
      '#=&=&==',
      '#view=../../etc',
      `#q=${'x'.repeat(MAX_HASH_LENGTH + 10)}`,
    ]) {
      const parsed = parseHash(hash, dataset);
      expect(parsed.state.view).toBe('explorer');
      expect(parsed.notices.length, hash).toBeGreaterThan(0);
    }
  });

  it('keeps a long but legal search text to 200 characters', () => {
    expect(parseHash(`#q=${'a'.repeat(500)}`, dataset).state.query).toHaveLength(200);
  });
});
