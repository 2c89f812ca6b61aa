/**
 * The person specification document: for each unit, its summary, the specialist and partnership
 * standards the Topss social-care map lines up with it and the qualification units that cover it.
 * Derived from the dataset, never saved. Pure.
 */
import type { Caveat } from '../caveats';
import { DOCUMENT_TITLES } from '../citation';
import type { Basis, Dataset, FrameworkKind, LevelMark, Link, NosLevel, Relation, Source } from '../model';
import { specificationUnit } from './document-unit';
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
import type { SummarySentence } from './summary';

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
  /** The summary as a whole sentence (title and the source's continuation joined as printed). */
  sentence: SummarySentence;
  summarySource?: Source;
  source: Source;
  /** Usage facts; `sector` names the other sector a fact is about (Skillset, Skillsmart Retail…). */
  usage: { id: string; text: string; source: Source; sector?: string }[];
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
