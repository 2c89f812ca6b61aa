/**
 * Reviewing suggestions for a course or an imported framework: a suggestion becomes "your claim"
 * only when the person accepts it (or picks another unit); until then it is never saved or
 * exported as a claim. Accepted claims live in the saved item itself (the course's modules, the
 * framework's `claims`: see interchange/framework-mapping.ts), so coverage, gaps, compare and the
 * exports see them like any claim; the review item (kind "review") keeps what a claim cannot: the
 * text the suggestions were made from and the suggestions the person rejected.
 */
import {
  DEFAULT_CLAIM_RELATION,
  MAX_MODULES,
  moduleText,
  userFrameworkId,
  type CourseData,
  type CourseModule,
} from '../course-import';
import type { Relation } from '../model';
import type { ItemValidator } from '../saved/types';
import type { Suggestion } from './engine';

export const MAX_REVIEW_TEXT = 5000;
/** The name of the course that collects pasted module descriptions. */
export const PASTED_COURSE_NAME = 'Pasted modules';

export interface ReviewData {
  /**
   * The saved item whose units were reviewed: a course ("course-3") or an imported framework
   * ("framework-2"); item ids carry their kind. (Named when only courses had reviews; the stored
   * name is kept so saved reviews stay readable.)
   */
  courseId: string;
  /** Module code → the text its suggestions were made from (a pasted description, whole). */
  texts: Record<string, string>;
  /** Suggestions the person rejected: not offered again for that module (or framework unit key). */
  rejected: { module: string; nos: string }[];
}

/**
 * A module's words for the engine: its title, description and outcomes as imported, and for a
 * pasted module the whole description kept by the review.
 */
export function reviewText(
  module: Pick<CourseModule, 'code' | 'title' | 'description' | 'outcomes'>,
  review?: ReviewData,
): string {
  const own = moduleText(module);
  const text = review?.texts[module.code];
  return text && !own.includes(text) ? `${own}\n${text}` : own;
}

/** The suggestions still to review for a module or unit: not already claimed or linked, not rejected. */
export function pendingSuggestions(
  suggestions: Suggestion[],
  module: { code: string; claims: readonly { nos: string }[] },
  review: ReviewData | undefined,
  limit = 3,
): Suggestion[] {
  const claimed = new Set(module.claims.map((c) => c.nos));
  const rejected = new Set(review?.rejected.filter((r) => r.module === module.code).map((r) => r.nos));
  return suggestions.filter((s) => !claimed.has(s.id) && !rejected.has(s.id)).slice(0, limit);
}

/** The course with `nos` claimed by the module (relation: the suggestion's, or "related"). */
export function acceptClaim(
  course: CourseData,
  moduleCode: string,
  nos: string,
  relation: Relation = DEFAULT_CLAIM_RELATION,
): CourseData {
  return {
    ...course,
    modules: course.modules.map((m) =>
      m.code !== moduleCode || m.claims.some((c) => c.nos === nos)
        ? m
        : { ...m, claims: [...m.claims, { nos, relation }] },
    ),
  };
}

export function rejectSuggestion(review: ReviewData, moduleCode: string, nos: string): ReviewData {
  if (review.rejected.some((r) => r.module === moduleCode && r.nos === nos)) return review;
  return { ...review, rejected: [...review.rejected, { module: moduleCode, nos }] };
}

/** A first line fit for a module title: the text's first line, at most 120 characters. */
export function titleFromText(text: string): string {
  const line = text.trim().split(/\r?\n/)[0]!.trim();
  return line.length > 120 ? `${line.slice(0, 119)}…` : line;
}

/**
 * The pasted-modules course with one more module made from a pasted description (code P1, P2…),
 * and the review with the description kept. Refuses (undefined) when the course is full.
 */
export function addPastedModule(
  course: CourseData | undefined,
  review: ReviewData | undefined,
  text: string,
  takenFrameworkIds: Iterable<string>,
  now: Date,
): { course: CourseData; review: Omit<ReviewData, 'courseId'>; code: string } | undefined {
  const base: CourseData = course ?? {
    frameworkId: userFrameworkId(PASTED_COURSE_NAME, takenFrameworkIds),
    fileName: '',
    importedAt: now.toISOString(),
    modules: [],
  };
  if (base.modules.length >= MAX_MODULES) return undefined;
  const used = new Set(base.modules.map((m) => m.code));
  let n = base.modules.length + 1;
  while (used.has(`P${n}`)) n++;
  const code = `P${n}`;
  const module: CourseModule = { code, title: titleFromText(text) || code, row: 0, claims: [] };
  return {
    course: { ...base, modules: [...base.modules, module] },
    review: {
      texts: { ...(review?.texts ?? {}), [code]: text.slice(0, MAX_REVIEW_TEXT) },
      rejected: review?.rejected ?? [],
    },
    code,
  };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);
// A course module's code (≤ 40 characters) or an imported framework unit's key (≤ 80).
const moduleCode = /^[A-Za-z0-9][A-Za-z0-9./+-]{0,79}$/;

/** Checks a review read back from storage; unreadable entries are dropped, not the whole review. */
export const validateReviewData: ItemValidator<ReviewData> = (data) => {
  if (!isRecord(data) || typeof data.courseId !== 'string' || !/^[a-z0-9-]{1,80}$/.test(data.courseId))
    return { ok: false, reason: 'it is not a review of a saved course.' };
  const texts: Record<string, string> = {};
  if (isRecord(data.texts))
    for (const [code, text] of Object.entries(data.texts).slice(0, MAX_MODULES))
      if (moduleCode.test(code) && typeof text === 'string') texts[code] = text.slice(0, MAX_REVIEW_TEXT);
  const rejected = (Array.isArray(data.rejected) ? data.rejected : [])
    .filter(
      (r): r is { module: string; nos: string } =>
        isRecord(r) &&
        typeof r.module === 'string' &&
        moduleCode.test(r.module) &&
        typeof r.nos === 'string' &&
        /^nos:[A-F]\d{1,2}$/.test(r.nos),
    )
    .slice(0, MAX_MODULES * 56)
    .map((r) => ({ module: r.module, nos: r.nos }));
  return { ok: true, value: { courseId: data.courseId, texts, rejected } };
};
