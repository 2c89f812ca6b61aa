/**
 * How the engine's evidence for one text becomes one score per NOS unit. Kept apart from the
 * engine so that the evaluation can weigh the same evidence in different ways (cross-validation
 * of the weights) without rebuilding it.
 */
import { FIELD_WEIGHTS, FIELDS, type Field } from './profiles';

/** Curated neighbours counted per NOS unit: its closest few curated qualification units. */
export const NEIGHBOURS_PER_UNIT = 3;

export interface Evidence {
  /** Per field (FIELDS order), the cosine of the text with each NOS unit's field. */
  fields: Float64Array[];
  /** Per NOS unit, the similarities of its closest curated neighbours, best first (NEIGHBOURS_PER_UNIT each). */
  neighbours: Float64Array;
  /** Per NOS unit, its closest curated neighbour (exemplar index), or -1. */
  bestExemplar: Int32Array;
  /** Per NOS unit, how many levels its nearest level mark is from the text's level; -1: no level. */
  levelDistance: Int8Array;
}

export interface ScoringParams {
  fieldWeights: Record<Field, number>;
  /** Weight of the curated-neighbour evidence, on the same scale as the field weights. */
  neighbourWeight: number;
  /**
   * The second and third closest neighbours count this much, and this squared, of their
   * similarity (0: the closest one alone). Several curated units agreeing say more than one.
   */
  neighbourDecay: number;
  /** Factors for a NOS unit one level, and two or more levels, away from the text's level. */
  levelFactors: [number, number];
}

export const DEFAULT_SCORING: ScoringParams = {
  fieldWeights: FIELD_WEIGHTS,
  neighbourWeight: 2,
  neighbourDecay: 1,
  levelFactors: [0.85, 0.3],
};

export function neighbourVote(e: Evidence, i: number, decay: number): number {
  let vote = 0;
  let f = 1;
  for (let k = 0; k < NEIGHBOURS_PER_UNIT; k++, f *= decay)
    vote += f * e.neighbours[i * NEIGHBOURS_PER_UNIT + k]!;
  return vote;
}

/** One score per NOS unit, about 0–1 (a weighted mean of cosines, times the level factor). */
export function combine(e: Evidence, p: ScoringParams): Float64Array {
  const n = e.levelDistance.length;
  const total = FIELDS.reduce((sum, f) => sum + p.fieldWeights[f], 0) + p.neighbourWeight;
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = p.neighbourWeight * neighbourVote(e, i, p.neighbourDecay);
    FIELDS.forEach((field, f) => (sum += p.fieldWeights[field] * e.fields[f]![i]!));
    const d = e.levelDistance[i]!;
    const level = d <= 0 ? 1 : d === 1 ? p.levelFactors[0] : p.levelFactors[1];
    scores[i] = (sum / total) * level;
  }
  return scores;
}
