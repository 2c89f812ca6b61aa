/**
 * The person specification document: for each unit, its summary, the specialist and partnership
 * standards the Topss social-care map lines up with it and the qualification units that cover it.
 * Derived from the dataset, never saved. Pure.
 */
import { titleAtPlacement, type Caveat } from '../caveats';
import { DOCUMENT_TITLES } from '../citation';
import { compareLinkStrength, RELATION_STRENGTH } from '../coverage';
import type {
  Basis,
  Dataset,
  Framework,
  FrameworkKind,
  LevelMark,
  Link,
  NosLevel,
  Relation,
  Source,
  Unit,
  UsageFact,
} from '../model';
import { repairSpecification } from './editing';
import {
  levelNumber,
  levelRequirement,
  mandatoryUnits,
  NOS,
  type LevelRequirement,
  type SpecificationData,
} from './levels';
import { specificationStatus, type SpecificationStatus } from './status';

export interface MappedStandard {
  id: string;
  code: string;
  title: string;
  summary?: string;
  basis: Basis;
  relation: Relation;
  /** The Topss map's column: specialist or partnership standards. */
  column?: 'specialist' | 'partnership';
  source?: Source;
  /** A doubtful placement (e.g. a table the conversion may have shifted): shown wherever it is. */
  caveat?: Caveat;
}

export interface StandardGroup {
  framework: string;
  name: string;
  shortName: string;
  kind: FrameworkKind;
  standards: MappedStandard[];
}

export interface CoveringUnit {
  id: string;
  code: string;
  title: string;
  framework: string;
  frameworkName: string;
  level?: number;
  credits?: number;
  basis: Basis;
  relation: Relation;
  score?: number;
  rationale?: string;
  source?: Source;
}

export interface SpecificationUnit {
  id: string;
  code: string;
  title: string;
  mark: LevelMark;
  area?: { letter: string; title: string };
  summary?: string;
  summarySource?: Source;
  source: Source;
  usage: { id: string; text: string; source: Source }[];
  standards: StandardGroup[];
  /**
   * The person's own imported courses whose modules they claimed against this unit: their data,
   * never shown as Topss specialist or partnership standards.
   */
  yourCourses: YourCourse[];
  /** Why no specialist or partnership standard is shown, when none is. */
  noStandardsNote?: string;
  /** Published or curated links, strongest first. */
  curatedCoverage: CoveringUnit[];
  /** Computed (text similarity) suggestions, highest score first, after the curated ones. */
  computedCoverage: CoveringUnit[];
  /** Computed suggestions left out by the limit. */
  computedHidden: number;
}

/** One of the person's imported courses, with the modules they claimed against a unit. */
export interface YourCourse {
  framework: string;
  name: string;
  modules: { id: string; code: string; title: string; relation: Relation }[];
}

export interface SpecificationDocument {
  name: string;
  level: NosLevel;
  levelTitle: string;
  requirement: LevelRequirement;
  status: SpecificationStatus;
  template?: { id: string; role: string; rationale: string; basedOn: { id: string; text: string }[] };
  mandatory: SpecificationUnit[];
  optional: SpecificationUnit[];
  sources: string[];
}

export interface BuildOptions {
  /** How many computed qualification-unit suggestions to show per unit (default 5). */
  computedLimit?: number;
}

/**
 * How a mapped standard reads: "C2.1 Develop joint working agreements and practices.". NHS LQF
 * qualities are coded by their own name, so their title already says the code.
 */
export function standardLabel(s: { code: string; title: string }): string {
  if (!s.title) return s.code;
  return s.title.toLowerCase().includes(s.code.toLowerCase()) ? s.title : `${s.code} ${s.title}`;
}

const otherEnd = (link: Link, id: string) => (link.from === id ? link.to : link.from);

