/**
 * One entry point for "import a framework from a file", shared by the app and the CLI dry run:
 * a CASE package (JSON) or a course table (CSV). Pure: the caller reads the file and saves the result.
 */
import { courseFragment, moduleText, parseCourseTable, userFrameworkId } from '../course-import';
import type { Dataset } from '../model';
import { importCasePackage, type FrameworkImport } from './case-import';

export type { FrameworkImport, ExternalReference, ImportIssue } from './case-import';
export { importCasePackage, refusedImport } from './case-import';
export { MAX_CASE_BYTES } from './case-read';

/** JSON (by name or by its first character) is read as CASE; anything else as a course table. */
export function looksLikeJson(fileName: string, text: string): boolean {
  return /\.json$/i.test(fileName) || /^\uFEFF?\s*[[{]/.test(text.slice(0, 1000));
}

export function importCourseTable(
  text: string,
  dataset: Dataset,
  fileName: string,
  takenFrameworkIds: Iterable<string> = [],
  importedAt = new Date(0).toISOString(),
): FrameworkImport {
  const nosUnits = dataset.units.filter((u) => u.framework === 'nos');
  const result = parseCourseTable(text, nosUnits);
  const name = fileName.replace(/\.[a-z0-9]+$/i, '') || 'Imported course';
  const frameworkId = userFrameworkId(name, [...dataset.frameworks.map((f) => f.id), ...takenFrameworkIds]);
  const fragment = courseFragment(
    name,
    { frameworkId, fileName, importedAt, modules: result.modules },
    new Set(nosUnits.map((u) => u.id)),
  );
  return {
    kind: 'course',
    framework: { ...fragment.frameworks[0]!, origin: 'user' },
    units: fragment.units,
    links: fragment.links.map((l) => ({ ...l, origin: 'user' as const })),
    externalReferences: [],
    unitTexts: Object.fromEntries(result.modules.map((m) => [`${frameworkId}:${m.code}`, moduleText(m)])),
    problems: result.problems.map((p) => ({
      severity: p.severity,
      message: p.column ? `${p.column}: ${p.message}` : p.message,
      ...(p.row !== undefined ? { row: p.row } : {}),
    })),
  };
}

/** Reads a file someone chose as a framework to import: CASE JSON or a course CSV. Never throws. */
export function importFrameworkFile(
  fileName: string,
  text: string,
  dataset: Dataset,
  takenFrameworkIds: Iterable<string> = [],
  importedAt?: string,
): FrameworkImport {
  return looksLikeJson(fileName, text)
    ? importCasePackage(text, dataset, fileName, takenFrameworkIds)
    : importCourseTable(text, dataset, fileName, takenFrameworkIds, importedAt);
}

/** Something can be imported: at least one unit. */
export const isImportable = (result: FrameworkImport) => result.units.length > 0;
