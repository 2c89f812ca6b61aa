import { createContext, useContext, useMemo } from 'react';
import {
  courseFragment,
  validateCourseData,
  type CourseData,
  type DatasetFragment,
} from '../../domain/course-import';
import type { Dataset } from '../../domain/model';
import { validatePlanData, type PlanData } from '../../domain/plan';
import { useSavedCollection } from '../common/useSavedCollection';

type Saved<T> = ReturnType<typeof useSavedCollection<T>>;

/** Saved plans and imported courses, shared by the plan view, the explorer's "Add to plan" and the atlas. */
export interface PlanStore {
  plans: Saved<PlanData>;
  courses: Saved<CourseData>;
  /** The saved courses as dataset fragments, merged into the atlas so they show everywhere. */
  fragments: DatasetFragment[];
}

export const PlanStoreContext = createContext<PlanStore | null>(null);

/** Called once, in the App shell, so every view sees the same collections. */
export function usePlanStoreState(dataset: Dataset): PlanStore {
  const plans = useSavedCollection<PlanData>('standards-atlas.plan', validatePlanData, 'plans');
  const courses = useSavedCollection<CourseData>('standards-atlas.course', validateCourseData, 'courses');
  const courseItems = courses.items;
  const fragments = useMemo(() => {
    const nosIds = new Set(dataset.units.filter((u) => u.framework === 'nos').map((u) => u.id));
    // Two saved courses claiming one framework id (only possible if storage was edited) would
    // give the graph duplicate nodes: the first keeps it.
    const seen = new Set(dataset.frameworks.map((f) => f.id));
    return courseItems
      .filter((item) => !seen.has(item.data.frameworkId) && !!seen.add(item.data.frameworkId))
      .map((item) => courseFragment(item.name, item.data, nosIds));
  }, [courseItems, dataset]);
  return { plans, courses, fragments };
}

export function usePlanStore(): PlanStore {
  const store = useContext(PlanStoreContext);
  if (!store) throw new Error('usePlanStore must be used inside PlanStoreContext');
  return store;
}
