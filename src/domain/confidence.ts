/**
 * Which computed links count: those whose confidence (strong, possible, weak; calibrated by the
 * suggestion engine on held-out curated links) reaches a minimum. Explorer, coverage, gaps and
 * compare share the rule and its default: strong and possible count, weak ones on request.
 * Published and curated links are never filtered by it.
 */
import type { Confidence, Link } from './model';

export const DEFAULT_MIN_CONFIDENCE: Confidence = 'possible';

const CONFIDENCE_RANK: Record<Confidence, number> = { strong: 3, possible: 2, weak: 1 };

/**
 * A computed link without a confidence (made by hand or by an older build, never by the engine)
 * was not calibrated: it is not filtered by confidence, only by whatever else applies.
 */
export function meetsConfidence(link: Link, min: Confidence = DEFAULT_MIN_CONFIDENCE): boolean {
  if (link.basis !== 'computed' || !link.confidence) return true;
  return CONFIDENCE_RANK[link.confidence] >= CONFIDENCE_RANK[min];
}

/** How a minimum confidence reads in a sentence ("counting … links (computed: strong and possible)"). */
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  strong: 'strong only',
  possible: 'strong and possible',
  weak: 'all, weak too',
};
