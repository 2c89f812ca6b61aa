/**
 * Assembling the dataset from the files in `data/` and validating it.
 * Pure: callers read the files; this module returns the dataset and a list of problems,
 * each naming the file, the record and the field, so a person can go straight to the fix.
 */
import type { z } from 'zod';
import {
  correctionSchema,
  frameworkSchema,
  functionalAreaRecordSchema,
  linkSchema,
  nosLevelRuleSchema,
  qualificationSchema,
  roleTemplateSchema,
  synonymGroupSchema,
  unitSchema,
  usageFactSchema,
  type Dataset,
} from './model';

export interface DataFile {
  /** Path as shown to people, e.g. "data/nos.json". */
  name: string;
  text: string;
}

export interface Problem {
  file: string;
  /** e.g. `units[3] (nos:A4)`; empty when the whole file is at fault. */
  record: string;
  /** e.g. `levels.L2`; empty when the record as a whole is at fault. */
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.record, p.field].filter(Boolean).join(' › ');
  return `${where}: ${p.message}`;
}

const SECTIONS = {
  frameworks: frameworkSchema,
  areas: functionalAreaRecordSchema,
  levelRules: nosLevelRuleSchema,
  units: unitSchema,
  qualifications: qualificationSchema,
  links: linkSchema,
  usageFacts: usageFactSchema,
  corrections: correctionSchema,
  roleTemplates: roleTemplateSchema,
  synonyms: synonymGroupSchema,
} as const;
type Section = keyof typeof SECTIONS;

export interface LoadResult {
  dataset: Dataset;
  problems: Problem[];
}

function emptyDataset(): Dataset {
  return {
    frameworks: [],
    areas: [],
    nosLevelRules: [],
    units: [],
    qualifications: [],
    links: [],
    usageFacts: [],
    corrections: [],
    roleTemplates: [],
    synonyms: [],
  };
}

/** Where each record came from, so cross-reference problems can name the file too. */
interface Origin {
  file: string;
  record: string;
}

function recordLabel(section: string, index: number, value: unknown): string {
  const id =
    value && typeof value === 'object' && 'id' in value && typeof value.id === 'string'
      ? ` (${value.id})`
      : '';
  return `${section}[${index}]${id}`;
}

