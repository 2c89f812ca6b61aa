/**
 * A training designer's own course, as Standards Atlas keeps it: one module per row of their file,
 * each with the generic NOS units it claims to cover — possibly none yet.
 *
 * For "Suggest NOS units" (issue 12, item 5): a module with no claims `needsNosUnits`; the text to
 * rank NOS units against is `moduleText(module)`: its `title`, `description` and `outcomes` as the
 * author wrote them in the file. A suggestion becomes a claim only when the person accepts it.
 */
import type { Relation } from '../model';

export const MAX_MODULES = 500;
export const MAX_TITLE = 300;
/** Description and outcomes are kept up to this many characters each (a long paragraph or two). */
export const MAX_MODULE_TEXT = 4000;
export const USER_CLAIM_RATIONALE =
  'Claimed by the course author in the imported file (user data), not checked by Standards Atlas';
/** A claim with no relation column is the weakest, non-committal relation. */
export const DEFAULT_CLAIM_RELATION: Relation = 'related';

export interface CourseClaim {
  nos: string;
  relation: Relation;
}

export interface CourseModule {
  code: string;
  title: string;
  /** What the module is about, from the file's description column (absent when the file has none). */
  description?: string;
  /** The module's learning outcomes or objectives, from the file's outcomes column, as written. */
  outcomes?: string;
  credits?: number;
  hours?: number;
  /** The row in the file (the header is row 1), so problems and sources can point at it. */
  row: number;
  /** The NOS units the author claims; empty when the row named none ("needs NOS units"). */
  claims: CourseClaim[];
}

/** What is saved for an imported course (the saved item's name is the course name). */
export interface CourseData {
  frameworkId: string;
  fileName: string;
  importedAt: string;
  modules: CourseModule[];
}

/** A module that claims no NOS unit yet: shown as "needs NOS units", offered to the suggestion engine. */
export function needsNosUnits(module: Pick<CourseModule, 'claims'>): boolean {
  return module.claims.length === 0;
}

/** The module's own words, to rank NOS units against: title, description and outcomes. */
export function moduleText(module: Pick<CourseModule, 'title' | 'description' | 'outcomes'>): string {
  return [module.title, module.description, module.outcomes].filter(Boolean).join('\n');
}
