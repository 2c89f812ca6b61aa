/**
 * The CASE 1.0 JSON binding (CFPackage) as we write it: only fields of IMS Global's CASE 1.0
 * CFPackage definition, so both IMS's strict schema and OpenSALT's import schema accept it.
 * (What we read is looser: see case-import.ts.)
 */

export type CaseAssociationType =
  | 'isChildOf'
  | 'isPeerOf'
  | 'isPartOf'
  | 'exactMatchOf'
  | 'precedes'
  | 'isRelatedTo'
  | 'replacedBy'
  | 'exemplar'
  | 'hasSkillLevel';

/** LinkURI / LinkGenURI: a reference to a document, item, type or grouping. */
export interface CaseLinkUri {
  title: string;
  identifier: string;
  uri: string;
}

export interface CaseDocument {
  identifier: string;
  uri: string;
  creator: string;
  title: string;
  lastChangeDateTime: string;
  description?: string;
  language: string;
  notes: string;
}

export type CaseItemKind = 'area' | 'unit' | 'outcome' | 'criterion';

export interface CaseItem {
  identifier: string;
  uri: string;
  fullStatement: string;
  humanCodingScheme?: string;
  listEnumeration?: string;
  CFItemType: string;
  CFItemTypeURI: CaseLinkUri;
  language: string;
  notes?: string;
  lastChangeDateTime: string;
}

export interface CaseAssociation {
  identifier: string;
  uri: string;
  associationType: CaseAssociationType;
  sequenceNumber?: number;
  originNodeURI: CaseLinkUri;
  destinationNodeURI: CaseLinkUri;
  CFAssociationGroupingURI?: CaseLinkUri;
  lastChangeDateTime: string;
}

export interface CaseItemType {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  hierarchyCode: string;
  typeCode: string;
  lastChangeDateTime: string;
}

export interface CaseAssociationGrouping {
  identifier: string;
  uri: string;
  title: string;
  description: string;
  lastChangeDateTime: string;
}

export interface CasePackage {
  CFDocument: CaseDocument;
  CFItems: CaseItem[];
  CFAssociations: CaseAssociation[];
  CFDefinitions: { CFItemTypes: CaseItemType[]; CFAssociationGroupings: CaseAssociationGrouping[] };
}