export function loadDataset(files: DataFile[]): LoadResult {
  const dataset = emptyDataset();
  const problems: Problem[] = [];
  const origins = new Map<object, Origin>();
  // Ids of records that failed their schema: still "known", so one bad field is one problem, not a cascade.
  const invalidIds = new Set<string>();

  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(file.text);
    } catch (error) {
      problems.push({
        file: file.name,
        record: '',
        field: '',
        message: `not valid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      problems.push({
        file: file.name,
        record: '',
        field: '',
        message: 'must be a JSON object with sections such as "units" or "links"',
      });
      continue;
    }
    for (const [key, value] of Object.entries(parsed)) {
      if (!(key in SECTIONS)) {
        problems.push({
          file: file.name,
          record: key,
          field: '',
          message: `unknown section "${key}"; expected one of ${Object.keys(SECTIONS).join(', ')}`,
        });
        continue;
      }
      if (!Array.isArray(value)) {
        problems.push({ file: file.name, record: key, field: '', message: 'must be an array' });
        continue;
      }
      const section = key as Section;
      const schema: z.ZodType = SECTIONS[section];
      value.forEach((raw: unknown, index) => {
        const record = recordLabel(section, index, raw);
        const result = schema.safeParse(raw);
        if (!result.success) {
          if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string')
            invalidIds.add(raw.id);
          for (const issue of result.error.issues) {
            problems.push({
              file: file.name,
              record,
              field: issue.path.join('.'),
              message: issue.message,
            });
          }
          return;
        }
        const target = section === 'levelRules' ? 'nosLevelRules' : section;
        (dataset[target] as object[]).push(result.data as object);
        origins.set(result.data as object, { file: file.name, record });
      });
    }
  }
  problems.push(...crossReferenceProblems(dataset, origins, invalidIds));
  return { dataset, problems };
}

function crossReferenceProblems(
  dataset: Dataset,
  origins: Map<object, Origin>,
  invalidIds: Set<string>,
): Problem[] {
  const problems: Problem[] = [];
  const at = (record: object, field: string, message: string) => {
    const origin = origins.get(record) ?? { file: '(unknown)', record: '' };
    problems.push({ ...origin, field, message });
  };
  const duplicates = <T extends { id: string }>(records: T[], what: string) => {
    const seen = new Set<string>();
    for (const record of records) {
      if (seen.has(record.id)) at(record, 'id', `duplicate ${what} id "${record.id}"`);
      seen.add(record.id);
    }
  };
  duplicates(dataset.frameworks, 'framework');
  duplicates(dataset.units, 'unit');
  duplicates(dataset.qualifications, 'qualification');
  duplicates(dataset.usageFacts, 'usage fact');
  duplicates(dataset.corrections, 'correction');

  const frameworkIds = new Set([...dataset.frameworks.map((f) => f.id), ...invalidIds]);
  const unitIds = new Set([...dataset.units.map((u) => u.id), ...invalidIds]);
  const areaIds = new Set(dataset.areas.map((a) => a.id));

  for (const unit of dataset.units) {
    if (!frameworkIds.has(unit.framework)) at(unit, 'framework', `unknown framework "${unit.framework}"`);
    const expectedPrefix = `${unit.framework}:`;
    if (!unit.id.startsWith(expectedPrefix))
      at(unit, 'id', `must start with "${expectedPrefix}" (its framework)`);
    if (unit.title === '' && !unit.note)
      at(unit, 'title', 'is empty; a unit without a title in the source needs a note saying so');
  }
  for (const q of dataset.qualifications) {
    if (!frameworkIds.has(q.framework)) at(q, 'framework', `unknown framework "${q.framework}"`);
    q.rules.forEach((rule, i) => {
      if (
        'group' in rule &&
        !dataset.units.some((u) => u.framework === q.framework && u.group === rule.group)
      )
        at(q, `rules.${i}.group`, `no unit of ${q.framework} is in group "${rule.group}"`);
    });
  }
  const linkKeys = new Set<string>();
  dataset.links.forEach((link) => {
    if (!unitIds.has(link.from)) at(link, 'from', `unknown unit "${link.from}"`);
    const toKnown = link.to.startsWith('area:') ? areaIds.has(link.to) : unitIds.has(link.to);
    if (!toKnown) at(link, 'to', `unknown ${link.to.startsWith('area:') ? 'area' : 'unit'} "${link.to}"`);
    if (link.basis === 'curated' && !link.rationale)
      at(link, 'rationale', 'a curated link needs a one-sentence rationale');
    if (link.basis === 'computed' && link.score === undefined)
      at(link, 'score', 'a computed link needs its similarity score');
    if (link.basis === 'published' && !link.source)
      at(link, 'source', 'a published link must say where it is published');
    if (link.basis !== 'computed' && link.score !== undefined)
      at(link, 'score', 'only computed links carry a score');
    const key = `${link.from}>${link.to}>${link.basis}>${link.context ?? ''}>${link.source?.line ?? ''}`;
    if (linkKeys.has(key)) at(link, '', `duplicate link ${link.from} → ${link.to} (${link.basis})`);
    linkKeys.add(key);
  });
  for (const fact of dataset.usageFacts) {
    fact.units.forEach((id, i) => {
      if (!unitIds.has(id)) at(fact, `units.${i}`, `unknown unit "${id}"`);
    });
  }
  const recordIds = new Set([
    ...unitIds,
    ...dataset.frameworks.map((f) => f.id),
    ...dataset.qualifications.map((q) => q.id),
    ...dataset.usageFacts.map((f) => f.id),
  ]);
  for (const correction of dataset.corrections) {
    correction.records.forEach((id, i) => {
      if (!recordIds.has(id)) at(correction, `records.${i}`, `unknown record "${id}"`);
    });
  }
  for (const template of dataset.roleTemplates) {
    template.optionalUnits.forEach((id, i) => {
      const unit = dataset.units.find((u) => u.id === id);
      if (!unit) at(template, `optionalUnits.${i}`, `unknown unit "${id}"`);
      else if (unit.levels?.[template.level] !== 'O')
        at(template, `optionalUnits.${i}`, `${unit.code} is not optional at ${template.level}`);
    });
    template.basedOn.forEach((id, i) => {
      if (!recordIds.has(id)) at(template, `basedOn.${i}`, `unknown record "${id}"`);
    });
  }
  return problems;
}
