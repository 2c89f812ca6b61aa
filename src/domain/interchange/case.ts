/**
 * IMS Global / 1EdTech CASE 1.0 export: one CFPackage per framework. Only standard CASE fields, so
 * OpenSALT's import schema and IMS's strict CFPackage definition both accept it (checked in the tests).
 * A link's relation and basis travel as its CFAssociationGrouping ("curated · close"); its rationale,
 * score, caveat and source go in the origin item's `notes`, the only free-text field CASE allows there.
 */
import type { Dataset, Framework, FunctionalAreaRecord, LearningOutcome, Link, Unit } from '../model';
import type {
  CaseAssociation,
  CaseAssociationGrouping,
  CaseDocument,
  CaseItem,
  CaseItemKind,
  CaseItemType,
  CaseLinkUri,
  CasePackage,
} from './case-types';
import { mappingNotes, unitNotes } from './case-notes';
import { associationTypeOf, groupingDefinition, itemTypeDefinition } from './case-vocabulary';
import {
  CREATOR,
  INTERCHANGE_DATE_TIME,
  NOS_FRAMEWORK,
  atlasUri,
  atlasUuid,
  definedOnly,
  frameworkIndex,
  linkHome,
  linkKey,
  nosAreaParent,
  readableSource,
  unitStatement,
} from './shared';

function toLinkUri(d: { identifier: string; uri: string }, title: string): CaseLinkUri {
  return { title, identifier: d.identifier, uri: d.uri };
}

export function outcomeId(unit: Pick<Unit, 'id'>, outcome: Pick<LearningOutcome, 'number'>): string {
  return `${unit.id}#LO${outcome.number}`;
}

export function criterionId(unit: Pick<Unit, 'id'>, criterion: { number: string }): string {
  return `${unit.id}#AC${criterion.number}`;
}

/** Every node an association may point at (units, areas, outcomes, criteria), across all packages. */
function nodeIndex(dataset: Dataset): Map<string, CaseLinkUri> {
  const nodes = new Map<string, CaseLinkUri>();
  const add = (id: string, title: string) =>
    nodes.set(id, { title, identifier: atlasUuid(id), uri: atlasUri(id) });
  for (const area of dataset.areas) add(area.id, `${area.letter} ${area.title}`);
  for (const unit of dataset.units) {
    add(unit.id, `${unit.code} ${unitStatement(unit)}`);
    for (const outcome of unit.outcomes ?? []) {
      add(outcomeId(unit, outcome), `${unit.code} LO${outcome.number} ${outcome.text}`);
      for (const c of outcome.criteria) add(criterionId(unit, c), `${unit.code} AC${c.number} ${c.text}`);
    }
  }
  return nodes;
}

function documentUri(framework: Framework): CaseLinkUri {
  return { title: framework.name, identifier: atlasUuid(framework.id), uri: atlasUri(framework.id) };
}

function caseDocument(framework: Framework): CaseDocument {
  const notes =
    `Transcribed by Standards Atlas from ${readableSource(framework.source)} (framework "${framework.id}", ` +
    `kind: ${framework.kind}). Crosswalk associations are grouped by basis and relation ("curated · close"): ` +
    'published (printed in a source), curated (reviewed by hand, with a rationale) or computed (a suggestion ' +
    'of the engine with its score and confidence); each origin item’s notes list its mappings with their evidence.';
  return definedOnly({
    identifier: atlasUuid(framework.id),
    uri: atlasUri(framework.id),
    creator: CREATOR,
    title: framework.name,
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
    description: framework.description,
    language: 'en',
    notes,
  });
}

interface PackageBuilder {
  items: CaseItem[];
  associations: CaseAssociation[];
  document: CaseLinkUri;
  nodes: Map<string, CaseLinkUri>;
  itemTypes: Map<CaseItemKind, CaseItemType>;
  /** Mapping lines for the notes of the item a link starts from (or ends at, when it starts elsewhere). */
  mappings: Map<string, string[]>;
}

function addItem(
  builder: PackageBuilder,
  kind: CaseItemKind,
  fields: { id: string; statement: string; code?: string; enumeration?: string; notes?: string },
): void {
  const type = builder.itemTypes.get(kind) ?? itemTypeDefinition(kind);
  builder.itemTypes.set(kind, type);
  builder.items.push(
    definedOnly({
      identifier: atlasUuid(fields.id),
      uri: atlasUri(fields.id),
      fullStatement: fields.statement,
      humanCodingScheme: fields.code,
      listEnumeration: fields.enumeration,
      CFItemType: type.title,
      CFItemTypeURI: toLinkUri(type, type.title),
      language: 'en',
      notes: fields.notes,
      lastChangeDateTime: INTERCHANGE_DATE_TIME,
    }),
  );
}

function nodeOf(builder: PackageBuilder, id: string): CaseLinkUri {
  const node = builder.nodes.get(id);
  if (!node) throw new Error(`no CASE node for "${id}"`);
  return node;
}

/** `child` isChildOf `parent` (the document itself when parent is undefined). */
function addChildOf(
  builder: PackageBuilder,
  child: string,
  parent: string | undefined,
  sequence: number,
): void {
  const parentNode = parent === undefined ? builder.document : nodeOf(builder, parent);
  const identifier = atlasUuid(`${child}>isChildOf>${parent ?? 'document'}`);
  builder.associations.push({
    identifier,
    uri: atlasUri(`association:${identifier}`),
    associationType: 'isChildOf',
    sequenceNumber: sequence,
    originNodeURI: nodeOf(builder, child),
    destinationNodeURI: parentNode,
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
  });
}

