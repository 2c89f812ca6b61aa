import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  DEFAULT_STATE,
  MAX_HASH_LENGTH,
  parseHash,
  serialiseState,
  type ViewState,
} from '../../src/domain/url-state';
import { loadFullDataset } from '../../src/node/data-files';

const { dataset } = loadFullDataset();

const roundTrip = (state: ViewState) => parseHash(serialiseState(state), dataset);

describe('view state in the URL hash', () => {
  it('round-trips a full explorer view', () => {
    const state: ViewState = {
      ...DEFAULT_STATE,
      view: 'explorer',
      mode: 'table',
      selected: 'proqual:L/506/1953',
      hops: 2,
      query: 'budget & more',
      filters: {
        areas: ['B', 'D'],
        level: 'L4',
        mark: 'O',
        frameworks: ['hsc', 'nos'],
        kinds: ['specialist'],
        qualification: 'ilm-8605-certificate',
        group: '1',
        bases: ['curated'],
        relations: ['close'],
        minConfidence: 'weak',
      },
    };
    expect(roundTrip(state)).toEqual({ state, notices: [] });
  });

  it('round-trips each view with its own part, and every part at once', () => {
    const states: ViewState[] = [
      { ...DEFAULT_STATE, view: 'spec', spec: { id: 'spec-3' } },
      { ...DEFAULT_STATE, view: 'spec' },
      { ...DEFAULT_STATE, view: 'plan', plan: { open: { kind: 'plan', id: 'plan-2' } } },
      { ...DEFAULT_STATE, view: 'plan', plan: { open: { kind: 'course', id: 'course-1' } } },
      { ...DEFAULT_STATE, view: 'plan', plan: { open: { kind: 'course-import' } } },
      {
        ...DEFAULT_STATE,
        view: 'compare',
        compare: {
          x: 'spec:spec-1',
          y: 'framework:ilm',
          minBasis: 'computed',
          minRelation: 'close',
          minConfidence: 'strong',
        },
      },
      { ...DEFAULT_STATE, view: 'compare', compare: { x: 'plan:plan-9' } },
      {
        ...DEFAULT_STATE,
        view: 'plan',
        selected: 'nos:B6',
        filters: { ...DEFAULT_FILTERS, level: 'L3' },
        spec: { id: 'spec-1' },
        plan: { open: { kind: 'plan', id: 'plan-1' } },
        compare: { x: 'framework:sw', y: 'framework:hsc', minBasis: 'published' },
      },
    ];
    for (const state of states)
      expect(roundTrip(state), serialiseState(state)).toEqual({ state, notices: [] });
  });

  it('keeps the imported framework open in course mapping (framework=<saved id>)', () => {
    const parsed = parseHash('#view=plan&framework=framework-2', dataset);
    expect(parsed.notices).toEqual([]);
    expect(parsed.state.plan).toEqual({ open: { kind: 'framework', id: 'framework-2' } });
    expect(serialiseState(parsed.state)).toBe('#view=plan&framework=framework-2');
  });

  it('opens the framework import with framework=import', () => {
    const parsed = parseHash('#view=plan&framework=import', dataset);
    expect(parsed.state.plan).toEqual({ open: { kind: 'framework-import' } });
    expect(serialiseState(parsed.state)).toBe('#view=plan&framework=import');
  });

  it('gives the default view for an empty hash', () => {
    expect(parseHash('', dataset)).toEqual({ state: DEFAULT_STATE, notices: [] });
    expect(serialiseState(DEFAULT_STATE)).toBe('');
  });
});

