/**
 * Person specifications: a NOS level plus the optional units chosen for a post. Everything else
 * (the mandatory units, each unit's summary, the specialist and partnership standards the Topss
 * social-care map lines up with it, the qualification units that cover it, the rule status) is
 * derived here from the dataset, so the saved data stays tiny and can never disagree with it.
 * Pure: no React, no DOM; the Markdown and CSV renderers return text.
 */
import { describeSource, DOCUMENT_TITLES } from './citation';
import { compareLinkStrength, RELATION_STRENGTH } from './coverage';
import { toCsv } from './export';
import type {
  Basis,
  Dataset,
  Framework,
  FrameworkKind,
  LevelMark,
  Link,
  NosLevel,
  Relation,
  RoleTemplate,
  Source,
  Unit,
  UsageFact,
} from './model';
import { checkPlan, nosLevelRuleSet, type PlanCheck } from './rules';
import type { ItemValidator } from './saved';
import { NOS_LEVELS } from './vocabulary';

/** What is saved for one specification. The mandatory units follow from the level. */
export interface SpecificationData {
  level: NosLevel;
  /** Ids of the optional units chosen ("nos:D7"), in the order they were added. */
  optionalUnits: string[];
  /** The role suggestion the specification started from, if any. */
  templateId?: string;
}

const NOS = 'nos';

export const levelNumber = (level: NosLevel): number => Number(level.slice(1));

/** "levels 4 and 5", "level 3". */
function levelList(levels: NosLevel[]): string {
  const numbers = levels.map(levelNumber);
  if (numbers.length === 1) return `level ${numbers[0]}`;
  return `levels ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** How a unit is marked across the four levels: "mandatory at level 2, optional at levels 4 and 5". */
export function describeLevelMarks(unit: Unit): string {
  const at = (mark: LevelMark) => NOS_LEVELS.filter((l) => unit.levels?.[l] === mark);
  const parts = [
    at('M').length ? `mandatory at ${levelList(at('M'))}` : '',
    at('O').length ? `optional at ${levelList(at('O'))}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'not marked at any level';
}

export function nosUnits(dataset: Dataset): Unit[] {
  return dataset.units.filter((u) => u.framework === NOS);
}

export function mandatoryUnits(dataset: Dataset, level: NosLevel): Unit[] {
  return nosUnits(dataset).filter((u) => u.levels?.[level] === 'M');
}

export function optionalUnitsAt(dataset: Dataset, level: NosLevel): Unit[] {
  return nosUnits(dataset).filter((u) => u.levels?.[level] === 'O');
}

export interface LevelRequirement {
  level: NosLevel;
  mandatory: number;
  optional: number;
  /** The requirement as the NOS document prints it ("L3 requires 4 mandatory + 3 optional units"). */
  text: string;
  source?: Source;
}

export function levelRequirement(dataset: Dataset, level: NosLevel): LevelRequirement {
  const rule = dataset.nosLevelRules.find((r) => r.level === level);
  return {
    level,
    mandatory: rule?.mandatory ?? mandatoryUnits(dataset, level).length,
    optional: rule?.optional ?? 0,
    text: rule?.text ?? `level ${levelNumber(level)}`,
    ...(rule ? { source: rule.source } : {}),
  };
}

export type Eligibility =
  | { status: 'optional'; reason: string }
  | { status: 'mandatory'; reason: string }
  | { status: 'unavailable'; reason: string };

/** Whether a unit can be chosen as an optional unit at a level, and why (in a person's words). */
export function eligibility(dataset: Dataset, level: NosLevel, unit: Unit): Eligibility {
  const n = levelNumber(level);
  if (unit.framework !== NOS) {
    const framework = dataset.frameworks.find((f) => f.id === unit.framework);
    return {
      status: 'unavailable',
      reason: `Only units of the generic Management and Leadership NOS go into a person specification; ${unit.code} belongs to ${framework?.shortName ?? unit.framework}.`,
    };
  }
  const mark = unit.levels?.[level];
  if (mark === 'O') return { status: 'optional', reason: `optional at level ${n}` };
  if (mark === 'M') return { status: 'mandatory', reason: `mandatory at level ${n}, so always included` };
  return {
    status: 'unavailable',
    reason: `not part of level ${n} (${describeLevelMarks(unit)})`,
  };
}

/**
 * Short notes that help choose a unit, from the MSC report's usage facts and the Topss map:
 * "most imported (21×)", "business planning", "new in 2006/07", "3 Topss mappings".
 */
