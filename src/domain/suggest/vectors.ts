/** Term vectors for the suggestion engine: log-TF × IDF, length-normalised, and an inverted index. */

export type Vector = Map<string, number>;
/** term → [document, weight] over normalised vectors. */
export type Postings = Map<string, [number, number][]>;

export function vectorise(counts: Map<string, number>, idf: (term: string) => number): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [term, count] of counts) {
    const w = (1 + Math.log(count)) * idf(term);
    if (w <= 0) continue;
    v.set(term, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function invert(vectors: Vector[]): Postings {
  const index: Postings = new Map();
  vectors.forEach((v, doc) => {
    for (const [term, w] of v) {
      const list = index.get(term);
      if (list) list.push([doc, w]);
      else index.set(term, [[doc, w]]);
    }
  });
  return index;
}

/** Cosine of the query with every document of the index. */
export function dot(query: Vector, index: Postings, size: number): Float64Array {
  const scores = new Float64Array(size);
  for (const [term, w] of query) {
    const postings = index.get(term);
    if (postings) for (const [doc, dw] of postings) scores[doc]! += w * dw;
  }
  return scores;
}

export function inverseFrequency(documents: Map<string, number>[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const counts of documents) for (const t of counts.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  // A word no document uses carries no evidence for any of them.
  return (t) => {
    const d = df.get(t);
    return d ? Math.log((n + 1) / d) : 0;
  };
}
