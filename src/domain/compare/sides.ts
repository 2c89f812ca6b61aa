/** What is compared: the two sides, the options, and the shapes of legs, pairs and the result. */
import type { Basis, Confidence, Dataset, Link, Origin, Relation } from '../model';

export interface CompareSide {
  label: string;
  unitIds: string[];
}

export interface CompareOptions {
  minBasis?: Basis;
  minRelation?: Relation;
  /** Links that carry a score (computed suggestions) must score at least this. */
  minScore?: number;
  /** Computed links must reach this confidence (default: strong and possible). */
  minConfidence?: Confidence;
}

/** One leg of a path: how a side unit reaches a NOS unit. The relation reads "unit <relation> nos". */
export interface HubStep {
  unit: string;
  nos: string;
  basis: Basis;
  relation: Relation;
  score?: number;
  rationale?: string;
  /** A doubtful published placement (data/topss-map.json), carried into every output. */
  caveat?: Link['caveat'];
  /** 'user' for the person's own claim (a course's or an imported framework's): shown as "your claim". */
  origin?: Origin;
}

export interface HubPair {
  x: string;
  y: string;
  via: string;
  path: [HubStep, HubStep];
  weakestBasis: Basis;
  weakestRelation: Relation;
  /** Strength of the weaker leg: basis × 10 + relation (1–4) + score / 10; higher is stronger. */
  strength: number;
}

export interface OneSided {
  /** Side units that reach NOS units, none of which the other side reaches. */
  units: string[];
  /** NOS units reached by this side only. */
  nos: string[];
}

export interface AreaComparison {
  area: string;
  title: string;
  shared: string[];
  onlyX: string[];
  onlyY: string[];
}

export interface Comparison {
  x: { label: string; units: string[] };
  y: { label: string; units: string[] };
  options: Required<CompareOptions>;
  pairs: HubPair[];
  /** NOS units reached by both sides. */
  shared: string[];
  onlyX: OneSided;
  onlyY: OneSided;
  areas: AreaComparison[];
  unreached: { x: string[]; y: string[] };
  /** Every qualifying leg of each side (the strongest link per side unit and NOS unit). */
  reach: { x: HubStep[]; y: HubStep[] };
}

/** A framework's units, in dataset order, as a side to compare. */
export function frameworkSide(dataset: Dataset, frameworkId: string): CompareSide {
  const framework = dataset.frameworks.find((f) => f.id === frameworkId);
  if (!framework) throw new Error(`unknown framework "${frameworkId}"`);
  return {
    label: framework.shortName,
    unitIds: dataset.units.filter((u) => u.framework === frameworkId).map((u) => u.id),
  };
}
