/**
 * SKOS as JSON-LD: one graph for the whole dataset, a concept scheme per framework, mapping links as
 * SKOS mapping properties, each link also reified so its basis, score, rationale and source travel.
 */
import type { Dataset, Framework, FunctionalAreaRecord, Link, Relation, Unit } from '../model';
import {
  CREATOR,
  INTERCHANGE_DATE,
  NOS_FRAMEWORK,
  atlasUri,
  atlasUuid,
  definedOnly,
  linkKey,
  nosAreaParent,
  readableSource,
} from './shared';

const SKOS_MAPPING_PROPERTY: Record<Relation, string> = {
  exact: 'skos:exactMatch',
  close: 'skos:closeMatch',
  broad: 'skos:broadMatch',
  narrow: 'skos:narrowMatch',
  related: 'skos:relatedMatch',
};

const SKOS_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  atlas: 'urn:standards-atlas:vocab#',
} as const;

export type SkosNode = { '@id': string; '@type': string | string[] } & Record<string, unknown>;

export interface SkosDocument {
  '@context': typeof SKOS_CONTEXT;
  '@graph': SkosNode[];
}

type IdRef = { '@id': string };

function ref(id: string): IdRef {
  return { '@id': atlasUri(id) };
}

function english(value: string): { '@value': string; '@language': 'en' } {
  return { '@value': value, '@language': 'en' };
}

function mappingNodeId(link: Link): string {
  return atlasUri(`mapping:${atlasUuid(linkKey(link))}`);
}

function conceptScheme(dataset: Dataset, framework: Framework): SkosNode {
  const top =
    framework.id === NOS_FRAMEWORK
      ? [
          ...dataset.areas.map((a) => a.id),
          ...dataset.units.filter((u) => u.framework === 'nos' && !u.area).map((u) => u.id),
        ]
      : dataset.units.filter((u) => u.framework === framework.id).map((u) => u.id);
  return definedOnly({
    '@id': atlasUri(framework.id),
    '@type': 'skos:ConceptScheme',
    'dct:title': english(framework.name),
    'skos:prefLabel': english(framework.shortName),
    'dct:description': framework.description ? english(framework.description) : undefined,
    'dct:source': readableSource(framework.source),
    'dct:creator': CREATOR,
    'dct:modified': { '@value': INTERCHANGE_DATE, '@type': 'xsd:date' },
    'skos:hasTopConcept': top.map(ref),
  });
}

function areaConcept(area: FunctionalAreaRecord): SkosNode {
  return {
    '@id': atlasUri(area.id),
    '@type': 'skos:Concept',
    'skos:notation': area.letter,
    'skos:prefLabel': english(area.title),
    'skos:inScheme': ref(NOS_FRAMEWORK),
    'skos:topConceptOf': ref(NOS_FRAMEWORK),
    'dct:source': readableSource(area.source),
  };
}

/** Mapping properties of one concept: SKOS property → sorted, de-duplicated targets. */
function mappingProperties(links: Link[]): Record<string, IdRef[]> {
  const targets = new Map<string, Set<string>>();
  for (const link of links) {
    const property = SKOS_MAPPING_PROPERTY[link.relation];
    targets.set(property, (targets.get(property) ?? new Set()).add(link.to));
  }
  const properties: Record<string, IdRef[]> = {};
  for (const relation of Object.keys(SKOS_MAPPING_PROPERTY) as Relation[]) {
    const property = SKOS_MAPPING_PROPERTY[relation];
    const ids = targets.get(property);
    if (ids) properties[property] = [...ids].sort().map(ref);
  }
  return properties;
}

function unitConcept(unit: Unit, areaIds: Set<string>, links: Link[]): SkosNode {
  const area = nosAreaParent(unit, areaIds);
  const broader = area ? ref(area) : undefined;
  return definedOnly({
    '@id': atlasUri(unit.id),
    '@type': 'skos:Concept',
    'skos:notation': unit.code,
    'skos:prefLabel': unit.title ? english(unit.title) : undefined,
    'skos:definition': unit.summary ? english(unit.summary) : undefined,
    'skos:note': unit.note ? english(unit.note) : undefined,
    'skos:inScheme': ref(unit.framework),
    'skos:topConceptOf': broader ? undefined : ref(unit.framework),
    'skos:broader': broader,
    'dct:source': readableSource(unit.source),
    ...mappingProperties(links),
  });
}

/** A link reified as an rdf:Statement, so its basis, score, rationale and source travel with it. */
function mappingNode(link: Link): SkosNode {
  return definedOnly({
    '@id': mappingNodeId(link),
    '@type': ['atlas:Mapping', 'rdf:Statement'],
    'rdf:subject': ref(link.from),
    'rdf:predicate': { '@id': SKOS_MAPPING_PROPERTY[link.relation] },
    'rdf:object': ref(link.to),
    'atlas:relation': link.relation,
    'atlas:basis': link.basis,
    'atlas:context': link.context,
    'atlas:score':
      link.score !== undefined ? { '@value': String(link.score), '@type': 'xsd:decimal' } : undefined,
    'atlas:confidence': link.confidence,
    'rdfs:comment': link.rationale ? english(link.rationale) : undefined,
    'dct:source': link.source ? readableSource(link.source) : undefined,
  });
}

function linksByFrom(links: Link[]): Map<string, Link[]> {
  const byFrom = new Map<string, Link[]>();
  for (const link of links) byFrom.set(link.from, [...(byFrom.get(link.from) ?? []), link]);
  return byFrom;
}

/** The whole dataset as one SKOS JSON-LD graph: schemes, concepts, mapping properties and Mapping nodes. */
export function toSkosExport(dataset: Dataset): SkosDocument {
  const areaIds = new Set(dataset.areas.map((a) => a.id));
  const byFrom = linksByFrom(dataset.links);
  const graph: SkosNode[] = [];
  for (const framework of dataset.frameworks) {
    graph.push(conceptScheme(dataset, framework));
    if (framework.id === NOS_FRAMEWORK) graph.push(...dataset.areas.map(areaConcept));
    for (const unit of dataset.units.filter((u) => u.framework === framework.id)) {
      graph.push(unitConcept(unit, areaIds, byFrom.get(unit.id) ?? []));
    }
  }
  graph.push(...dataset.links.map(mappingNode));
  return { '@context': SKOS_CONTEXT, '@graph': graph };
}
