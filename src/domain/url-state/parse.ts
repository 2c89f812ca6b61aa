/**
 * Reading the view state from the URL hash, so any view can be bookmarked and shared (also from
 * file://). Parsing never fails: anything unknown, malformed, out of date or oversized is dropped,
 * and the dropped parts are reported as notices for the person. The parameter names and values
 * are a contract (people bookmark links): see PARAMETERS and the README.
 *
 * What the link can be checked against is checked here (vocabularies, the dataset's units and
 * frameworks). Saved items (specifications, plans, courses) live in one browser and change while
 * the page is open, so whether a linked one exists is for the view to say.
 */
import { DEFAULT_FILTERS } from '../filters';
import type { Basis, Dataset, FrameworkKind, FunctionalArea, NosLevel, Relation } from '../model';
import { BASES, CONFIDENCES, FRAMEWORK_KINDS, FUNCTIONAL_AREAS, NOS_LEVELS, RELATIONS } from '../vocabulary';
import {
  DEFAULT_STATE,
  MAX_ID_LENGTH,
  parseSideKey,
  VIEWS,
  type CompareState,
  type PlanState,
  type SideKey,
  type SpecState,
  type View,
  type ViewState,
} from './state';

export const MAX_HASH_LENGTH = 4000;
const MAX_QUERY_LENGTH = 200;

/** Every parameter a link may hold, by the part of the state it belongs to. */
export const PARAMETERS = {
  app: ['view'],
  explorer: ['mode', 'sel', 'hops', 'q'],
  filters: ['area', 'level', 'mark', 'fw', 'kind', 'qual', 'group', 'basis', 'rel', 'conf'],
  spec: ['spec'],
  plan: ['plan', 'course', 'framework'],
  compare: ['x', 'y', 'minBasis', 'minRelation', 'minConfidence'],
  /** No longer read, but named in a notice: links from before computed links had a confidence. */
  retired: ['min'],
} as const;

/** `course=import` (`framework=import`) opens the course (framework) import rather than a saved one. */
export const COURSE_IMPORT = 'import';

export interface ParsedState {
  state: ViewState;
  notices: string[];
}

function quote(s: string): string {
  const short = s.length > 40 ? `${s.slice(0, 40)}…` : s;
  return `"${short}"`;
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): value is T {
  return (allowed as readonly string[]).includes(value);
}

function pickList<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  label: string,
  notices: string[],
): T[] {
  if (!raw) return [];
  const values = raw.split(',').filter(Boolean);
  const good = values.filter((v): v is T => oneOf(v, allowed));
  const bad = values.filter((v) => !oneOf(v, allowed));
  if (bad.length) notices.push(`Ignored unknown ${label}: ${bad.slice(0, 5).map(quote).join(', ')}`);
  return [...new Set(good)];
}

