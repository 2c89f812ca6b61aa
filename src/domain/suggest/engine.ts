/**
 * The suggestion engine: ranks the 56 generic NOS units for any text (a module title, a blurb, a
 * list of outcomes). Pure and deterministic; the build uses it for the computed links and the page
 * for a person's own text, building the same profiles from the same bundle (no precomputed data).
 *
 * The score is a weighted mean of two kinds of evidence:
 * 1. **Profile match**, field by field: TF-IDF cosine between the text and each field of a NOS
 *    unit's profile (title, summary, standards placed beside it, curated units' titles, curated
 *    units' outcomes; see profiles.ts), IDF over the 56 profiles, synonyms folded in as terms.
 *    Each field is normalised on its own (length normalisation), so a NOS unit with a long curated
 *    field is not drowned and a unit with a two-word title gains only that title's weight: a
 *    short unit cannot become a hub by being short.
 * 2. **Curated neighbours**: cosine between the text and each qualification unit we curated; the
 *    three closest curated to a NOS unit vote for it ("like 8605-409, curated to A2").
 * An optional level (the text's qualification level) discounts NOS units not marked at that level.
 * How the evidence is weighed is in scoring.ts (weights chosen by cross-validation, tuning.ts).
 */
import type { Confidence, Dataset, Unit } from '../model';
import { DEFAULT_CALIBRATION, type Calibration, confidenceFor } from './calibration';
import { FIELDS, type Field, curatedExamples, nosProfiles, unitFullText } from './profiles';
import { combine, DEFAULT_SCORING, type Evidence, NEIGHBOURS_PER_UNIT, type ScoringParams } from './scoring';
import { buildVocabulary, countTerms, terms, type Vocabulary } from './terms';
import { dot, inverseFrequency, invert, vectorise, type Vector } from './vectors';

export interface Suggestion {
  id: string;
  code: string;
  title: string;
  /** 0–1, comparable across texts; what the confidence thresholds cut. */
  score: number;
  confidence: Confidence;
  /** The shared terms, or the curated neighbour, behind the suggestion. */
  why: string;
}

export interface SuggestOptions {
  limit?: number;
  /** Leave these NOS units out (e.g. ones the text is already linked to). */
  exclude?: ReadonlySet<string>;
  /**
   * The level the text is pitched at (a level 4 module, a level 5 qualification unit). NOS units
   * not marked at that level (the NOS document's M/O per level) count for less: a level 4 module on
   * leading a team fits B6 (L3/L4) better than B5 (L2) or B7 (L5). Absent: no preference.
   */
  level?: number;
}

export interface SuggestionEngine {
  /** NOS units best first (every unit with any shared evidence when no limit). */
  suggest(text: string, options?: SuggestOptions): Suggestion[];
  nosUnits: Unit[];
  /** The raw evidence behind the scores (for the evaluation); undefined for a text without terms. */
  evidence(text: string, level?: number): Evidence | undefined;
}

export interface EngineOptions {
  /** Qualification units whose curated links the engine may not learn from (leave-one-out). */
  heldOut?: ReadonlySet<string>;
  calibration?: Calibration;
  /** How the evidence is weighed (defaults: DEFAULT_SCORING). */
  scoring?: Partial<ScoringParams>;
}

export type EngineData = Pick<Dataset, 'units' | 'links' | 'frameworks' | 'synonyms'>;

const MAX_WHY_TERMS = 4;
/**
 * Longer texts are cut to this many characters before ranking (a module description is a few
 * hundred; a whole handbook pasted by mistake would only slow the page). Callers say so.
 */
export const MAX_SUGGEST_CHARS = 20_000;

/** Each term of a text mapped back to the first word that produced it, for a readable "why". */
function surfaceWords(text: string, vocabulary: Vocabulary): Map<string, string> {
  const surface = new Map<string, string>();
  for (const w of text.toLowerCase().match(/[a-z0-9]+(?:[&+][a-z0-9]+)*/g) ?? []) {
    const [t] = terms(w, vocabulary);
    if (t && !surface.has(t)) surface.set(t, w);
  }
  return surface;
}

