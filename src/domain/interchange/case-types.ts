/** The CASE 1.0 JSON binding (CFPackage) as we write and read it. */
import type { Link, Relation, Source } from '../model';

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
  officialSourceURL?: string;
  description?: string;
  language: string;
  adoptionStatus?: string;
  notes: string;
  extensions: { standardsAtlas: { framework: string; kind: string; source: Source } };
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
  CFDocumentURI: CaseLinkUri;
  extensions: { standardsAtlas: { id: string; kind: CaseItemKind } & Record<string, unknown> };
}

export interface AtlasAssociationExtension {
  from: string;
  to: string;
  relation: Relation;
  basis: Link['basis'];
  score?: number;
  context?: Link['context'];
  rationale?: string;
  source?: Source;
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
  CFDocumentURI: CaseLinkUri;
  notes?: string;
  extensions?: { standardsAtlas: AtlasAssociationExtension };
}

export interface CaseDefinition {
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
  CFDefinitions: { CFItemTypes: CaseDefinition[]; CFAssociationGroupings: CaseDefinition[] };
}