function addAreaItems(builder: PackageBuilder, areas: FunctionalAreaRecord[]): void {
  areas.forEach((area, index) => {
    addItem(builder, 'area', {
      id: area.id,
      statement: area.title,
      code: area.letter,
      enumeration: area.letter,
      notes: [`Source: ${readableSource(area.source)}.`, ...(builder.mappings.get(area.id) ?? [])].join('\n'),
    });
    addChildOf(builder, area.id, undefined, index + 1);
  });
}

function addOutcomeItems(builder: PackageBuilder, unit: Unit): void {
  (unit.outcomes ?? []).forEach((outcome, index) => {
    const id = outcomeId(unit, outcome);
    addItem(builder, 'outcome', {
      id,
      statement: outcome.text,
      code: `${unit.code} LO${outcome.number}`,
      enumeration: outcome.number,
      notes: `Learning outcome ${outcome.number} of ${unit.code}. Source: ${readableSource(unit.source)}.`,
    });
    addChildOf(builder, id, unit.id, index + 1);
    outcome.criteria.forEach((criterion, cIndex) => {
      const cid = criterionId(unit, criterion);
      addItem(builder, 'criterion', {
        id: cid,
        statement: criterion.text,
        code: `${unit.code} AC${criterion.number}`,
        enumeration: criterion.number,
      });
      addChildOf(builder, cid, id, cIndex + 1);
    });
  });
}

function addUnitItems(builder: PackageBuilder, units: Unit[]): void {
  const sequenceByParent = new Map<string, number>();
  for (const unit of units) {
    addItem(builder, 'unit', {
      id: unit.id,
      statement: unitStatement(unit),
      code: unit.code,
      notes: unitNotes(unit, builder.mappings.get(unit.id) ?? []),
    });
    const parent = nosAreaParent(unit, builder.nodes);
    const sequence = (sequenceByParent.get(parent ?? '') ?? 0) + 1;
    sequenceByParent.set(parent ?? '', sequence);
    addChildOf(builder, unit.id, parent, sequence);
    addOutcomeItems(builder, unit);
  }
}

function addLinkAssociation(
  builder: PackageBuilder,
  link: Link,
  groupings: Map<string, CaseAssociationGrouping>,
): void {
  const identifier = atlasUuid(linkKey(link));
  const key = `${link.basis}:${link.relation}`;
  const grouping = groupings.get(key) ?? groupingDefinition(link.basis, link.relation);
  groupings.set(key, grouping);
  builder.associations.push({
    identifier,
    uri: atlasUri(`association:${identifier}`),
    associationType: associationTypeOf(link.relation),
    originNodeURI: nodeOf(builder, link.from),
    destinationNodeURI: nodeOf(builder, link.to),
    CFAssociationGroupingURI: toLinkUri(grouping, grouping.title),
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
  });
}

function buildCasePackage(
  dataset: Dataset,
  framework: Framework,
  nodes: Map<string, CaseLinkUri>,
): CasePackage {
  const units = dataset.units.filter((u) => u.framework === framework.id);
  const frameworkOf = frameworkIndex(dataset);
  const links = dataset.links.filter((link) => linkHome(link, frameworkOf) === framework.id);
  const own = new Set(units.map((u) => u.id));
  if (framework.id === NOS_FRAMEWORK) for (const area of dataset.areas) own.add(area.id);
  const builder: PackageBuilder = {
    items: [],
    associations: [],
    document: documentUri(framework),
    nodes,
    itemTypes: new Map(),
    mappings: mappingNotes(links, (id) => own.has(id)),
  };
  if (framework.id === NOS_FRAMEWORK) addAreaItems(builder, dataset.areas);
  addUnitItems(builder, units);
  const groupings = new Map<string, CaseAssociationGrouping>();
  for (const link of links) addLinkAssociation(builder, link, groupings);
  return {
    CFDocument: caseDocument(framework),
    CFItems: builder.items,
    CFAssociations: builder.associations,
    CFDefinitions: {
      CFItemTypes: [...builder.itemTypes.values()],
      CFAssociationGroupings: [...groupings.values()],
    },
  };
}

/** The CASE 1.0 package of one framework: its units (with outcomes and criteria) and its crosswalk links. */
export function toCaseExport(dataset: Dataset, frameworkId: string): CasePackage {
  const framework = dataset.frameworks.find((f) => f.id === frameworkId);
  if (!framework) throw new Error(`unknown framework "${frameworkId}"`);
  return buildCasePackage(dataset, framework, nodeIndex(dataset));
}

/** One CASE 1.0 JSON file per framework, as a map of file name (`<framework>.case.json`) → JSON text. */
export function toCaseExports(dataset: Dataset): Record<string, string> {
  const nodes = nodeIndex(dataset);
  const files: Record<string, string> = {};
  for (const framework of dataset.frameworks) {
    const pkg = buildCasePackage(dataset, framework, nodes);
    files[`${framework.id}.case.json`] = JSON.stringify(pkg, null, 2) + '\n';
  }
  return files;
}
