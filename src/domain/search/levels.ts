/**
 * "level 5" in a query: what is at that level counts fully (NOS units marked M there, then those
 * marked O, qualification units of that level), the rest much less; "level 5" alone lists it.
 */
import type { SearchDocument } from './documents';
import { describeDocument, type SearchResult } from './results';

/** How much a result keeps of its score, by how it stands at the level asked for. */
export const LEVEL_FACTOR = { mandatory: 1, optional: 0.95, other: 0.5, unknown: 0.6 };

export function levelFactor(doc: SearchDocument, level: number): number {
  const mark = doc.levels?.[`L${level}` as keyof NonNullable<SearchDocument['levels']>];
  if (mark === 'M') return LEVEL_FACTOR.mandatory;
  if (mark === 'O' || doc.level === level) return LEVEL_FACTOR.optional;
  if (doc.levels || doc.level) return LEVEL_FACTOR.other;
  return LEVEL_FACTOR.unknown;
}

/** "level 5" alone: what is at level 5, mandatory NOS units first. */
export function levelList(
  docs: SearchDocument[],
  rank: Int32Array,
  level: number,
  allow: (id: string) => boolean,
): SearchResult[] {
  const found: (SearchResult & { rank: number })[] = [];
  docs.forEach((doc, d) => {
    if (doc.type !== 'unit' || !allow(doc.id)) return;
    const factor = levelFactor(doc, level);
    if (factor < LEVEL_FACTOR.optional) return;
    const mark = factor === LEVEL_FACTOR.mandatory ? 'mandatory' : doc.levels ? 'optional' : '';
    found.push({
      ...describeDocument(doc),
      score: factor === LEVEL_FACTOR.mandatory ? 0.9 : 0.85,
      matched: `level ${level}${mark ? ` (${mark})` : ''}`,
      rank: rank[d]!,
    });
  });
  return found.sort((a, b) => b.score - a.score || a.rank - b.rank).map(({ rank: _rank, ...r }) => r);
}
