/**
 * IMS Global / 1EdTech CASE 1.0 export: one CFPackage per framework, keeping every link's provenance
 * (basis, relation, score, rationale, source) so a consumer can tell a published mapping from a suggestion.
 */
import type {
  Dataset,
  Framework,
  FunctionalAreaRecord,
  LearningOutcome,
  Link,
  Relation,
  Unit,
} from '../model';
import type {
  AtlasAssociationExtension,
  CaseAssociation,
  CaseDefinition,
  CaseDocument,
  CaseItem,
  CaseItemKind,
  CaseLinkUri,
  CasePackage,
} from './case-types';
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

const ITEM_TYPES: Record<CaseItemKind, { title: string; description: string }> = {
  area: { title: 'Functional Area', description: 'A functional area of the generic NOS (A–F).' },
  unit: { title: 'Unit', description: 'A unit of a standards framework or qualification.' },
  outcome: { title: 'Learning Outcome', description: 'A learning outcome of a qualification unit.' },
  criterion: { title: 'Assessment Criterion', description: 'An assessment criterion of a learning outcome.' },
};

const BASIS_GROUPINGS: Record<Link['basis'], string> = {
  published: 'Printed in a source document (document, locator and line kept in the association).',
  curated: 'Reviewed by hand; the association notes carry a one-sentence rationale.',
  computed:
    'A suggestion of the Standards Atlas engine (shared words and curated neighbours), with its score and confidence (strong, possible or weak). Not an endorsed mapping.',
};

function definition(kind: string, title: string, description: string): CaseDefinition {
  return {
    identifier: atlasUuid(kind),
    uri: atlasUri(kind),
    title,
    description,
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
  };
}

function itemTypeDefinition(kind: CaseItemKind): CaseDefinition {
  const { title, description } = ITEM_TYPES[kind];
  return definition(`item-type:${kind}`, title, description);
}

function groupingDefinition(basis: Link['basis']): CaseDefinition {
  return definition(`association-grouping:${basis}`, `${basis} links`, BASIS_GROUPINGS[basis]);
}

function toLinkUri(d: CaseDefinition | { identifier: string; uri: string }, title: string): CaseLinkUri {
  return { title, identifier: d.identifier, uri: d.uri };
}

function outcomeId(unit: Unit, outcome: LearningOutcome): string {
  return `${unit.id}#LO${outcome.number}`;
}

function criterionId(unit: Unit, criterion: { number: string }): string {
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
    `Transcribed by Standards Atlas from ${readableSource(framework.source)}. ` +
    'Crosswalk associations carry their basis: published (printed in a source), curated (reviewed by ' +
    'hand, with a rationale) or computed (a suggestion of the engine with its score and confidence).';
  return definedOnly({
    identifier: atlasUuid(framework.id),
    uri: atlasUri(framework.id),
    creator: CREATOR,
    title: framework.name,
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
    description: framework.description,
    language: 'en',
    notes,
    extensions: {
      standardsAtlas: { framework: framework.id, kind: framework.kind, source: framework.source },
    },
  });
}

function levelsText(unit: Unit): string | undefined {
  const entries = Object.entries(unit.levels ?? {});
  if (entries.length === 0) return undefined;
  const marks = entries.map(([level, mark]) => `${level} ${mark === 'M' ? 'mandatory' : 'optional'}`);
  return `NOS levels: ${marks.join(', ')}.`;
}

function qualificationFactsText(unit: Unit): string | undefined {
  const facts = [
    unit.level !== undefined ? `level ${unit.level}` : undefined,
    unit.credits !== undefined ? `${unit.credits} credits` : undefined,
    unit.glh !== undefined ? `${unit.glh} guided learning hours` : undefined,
    unit.group !== undefined ? `group ${unit.group}` : undefined,
  ].filter((f): f is string => f !== undefined);
  return facts.length > 0 ? `${facts.join(', ')}.` : undefined;
}

function unitNotes(unit: Unit): string {
  return [
    unit.summary,
    levelsText(unit),
    qualificationFactsText(unit),
    unit.note,
    `Source: ${readableSource(unit.source)}.`,
  ]
    .filter((part): part is string => Boolean(part))
    .join('\n');
}

interface PackageBuilder {
  items: CaseItem[];
  associations: CaseAssociation[];
  document: CaseLinkUri;
  nodes: Map<string, CaseLinkUri>;
  itemTypes: Map<CaseItemKind, CaseDefinition>;
}