/** One value from a closed list, or nothing with a notice naming the allowed values. */
function pickOne<T extends string>(
  raw: string | null,
  allowed: readonly T[],
  label: string,
  notices: string[],
): T | undefined {
  if (!raw) return undefined;
  if (oneOf(raw, allowed)) return raw;
  notices.push(
    `Ignored ${label} ${quote(raw)} (use ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)})`,
  );
  return undefined;
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/** A saved item id as a link carries it: any text within reason, no control characters. */
function savedId(raw: string | null, label: string, notices: string[]): string | undefined {
  if (!raw) return undefined;
  const shown = raw.replace(CONTROL_CHARACTERS, '?');
  if (raw.length <= MAX_ID_LENGTH && shown === raw) return raw;
  notices.push(`Ignored the ${label} in the link: ${quote(shown)} is not an id.`);
  return undefined;
}

function parseExplorer(params: URLSearchParams, dataset: Dataset, state: ViewState, notices: string[]) {
  const mode = params.get('mode');
  if (mode === 'graph' || mode === 'table') state.mode = mode;
  else if (mode) notices.push(`Ignored unknown display mode ${quote(mode)}`);

  const selected = params.get('sel');
  if (selected) {
    const known =
      dataset.units.some((u) => u.id === selected) ||
      dataset.frameworks.some((f) => `framework:${f.id}` === selected) ||
      dataset.qualifications.some((q) => q.id === selected);
    if (known) state.selected = selected;
    else notices.push(`The linked unit ${quote(selected)} is not in this dataset; nothing is selected.`);
  }
  const hops = params.get('hops');
  if (hops === '2') state.hops = 2;
  else if (hops && hops !== '1') notices.push(`Ignored neighbourhood size ${quote(hops)} (use 1 or 2)`);
  state.query = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
}

function parseFilters(params: URLSearchParams, dataset: Dataset, state: ViewState, notices: string[]) {
  const f = (state.filters = { ...DEFAULT_FILTERS });
  f.areas = pickList<FunctionalArea>(params.get('area'), FUNCTIONAL_AREAS, 'functional area', notices);
  const level = params.get('level');
  if (level) {
    if (oneOf<NosLevel>(level, NOS_LEVELS)) f.level = level;
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
  f.minConfidence = pickOne(params.get('conf'), CONFIDENCES, 'confidence', notices) ?? f.minConfidence;
  // Links made before computed links had a confidence used a minimum score; say it is no longer read.
  if (params.get('min'))
    notices.push('Ignored the minimum computed score: computed links now filter by confidence');
}

function parseSpec(params: URLSearchParams, notices: string[]): SpecState {
  const id = savedId(params.get('spec'), 'specification', notices);
  return id ? { id } : {};
}

function parsePlan(params: URLSearchParams, notices: string[]): PlanState {
  const course = params.get('course');
  // A link naming both shows the course, as it always did.
  if (course === COURSE_IMPORT) return { open: { kind: 'course-import' } };
  const courseId = savedId(course, 'course', notices);
  if (courseId) return { open: { kind: 'course', id: courseId } };
  const planId = savedId(params.get('plan'), 'plan', notices);
  if (planId) return { open: { kind: 'plan', id: planId } };
  const framework = params.get('framework');
  if (framework === COURSE_IMPORT) return { open: { kind: 'framework-import' } };
  const frameworkId = savedId(framework, 'imported framework', notices);
  return frameworkId ? { open: { kind: 'framework', id: frameworkId } } : {};
}

function compareSide(raw: string | null, notices: string[]): SideKey | undefined {
  if (!raw) return undefined;
  const side = parseSideKey(raw);
  if (side && savedId(side.id, 'compared item', notices)) return raw as SideKey;
  if (!side)
    notices.push(
      `Cannot compare ${quote(raw)}: it is not a framework or saved item; comparing a framework instead.`,
    );
  return undefined;
}

function parseCompare(params: URLSearchParams, notices: string[]): CompareState {
  const compare: CompareState = {
    x: compareSide(params.get('x'), notices),
    y: compareSide(params.get('y'), notices),
    minBasis: pickOne(params.get('minBasis'), BASES, 'comparison basis', notices),
    minRelation: pickOne(params.get('minRelation'), RELATIONS, 'comparison relation', notices),
    minConfidence: pickOne(params.get('minConfidence'), CONFIDENCES, 'comparison confidence', notices),
  };
  // Only the parts the link names, so the state reads back exactly as it was written.
  return Object.fromEntries(Object.entries(compare).filter(([, v]) => v !== undefined)) as CompareState;
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
  const known = new Set<string>(Object.values(PARAMETERS).flat());
  const unknownKeys = [...params.keys()].filter((k) => !known.has(k));
  if (unknownKeys.length)
    notices.push(`Ignored unknown link parts: ${unknownKeys.slice(0, 5).map(quote).join(', ')}`);

  const state: ViewState = { ...DEFAULT_STATE };
  const view = params.get('view');
  if (view) {
    if (oneOf<View>(view, VIEWS)) state.view = view;
    else notices.push(`Ignored unknown view ${quote(view)}`);
  }
  parseExplorer(params, dataset, state, notices);
  parseFilters(params, dataset, state, notices);
  state.spec = parseSpec(params, notices);
  state.plan = parsePlan(params, notices);
  state.compare = parseCompare(params, notices);
  return { state, notices };
}