describe('links made by earlier versions open the same view (the URL format is a contract)', () => {
  it('reads the parameter names and values the app has always written', () => {
    const { state, notices } = parseHash(
      '#view=compare&sel=nos%3AB6&conf=weak&spec=spec-1&plan=plan-2&x=framework%3Asw&y=framework%3Ailm' +
        '&minBasis=computed&minRelation=exact&minConfidence=strong',
      dataset,
    );
    expect(notices).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_STATE,
      view: 'compare',
      selected: 'nos:B6',
      filters: { ...DEFAULT_FILTERS, minConfidence: 'weak' },
      spec: { id: 'spec-1' },
      plan: { open: { kind: 'plan', id: 'plan-2' } },
      compare: {
        x: 'framework:sw',
        y: 'framework:ilm',
        minBasis: 'computed',
        minRelation: 'exact',
        minConfidence: 'strong',
      },
    });
  });

  it('opens the course import for course=import, a saved course otherwise', () => {
    expect(parseHash('#view=plan&course=import', dataset).state.plan).toEqual({
      open: { kind: 'course-import' },
    });
    expect(parseHash('#view=plan&course=course-2', dataset).state.plan).toEqual({
      open: { kind: 'course', id: 'course-2' },
    });
  });

  it('shows the course when a link names a course and a plan, as the view always did', () => {
    const { state, notices } = parseHash('#view=plan&plan=plan-1&course=course-1', dataset);
    expect(state.plan).toEqual({ open: { kind: 'course', id: 'course-1' } });
    expect(notices).toEqual([]);
  });

  it('keeps ids of saved items it cannot check, for the view to say they are not in this browser', () => {
    expect(parseHash('#view=spec&spec=gone', dataset).state.spec).toEqual({ id: 'gone' });
    expect(parseHash('#view=plan&plan=gone', dataset).state.plan).toEqual({
      open: { kind: 'plan', id: 'gone' },
    });
  });

  it('writes the same parameters back', () => {
    const hash = serialiseState({
      ...DEFAULT_STATE,
      view: 'plan',
      plan: { open: { kind: 'course-import' } },
    });
    expect(new URLSearchParams(hash.slice(1)).get('course')).toBe('import');
    const compare = new URLSearchParams(
      serialiseState({
        ...DEFAULT_STATE,
        view: 'compare',
        compare: { x: 'framework:sw', minBasis: 'curated' },
      }).slice(1),
    );
    expect(Object.fromEntries(compare)).toEqual({ view: 'compare', x: 'framework:sw', minBasis: 'curated' });
  });
});

describe('what a link cannot hold is dropped and said', () => {
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

  it('drops comparison settings outside their vocabularies, naming the allowed values', () => {
    const { state, notices } = parseHash(
      '#view=compare&x=framework%3Asw&minBasis=rumour&minRelation=same&minConfidence=certain',
      dataset,
    );
    expect(state.compare).toEqual({ x: 'framework:sw' });
    expect(notices).toEqual([
      'Ignored comparison basis "rumour" (use published, curated or computed)',
      'Ignored comparison relation "same" (use exact, close, broad, narrow or related)',
      'Ignored comparison confidence "certain" (use strong, possible or weak)',
    ]);
  });

  it('drops a compare side that is not a framework or a saved item', () => {
    const { state, notices } = parseHash('#view=compare&x=course%3Ax&y=javascript%3Aalert(1)', dataset);
    expect(state.view).toBe('compare');
    expect(state.compare).toEqual({});
    expect(notices).toEqual([
      'Cannot compare "course:x": it is not a framework or saved item; comparing a framework instead.',
      'Cannot compare "javascript:alert(1)": it is not a framework or saved item; comparing a framework instead.',
    ]);
  });

  it('drops saved item ids that are over-long or hold control characters', () => {
    const { state, notices } = parseHash(
      `#view=spec&spec=${'s'.repeat(201)}&plan=a%00b&x=spec%3A${'y'.repeat(201)}`,
      dataset,
    );
    expect(state.spec).toEqual({});
    expect(state.plan).toEqual({});
    expect(state.compare).toEqual({});
    expect(notices).toHaveLength(3);
    expect(notices[1]).toBe('Ignored the plan in the link: "a?b" is not an id.');
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