function addItem(
  builder: PackageBuilder,
  kind: CaseItemKind,
  fields: { id: string; statement: string; code?: string; enumeration?: string; notes?: string },
  extension: Record<string, unknown> = {},
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
      CFDocumentURI: builder.document,
      extensions: { standardsAtlas: definedOnly({ id: fields.id, kind, ...extension }) },
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
    CFDocumentURI: builder.document,
  });
}

function addAreaItems(builder: PackageBuilder, areas: FunctionalAreaRecord[]): void {
  areas.forEach((area, index) => {
    addItem(
      builder,
      'area',
      {
        id: area.id,
        statement: area.title,
        code: area.letter,
        enumeration: area.letter,
        notes: `Source: ${readableSource(area.source)}.`,
      },
      { source: area.source },
    );
    addChildOf(builder, area.id, undefined, index + 1);
  });
}

function unitExtension(unit: Unit): Record<string, unknown> {
  const { area, levels, importMark, level, credits, glh, group, source, summarySource } = unit;
  return {
    framework: unit.framework,
    area,
    levels,
    importMark,
    level,
    credits,
    glh,
    group,
    source,
    summarySource,
  };
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
    addItem(
      builder,
      'unit',
      { id: unit.id, statement: unitStatement(unit), code: unit.code, notes: unitNotes(unit) },
      unitExtension(unit),
    );
    const parent = nosAreaParent(unit, builder.nodes);
    const sequence = (sequenceByParent.get(parent ?? '') ?? 0) + 1;
    sequenceByParent.set(parent ?? '', sequence);
    addChildOf(builder, unit.id, parent, sequence);
    addOutcomeItems(builder, unit);
  }
}

function relationPhrase(link: Link): string {
  const phrases: Record<Relation, string> = {
    exact: 'exact match of',
    close: 'close match of',
    broad: 'narrower than (has a broader match in)',
    narrow: 'broader than (has a narrower match in)',
    related: 'related to',
  };
  return phrases[link.relation];
}

function linkNotes(link: Link): string {
  const parts = [
    `${link.from} is ${relationPhrase(link)} ${link.to} (relation: ${link.relation}; basis: ${link.basis}` +
      `${link.score !== undefined ? `; score: ${link.score}` : ''}` +
      `${link.confidence ? `; confidence: ${link.confidence}` : ''}` +
      `${link.context ? `; context: ${link.context}` : ''}).`,
    link.rationale ? `Rationale: ${link.rationale}` : undefined,
    link.source ? `Source: ${readableSource(link.source)}.` : undefined,
  ];
  return parts.filter((p): p is string => p !== undefined).join('\n');
}

function linkExtension(link: Link): AtlasAssociationExtension {
  return definedOnly({
    from: link.from,
    to: link.to,
    relation: link.relation,
    basis: link.basis,
    score: link.score,
    context: link.context,
    rationale: link.rationale,
    source: link.source,
  });
}

function addLinkAssociation(
  builder: PackageBuilder,
  link: Link,
  groupings: Map<string, CaseDefinition>,
): void {
  const identifier = atlasUuid(linkKey(link));
  const grouping = groupings.get(link.basis) ?? groupingDefinition(link.basis);
  groupings.set(link.basis, grouping);
  builder.associations.push({
    identifier,
    uri: atlasUri(`association:${identifier}`),
    associationType: link.relation === 'exact' ? 'exactMatchOf' : 'isRelatedTo',
    originNodeURI: nodeOf(builder, link.from),
    destinationNodeURI: nodeOf(builder, link.to),
    CFAssociationGroupingURI: toLinkUri(grouping, grouping.title),
    lastChangeDateTime: INTERCHANGE_DATE_TIME,
    CFDocumentURI: builder.document,
    notes: linkNotes(link),
    extensions: { standardsAtlas: linkExtension(link) },
  });
}

function buildCasePackage(
  dataset: Dataset,
  framework: Framework,
  nodes: Map<string, CaseLinkUri>,
): CasePackage {
  const builder: PackageBuilder = {
    items: [],
    associations: [],
    document: documentUri(framework),
    nodes,
    itemTypes: new Map(),
  };
  if (framework.id === NOS_FRAMEWORK) addAreaItems(builder, dataset.areas);
  addUnitItems(
    builder,
    dataset.units.filter((u) => u.framework === framework.id),
  );
  const frameworkOf = frameworkIndex(dataset);
  const groupings = new Map<string, CaseDefinition>();
  for (const link of dataset.links) {
    if (linkHome(link, frameworkOf) === framework.id) addLinkAssociation(builder, link, groupings);
  }
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
