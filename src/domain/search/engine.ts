/**
 * Search over units, frameworks and qualifications, ranking as a person expects:
 * - codes only from code-shaped chunks ("B6", "601/4759/3"), exact and prefix matches first;
 *   a code-shaped query that matches nothing says so (`missingCode`) with the closest codes;
 * - whole words (and their inflections, "mentor" for "mentoring") and the shared vocabulary's
 *   synonyms ("cpd", "rota") before typo matches: a typo reading of a word that exists is only
 *   used to fill in when the whole-word matches are few, and never ranks above them; a word that
 *   is not in the documents at all ("budjet") is read as its nearest words;
 * - "level 5" favours what is at level 5 (NOS units M or O there, qualification units of that
 *   level) instead of matching the digit;
 * - words count per word (best field), title and code above summary, outcomes and criteria,
 *   rarer words more, the whole phrase most. Per word rather than per match keeps long units
 *   from winning on bulk.
 */
import type { SynonymGroup } from '../model';
import { TYPE_ORDER, buildCodeIndex, closestCodes, lookupCode } from './codes';
import { STOP_WORDS, parseQuery, type ParsedQuery } from './query';
import type { SearchDocument } from './documents';
import { levelList } from './levels';
import { describeDocument, type MissingCode, type SearchOptions, type SearchResult } from './results';
import { createWordSearch } from './words';

export type { MissingCode, SearchOptions, SearchResult } from './results';
export { highlightRanges } from './results';

export interface SearchEngine {
  docs: SearchDocument[];
  search(query: string, options?: SearchOptions): SearchResult[];
  /** Set only when the query is nothing but a code (maybe after a framework name) and no code matches. */
  missingCode(query: string, options?: SearchOptions): MissingCode | undefined;
}

export interface EngineOptions {
  /** The shared vocabulary of abbreviations and synonyms (`dataset.synonyms`). */
  synonyms?: SynonymGroup[];
}

/** Framework names people type before a code ("hsc", "nos", "ksf"), from the framework documents. */
function frameworkNamesOf(docs: SearchDocument[]): Map<string, string> {
  const names = new Map<string, string>([['nos', 'nos']]);
  for (const doc of docs) {
    names.set(doc.framework.toLowerCase(), doc.framework);
    if (doc.type !== 'framework') continue;
    const short = doc.code.toLowerCase();
    if (short.length >= 2 && !STOP_WORDS.has(short)) names.set(short, doc.framework);
    for (const part of short.split(/\s+/))
      if (part.length >= 3 && part !== 'nhs') names.set(part, doc.framework);
  }
  return names;
}

export function createSearchEngine(docs: SearchDocument[], options: EngineOptions = {}): SearchEngine {
  const names = frameworkNamesOf(docs);
  // Ties go to the generic NOS (the hub), then to documents in their given order.
  const rank = Int32Array.from(docs, (d, i) => (d.framework === 'nos' ? 0 : 1e6) + i);
  const codeIndex = buildCodeIndex(docs);
  const looseIndex = buildCodeIndex(
    docs.map((d) => ({ ...d, codeKeys: d.codeKeys.map((k) => k.replace(/[^A-Z0-9]/g, '')) })),
  );
  const wordSearch = createWordSearch(docs, options.synonyms ?? [], rank);

  /** Code lookups: the whole query, or what follows the framework names in it ("KSF dimension 20"). */
  function codeSearch(parsed: ParsedQuery, allow: (id: string) => boolean): SearchResult[] {
    if (parsed.codeChunks.length === 0 && parsed.text.includes(' ')) return [];
    const chunks = parsed.text.split(' ');
    const framework = (i: number) => names.get(chunks[i]!.toLowerCase().replace(/:$/, ''));
    for (const [index, loose] of [
      [codeIndex, false],
      [looseIndex, true],
    ] as const) {
      for (let i = 0; i < chunks.length; i++) {
        if (i > 0 && !framework(i - 1)) break;
        const tail = chunks.slice(i).join(' ');
        if (i > 0 && !/\d/.test(tail)) break;
        const typed = loose ? tail.toUpperCase().replace(/[^A-Z0-9]/g, '') : tail;
        const { exact, prefix } = lookupCode(index, typed);
        const named = i > 0 ? framework(i - 1) : undefined;
        const keep = (d: number) => allow(docs[d]!.id) && (!named || docs[d]!.framework === named);
        const results = [...pick(exact.filter(keep), true), ...pick(prefix.filter(keep), false)];
        if (results.length) return results;
      }
    }
    return [];
  }

  function pick(found: number[], isExact: boolean): SearchResult[] {
    return found
      .sort(
        (a, b) =>
          TYPE_ORDER[docs[a]!.type] - TYPE_ORDER[docs[b]!.type] ||
          docs[a]!.code.length - docs[b]!.code.length ||
          rank[a]! - rank[b]!,
      )
      .map((d) => {
        const doc = docs[d]!;
        return {
          ...describeDocument(doc),
          score: isExact ? 1 : 0.99,
          matched: isExact ? 'code' : 'code prefix',
          highlight: { text: doc.code, ranges: [[0, doc.code.length]] as [number, number][] },
        };
      });
  }

  function missing(parsed: ParsedQuery, allow: (id: string) => boolean): MissingCode | undefined {
    if (!parsed.codeOnly || codeSearch(parsed, allow).length) return undefined;
    const code = parsed.codeChunks.join(' ');
    const closest = closestCodes(docs, code, parsed.framework, allow).map((d) => ({
      ...describeDocument(docs[d]!),
      score: 0.5,
      matched: 'closest code',
    }));
    const framework = parsed.frameworkChunks[0]?.replace(/:$/, '').toUpperCase();
    const named = framework ? `${framework} unit` : 'unit';
    const list = closest
      .map((c) => `${framework ? `${framework} ` : ''}${c.code} ${c.title.replace(/\.$/, '')}`.trim())
      .join('; ');
    return {
      message: `No ${named} ${code}${list ? ` — closest: ${list}` : ''}`,
      closest,
    };
  }

  return {
    docs,
    search(query, { limit = 20, allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      if (!trimmed) return [];
      const parsed = parseQuery(trimmed, names);
      if (!parsed.text) return parsed.level ? levelList(docs, rank, parsed.level, allow).slice(0, limit) : [];
      const codeResults = codeSearch(parsed, allow);
      const note = codeResults.length ? undefined : missing(parsed, allow);
      const first = [...codeResults, ...(note?.closest ?? [])];
      const seen = new Set(first.map((r) => r.id));
      const found =
        first.length >= limit ? [] : wordSearch(parsed, limit, allow).filter((r) => !seen.has(r.id));
      return [...first, ...found].slice(0, limit);
    },
    missingCode(query, { allow = () => true } = {}) {
      const trimmed = query.trim().slice(0, 200);
      return trimmed ? missing(parseQuery(trimmed, names), allow) : undefined;
    },
  };
}
