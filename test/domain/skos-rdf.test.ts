/**
 * The SKOS export read by real RDF tools: jsonld expands it to N-Quads, n3 loads them into a store.
 * Checks SKOS integrity (S27, S46), a non-empty prefLabel for every concept, and a round trip of
 * every link (relation and basis) through the reified Mapping nodes.
 */
import jsonld from 'jsonld';
import { Parser, Store, type Term } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { toSkosExport } from '../../src/domain/interchange';
import type { Dataset, Link } from '../../src/domain/model';
import { loadFullDataset } from '../../src/node/data-files';

const dataset = loadFullDataset().dataset;
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const ATLAS = 'urn:standards-atlas:vocab#';
const uri = (id: string) => `urn:standards-atlas:${id}`;

async function storeOf(data: Dataset): Promise<Store> {
  const nquads = (await jsonld.toRDF(JSON.parse(JSON.stringify(toSkosExport(data))) as object, {
    format: 'application/n-quads',
  })) as unknown as string;
  const store = new Store();
  store.addQuads(new Parser({ format: 'N-Quads' }).parse(nquads));
  return store;
}

/** Concept pairs (unordered) that carry `property`. */
function pairsWith(store: Store, property: string): Set<string> {
  return new Set(
    store
      .getQuads(null, SKOS + property, null, null)
      .map((q) => [q.subject.value, q.object.value].sort().join(' ')),
  );
}

const value = (store: Store, subject: Term, predicate: string) =>
  store.getObjects(subject, predicate, null)[0]?.value;

describe('SKOS read by an RDF library (jsonld → N-Quads → n3)', () => {
  let store: Store;
  beforeAll(async () => {
    store = await storeOf(dataset);
  });

  it('has no concept pair with exactMatch and relatedMatch (S46), e.g. proqual:K/506/1989 → nos:E8', () => {
    const related = pairsWith(store, 'relatedMatch');
    const clashes = [...pairsWith(store, 'exactMatch')].filter((p) => related.has(p));
    expect(clashes).toEqual([]);
    // The pair the outside check found: a curated exact match repeated by a computed "related".
    const pair = [uri('proqual:K/506/1989'), uri('nos:E8')];
    expect(store.getQuads(pair[0]!, SKOS + 'exactMatch', pair[1]!, null)).toHaveLength(1);
    expect(store.getQuads(pair[0]!, SKOS + 'relatedMatch', pair[1]!, null)).toHaveLength(0);
  });

  it('has no concept pair with broadMatch or narrowMatch and relatedMatch (S27), e.g. ilm:8605-414 → nos:E10', () => {
    const related = pairsWith(store, 'relatedMatch');
    const hierarchical = new Set([...pairsWith(store, 'broadMatch'), ...pairsWith(store, 'narrowMatch')]);
    expect([...hierarchical].filter((p) => related.has(p))).toEqual([]);
    const [from, to] = [uri('ilm:8605-414'), uri('nos:E10')];
    expect(store.getQuads(from, SKOS + 'relatedMatch', to, null)).toHaveLength(0);
    expect(
      store.getQuads(from, SKOS + 'broadMatch', to, null).length +
        store.getQuads(from, SKOS + 'narrowMatch', to, null).length,
    ).toBe(1);
  });

  it('gives every concept exactly one non-empty English prefLabel (pqcc:D says it has no title)', () => {
    const concepts = store.getSubjects(RDF + 'type', SKOS + 'Concept', null);
    expect(concepts.length).toBe(dataset.units.length + dataset.areas.length);
    for (const concept of concepts) {
      const labels = store.getObjects(concept, SKOS + 'prefLabel', null);
      expect(labels, concept.value).toHaveLength(1);
      expect(labels[0]!.value.trim(), concept.value).not.toBe('');
      expect((labels[0] as { language?: string }).language).toBe('en');
    }
    const pqccD = store.getObjects(uri('pqcc:D'), SKOS + 'prefLabel', null)[0]?.value;
    expect(pqccD).toBe('D (no title in the source)');
  });

  it('round trip: every link comes back from its Mapping node with relation and basis', () => {
    const back = store
      .getSubjects(RDF + 'type', ATLAS + 'Mapping', null)
      .map((m) =>
        [
          value(store, m, RDF + 'subject'),
          value(store, m, RDF + 'object'),
          value(store, m, ATLAS + 'relation'),
          value(store, m, ATLAS + 'basis'),
        ].join(' '),
      );
    const expected = dataset.links.map((l: Link) => [uri(l.from), uri(l.to), l.relation, l.basis].join(' '));
    expect(back.sort()).toEqual(expected.sort());
  });

  it('asserts every link whose pair has no stronger claim, and marks the others superseded', () => {
    const superseded = store
      .getSubjects(ATLAS + 'superseded', null, null)
      .map((m) => [value(store, m, RDF + 'subject'), value(store, m, RDF + 'object')].join(' '));
    // Every claim beyond the strongest on the same concept pair is superseded (the outside check
    // found 8 such pairs when computed links could repeat a curated pair; the engine now never does).
    const claimsPerPair = new Map<string, number>();
    for (const l of dataset.links as Link[]) {
      const pair = [uri(l.from), uri(l.to)].sort().join(' ');
      claimsPerPair.set(pair, (claimsPerPair.get(pair) ?? 0) + 1);
    }
    const weaker = [...claimsPerPair.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(superseded.length).toBe(weaker);
    const mappings = store.getSubjects(RDF + 'type', ATLAS + 'Mapping', null);
    const pairOf = (m: Term) =>
      [value(store, m, RDF + 'subject'), value(store, m, RDF + 'object')].sort().join(' ');
    const isSuperseded = (m: Term) => store.getObjects(m, ATLAS + 'superseded', null).length > 0;
    const strongPairs = new Set(mappings.filter((m) => !isSuperseded(m)).map(pairOf));
    for (const m of mappings) {
      const asserted = store.getQuads(
        value(store, m, RDF + 'subject')!,
        value(store, m, RDF + 'predicate')!,
        value(store, m, RDF + 'object')!,
        null,
      ).length;
      if (isSuperseded(m)) expect(strongPairs.has(pairOf(m)), m.value).toBe(true);
      else expect(asserted, m.value).toBe(1);
    }
  });
});

describe('which claim wins on one concept pair', () => {
  const base = loadFullDataset().dataset;
  const small = (links: Link[]): Dataset => ({ ...base, links });
  const from = 'proqual:L/506/1953';
  const to = 'nos:B6';

  it('curated exact beats computed related; computed exact loses to curated related', async () => {
    const s1 = await storeOf(
      small([
        { from, to, relation: 'exact', basis: 'curated', rationale: 'Same outcomes.' },
        { from, to, relation: 'related', basis: 'computed', score: 0.4 },
      ]),
    );
    expect(s1.getQuads(uri(from), null, uri(to), null).map((q) => q.predicate.value)).toEqual([
      SKOS + 'exactMatch',
    ]);
    const s2 = await storeOf(
      small([
        { from, to, relation: 'related', basis: 'curated', rationale: 'Touches on it.' },
        { from, to, relation: 'exact', basis: 'computed', score: 0.9 },
      ]),
    );
    expect(s2.getQuads(uri(from), null, uri(to), null).map((q) => q.predicate.value)).toEqual([
      SKOS + 'relatedMatch',
    ]);
  });
});
