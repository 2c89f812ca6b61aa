/**
 * Honest evaluation of the suggestion engine.
 * - Leave-one-out over the curated links: each curated qualification unit is ranked by an engine
 *   built without that unit's own curated links (its answer is held out of the NOS profiles and of
 *   the curated neighbours), then checked against them.
 * - Module descriptions written as a trainer would write them (test/fixtures), in two halves.
 * precision@1: the first suggestion is one the answer accepts. recall@3: the share of the accepted
 * units found in the first three (averaged over cases); hit@3: at least one of them is.
 */
import { createSuggestionEngine, type EngineData, type EngineOptions, type Suggestion } from './engine';
import { curatedExamples, unitFullText } from './profiles';

export interface EvaluationCase {
  id: string;
  text: string;
  /** NOS unit ids an expert accepts. */
  expected: string[];
  level?: number;
}

export interface RankedCase {
  id: string;
  expected: string[];
  ranked: Pick<Suggestion, 'id' | 'score' | 'confidence'>[];
}

export interface EvaluationFigures {
  cases: number;
  precisionAt1: number;
  recallAt3: number;
  hitAt3: number;
}

/** The curated qualification units as evaluation cases: their own text and their curated NOS units. */
export function curatedCases(dataset: EngineData): EvaluationCase[] {
  const byUnit = new Map<string, string[]>();
  for (const link of curatedExamples(dataset))
    byUnit.set(link.from, [...(byUnit.get(link.from) ?? []), link.to]);
  const unitsById = new Map(dataset.units.map((u) => [u.id, u]));
  return [...byUnit].map(([id, expected]) => {
    const unit = unitsById.get(id)!;
    return { id, text: unitFullText(unit), expected, level: unit.level };
  });
}

export function rankLeaveOneOut(dataset: EngineData, options: EngineOptions = {}): RankedCase[] {
  return curatedCases(dataset).map((c) => {
    const engine = createSuggestionEngine(dataset, { ...options, heldOut: new Set([c.id]) });
    return { id: c.id, expected: c.expected, ranked: engine.suggest(c.text, { level: c.level }) };
  });
}

export function rankCases(
  dataset: EngineData,
  cases: EvaluationCase[],
  options: EngineOptions = {},
): RankedCase[] {
  const engine = createSuggestionEngine(dataset, options);
  return cases.map((c) => ({
    id: c.id,
    expected: c.expected,
    ranked: engine.suggest(c.text, { level: c.level }),
  }));
}

export function figures(ranked: RankedCase[]): EvaluationFigures {
  let p1 = 0;
  let r3 = 0;
  let h3 = 0;
  for (const c of ranked) {
    const top = c.ranked.map((s) => s.id);
    if (c.expected.includes(top[0] ?? '')) p1++;
    const found = c.expected.filter((id) => top.slice(0, 3).includes(id)).length;
    r3 += found / Math.min(3, c.expected.length);
    if (found > 0) h3++;
  }
  const n = ranked.length || 1;
  const round = (x: number) => Math.round((x / n) * 1000) / 1000;
  return { cases: ranked.length, precisionAt1: round(p1), recallAt3: round(r3), hitAt3: round(h3) };
}

/** What the calibration aims at: the share of right suggestions at or above each cut. */
export const CALIBRATION_TARGETS = { strong: 0.8, possible: 0.5 } as const;
/** The first five suggestions of every case are the population the cuts are derived from. */
const CALIBRATION_DEPTH = 5;

export interface DerivedCalibration {
  strong: number;
  possible: number;
  derivation: string;
  /** Measured on the population: precision at or above each cut, and how many suggestions. */
  measured: { strong: { precision: number; count: number }; possible: { precision: number; count: number } };
}

/**
 * The lowest score cut whose suggestions (the first five of every held-out case) are right at
 * least `target` of the time, counting every suggestion at or above it. Scanned from the top, so
 * the cut is the last place the running precision still meets the target.
 */
export function deriveCalibration(ranked: RankedCase[]): DerivedCalibration {
  const population = ranked
    .flatMap((c) =>
      c.ranked.slice(0, CALIBRATION_DEPTH).map((s) => ({ score: s.score, right: c.expected.includes(s.id) })),
    )
    .sort((a, b) => b.score - a.score);
  const cut = (target: number) => {
    let right = 0;
    let best = { score: 1, precision: 1, count: 0 };
    population.forEach((s, i) => {
      if (s.right) right++;
      const precision = right / (i + 1);
      const next = population[i + 1];
      // Only cut between different scores, and never on a run of fewer than 5 suggestions.
      if (precision >= target && i + 1 >= 5 && (!next || next.score < s.score))
        best = { score: s.score, precision, count: i + 1 };
    });
    return best;
  };
  const strong = cut(CALIBRATION_TARGETS.strong);
  const possible = cut(CALIBRATION_TARGETS.possible);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    strong: strong.score,
    possible: Math.min(possible.score, strong.score),
    derivation:
      `Leave-one-out over ${ranked.length} curated qualification units (each ranked by an engine built without its own curated links); ` +
      `population: the first ${CALIBRATION_DEPTH} suggestions of each (${population.length}); ` +
      `strong: the lowest score at which at least ${CALIBRATION_TARGETS.strong * 100}% of suggestions at or above it are curated answers; ` +
      `possible: the same at ${CALIBRATION_TARGETS.possible * 100}%.`,
    measured: {
      strong: { precision: r(strong.precision), count: strong.count },
      possible: { precision: r(possible.precision), count: possible.count },
    },
  };
}
