/**
 * The data model of Standards Atlas: the schema every file in `data/` must satisfy.
 * Types are inferred from the zod schemas so that validation and typing cannot drift apart.
 */
import { z } from 'zod';

import {
  BASES,
  CONFIDENCES,
  FRAMEWORK_KINDS,
  FUNCTIONAL_AREAS,
  NOS_LEVELS,
  ORIGINS,
  RELATIONS,
  SOURCE_DOCUMENTS,
  USAGE_KINDS,
} from './vocabulary';

export * from './vocabulary';

const documentName = z.enum(Object.values(SOURCE_DOCUMENTS) as [string, ...string[]]);

/** Where a record came from: the document and a human-readable locator, plus the 1-based line. */
export const sourceSchema = z.strictObject({
  document: documentName,
  locator: z.string().min(3),
  line: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

export const functionalAreaSchema = z.enum(FUNCTIONAL_AREAS);
export type FunctionalArea = z.infer<typeof functionalAreaSchema>;

export const nosLevelSchema = z.enum(NOS_LEVELS);
export type NosLevel = z.infer<typeof nosLevelSchema>;
export const levelMarkSchema = z.enum(['M', 'O']);
export type LevelMark = z.infer<typeof levelMarkSchema>;

export const frameworkKindSchema = z.enum(FRAMEWORK_KINDS);
export type FrameworkKind = z.infer<typeof frameworkKindSchema>;

export const relationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof relationSchema>;

export const basisSchema = z.enum(BASES);
export type Basis = z.infer<typeof basisSchema>;

/** Absent means `source`: the published documents and our curation. `user`: the person's own import. */
export const originSchema = z.enum(ORIGINS);
export type Origin = z.infer<typeof originSchema>;

export const confidenceSchema = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof confidenceSchema>;

export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*:[A-Za-z0-9][A-Za-z0-9./+-]*$/, 'must look like "framework:code"');
export const areaIdSchema = z.string().regex(/^area:[A-F]$/, 'must look like "area:A"');

export const frameworkSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(2),
  shortName: z.string().min(1),
  kind: frameworkKindSchema,
  /** The code prefixes the source uses for this framework, before normalisation (e.g. "HSC:"). */
  prefixes: z.array(z.string()).optional(),
  description: z.string().optional(),
  origin: originSchema.optional(),
  source: sourceSchema,
});
export type Framework = z.infer<typeof frameworkSchema>;

export const criterionSchema = z.strictObject({
  number: z.string().regex(/^\d+\.\d+[a-z]?$/),
  text: z.string().min(2),
});
export const outcomeSchema = z.strictObject({
  number: z.string().regex(/^\d+$/),
  text: z.string().min(2),
  criteria: z.array(criterionSchema),
});
export type LearningOutcome = z.infer<typeof outcomeSchema>;

/** Another wording of the same unit found elsewhere in a source (e.g. the same code in two rows). */
export const variantSchema = z.strictObject({ text: z.string().min(1), source: sourceSchema });

export const unitSchema = z.strictObject({
  id: idSchema,
  framework: z.string().min(1),
  code: z.string().min(1),
  /** Empty only where the source gives a code with no title; the UI says so. */
  title: z.string(),
  source: sourceSchema,
  area: functionalAreaSchema.optional(),
  levels: z.partialRecord(nosLevelSchema, levelMarkSchema).optional(),
  /** `*` imported from Customer Service standards, `**` imported from ENTO (NOS doc footnote). */
  importMark: z.enum(['*', '**']).optional(),
  summary: z.string().optional(),
  summarySource: sourceSchema.optional(),
  level: z.number().int().min(1).max(8).optional(),
  credits: z.number().int().positive().optional(),
  glh: z.number().int().positive().optional(),
  group: z.string().optional(),
  outcomes: z.array(outcomeSchema).optional(),
  variants: z.array(variantSchema).optional(),
  note: z.string().optional(),
});
export type Unit = z.infer<typeof unitSchema>;

export const linkSchema = z.strictObject({
  from: idSchema,
  /** A unit id, or a functional area ("area:B") where the source row names no unit. */
  to: z.union([idSchema, areaIdSchema]),
  relation: relationSchema,
  basis: basisSchema,
  context: z.enum(['specialist', 'partnership']).optional(),
  score: z.number().min(0).max(1).optional(),
  rationale: z.string().optional(),
  source: sourceSchema.optional(),
  /** Computed links only: calibrated on held-out curated links. */
  confidence: confidenceSchema.optional(),
  /**
   * A doubtful placement: a sentence saying why (e.g. the table's columns may have drifted in the
   * PDF conversion) and the source line that shows it. Shown wherever the link is shown.
   */
  caveat: z.strictObject({ text: z.string().min(10), source: sourceSchema }).optional(),
  origin: originSchema.optional(),
});
export type Link = z.infer<typeof linkSchema>;

