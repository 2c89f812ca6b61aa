/**
 * The scoring weights chosen by cross-validation, not by hand. Each case's evidence is computed
 * once (leave-one-out cases by an engine without their own curated links); a weighing is then
 * judged by precision@1 + recall@3 over the cases, and coordinate ascent over a small grid picks
 * the weights. `crossValidate` measures how well that choice generalises: k folds of the curated
 * units, the weights chosen without a fold, the fold then ranked with them.
 */
import { createSuggestionEngine, type EngineData } from './engine';
import { curatedCases, type EvaluationCase, type EvaluationFigures } from './evaluate';
import { combine, type Evidence, type ScoringParams } from './scoring';

export interface EvidenceCase {
  id: string;
  evidence: Evidence;
  /** Indexes of the accepted NOS units (engine order). */
  expected: Set<number>;
}

/**
 * Where the search starts: the weights set by hand before any tuning (the first engine). Both the
 * cross-validation and the final choice start here, so no fold's start has seen that fold.
 */
export const HAND_SET_SCORING: ScoringParams = {
  fieldWeights: { title: 4, summary: 2, placed: 1, curatedTitle: 2, curatedBody: 0.35 },
  neighbourWeight: 0.6,
  neighbourDecay: 0,
  levelFactors: [0.85, 0.7],
};

/** The values coordinate ascent tries for each weight. */
export const SCORING_GRID: Record<string, number[]> = {
  title: [1, 2, 3, 4, 6, 8],
  summary: [0, 1, 2, 3, 4, 6],
  placed: [0, 0.5, 1, 2, 3],
  curatedTitle: [0, 1, 2, 3, 4, 6],
  curatedBody: [0, 0.2, 0.35, 0.7, 1.5, 3],
  neighbourWeight: [0, 0.3, 0.6, 1.2, 2, 3, 5, 8],
  neighbourDecay: [0, 0.25, 0.5, 0.75, 1],
  nearLevel: [0.5, 0.6, 0.7, 0.85, 1],
  farLevel: [0.3, 0.5, 0.7, 0.85, 1],
};

export function leaveOneOutEvidence(data: EngineData): EvidenceCase[] {
  return curatedCases(data).map((c) => {
    const engine = createSuggestionEngine(data, { heldOut: new Set([c.id]) });
    return toEvidenceCase(c, engine.evidence(c.text, c.level), engine.nosUnits);
  });
}

export function casesEvidence(data: EngineData, cases: EvaluationCase[]): EvidenceCase[] {
  const engine = createSuggestionEngine(data);
  return cases.map((c) => toEvidenceCase(c, engine.evidence(c.text, c.level), engine.nosUnits));
}

function toEvidenceCase(c: EvaluationCase, evidence: Evidence | undefined, nos: { id: string }[]) {
  if (!evidence) throw new Error(`case ${c.id} has no words the engine knows`);
  const index = new Map(nos.map((u, i) => [u.id, i]));
  return { id: c.id, evidence, expected: new Set(c.expected.map((id) => index.get(id)!)) };
}

export function scoredFigures(cases: EvidenceCase[], params: ScoringParams): EvaluationFigures {
  let p1 = 0;
  let r3 = 0;
  let h3 = 0;
  for (const c of cases) {
    const s = combine(c.evidence, params);
    const top = [...s.keys()]
      .filter((i) => s[i]! > 0)
      .sort((a, b) => s[b]! - s[a]! || a - b)
      .slice(0, 3);
    if (c.expected.has(top[0] ?? -1)) p1++;
    const found = top.filter((i) => c.expected.has(i)).length;
    r3 += found / Math.min(3, c.expected.size);
    if (found > 0) h3++;
  }
  const n = cases.length || 1;
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { cases: cases.length, precisionAt1: round(p1), recallAt3: round(r3), hitAt3: round(h3) };
}

function withValue(p: ScoringParams, key: string, value: number): ScoringParams {
  const q: ScoringParams = { ...p, fieldWeights: { ...p.fieldWeights }, levelFactors: [...p.levelFactors] };
  if (key in q.fieldWeights) q.fieldWeights[key as keyof ScoringParams['fieldWeights']] = value;
  else if (key === 'nearLevel') q.levelFactors[0] = value;
  else if (key === 'farLevel') q.levelFactors[1] = value;
  else if (key === 'neighbourWeight' || key === 'neighbourDecay') q[key] = value;
  return q;
}

/** Coordinate ascent from `start` on precision@1 + recall@3 over the cases (a few sweeps). */
export function tuneScoring(cases: EvidenceCase[], start: ScoringParams = HAND_SET_SCORING): ScoringParams {
  const objective = (p: ScoringParams) => {
    const f = scoredFigures(cases, p);
    return f.precisionAt1 + f.recallAt3;
  };
  let best = start;
  let bestValue = objective(best);
  for (let sweep = 0; sweep < 4; sweep++) {
    let improved = false;
    for (const [key, values] of Object.entries(SCORING_GRID))
      for (const value of values) {
        const candidate = withValue(best, key, value);
        const v = objective(candidate);
        if (v > bestValue + 1e-9) [best, bestValue, improved] = [candidate, v, true];
      }
    if (!improved) break;
  }
  return best;
}

/**
 * k-fold cross-validation over the leave-one-out cases: for each fold, weights tuned on the other
 * folds (plus `extra` cases, e.g. the dev module descriptions), the fold ranked with them.
 */
export function crossValidate(
  looCases: EvidenceCase[],
  extra: EvidenceCase[] = [],
  k = 5,
): { figures: EvaluationFigures; folds: ScoringParams[] } {
  const folds: ScoringParams[] = [];
  const totals = { p1: 0, r3: 0, h3: 0 };
  for (let fold = 0; fold < k; fold++) {
    const test = looCases.filter((_, i) => i % k === fold);
    const params = tuneScoring([...looCases.filter((_, i) => i % k !== fold), ...extra]);
    folds.push(params);
    const f = scoredFigures(test, params);
    totals.p1 += f.precisionAt1 * test.length;
    totals.r3 += f.recallAt3 * test.length;
    totals.h3 += f.hitAt3 * test.length;
  }
  const n = looCases.length || 1;
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return {
    figures: {
      cases: looCases.length,
      precisionAt1: round(totals.p1),
      recallAt3: round(totals.r3),
      hitAt3: round(totals.h3),
    },
    folds,
  };
}
