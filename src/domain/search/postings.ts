/** Where each word of the documents stands: document, field and item, and how many documents hold it. */
import { FIELDS, fieldTexts, searchWords, type SearchDocument } from './documents';

/** Where a word stands, as parallel arrays: document, field and (outcomes, criteria) which item. */
export interface Postings {
  docs: number[];
  fields: number[];
  items: number[];
  /** How many distinct documents hold the word. */
  documents: number;
}

export function buildPostings(docs: SearchDocument[]): Map<string, Postings> {
  const postings = new Map<string, Postings>();
  docs.forEach((doc, d) => {
    const seenInDoc = new Set<string>();
    FIELDS.forEach((field, f) => {
      fieldTexts(doc, field.key).forEach((text, item) => {
        for (const word of new Set(searchWords(text))) {
          let list = postings.get(word);
          if (!list) postings.set(word, (list = { docs: [], fields: [], items: [], documents: 0 }));
          list.docs.push(d);
          list.fields.push(f);
          list.items.push(item);
          if (!seenInDoc.has(word)) {
            seenInDoc.add(word);
            list.documents++;
          }
        }
      });
    });
  });
  return postings;
}
