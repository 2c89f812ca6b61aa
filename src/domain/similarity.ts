/**
 * Computed link suggestions: TF-IDF cosine similarity between each qualification unit and each
 * generic NOS unit. Deterministic (same data → same links), labelled basis "computed" with the
 * score, and never presented as anything else.
 */
import type { Dataset, Link, Unit } from './model';
import { tokens } from './text';

export interface SimilarityOptions {
  /** How many suggestions to keep per qualification unit. */
  perUnit: number;
  /** Scores below this are not suggestions at all. */
  minScore: number;
}
export const DEFAULT_SIMILARITY: SimilarityOptions = { perUnit: 3, minScore: 0.05 };

/** The words a unit is about: title (counted twice: it is the densest signal), summary, outcomes. */
export function unitText(unit: Unit): string {
  const parts = [unit.title, unit.title, unit.summary ?? ''];
  for (const variant of unit.variants ?? []) parts.push(variant.text);
  for (const outcome of unit.outcomes ?? []) {
    parts.push(outcome.text);
    for (const criterion of outcome.criteria) parts.push(criterion.text);
  }
  return parts.join(' ');
}

type Vector = Map<string, number>;

/** Word stems, plus character trigrams of each stem so "delegating" still meets "delegation". */
function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const t of tokens(text)) {
    add(t, 1);
    for (let i = 0; i + 3 <= t.length; i++) add(`#${t.slice(i, i + 3)}`, 0.25);
  }
  return counts;
}

function weigh(counts: Map<string, number>, idf: Map<string, number>): Vector {
  const vector: Vector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (count < 1 ? count : 1 + Math.log(count)) * (idf.get(term) ?? 0);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

export function computeSimilarityLinks(
  dataset: Pick<Dataset, 'units' | 'frameworks'>,
  options: SimilarityOptions = DEFAULT_SIMILARITY,
): Link[] {
  const qualificationFrameworks = new Set(
    dataset.frameworks.filter((f) => f.kind === 'qualification').map((f) => f.id),
  );
  const targets = dataset.units.filter((u) => u.framework === 'nos');
  const sources = dataset.units.filter((u) => qualificationFrameworks.has(u.framework));
  const documents = [...targets, ...sources].map((u) => termCounts(unitText(u)));

  const documentFrequency = new Map<string, number>();
  for (const counts of documents)
    for (const term of counts.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [term, df] of documentFrequency) idf.set(term, Math.log((documents.length + 1) / (df + 1)) + 1);

  const targetVectors = documents.slice(0, targets.length).map((c) => weigh(c, idf));
  const links: Link[] = [];
  sources.forEach((source, i) => {
    const vector = weigh(documents[targets.length + i]!, idf);
    const ranked = targets
      .map((target, j) => ({ target, score: cosine(vector, targetVectors[j]!) }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score || a.target.id.localeCompare(b.target.id));
    // Every unit gets its best suggestion, however weak (the score says how weak); others must clear minScore.
    const scored = ranked
      .filter((s, rank) => rank === 0 || s.score >= options.minScore)
      .slice(0, options.perUnit);
    for (const { target, score } of scored) {
      links.push({
        from: source.id,
        to: target.id,
        relation: 'related',
        basis: 'computed',
        score: Math.round(score * 1000) / 1000,
      });
    }
  });
  return links;
}