function specificationUnit(
  dataset: Dataset,
  unit: Unit,
  mark: LevelMark,
  index: {
    units: Map<string, Unit>;
    frameworks: Map<string, Framework>;
    linksByUnit: Map<string, Link[]>;
  },
  computedLimit: number,
): SpecificationUnit {
  const links = index.linksByUnit.get(unit.id) ?? [];
  const area = dataset.areas.find((a) => a.letter === unit.area);
  // Specialist and partnership standards, grouped by framework in the dataset's framework order.
  const groups = new Map<string, StandardGroup>();
  const seenStandards = new Set<string>();
  const standardLinks = links
    .filter((l) => {
      const other = index.units.get(otherEnd(l, unit.id));
      const framework = other && index.frameworks.get(other.framework);
      if (!framework || l.origin === 'user' || framework.origin === 'user') return false;
      return framework.kind === 'specialist' || framework.kind === 'partnership';
    })
    .sort(
      (a, b) =>
        compareLinkStrength(a, b) ||
        (a.source?.line ?? 0) - (b.source?.line ?? 0) ||
        otherEnd(a, unit.id).localeCompare(otherEnd(b, unit.id)),
    );
  for (const link of standardLinks) {
    const other = index.units.get(otherEnd(link, unit.id))!;
    if (seenStandards.has(other.id)) continue;
    seenStandards.add(other.id);
    const framework = index.frameworks.get(other.framework)!;
    const group = groups.get(framework.id) ?? {
      framework: framework.id,
      name: framework.name,
      shortName: framework.shortName,
      kind: framework.kind,
      standards: [],
    };
    group.standards.push({
      id: other.id,
      code: other.code,
      title: titleAtPlacement(other, link),
      ...(other.summary ? { summary: other.summary } : {}),
      basis: link.basis,
      relation: link.relation,
      ...(link.context ? { column: link.context } : {}),
      ...(link.source ? { source: link.source } : {}),
      ...(link.caveat ? { caveat: link.caveat } : {}),
    });
    groups.set(framework.id, group);
  }
  const frameworkOrder = dataset.frameworks.map((f) => f.id);
  const standards = [...groups.values()].sort(
    (a, b) => frameworkOrder.indexOf(a.framework) - frameworkOrder.indexOf(b.framework),
  );
  for (const group of standards)
    group.standards.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));

  // Qualification units: the strongest link per unit; curated (and published) first, then computed.
  const best = new Map<string, Link>();
  for (const link of links) {
    const other = index.units.get(otherEnd(link, unit.id));
    if (!other || index.frameworks.get(other.framework)?.kind !== 'qualification') continue;
    const current = best.get(other.id);
    if (!current || compareLinkStrength(link, current) < 0) best.set(other.id, link);
  }
  const covering = [...best.entries()].map(([id, link]): CoveringUnit => {
    const other = index.units.get(id)!;
    const framework = index.frameworks.get(other.framework)!;
    return {
      id,
      code: other.code,
      title: other.title,
      framework: framework.id,
      frameworkName: framework.shortName,
      ...(other.level !== undefined ? { level: other.level } : {}),
      ...(other.credits !== undefined ? { credits: other.credits } : {}),
      basis: link.basis,
      relation: link.relation,
      ...(link.score !== undefined ? { score: link.score } : {}),
      ...(link.rationale ? { rationale: link.rationale } : {}),
      ...(link.source ? { source: link.source } : {}),
    };
  });
  const curatedCoverage = covering
    .filter((c) => c.basis !== 'computed')
    .sort(
      (a, b) =>
        (a.basis === 'published' ? 0 : 1) - (b.basis === 'published' ? 0 : 1) ||
        RELATION_STRENGTH[b.relation] - RELATION_STRENGTH[a.relation] ||
        a.frameworkName.localeCompare(b.frameworkName) ||
        a.code.localeCompare(b.code, undefined, { numeric: true }),
    );
  const computed = covering
    .filter((c) => c.basis === 'computed')
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.code.localeCompare(b.code));

  // The person's own courses (origin 'user'): listed on their own, in the order imported.
  const yours = new Map<string, YourCourse>();
  for (const link of links) {
    const other = index.units.get(otherEnd(link, unit.id));
    const framework = other && index.frameworks.get(other.framework);
    if (!other || !framework || (link.origin !== 'user' && framework.origin !== 'user')) continue;
    const course = yours.get(framework.id) ?? { framework: framework.id, name: framework.name, modules: [] };
    if (!course.modules.some((m) => m.id === other.id))
      course.modules.push({ id: other.id, code: other.code, title: other.title, relation: link.relation });
    yours.set(framework.id, course);
  }

  const usage = dataset.usageFacts
    .filter((f: UsageFact) => f.units.includes(unit.id))
    .map((f) => ({ id: f.id, text: f.text, source: f.source }));
  const addedLater = dataset.usageFacts.some(
    (f) => f.kind === 'incremental-review' && f.units.includes(unit.id),
  );
  const noStandardsNote =
    standards.length > 0
      ? undefined
      : addedLater
        ? `${unit.code} was added by the 2006/07 incremental review, after the Topss social-care map was written, so the map lines up no specialist or partnership standards with it.`
        : `The Topss social-care map lines up no specialist or partnership standards with ${unit.code}.`;

  return {
    id: unit.id,
    code: unit.code,
    title: unit.title,
    mark,
    ...(area ? { area: { letter: area.letter, title: area.title } } : {}),
    ...(unit.summary ? { summary: unit.summary } : {}),
    ...(unit.summarySource ? { summarySource: unit.summarySource } : {}),
    source: unit.source,
    usage,
    standards,
    yourCourses: [...yours.values()],
    ...(noStandardsNote ? { noStandardsNote } : {}),
    curatedCoverage,
    computedCoverage: computed.slice(0, computedLimit),
    computedHidden: Math.max(0, computed.length - computedLimit),
  };
}

