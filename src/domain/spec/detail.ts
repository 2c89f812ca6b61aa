/**
 * How much the specification document says, on screen, in print and in its downloads alike.
 * Concise (the default; an 8-unit level 4 specification prints on two A4 pages): each unit's full-sentence summary,
 * its level mark and the standards placed beside it. Full adds the functional area, the source
 * lines, the report's usage facts (other sectors' marked as such) and the qualification units that
 * cover it; computed suggestions only when asked for.
 */
export interface DocumentDetail {
  full: boolean;
  suggestions: boolean;
}

export const CONCISE: DocumentDetail = { full: false, suggestions: false };
/** Everything, computed suggestions included: what the downloads held before there was a choice. */
export const EVERYTHING: DocumentDetail = { full: true, suggestions: true };
