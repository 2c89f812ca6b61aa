/**
 * Every kind of saved item, with its storage key, named once here.
 *
 * To add a kind (reviewed suggestions, imported frameworks, …):
 *   1. In your own domain module, write the item data type and an `ItemValidator` for it (it gets
 *      untrusted JSON: check every field, cap lengths, build a fresh object).
 *   2. Add it below: to `SavedKindData` (id → data type) and to `SAVED_KINDS` with
 *      `{ id, key: 'standards-atlas.<id>', what: '<plural noun>', version: 1, validate }`.
 *      The id is the item id prefix ("review-3") and must not change once released.
 *   3. Use it in a view with `useSavedKind('<id>')` (ui/common/saved-work.tsx): items, problems,
 *      unsaved, create, update, rename, duplicate, remove. Cross-tab merging, quarantine and
 *      full-storage handling come with it.
 *   Changing the shape later: raise `version` and add `migrate(data, from)` that turns data saved
 *   at version `from` into the new shape (it runs before `validate`). Never reuse a key.
 *   Optional `repair(value, dataset)` drops what the dataset no longer knows, with notes.
 */
import { validateCourseData, type CourseData } from '../course-import';
import type { Dataset } from '../model';
import { validatePlanData, type PlanData } from '../plan';
import { repairSpecification } from '../spec/editing';
import type { SpecificationData } from '../spec/levels';
import { validateSpecificationData } from '../spec/validate';
import { validateReviewData, type ReviewData } from '../suggest/review';
import type { SavedKind } from './types';

/** Kind id → the data saved for each item of the kind. */
export interface SavedKindData {
  spec: SpecificationData;
  plan: PlanData;
  course: CourseData;
  /** Reviewed suggestions for a course: the texts suggested from and the rejected suggestions. */
  review: ReviewData;
}

export type SavedKindId = Extract<keyof SavedKindData, string>;

export const SAVED_KINDS: { [K in keyof SavedKindData]: SavedKind<SavedKindData[K], Dataset> } = {
  spec: {
    id: 'spec',
    key: 'standards-atlas.spec',
    what: 'specifications',
    version: 1,
    validate: validateSpecificationData,
    repair(value, dataset) {
      const { data, dropped } = repairSpecification(dataset, value);
      return {
        value: data,
        notes: dropped.length
          ? [`left out ${dropped.map((d) => `${d.code} (${d.reason})`).join('; ')}.`]
          : [],
      };
    },
  },
  plan: { id: 'plan', key: 'standards-atlas.plan', what: 'plans', version: 1, validate: validatePlanData },
  course: {
    id: 'course',
    key: 'standards-atlas.course',
    what: 'courses',
    version: 1,
    validate: validateCourseData,
  },
  review: {
    id: 'review',
    key: 'standards-atlas.review',
    what: 'reviewed suggestions',
    version: 1,
    validate: validateReviewData,
  },
};
