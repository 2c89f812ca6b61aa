/** Checks the shape of saved specification data. Pure. */
import type { NosLevel } from '../model';
import type { ItemValidator } from '../saved';
import { NOS_LEVELS } from '../vocabulary';
import type { SpecificationData } from './levels';

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