export function createSuggestionEngine(data: EngineData, options: EngineOptions = {}): SuggestionEngine {
  const heldOut = options.heldOut ?? new Set<string>();
  const calibration = options.calibration ?? DEFAULT_CALIBRATION;
  const scoring: ScoringParams = { ...DEFAULT_SCORING, ...options.scoring };
  const vocabulary = buildVocabulary(data.synonyms);
  const groupLabel = new Map(data.synonyms.map((g) => [`~${g.id}`, g.terms[0]!]));

  // 1. Profiles, field by field; IDF over the whole profiles.
  const nosUnits = data.units.filter((u) => u.framework === 'nos');
  const n = nosUnits.length;
  const profiles = nosProfiles(data, heldOut);
  const fieldCounts = nosUnits.map((u) => {
    const byField = new Map<Field, Map<string, number>>(FIELDS.map((f) => [f, new Map()]));
    for (const { field, text } of profiles.get(u.id) ?? [])
      countTerms(terms(text, vocabulary), byField.get(field));
    return byField;
  });
  const idf = inverseFrequency(
    fieldCounts.map((byField) => {
      const all = new Map<string, number>();
      for (const counts of byField.values()) for (const [t, k] of counts) all.set(t, (all.get(t) ?? 0) + k);
      return all;
    }),
  );
  const fieldIndexes = FIELDS.map((field) =>
    invert(fieldCounts.map((byField) => vectorise(byField.get(field)!, idf))),
  );

  // 2. Curated neighbours: each curated qualification unit and the NOS units it is curated to.
  const unitsById = new Map(data.units.map((u) => [u.id, u]));
  const nosIndex = new Map(nosUnits.map((u, i) => [u.id, i]));
  const targetsOf = new Map<string, number[]>();
  for (const link of curatedExamples(data)) {
    const target = nosIndex.get(link.to);
    if (heldOut.has(link.from) || target === undefined || !unitsById.has(link.from)) continue;
    targetsOf.set(link.from, [...(targetsOf.get(link.from) ?? []), target]);
  }
  const exemplars = [...targetsOf.keys()].map((id) => unitsById.get(id)!);
  const exemplarCounts = exemplars.map((u) => countTerms(terms(unitFullText(u), vocabulary)));
  const exemplarIdf = inverseFrequency(exemplarCounts);
  const exemplarIndex = invert(exemplarCounts.map((c) => vectorise(c, exemplarIdf)));
  const marks = nosUnits.map((u) => Object.keys(u.levels ?? {}).map((l) => Number(l.slice(1))));

  const evidence = (counts: Map<string, number>, level: number | undefined): Evidence => {
    const query = vectorise(counts, idf);
    const fields = fieldIndexes.map((index) => dot(query, index, n));
    const sims = dot(vectorise(counts, exemplarIdf), exemplarIndex, exemplars.length);
    const neighbours = new Float64Array(n * NEIGHBOURS_PER_UNIT);
    const bestExemplar = new Int32Array(n).fill(-1);
    sims.forEach((s, e) => {
      if (s <= 0) return;
      for (const target of targetsOf.get(exemplars[e]!.id)!) {
        // Insert s into the target's few best, kept in descending order.
        const base = target * NEIGHBOURS_PER_UNIT;
        for (let k = 0; k < NEIGHBOURS_PER_UNIT; k++) {
          if (s <= neighbours[base + k]!) continue;
          for (let j = NEIGHBOURS_PER_UNIT - 1; j > k; j--) neighbours[base + j] = neighbours[base + j - 1]!;
          neighbours[base + k] = s;
          if (k === 0) bestExemplar[target] = e;
          break;
        }
      }
    });
    const levelDistance = new Int8Array(n).fill(-1);
    if (level !== undefined)
      marks.forEach((m, i) => {
        if (m.length) levelDistance[i] = Math.min(...m.map((l) => Math.abs(l - level)));
      });
    return { fields, neighbours, bestExemplar, levelDistance };
  };

  const textCounts = (fullText: string) => {
    const text = fullText.length > MAX_SUGGEST_CHARS ? fullText.slice(0, MAX_SUGGEST_CHARS) : fullText;
    return countTerms(terms(text, vocabulary));
  };

  const suggest = (fullText: string, opts: SuggestOptions = {}): Suggestion[] => {
    const text = fullText.length > MAX_SUGGEST_CHARS ? fullText.slice(0, MAX_SUGGEST_CHARS) : fullText;
    const counts = textCounts(text);
    if (counts.size === 0) return [];
    const e = evidence(counts, opts.level);
    const scores = combine(e, scoring);
    const scored: { i: number; score: number }[] = [];
    for (let i = 0; i < n; i++) {
      if (opts.exclude?.has(nosUnits[i]!.id)) continue;
      if (scores[i]! > 0) scored.push({ i, score: scores[i]! });
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    const query = vectorise(counts, idf);
    const surface = surfaceWords(text, vocabulary);
    const word = (t: string) => groupLabel.get(t) ?? surface.get(t) ?? t;
    return (opts.limit ? scored.slice(0, opts.limit) : scored).map(({ i, score }) => ({
      id: nosUnits[i]!.id,
      code: nosUnits[i]!.code,
      title: nosUnits[i]!.title,
      score: Math.round(Math.min(1, score) * 1000) / 1000,
      confidence: confidenceFor(score, calibration),
      why: explain(i, query, word, e.neighbours[i * NEIGHBOURS_PER_UNIT]!, e.bestExemplar[i]!),
    }));
  };

  /** The query terms that weigh most in this unit's profile, and the curated neighbour if it counted. */
  const explain = (i: number, query: Vector, word: (t: string) => string, neighbour: number, e: number) => {
    const shared = new Map<string, number>();
    for (const [term, w] of query) {
      FIELDS.forEach((field, f) => {
        const posting = fieldIndexes[f]!.get(term)?.find(([doc]) => doc === i);
        if (posting) shared.set(term, (shared.get(term) ?? 0) + scoring.fieldWeights[field] * w * posting[1]);
      });
    }
    const words = [...shared]
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_WHY_TERMS)
      .map(([t]) => word(t));
    const parts: string[] = [];
    if (words.length) parts.push(`shared terms: ${[...new Set(words)].join(', ')}`);
    if (e >= 0 && neighbour >= 0.1) {
      const u = exemplars[e]!;
      parts.push(`like ${u.code} ${u.title} (curated to ${nosUnits[i]!.code})`);
    }
    return parts.join('; ') || 'weak word overlap';
  };

  return {
    suggest,
    nosUnits,
    evidence: (text, level) => {
      const counts = textCounts(text);
      return counts.size ? evidence(counts, level) : undefined;
    },
  };
}
