/**
 * Confidence for a suggestion: `strong`, `possible` or `weak`, cut on the engine's score at
 * thresholds calibrated on held-out curated links (leave-one-out: each curated qualification unit
 * ranked by an engine that never saw its links). `calibration.json` is written by
 * `npm run calibrate` (scripts/calibrate-suggest.ts) and records how the cuts were derived; a test
 * re-derives them and fails when the data or the engine changed and the file was not refreshed.
 */
import type { Confidence } from '../model';
import stored from './calibration.json';

export interface Calibration {
  /** A suggestion at or above this score is `strong`. */
  strong: number;
  /** At or above this (and below strong) it is `possible`; below, `weak`. */
  possible: number;
}

export const DEFAULT_CALIBRATION: Calibration = { strong: stored.strong, possible: stored.possible };

export function confidenceFor(score: number, calibration: Calibration): Confidence {
  if (score >= calibration.strong) return 'strong';
  if (score >= calibration.possible) return 'possible';
  return 'weak';
}