export function unitHighlights(dataset: Dataset, unitId: string): string[] {
  const labels: string[] = [];
  for (const fact of dataset.usageFacts.filter((f) => f.units.includes(unitId))) {
    if (fact.kind === 'most-imported')
      labels.push(`most imported${fact.count !== undefined ? ` (${fact.count}×)` : ''}`);
    else if (fact.kind === 'business-planning') labels.push('business planning');
    else if (fact.kind === 'incremental-review') labels.push('new in 2006/07');
    else if (fact.kind === 'sector-promoted') labels.push(`promoted by ${fact.sector ?? 'a sector body'}`);
    else if (fact.kind === 'sector-import') labels.push(`imported by ${fact.sector ?? 'a sector body'}`);
  }
  const kinds = new Map(dataset.frameworks.map((f) => [f.id, f.kind]));
  const frameworkOf = new Map(dataset.units.map((u) => [u.id, u.framework]));
  const mapped = new Set(
    dataset.links
      .filter((l) => l.basis === 'published' && (l.from === unitId || l.to === unitId))
      .map((l) => (l.from === unitId ? l.to : l.from))
      .filter((id) => {
        const kind = kinds.get(frameworkOf.get(id) ?? '');
        return kind === 'specialist' || kind === 'partnership';
      }),
  );
  if (mapped.size) labels.push(`${mapped.size} Topss mapping${mapped.size > 1 ? 's' : ''}`);
  return [...new Set(labels)];
}

// ---------------------------------------------------------------------------------------------
// Changing a specification

export interface Change {
  data: SpecificationData;
  /** What happened, for a notice. */
  message: string;
  /** Units that were left out, with the reason. */
  dropped: { id: string; code: string; reason: string }[];
}

/** Keeps only the chosen units that are known, optional at the level and not repeated. */
export function repairSpecification(
  dataset: Dataset,
  data: SpecificationData,
): { data: SpecificationData; dropped: Change['dropped'] } {
  const units = new Map(nosUnits(dataset).map((u) => [u.id, u]));
  const kept: string[] = [];
  const dropped: Change['dropped'] = [];
  for (const id of data.optionalUnits) {
    const unit = units.get(id);
    if (!unit) dropped.push({ id, code: id, reason: 'not a NOS unit in this dataset' });
    else if (kept.includes(id)) dropped.push({ id, code: unit.code, reason: 'listed twice' });
    else {
      const verdict = eligibility(dataset, data.level, unit);
      if (verdict.status === 'optional') kept.push(id);
      else dropped.push({ id, code: unit.code, reason: verdict.reason });
    }
  }
  const templateOk = !data.templateId || dataset.roleTemplates.some((t) => t.id === data.templateId);
  return {
    data: {
      level: data.level,
      optionalUnits: kept,
      ...(data.templateId && templateOk ? { templateId: data.templateId } : {}),
    },
    dropped,
  };
}

/** Moves a specification to another level: optional units that are not optional there are left out. */
export function changeLevel(dataset: Dataset, data: SpecificationData, level: NosLevel): Change {
  const { data: next, dropped } = repairSpecification(dataset, { ...data, level });
  const n = levelNumber(level);
  const message = dropped.length
    ? `Now level ${n}. Left out ${dropped.map((d) => `${d.code} (${d.reason})`).join('; ')}.`
    : `Now level ${n}.`;
  return { data: next, message, dropped };
}

export function toggleOptionalUnit(data: SpecificationData, unitId: string): SpecificationData {
  return data.optionalUnits.includes(unitId)
    ? { ...data, optionalUnits: data.optionalUnits.filter((id) => id !== unitId) }
    : { ...data, optionalUnits: [...data.optionalUnits, unitId] };
}

