/**
 * The view state that lives in the URL hash, so any view can be bookmarked and shared (also from
 * file://). Parsing never fails: anything unknown, malformed, out of date or oversized is dropped,
 * and the dropped parts are reported as notices for the person.
 */
import { DEFAULT_FILTERS, type Filters } from './filters';
import type { Basis, Confidence, Dataset, FrameworkKind, FunctionalArea, NosLevel, Relation } from './model';
import { BASES, CONFIDENCES, FRAMEWORK_KINDS, FUNCTIONAL_AREAS, NOS_LEVELS, RELATIONS } from './vocabulary';

export const VIEWS = ['explorer', 'spec', 'plan', 'compare'] as const;
export type View = (typeof VIEWS)[number];

export interface ViewState {
  view: View;
  mode: 'graph' | 'table';
  selected?: string;
  hops: 1 | 2;
  filters: Filters;
  query: string;
  /** View-specific extras (spec id, plan id, compare sides …), kept as plain strings. */
  extra: Record<string, string>;
}

export const DEFAULT_STATE: ViewState = {
  view: 'explorer',
  mode: 'graph',
  hops: 1,
  filters: DEFAULT_FILTERS,
  query: '',
  extra: {},
};

export const MAX_HASH_LENGTH = 4000;
const EXTRA_KEYS = [
  'spec',
  'plan',
  'x',
  'y',
  'minBasis',
  'minRelation',
  'minConfidence',
  'course',
  'framework',
];

export interface ParsedState {
  state: ViewState;
  notices: string[];
}

function pickList<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  label: string,
  notices: string[],
): T[] {
  if (!raw) return [];
  const values = raw.split(',').filter(Boolean);
  const good = values.filter((v): v is T => (allowed as readonly string[]).includes(v));
  const bad = values.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length) notices.push(`Ignored unknown ${label}: ${bad.slice(0, 5).map(quote).join(', ')}`);
  return [...new Set(good)];
}

function quote(s: string): string {
  const short = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `"${short}"`;
}

export function parseHash(hash: string, dataset: Dataset): ParsedState {
  const notices: string[] = [];
  const raw = hash.replace(/^#/, '');
  if (!raw) return { state: DEFAULT_STATE, notices };
  if (raw.length > MAX_HASH_LENGTH) {
    return {
      state: DEFAULT_STATE,
      notices: [`The link was too long to read (${raw.length} characters); showing the default view.`],
    };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
    // URLSearchParams decodes leniently; a lone % or broken UTF-8 still throws here.
    decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return { state: DEFAULT_STATE, notices: ['The link could not be read; showing the default view.'] };
  }
  const known = new Set([
    'view',
    'mode',
    'sel',
    'hops',
    'area',
    'level',
    'mark',
    'fw',
    'kind',
    'qual',
    'group',
    'basis',
    'rel',
    'min',
    'conf',
    'q',
    ...EXTRA_KEYS,
  ]);
  const unknownKeys = [...params.keys()].filter((k) => !known.has(k));
  if (unknownKeys.length)
    notices.push(`Ignored unknown link parts: ${unknownKeys.slice(0, 5).map(quote).join(', ')}`);

  const state: ViewState = { ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS }, extra: {} };
  const view = params.get('view');
  if (view) {
    if ((VIEWS as readonly string[]).includes(view)) state.view = view as View;
    else notices.push(`Ignored unknown view ${quote(view)}`);
  }
  const mode = params.get('mode');
  if (mode === 'graph' || mode === 'table') state.mode = mode;
  else if (mode) notices.push(`Ignored unknown display mode ${quote(mode)}`);

  const unitIds = new Set(dataset.units.map((u) => u.id));
  const groupIds = new Set([
    ...dataset.frameworks.map((f) => `framework:${f.id}`),
    ...dataset.qualifications.map((q) => q.id),
  ]);
  const selected = params.get('sel');
  if (selected) {
    if (unitIds.has(selected) || groupIds.has(selected)) state.selected = selected;
    else notices.push(`The linked unit ${quote(selected)} is not in this dataset; nothing is selected.`);
  }
  const hops = params.get('hops');
  if (hops === '2') state.hops = 2;
  else if (hops && hops !== '1') notices.push(`Ignored neighbourhood size ${quote(hops)} (use 1 or 2)`);

  const f = state.filters;
  f.areas = pickList<FunctionalArea>(params.get('area'), FUNCTIONAL_AREAS, 'functional area', notices);
  const level = params.get('level');
  if (level) {
    if ((NOS_LEVELS as readonly string[]).includes(level)) f.level = level as NosLevel;
    else notices.push(`Ignored unknown level ${quote(level)}`);
  }
  const mark = params.get('mark');
  if (mark === 'M' || mark === 'O') f.mark = mark;
  else if (mark) notices.push(`Ignored unknown level mark ${quote(mark)}`);
  f.frameworks = pickList(
    params.get('fw'),
    dataset.frameworks.map((fw) => fw.id),
    'framework',
    notices,
  );
  f.kinds = pickList<FrameworkKind>(params.get('kind'), FRAMEWORK_KINDS, 'framework kind', notices);
  const qualification = params.get('qual');
  if (qualification) {
    if (dataset.qualifications.some((q) => q.id === qualification)) f.qualification = qualification;
    else notices.push(`Ignored unknown qualification ${quote(qualification)}`);
  }
  const group = params.get('group');
  if (group) {
    if (/^[A-Z0-9]{1,3}$/i.test(group)) f.group = group;
    else notices.push(`Ignored unknown group ${quote(group)}`);
  }
  f.bases = pickList<Basis>(params.get('basis'), BASES, 'link basis', notices);
  f.relations = pickList<Relation>(params.get('rel'), RELATIONS, 'relation', notices);
  const confidence = params.get('conf');
  if (confidence) {
    if ((CONFIDENCES as readonly string[]).includes(confidence)) f.minConfidence = confidence as Confidence;
    else notices.push(`Ignored confidence ${quote(confidence)} (use strong, possible or weak)`);
  }
  // Links made before computed links had a confidence used a minimum score; say it is no longer read.
  if (params.get('min'))
    notices.push('Ignored the minimum computed score: computed links now filter by confidence');
  state.query = (params.get('q') ?? '').slice(0, 200);
  for (const key of EXTRA_KEYS) {
    const value = params.get(key);
    if (value && value.length <= 200) state.extra[key] = value;
  }
  return { state, notices };
}

export function serialiseState(state: ViewState): string {
  const params = new URLSearchParams();
  const f = state.filters;
  if (state.view !== 'explorer') params.set('view', state.view);
  if (state.mode !== 'graph') params.set('mode', state.mode);
  if (state.selected) params.set('sel', state.selected);
  if (state.hops !== 1) params.set('hops', String(state.hops));
  if (f.areas.length) params.set('area', f.areas.join(','));
  if (f.level) params.set('level', f.level);
  if (f.mark) params.set('mark', f.mark);
  if (f.frameworks.length) params.set('fw', f.frameworks.join(','));
  if (f.kinds.length) params.set('kind', f.kinds.join(','));
  if (f.qualification) params.set('qual', f.qualification);
  if (f.group) params.set('group', f.group);
  if (f.bases.length) params.set('basis', f.bases.join(','));
  if (f.relations.length) params.set('rel', f.relations.join(','));
  if (f.minConfidence !== DEFAULT_FILTERS.minConfidence) params.set('conf', f.minConfidence);
  if (state.query) params.set('q', state.query);
  for (const key of EXTRA_KEYS) if (state.extra[key]) params.set(key, state.extra[key]!);
  const text = params.toString();
  return text ? `#${text}` : '';
}
