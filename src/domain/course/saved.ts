/** Reading a saved course back from storage: it may have been edited or damaged, so check it all. */
import type { ItemValidator } from '../saved';
import { RELATIONS } from '../vocabulary';
import {
  MAX_MODULE_TEXT,
  MAX_MODULES,
  MAX_TITLE,
  type CourseClaim,
  type CourseData,
  type CourseModule,
} from './model';

const isRecord = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

/** Checks a saved course read back from storage (it may have been edited or damaged). */
export const validateCourseData: ItemValidator<CourseData> = (data) => {
  if (!isRecord(data)) return { ok: false, reason: 'it is not a course.' };
  const { frameworkId, fileName, importedAt, modules } = data;
  if (typeof frameworkId !== 'string' || !/^user-[a-z0-9-]{1,60}$/.test(frameworkId))
    return { ok: false, reason: 'its identifier is damaged.' };
  if (!Array.isArray(modules) || modules.length > MAX_MODULES)
    return { ok: false, reason: 'its list of modules is damaged.' };
  const clean: CourseModule[] = [];
  for (const m of modules) {
    if (
      !isRecord(m) ||
      typeof m.code !== 'string' ||
      !/^[A-Za-z0-9][A-Za-z0-9./+-]{0,39}$/.test(m.code) ||
      typeof m.title !== 'string' ||
      !m.title ||
      !Array.isArray(m.claims)
    )
      return { ok: false, reason: 'one of its modules is damaged.' };
    const claims = m.claims.filter(
      (c): c is CourseClaim =>
        isRecord(c) &&
        typeof c.nos === 'string' &&
        /^nos:[A-F]\d{1,2}$/.test(c.nos) &&
        (RELATIONS as readonly unknown[]).includes(c.relation),
    );
    const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
    const credits = count(m.credits);
    const hours = count(m.hours);
    const text = (v: unknown) => (typeof v === 'string' && v ? v.slice(0, MAX_MODULE_TEXT) : undefined);
    const description = text(m.description);
    const outcomes = text(m.outcomes);
    clean.push({
      code: m.code,
      title: m.title.slice(0, MAX_TITLE),
      ...(description !== undefined ? { description } : {}),
      ...(outcomes !== undefined ? { outcomes } : {}),
      row: count(m.row) ?? 0,
      claims: claims.map((c) => ({ nos: c.nos, relation: c.relation })),
      ...(credits !== undefined ? { credits } : {}),
      ...(hours !== undefined ? { hours } : {}),
    });
  }
  if (new Set(clean.map((m) => m.code)).size !== clean.length)
    return { ok: false, reason: 'two of its modules have the same code.' };
  return {
    ok: true,
    value: {
      frameworkId,
      fileName: typeof fileName === 'string' ? fileName.slice(0, 200) : '',
      importedAt: typeof importedAt === 'string' ? importedAt : new Date(0).toISOString(),
      modules: clean,
    },
  };
};