/** A specification as a role suggestion sets it up: its level and optional units. */
export function applyTemplate(dataset: Dataset, template: RoleTemplate): Change {
  const { data, dropped } = repairSpecification(dataset, {
    level: template.level,
    optionalUnits: template.optionalUnits,
    templateId: template.id,
  });
  const codes = data.optionalUnits.map((id) => id.replace(/^nos:/, '')).join(', ');
  return {
    data,
    dropped,
    message: `Started from the suggestion “${template.role}”: level ${levelNumber(template.level)} with optional units ${codes || 'none'}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Adding a unit from anywhere in the app

export interface SavedSpecification {
  id: string;
  name: string;
  updated: string;
  data: SpecificationData;
}

export type Addition =
  | { kind: 'add'; target: SavedSpecification; data: SpecificationData; hint: string; message: string }
  | { kind: 'create'; level: NosLevel; name: string; data: SpecificationData; hint: string; message: string }
  | { kind: 'blocked'; target?: SavedSpecification; reason: string };

/** The specification "Add to specification" works on: the open one, else the most recently changed. */
export function targetSpecification<T extends { id: string; updated: string }>(
  items: T[],
  openId: string | undefined,
): T | undefined {
  return (
    items.find((i) => i.id === openId) ??
    [...items].sort((a, b) => b.updated.localeCompare(a.updated) || b.id.localeCompare(a.id))[0]
  );
}

/** "Level 3 specification", "Level 3 specification 2", … never clashing with a saved name. */
export function newSpecificationName(base: string, existing: { name: string }[]): string {
  if (!existing.some((e) => e.name === base)) return base;
  let n = 2;
  while (existing.some((e) => e.name === `${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/**
 * What "Add to specification" does for a unit: add it to the open (or latest) specification,
 * start a new one when there is none, or explain why it cannot.
 */
export function planAddition(
  dataset: Dataset,
  items: SavedSpecification[],
  openId: string | undefined,
  unit: Unit,
): Addition {
  const target = targetSpecification(items, openId);
  if (unit.framework !== NOS) {
    return {
      kind: 'blocked',
      ...(target ? { target } : {}),
      reason: eligibility(dataset, 'L2', unit).reason,
    };
  }
  if (!target) {
    const level =
      NOS_LEVELS.find((l) => unit.levels?.[l] === 'O') ?? NOS_LEVELS.find((l) => unit.levels?.[l] === 'M');
    if (!level) return { kind: 'blocked', reason: `${unit.code} is not marked at any NOS level.` };
    const n = levelNumber(level);
    const name = newSpecificationName(`Level ${n} specification`, items);
    const optional = unit.levels?.[level] === 'O';
    return {
      kind: 'create',
      level,
      name,
      data: { level, optionalUnits: optional ? [unit.id] : [] },
      hint: `Starts a new level ${n} specification.`,
      message: optional
        ? `Started a new specification “${name}” (level ${n}) with ${unit.code} as an optional unit.`
        : `Started a new specification “${name}” (level ${n}); ${unit.code} is mandatory there, so it is included.`,
    };
  }
  const n = levelNumber(target.data.level);
  const verdict = eligibility(dataset, target.data.level, unit);
  if (verdict.status === 'mandatory')
    return {
      kind: 'blocked',
      target,
      reason: `${unit.code} is mandatory at level ${n}, so “${target.name}” already includes it.`,
    };
  if (verdict.status === 'unavailable')
    return {
      kind: 'blocked',
      target,
      reason: `${unit.code} cannot go into “${target.name}”: it is ${verdict.reason}.`,
    };
  if (target.data.optionalUnits.includes(unit.id))
    return { kind: 'blocked', target, reason: `${unit.code} is already in “${target.name}”.` };
  const data = { ...target.data, optionalUnits: [...target.data.optionalUnits, unit.id] };
  const needed = levelRequirement(dataset, target.data.level).optional;
  const chosen = data.optionalUnits.length;
  const count =
    chosen > needed
      ? ` That makes ${chosen} optional units; level ${n} takes ${needed}, so remove ${chosen - needed}.`
      : ` ${chosen} of ${needed} optional units chosen.`;
  return {
    kind: 'add',
    target,
    data,
    hint: `Adds to “${target.name}” (level ${n}).`,
    message: `Added ${unit.code} to “${target.name}”.${count}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Rule status: the same engine as for qualifications (nos-l2 … nos-l5)

export interface SpecificationStatus {
  check: PlanCheck;
  complete: boolean;
  /** "level 3 needs 4 mandatory + 3 optional: 2 optional chosen, 1 to go". */
  line: string;
  mandatory: number;
  optionalNeeded: number;
  optionalChosen: number;
}

export function specificationStatus(dataset: Dataset, data: SpecificationData): SpecificationStatus {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const ids = [...mandatoryUnits(dataset, data.level).map((u) => u.id), ...data.optionalUnits];
  // The engine is given codes ("D7"), the form people type and the CLI takes; an id that is no
  // longer in the dataset is passed as typed, so the engine reports it as unknown.
  const codes = ids.map((id) => units.get(id)?.code ?? id);
  const check = checkPlan(dataset, nosLevelRuleSet(dataset, data.level), codes);
  const requirement = levelRequirement(dataset, data.level);
  const optionalRule = check.rules.find((r) => r.id === 'optional');
  const optionalChosen = check.units.filter((u) => u.mark === 'O').length;
  const line = optionalRule?.message ?? check.problems.map((p) => p.message).join('; ');
  return {
    check,
    complete: check.valid,
    line: check.valid ? `${line} — complete` : line,
    mandatory: requirement.mandatory,
    optionalNeeded: requirement.optional,
    optionalChosen,
  };
}

// ---------------------------------------------------------------------------------------------
// The document

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
  /** Why no specialist or partnership standard is shown, when none is. */
  noStandardsNote?: string;
  /** Published or curated links, strongest first. */
  curatedCoverage: CoveringUnit[];
  /** Computed (text similarity) suggestions, highest score first, after the curated ones. */
  computedCoverage: CoveringUnit[];
  /** Computed suggestions left out by the limit. */
  computedHidden: number;
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
      const kind = other && index.frameworks.get(other.framework)?.kind;
      return kind === 'specialist' || kind === 'partnership';
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
      title: other.title,
      ...(other.summary ? { summary: other.summary } : {}),
      basis: link.basis,
      relation: link.relation,
      ...(link.context ? { column: link.context } : {}),
      ...(link.source ? { source: link.source } : {}),
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

// ---------------------------------------------------------------------------------------------
// Saved data

const isObject = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * Checks the shape of one saved specification. Unknown unit ids are kept here and left out by
 * repairSpecification, which can say which ones (it knows the dataset).
 */
export const validateSpecificationData: ItemValidator<SpecificationData> = (raw) => {
  if (!isObject(raw)) return { ok: false, reason: 'it is not a specification.' };
  if (typeof raw.level !== 'string' || !(NOS_LEVELS as readonly string[]).includes(raw.level))
    return { ok: false, reason: `its level ${JSON.stringify(raw.level ?? null)} is not one of L2–L5.` };
  if (raw.optionalUnits !== undefined && !Array.isArray(raw.optionalUnits))
    return { ok: false, reason: 'its optional units are not a list.' };
  const units = (raw.optionalUnits ?? []) as unknown[];
  if (units.length > 100) return { ok: false, reason: 'it lists more units than the NOS has.' };
  if (units.some((u) => typeof u !== 'string' || u.length > 100))
    return { ok: false, reason: 'its optional units are not all unit ids.' };
  return {
    ok: true,
    value: {
      level: raw.level as NosLevel,
      optionalUnits: units as string[],
      ...(typeof raw.templateId === 'string' && raw.templateId.length <= 100
        ? { templateId: raw.templateId }
        : {}),
    },
  };
};

// ---------------------------------------------------------------------------------------------
// Renderers

/** Text from people or data as inline Markdown: no accidental emphasis, links, HTML or tables. */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#!])/g, '\\$1');
}

const BASIS_LABEL: Record<Basis, string> = {
  published: 'published in the source',
  curated: 'curated, with a rationale',
  computed: 'computed from text similarity, not reviewed',
};

function coveringLine(c: CoveringUnit): string {
  const facts = [
    c.level !== undefined ? `level ${c.level}` : '',
    c.credits !== undefined ? `${c.credits} credits` : '',
    c.relation,
    c.score !== undefined ? `score ${c.score.toFixed(2)}` : '',
  ].filter(Boolean);
  return `${markdownText(c.frameworkName)} **${markdownText(c.code)}** ${markdownText(c.title)} (${facts.join(', ')})`;
}

function unitMarkdown(u: SpecificationUnit, levelN: number): string[] {
  const lines: string[] = [];
  lines.push(`### ${markdownText(u.code)} ${markdownText(u.title)}`, '');
  const meta = [
    u.mark === 'M' ? `Mandatory at level ${levelN}` : `Optional at level ${levelN}`,
    u.area ? `Functional area ${u.area.letter}: ${markdownText(u.area.title)}` : '',
  ].filter(Boolean);
  lines.push(`*${meta.join(' · ')}*`, '');
  if (u.summary) lines.push(`${markdownText(u.title)} – ${markdownText(u.summary)}`, '');
  for (const fact of u.usage) lines.push(`> ${markdownText(fact.text)} (MSC report 2006/07)`, '');
  lines.push('**Specialist and partnership standards** (Topss social-care map)', '');
  if (u.standards.length === 0) lines.push(markdownText(u.noStandardsNote ?? 'None.'), '');
  for (const group of u.standards) {
    lines.push(`- **${markdownText(group.shortName)}** – ${markdownText(group.name)}`);
    for (const s of group.standards) {
      const where = [s.column ? `${s.column} column` : '', BASIS_LABEL[s.basis]].filter(Boolean).join(', ');
      lines.push(`  - ${markdownText(standardLabel(s))} *(${where})*`);
    }
  }
  if (u.standards.length) lines.push('');
  lines.push('**Qualification units that cover it**', '');
  if (u.curatedCoverage.length === 0 && u.computedCoverage.length === 0) lines.push('None found.', '');
  if (u.curatedCoverage.length) {
    lines.push('Curated (reviewed by hand, with a rationale):', '');
    for (const c of u.curatedCoverage)
      lines.push(`- ${coveringLine(c)}${c.rationale ? ` – ${markdownText(c.rationale)}` : ''}`);
    lines.push('');
  }
  if (u.computedCoverage.length) {
    lines.push('Computed (text similarity only, not reviewed; treat as leads):', '');
    for (const c of u.computedCoverage) lines.push(`- ${coveringLine(c)}`);
    if (u.computedHidden) lines.push(`- …and ${u.computedHidden} weaker computed suggestions`);
    lines.push('');
  }
  return lines;
}

export function specificationToMarkdown(doc: SpecificationDocument, generated?: string): string {
  const n = levelNumber(doc.level);
  const lines: string[] = [
    `# ${markdownText(doc.name)}`,
    '',
    `**Person specification: ${markdownText(doc.levelTitle)}**`,
    '',
    `${markdownText(doc.requirement.text)}. Status: ${markdownText(doc.status.line)}.`,
    '',
  ];
  if (!doc.status.complete)
    for (const p of doc.status.check.problems) lines.push(`- Still to do: ${markdownText(p.message)}`);
  if (!doc.status.complete) lines.push('');
  if (doc.template)
    lines.push(
      `*Started from the suggestion “${markdownText(doc.template.role)}”.* ${markdownText(doc.template.rationale)}`,
      '',
    );
  lines.push('| Status | Code | Unit | Functional area |', '|---|---|---|---|');
  for (const u of [...doc.mandatory, ...doc.optional])
    lines.push(
      `| ${u.mark === 'M' ? 'Mandatory' : 'Optional'} | ${markdownText(u.code)} | ${markdownText(u.title)} | ${u.area ? `${u.area.letter} ${markdownText(u.area.title)}` : ''} |`,
    );
  lines.push('', `## Mandatory units at level ${n}`, '');
  for (const u of doc.mandatory) lines.push(...unitMarkdown(u, n));
  lines.push(`## Optional units chosen`, '');
  if (doc.optional.length === 0) lines.push('None chosen yet.', '');
  for (const u of doc.optional) lines.push(...unitMarkdown(u, n));
  lines.push('---', '', 'Sources:', '');
  for (const s of doc.sources) lines.push(`- ${markdownText(s)}`);
  lines.push(
    '',
    `Made with Standards Atlas${generated ? ` on ${markdownText(generated)}` : ''}. Links marked computed are text-similarity suggestions, not published mappings.`,
    '',
  );
  return lines.join('\n');
}

export const SPECIFICATION_CSV_COLUMNS = [
  'specification',
  'level',
  'status',
  'code',
  'title',
  'functional_area',
  'summary',
  'specialist_and_partnership_standards',
  'qualification_units_curated',
  'qualification_units_computed',
  'unit_id',
  'source',
];

/** One row per unit. Lists inside a cell are separated by " | ". */
export function specificationToCsv(doc: SpecificationDocument): string {
  const covering = (c: CoveringUnit) =>
    `${c.frameworkName} ${c.code} ${c.title} (${c.relation}${c.score !== undefined ? `, score ${c.score.toFixed(2)}` : ''})`;
  const rows = [...doc.mandatory, ...doc.optional].map((u) => ({
    specification: doc.name,
    level: levelNumber(doc.level),
    status: u.mark === 'M' ? 'mandatory' : 'optional',
    code: u.code,
    title: u.title,
    functional_area: u.area ? `${u.area.letter} ${u.area.title}` : '',
    summary: u.summary ?? '',
    specialist_and_partnership_standards: u.standards
      .flatMap((g) =>
        g.standards.map(
          (s) => `${g.shortName} ${standardLabel(s)} (${[s.column, s.basis].filter(Boolean).join(', ')})`,
        ),
      )
      .join(' | '),
    qualification_units_curated: u.curatedCoverage.map(covering).join(' | '),
    qualification_units_computed: u.computedCoverage.map(covering).join(' | '),
    unit_id: u.id,
    source: describeSource(u.source),
  }));
  return toCsv(rows, SPECIFICATION_CSV_COLUMNS);
}

/** A file name from a specification name: "Team leader (copy)" → "team-leader-copy". */
export function fileSlug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'specification'
  );
}
