/**
 * How our facts sit in standard CASE fields, shared by the CASE writer and reader so the two cannot
 * drift: item types (with `hierarchyCode`), and one CFAssociationGrouping per basis × relation
 * ("curated · close"), which is how a link's relation and basis travel through any CASE tool.
 */
import type { Basis, Relation } from '../model';
import { BASES, RELATIONS } from '../vocabulary';
import type { CaseAssociationGrouping, CaseAssociationType, CaseItemKind, CaseItemType } from './case-types';
import { INTERCHANGE_DATE_TIME, atlasUri, atlasUuid } from './shared';

export const ITEM_TYPES: Record<CaseItemKind, { title: string; description: string; hierarchyCode: string }> =
  {
    area: {
      title: 'Functional Area',
      description: 'A functional area of the generic NOS (A–F).',
      hierarchyCode: '1',
    },
    unit: {
      title: 'Unit',
      description: 'A unit of a standards framework or qualification.',
      hierarchyCode: '2',
    },
    outcome: {
      title: 'Learning Outcome',
      description: 'A learning outcome of a qualification unit.',
      hierarchyCode: '3',
    },
    criterion: {
      title: 'Assessment Criterion',
      description: 'An assessment criterion of a learning outcome.',
      hierarchyCode: '4',
    },
  };

export function itemTypeDefinition(kind: CaseItemKind): CaseItemType {
  const { title, description, hierarchyCode } = ITEM_TYPES[kind];
  return {
    identifier: atlasUuid(`item-type:${kind}`),
    uri: atlasUri(`item-type:${kind}`),
    title,
    description,
    hierarchyCode,
    typeCode: kind,
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
  };
}

const BASIS_TEXT: Record<Basis, string> = {
  published: 'printed in a source document (the origin item’s notes give document, locator and line)',
  curated:
    'reviewed by hand by Standards Atlas, never presented as published (the origin item’s notes give the rationale)',
  computed:
    'a text-similarity suggestion (TF-IDF cosine), not an endorsed mapping (the origin item’s notes give the score)',
};

const RELATION_TEXT: Record<Relation, string> = {
  exact: 'the origin is an exact match of the destination (SKOS exactMatch)',
  close: 'the origin is a close match of the destination (SKOS closeMatch)',
  broad: 'the destination is broader than the origin (SKOS broadMatch)',
  narrow: 'the destination is narrower than the origin (SKOS narrowMatch)',
  related: 'the origin is related to the destination (SKOS relatedMatch)',
};

export const groupingTitle = (basis: Basis, relation: Relation) => `${basis} · ${relation}`;
const groupingKey = (basis: Basis, relation: Relation) => `association-grouping:${basis}:${relation}`;

export function groupingDefinition(basis: Basis, relation: Relation): CaseAssociationGrouping {
  const key = groupingKey(basis, relation);
  return {
    identifier: atlasUuid(key),
    uri: atlasUri(key),
    title: groupingTitle(basis, relation),
    description: `Standards Atlas links with basis "${basis}", ${BASIS_TEXT[basis]}; relation "${relation}": ${RELATION_TEXT[relation]}.`,
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
  };
}

/** CASE has only exactMatchOf and isRelatedTo for crosswalks; the grouping keeps the finer relation. */
export function associationTypeOf(relation: Relation): CaseAssociationType {
  return relation === 'exact' ? 'exactMatchOf' : 'isRelatedTo';
}

/** Our groupings by identifier, URI and title, for the reader. */
export function knownGroupings(): Map<string, { basis: Basis; relation: Relation }> {
  const known = new Map<string, { basis: Basis; relation: Relation }>();
  for (const basis of BASES)
    for (const relation of RELATIONS) {
      const g = groupingDefinition(basis, relation);
      for (const key of [g.identifier, g.uri, g.title]) known.set(key, { basis, relation });
    }
  return known;
}
