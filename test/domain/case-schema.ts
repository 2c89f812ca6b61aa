/**
 * The parts of the 1EdTech CASE 1.0 JSON binding (CFPackage) that a consumer relies on, as zod.
 * Objects are loose: CASE allows optional fields and extensions we do not list here.
 */
import { z } from 'zod';

export const CASE_ASSOCIATION_TYPES = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
] as const;

const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'must be a UUID');
const uri = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'must be a URI');
/** CASE dateTime: ISO 8601 with seconds and a zone. */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);

export const linkUriSchema = z.looseObject({
  title: z.string().min(1),
  identifier: uuid,
  uri,
});

export const cfDocumentSchema = z.looseObject({
  identifier: uuid,
  uri,
  creator: z.string().min(1),
  title: z.string().min(1),
  lastChangeDateTime: dateTime,
  officialSourceURL: uri.optional(),
  publisher: z.string().optional(),
  description: z.string().optional(),
  language: z.string().optional(),
  version: z.string().optional(),
  adoptionStatus: z.string().optional(),
  notes: z.string().optional(),
});

export const cfItemSchema = z.looseObject({
  identifier: uuid,
  uri,
  fullStatement: z.string().min(1),
  alternativeLabel: z.string().optional(),
  CFItemType: z.string().optional(),
  CFItemTypeURI: linkUriSchema.optional(),
  humanCodingScheme: z.string().optional(),
  listEnumeration: z.string().optional(),
  abbreviatedStatement: z.string().optional(),
  notes: z.string().optional(),
  language: z.string().optional(),
  lastChangeDateTime: dateTime,
  CFDocumentURI: linkUriSchema,
});

export const cfAssociationSchema = z.looseObject({
  identifier: uuid,
  uri,
  associationType: z.enum(CASE_ASSOCIATION_TYPES),
  sequenceNumber: z.number().int().optional(),
  originNodeURI: linkUriSchema,
  destinationNodeURI: linkUriSchema,
  CFAssociationGroupingURI: linkUriSchema.optional(),
  lastChangeDateTime: dateTime,
  CFDocumentURI: linkUriSchema.optional(),
});

const cfDefinitionSchema = z.looseObject({
  identifier: uuid,
  uri,
  title: z.string(),
  lastChangeDateTime: dateTime,
});

export const cfPackageSchema = z.looseObject({
  CFDocument: cfDocumentSchema,
  CFItems: z.array(cfItemSchema),
  CFAssociations: z.array(cfAssociationSchema),
  CFDefinitions: z
    .looseObject({
      CFItemTypes: z.array(cfDefinitionSchema).optional(),
      CFAssociationGroupings: z.array(cfDefinitionSchema).optional(),
    })
    .optional(),
});
export type CfPackage = z.infer<typeof cfPackageSchema>;