const unitRange = z.string().regex(/^\d{3}(-\d{3})?$/, 'a unit number or range such as "400-408"');

/** Rules of combination, as data. One engine interprets them for NOS levels and qualifications. */
export const ruleSchema = z.discriminatedUnion('type', [
  z.strictObject({
    id: z.string(),
    type: z.literal('totalCredits'),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    text: z.string(),
    source: sourceSchema,
  }),
  z.strictObject({
    id: z.string(),
    type: z.literal('groupCredits'),
    group: z.string(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    text: z.string(),
    source: sourceSchema,
  }),
  z.strictObject({
    id: z.string(),
    type: z.literal('allUnitsOfGroup'),
    group: z.string(),
    text: z.string(),
    source: sourceSchema,
  }),
  z.strictObject({
    id: z.string(),
    type: z.literal('allowedUnitRanges'),
    /** Unit numbers (the digits after "8605-") a plan may draw from. */
    ranges: z.array(unitRange).min(1),
    text: z.string(),
    source: sourceSchema,
  }),
  z.strictObject({
    id: z.string(),
    type: z.literal('rangeCredits'),
    ranges: z.array(unitRange).min(1),
    /** What the ranges are called in the specification's words, e.g. "group 2". */
    label: z.string().optional(),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
    text: z.string(),
    source: sourceSchema,
  }),
]);
export type Rule = z.infer<typeof ruleSchema>;

export const qualificationSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  framework: z.string(),
  /** Ofqual / accreditation number, e.g. "601/4759/3". */
  number: z.string().regex(/^\d{3}\/\d{4}\/[0-9X]$/),
  title: z.string().min(3),
  awardingBody: z.string(),
  level: z.number().int(),
  totalQualificationTime: z.number().int().positive().optional(),
  guidedLearningHours: z.number().int().positive().optional(),
  creditRange: z.strictObject({ min: z.number().int(), max: z.number().int().optional() }),
  /** The rules-of-combination paragraph exactly as the specification prints it. */
  rulesText: z.string().min(10),
  rules: z.array(ruleSchema).min(1),
  source: sourceSchema,
});
export type Qualification = z.infer<typeof qualificationSchema>;

export const nosLevelRuleSchema = z.strictObject({
  level: nosLevelSchema,
  mandatory: z.number().int().positive(),
  optional: z.number().int().nonnegative(),
  text: z.string(),
  source: sourceSchema,
});
export type NosLevelRule = z.infer<typeof nosLevelRuleSchema>;

export const functionalAreaRecordSchema = z.strictObject({
  id: areaIdSchema,
  letter: functionalAreaSchema,
  title: z.string().min(3),
  source: sourceSchema,
});
export type FunctionalAreaRecord = z.infer<typeof functionalAreaRecordSchema>;

export const usageFactSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(USAGE_KINDS),
  units: z.array(idSchema),
  text: z.string().min(5),
  count: z.number().int().nonnegative().optional(),
  sector: z.string().optional(),
  source: sourceSchema,
});
export type UsageFact = z.infer<typeof usageFactSchema>;

export const correctionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['typo', 'normalisation', 'split', 'column', 'conversion']),
  field: z.string(),
  original: z.string(),
  corrected: z.string(),
  reason: z.string().min(5),
  /** Ids of the records the correction applies to. */
  records: z.array(z.string()).min(1),
  source: sourceSchema,
});
export type Correction = z.infer<typeof correctionSchema>;

/**
 * A starting point for a person specification: a NOS level and optional units for a common
 * social-care role. Always shown as a suggestion, with its rationale and the sources it draws on.
 */
export const roleTemplateSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  role: z.string().min(3),
  level: nosLevelSchema,
  optionalUnits: z.array(idSchema),
  rationale: z.string().min(10),
  /** Usage facts or sources the choice draws on. */
  basedOn: z.array(z.string()),
});
export type RoleTemplate = z.infer<typeof roleTemplateSchema>;

/**
 * Words people use for the same thing (abbreviations, synonyms, everyday terms for a standard's
 * wording). One reviewable list, shared by search and the suggestion engine. Terms are lower case;
 * a term may be a phrase ("continuing professional development").
 */
export const synonymGroupSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  terms: z.array(z.string().regex(/^[a-z0-9&+ '-]+$/, 'lower-case words')).min(2),
  note: z.string().optional(),
});
export type SynonymGroup = z.infer<typeof synonymGroupSchema>;

/** The whole dataset, as assembled from the files in `data/`. */
export interface Dataset {
  frameworks: Framework[];
  areas: FunctionalAreaRecord[];
  nosLevelRules: NosLevelRule[];
  units: Unit[];
  qualifications: Qualification[];
  links: Link[];
  usageFacts: UsageFact[];
  corrections: Correction[];
  roleTemplates: RoleTemplate[];
  synonyms: SynonymGroup[];
}
