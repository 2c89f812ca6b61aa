/**
 * Writing the view state into the URL hash: the inverse of parseHash, with the same parameter
 * names. What equals the default is left out, so the plain explorer is an empty hash.
 */
import { DEFAULT_FILTERS } from '../filters';
import { COURSE_IMPORT } from './parse';
import type { CompareState, PlanState, ViewState } from './state';

function writePlan(params: URLSearchParams, plan: PlanState) {
  const open = plan.open;
  if (open?.kind === 'plan') params.set('plan', open.id);
  else if (open?.kind === 'course') params.set('course', open.id);
  else if (open?.kind === 'course-import') params.set('course', COURSE_IMPORT);
  else if (open?.kind === 'framework') params.set('framework', open.id);
  else if (open?.kind === 'framework-import') params.set('framework', COURSE_IMPORT);
}

function writeCompare(params: URLSearchParams, compare: CompareState) {
  if (compare.x) params.set('x', compare.x);
  if (compare.y) params.set('y', compare.y);
  if (compare.minBasis) params.set('minBasis', compare.minBasis);
  if (compare.minRelation) params.set('minRelation', compare.minRelation);
  if (compare.minConfidence) params.set('minConfidence', compare.minConfidence);
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
  if (state.spec.id) params.set('spec', state.spec.id);
  writePlan(params, state.plan);
  writeCompare(params, state.compare);
  const text = params.toString();
  return text ? `#${text}` : '';
}
