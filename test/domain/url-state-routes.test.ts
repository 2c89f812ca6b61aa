import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS } from '../../src/domain/filters';
import {
  DEFAULT_STATE,
  replacesHistory,
  routeTo,
  type Destination,
  type ViewState,
} from '../../src/domain/url-state';

/** Someone mid-way: a unit selected under filters, a specification, a plan and a comparison open. */
const busy: ViewState = {
  ...DEFAULT_STATE,
  view: 'explorer',
  mode: 'table',
  selected: 'nos:B6',
  hops: 2,
  query: 'budget',
  filters: { ...DEFAULT_FILTERS, areas: ['B'], level: 'L4', bases: ['curated'] },
  spec: { id: 'spec-1' },
  plan: { open: { kind: 'plan', id: 'plan-1' } },
  compare: { x: 'framework:sw', y: 'framework:ilm', minBasis: 'computed' },
};

describe('switching views keeps what the person had', () => {
  it('a tab changes only the view: filters, selection, search and every view part stay', () => {
    for (const view of ['spec', 'plan', 'compare', 'explorer'] as const)
      expect(routeTo(busy, { to: 'view', view })).toEqual({ ...busy, view });
  });

  it('going to a unit from another view opens the explorer on it, filters and open items kept', () => {
    const from = { ...busy, view: 'spec' as const };
    expect(routeTo(from, { to: 'unit', id: 'nos:D6' })).toEqual({
      ...busy,
      view: 'explorer',
      selected: 'nos:D6',
    });
  });

  it('going back to the specification view finds the same specification open', () => {
    const away = routeTo({ ...busy, view: 'spec' }, { to: 'unit', id: 'nos:D6' });
    expect(routeTo(away, { to: 'view', view: 'spec' }).spec).toEqual({ id: 'spec-1' });
  });
});

describe('each destination', () => {
  it('the explorer: selection, filters, search text, display and neighbourhood', () => {
    expect(routeTo(busy, { to: 'clear-selection' }).selected).toBeUndefined();
    expect(routeTo(busy, { to: 'filters', filters: { level: 'L3' } }).filters).toEqual({
      ...busy.filters,
      level: 'L3',
    });
    expect(routeTo(busy, { to: 'query', query: '' }).query).toBe('');
    expect(routeTo(busy, { to: 'mode', mode: 'graph' }).mode).toBe('graph');
    expect(routeTo(busy, { to: 'hops', hops: 1 }).hops).toBe(1);
  });

  it('a search result found outside the filters opens them up, keeping which links show', () => {
    const inside = routeTo(
      { ...busy, view: 'plan' },
      { to: 'search-result', id: 'nos:A1', query: 'a1', everywhere: false },
    );
    expect(inside).toMatchObject({
      view: 'explorer',
      selected: 'nos:A1',
      query: 'a1',
      filters: busy.filters,
    });
    const everywhere = routeTo(busy, { to: 'search-result', id: 'nos:A1', query: 'a1', everywhere: true });
    expect(everywhere.filters).toEqual({ ...DEFAULT_FILTERS, bases: ['curated'] });
  });

  it('a course shown in the explorer: its framework and the NOS, in the graph, first module selected', () => {
    const next = routeTo(
      { ...busy, view: 'plan' },
      { to: 'frameworks', frameworks: ['user-my-course', 'nos'], selected: 'user-my-course:M1' },
    );
    expect(next).toEqual({
      ...busy,
      view: 'explorer',
      mode: 'graph',
      selected: 'user-my-course:M1',
      filters: { ...DEFAULT_FILTERS, frameworks: ['user-my-course', 'nos'] },
    });
  });

  it('the specification view, with a specification or the latest', () => {
    expect(routeTo(busy, { to: 'spec', id: 'spec-2' })).toEqual({
      ...busy,
      view: 'spec',
      spec: { id: 'spec-2' },
    });
    expect(routeTo(busy, { to: 'spec' })).toEqual({ ...busy, view: 'spec', spec: {} });
    // "Add to specification" in the explorer remembers where later additions go, staying put.
    expect(routeTo(busy, { to: 'current-spec', id: 'spec-2' })).toEqual({ ...busy, spec: { id: 'spec-2' } });
  });

  it('course mapping opens one thing at a time: a plan, a course or the import', () => {
    const withCourse = routeTo(busy, { to: 'course', id: 'course-1' });
    expect(withCourse).toEqual({ ...busy, view: 'plan', plan: { open: { kind: 'course', id: 'course-1' } } });
    expect(routeTo(withCourse, { to: 'plan', id: 'plan-2' }).plan).toEqual({
      open: { kind: 'plan', id: 'plan-2' },
    });
    expect(routeTo(busy, { to: 'course-import' }).plan).toEqual({ open: { kind: 'course-import' } });
    expect(routeTo(withCourse, { to: 'course-mapping' })).toEqual({ ...busy, view: 'plan', plan: {} });
    // "Add to plan" in the explorer: the plan it added to is the one Course mapping then shows.
    const added = routeTo(withCourse, { to: 'current-plan', id: 'plan-3' });
    expect(routeTo({ ...added, view: 'explorer' }, { to: 'view', view: 'plan' }).plan).toEqual({
      open: { kind: 'plan', id: 'plan-3' },
    });
  });

  it('a comparison, once set up, names every setting so a shared link keeps its meaning', () => {
    const fresh = routeTo(DEFAULT_STATE, { to: 'compare', x: 'framework:sw', y: 'spec:spec-1' });
    expect(fresh).toEqual({
      ...DEFAULT_STATE,
      view: 'compare',
      compare: {
        x: 'framework:sw',
        y: 'spec:spec-1',
        minBasis: 'curated',
        minRelation: 'related',
        minConfidence: 'possible',
      },
    });
    expect(routeTo(busy, { to: 'compare-filters', filters: { minRelation: 'close' } }).compare).toEqual({
      x: 'framework:sw',
      y: 'framework:ilm',
      minBasis: 'computed',
      minRelation: 'close',
      minConfidence: 'possible',
    });
  });
});

describe('history', () => {
  it('refining the current view replaces the entry; going somewhere adds one', () => {
    const refine: Destination[] = [
      { to: 'filters', filters: {} },
      { to: 'query', query: '' },
      { to: 'hops', hops: 2 },
      { to: 'current-spec', id: 's' },
      { to: 'current-plan', id: 'p' },
    ];
    const go: Destination[] = [
      { to: 'view', view: 'spec' },
      { to: 'unit', id: 'nos:B6' },
      { to: 'mode', mode: 'table' },
      { to: 'plan', id: 'p' },
      { to: 'compare', x: 'framework:sw', y: 'framework:ilm' },
    ];
    expect(refine.map(replacesHistory)).toEqual(refine.map(() => true));
    expect(go.map(replacesHistory)).toEqual(go.map(() => false));
  });
});
