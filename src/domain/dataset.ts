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
import { repeatedKeys, topLevelKeys } from './json-keys';
import { crossReferenceProblems, fileProblem, type Origin } from './dataset-references';

export interface DataFile {
  /** Path as shown to people, e.g. "data/nos.json". */
  name: string;
  text: string;
  /** Last modification time (ms), when known: of two copies of a record, the newer file introduced it. */
  modified?: number;
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
  if (files.length === 0)
    return { dataset, problems: [fileProblem('(data folder)', 'there is no data: no .json data files')] };

  for (const file of files) {
    let parsed: unknown;
    // A byte-order mark is what some editors on Windows write first; it is not part of the JSON.
    const text = file.text.replace(/^\uFEFF/, '');
    try {
      parsed = JSON.parse(text);
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
    // JSON.parse keeps the last of two equal keys: a section written twice would lose the first.
    for (const key of repeatedKeys(topLevelKeys(text)))
      problems.push({
        file: file.name,
        record: key,
        field: '',
        message: `section "${key}" appears more than once in this file; only the last one would be read. Merge them into one.`,
      });
    for (const [key, value] of Object.entries(parsed)) {
      // Own keys only: "constructor", "toString" or "__proto__" are unknown sections, not Object's.
      if (!Object.hasOwn(SECTIONS, key)) {
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
        origins.set(result.data as object, { file: file.name, record, modified: file.modified });
      });
    }
  }
  const folder = files[0]!.name.replace(/[^/\\]*$/, '');
  problems.push(...crossReferenceProblems(dataset, origins, invalidIds, folder));
  return { dataset, problems };
}