/** Builds the person specification document for a level and the chosen optional units. */
export function buildSpecification(
  dataset: Dataset,
  name: string,
  data: SpecificationData,
  options: BuildOptions = {},
): SpecificationDocument {
  const computedLimit = options.computedLimit ?? 5;
  const { data: clean } = repairSpecification(dataset, data);
  const index = {
    units: new Map(dataset.units.map((u) => [u.id, u])),
    frameworks: new Map(dataset.frameworks.map((f) => [f.id, f])),
    linksByUnit: new Map<string, Link[]>(),
  };
  for (const link of dataset.links)
    for (const end of [link.from, link.to])
      index.linksByUnit.set(end, [...(index.linksByUnit.get(end) ?? []), link]);
  const template = clean.templateId
    ? dataset.roleTemplates.find((t) => t.id === clean.templateId)
    : undefined;
  const facts = new Map(dataset.usageFacts.map((f) => [f.id, f.text]));
  const status = specificationStatus(dataset, clean);
  const mandatory = mandatoryUnits(dataset, clean.level).map((u) =>
    specificationUnit(dataset, u, 'M', index, computedLimit),
  );
  const optional = clean.optionalUnits.map((id) =>
    specificationUnit(dataset, index.units.get(id)!, 'O', index, computedLimit),
  );
  const allUnits = [...mandatory, ...optional];
  const documents = new Set<string>([dataset.units.find((u) => u.framework === NOS)?.source.document ?? '']);
  for (const u of allUnits) {
    if (u.summarySource) documents.add(u.summarySource.document);
    for (const g of u.standards) for (const s of g.standards) if (s.source) documents.add(s.source.document);
    for (const fact of u.usage) documents.add(fact.source.document);
  }
  documents.delete('');
  return {
    name,
    level: clean.level,
    levelTitle: `NOS Management and Leadership, level ${levelNumber(clean.level)}`,
    requirement: levelRequirement(dataset, clean.level),
    status,
    ...(template
      ? {
          template: {
            id: template.id,
            role: template.role,
            rationale: template.rationale,
            basedOn: template.basedOn.map((id) => ({ id, text: facts.get(id) ?? id })),
          },
        }
      : {}),
    mandatory,
    optional,
    sources: [...documents].sort().map((d) => `${DOCUMENT_TITLES[d] ?? d} (${d})`),
  };
}
