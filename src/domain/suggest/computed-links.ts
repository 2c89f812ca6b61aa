/**
 * Computed links: the engine's suggestions for every qualification unit, made at build time.
 * Never on a pair that already has a curated or published link (those say more than a computed
 * one could, and the exports must not repeat a curated pair); each carries its score and confidence.
 */
import type { Link } from '../model';
import { createSuggestionEngine, type EngineData, type SuggestionEngine } from './engine';
import { unitFullText } from './profiles';

export interface ComputedLinkOptions {
  /** At most this many computed links per qualification unit. */
  perUnit: number;
  /** Below this score a suggestion is not worth a link, even a weak one. */
  minScore: number;
  /** No NOS unit takes more computed links than this many times the median unit. */
  hubFactor: number;
  /** No NOS unit takes more strong or possible computed links than this many times the median unit. */
  shownHubFactor: number;
}

export const DEFAULT_COMPUTED_LINKS: ComputedLinkOptions = {
  perUnit: 3,
  minScore: 0.05,
  hubFactor: 2.5,
  shownHubFactor: 3,
};

export function computeSuggestedLinks(
  data: EngineData,
  options: ComputedLinkOptions = DEFAULT_COMPUTED_LINKS,
  engine: SuggestionEngine = createSuggestionEngine(data),
): Link[] {
  const qualificationFrameworks = new Set(
    data.frameworks.filter((f) => f.kind === 'qualification').map((f) => f.id),
  );
  const linked = new Map<string, Set<string>>();
  for (const link of data.links) {
    if (link.basis === 'computed') continue;
    for (const [a, b] of [
      [link.from, link.to],
      [link.to, link.from],
    ] as const) {
      if (!linked.has(a)) linked.set(a, new Set());
      linked.get(a)!.add(b);
    }
  }
  // Each unit's candidates (more than it will keep, so a capped NOS unit can be replaced by the next).
  type Candidate = { from: string; to: string; score: number; confidence: Link['confidence'] };
  const candidates: Candidate[] = [];
  // A unit nobody has linked keeps its best suggestion, however weak (the confidence says so).
  const onlySuggestion: Candidate[] = [];
  const firstChoice: string[] = [];
  for (const unit of data.units) {
    if (!qualificationFrameworks.has(unit.framework)) continue;
    const suggestions = engine.suggest(unitFullText(unit), {
      limit: options.perUnit * 2,
      exclude: linked.get(unit.id) ?? new Set(),
      level: unit.level,
    });
    suggestions.forEach((s, rank) => {
      const candidate = { from: unit.id, to: s.id, score: s.score, confidence: s.confidence };
      if (rank === 0 && !linked.has(unit.id)) return onlySuggestion.push(candidate);
      if (s.score < options.minScore) return;
      candidates.push(candidate);
      if (rank < options.perUnit) firstChoice.push(s.id);
    });
  }
  // The hub guard: no NOS unit takes more than `hubFactor` × the median unit's share of first choices.
  const nosIds = data.units.filter((u) => u.framework === 'nos').map((u) => u.id);
  const firstCounts = nosIds.map((id) => firstChoice.filter((t) => t === id).length).sort((a, b) => a - b);
  const median = firstCounts[Math.floor(firstCounts.length / 2)] ?? 0;
  const cap = Math.max(options.perUnit, Math.floor(options.hubFactor * median));
  // Best scores first across all units, so a capped unit keeps its strongest links.
  candidates.sort((a, b) => b.score - a.score || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const perFrom = new Map<string, number>();
  const perTo = new Map<string, number>();
  const links: Link[] = [];
  for (const c of [...onlySuggestion, ...candidates]) {
    const first = onlySuggestion.includes(c);
    if (!first && ((perFrom.get(c.from) ?? 0) >= options.perUnit || (perTo.get(c.to) ?? 0) >= cap)) continue;
    perFrom.set(c.from, (perFrom.get(c.from) ?? 0) + 1);
    perTo.set(c.to, (perTo.get(c.to) ?? 0) + 1);
    links.push({
      from: c.from,
      to: c.to,
      relation: 'related',
      basis: 'computed',
      score: c.score,
      confidence: c.confidence,
    });
  }
  demoteShownHubs(links, nosIds, options.shownHubFactor);
  // Stable order for the bundle and the exports: by unit, then best first.
  const order = new Map(data.units.map((u, i) => [u.id, i]));
  return links.sort((a, b) => order.get(a.from)! - order.get(b.from)! || b.score! - a.score!);
}

/**
 * Strong and possible computed links are shown by default. The confidence is calibrated per
 * suggestion (is this unit right for this text), not on how many texts claim one NOS unit: one
 * that dozens of units would take by default is matching a theme the qualification suites share
 * (change, allocating work) more than it fits each of them. So no NOS unit keeps more than
 * `factor` × the median unit's default-shown links (at least one); its lowest-scoring extra links
 * become `weak`, still there on request.
 */
function demoteShownHubs(links: Link[], nosIds: string[], factor: number) {
  const shown = (l: Link) => l.confidence === 'strong' || l.confidence === 'possible';
  const { median } = linksPerNosUnit(links, nosIds, ['strong', 'possible']);
  const cap = Math.max(1, Math.floor(factor * median));
  const kept = new Map<string, number>();
  for (const link of links.filter(shown).sort((a, b) => b.score! - a.score!)) {
    const count = (kept.get(link.to) ?? 0) + 1;
    kept.set(link.to, count);
    if (count > cap) link.confidence = 'weak';
  }
}

/** Computed links per NOS unit: every unit's count, and the median and largest, for the hub check. */
export function linksPerNosUnit(links: Link[], nosIds: string[], confidences?: Link['confidence'][]) {
  const counts = new Map(nosIds.map((id) => [id, 0]));
  for (const link of links) {
    if (link.basis !== 'computed' || !counts.has(link.to)) continue;
    if (confidences && !confidences.includes(link.confidence)) continue;
    counts.set(link.to, counts.get(link.to)! + 1);
  }
  const sorted = [...counts.values()].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const max = sorted.at(-1) ?? 0;
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 5);
  return { counts: Object.fromEntries(counts), median, max, top };
}
