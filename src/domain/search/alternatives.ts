/**
 * Where the shared vocabulary's other terms for a query word stand in the documents ("allocate
 * work" for "rota"): every word of a term together in one field item, best field per document.
 */
import { FIELDS, fieldTexts, type SearchDocument } from './documents';
import { stem, type Alternative } from './query';
import type { Postings } from './postings';

export type AlternativeHits = Map<number, { field: number; item: number; value: number }>;

export function createAlternatives(
  docs: SearchDocument[],
  postings: Map<string, Postings>,
  families: Map<string, string[]>,
) {
  const lowered = new Map<SearchDocument, string[][]>();
  function loweredFields(doc: SearchDocument): string[][] {
    let fields = lowered.get(doc);
    if (!fields) {
      fields = FIELDS.map((f) => fieldTexts(doc, f.key).map((t) => t.toLowerCase().replace(/\s+/g, ' ')));
      lowered.set(doc, fields);
    }
    return fields;
  }

  /**
   * Where every word of an alternative stands together in one field item, best field per
   * document. Found from its rarest word's postings, the others checked in that item's text; an
   * alternative whose rarest word is in more than a quarter of the documents says too little to
   * be looked for.
   */
  const alternativeCache = new Map<string, AlternativeHits>();
  function alternativeHits(alternative: Alternative) {
    const cached = alternativeCache.get(alternative.term);
    if (cached) return cached;
    const hits: AlternativeHits = new Map();
    alternativeCache.set(alternative.term, hits);
    const forms = alternative.words.map((word) =>
      [...new Set([word, ...(families.get(stem(word)) ?? [])])].filter((w) => postings.has(w)),
    );
    const size = (list: string[]) => list.reduce((n, w) => n + postings.get(w)!.docs.length, 0);
    if (forms.some((list) => list.length === 0)) return hits;
    const order = forms.map((_, i) => i).sort((a, b) => size(forms[a]!) - size(forms[b]!));
    const rarest = order[0]!;
    const documents = forms[rarest]!.reduce((n, w) => n + postings.get(w)!.documents, 0);
    if (documents > docs.length / 4 && docs.length > 40) return hits;
    const others = order.slice(1).map((i) => stem(alternative.words[i]!));
    const phrase = alternative.words.length > 1 ? alternative.words.join(' ') : undefined;
    for (const form of forms[rarest]!) {
      const list = postings.get(form)!;
      for (let k = 0; k < list.docs.length; k++) {
        const d = list.docs[k]!;
        const field = list.fields[k]!;
        const item = list.items[k]!;
        const weight = FIELDS[field]!.weight;
        if (weight <= (hits.get(d)?.value ?? 0)) continue;
        const text = others.length || phrase ? loweredFields(docs[d]!)[field]![item]! : '';
        if (!others.every((o) => text.includes(o))) continue;
        // Words of a phrase found apart ("professional … networks … develop") count for less.
        const value = weight * (phrase && !text.includes(phrase) ? 0.7 : 1);
        if (value > (hits.get(d)?.value ?? 0)) hits.set(d, { field, item, value });
      }
    }
    return hits;
  }

  return { alternativeHits, loweredFields };
}
