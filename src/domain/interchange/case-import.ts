/**
 * A CASE 1.0 package as the user's own framework: items become units (code from `humanCodingScheme`,
 * title from `fullStatement` or `abbreviatedStatement`), outcome and criterion items sit under their
 * unit (isChildOf), other nested items keep their parent in the unit's note. Associations between
 * items we know (in the file or in the atlas) become links: our "basis · relation" groupings give the
 * relation and basis back; otherwise `exactMatchOf` → exact, `isRelatedTo` → related, basis curated
 * (the file's author's claim). Associations to items we don't have are kept as external references.
 * The same function serves the app and the CLI.
 */
import { userFramework, userFrameworkId } from '../course-import';
import type { Dataset, Framework, Link, Unit } from '../model';
import { readCase, type CaseRead, type ImportIssue } from './case-read';
import { buildLinks, type ExternalReference } from './case-links';
import { buildUnits, type Context } from './case-units';
import { URN_PREFIX, atlasUuid } from './shared';

export type { ImportIssue } from './case-read';
export type { ExternalReference } from './case-links';
export { isParentNote, parentNote } from './case-units';

export interface FrameworkImport {
  kind: 'case' | 'course';
  framework: Framework;
  units: Unit[];
  links: Link[];
  externalReferences: ExternalReference[];
  problems: ImportIssue[];
  /** Set when the framework is already in the atlas (e.g. our own export read back): its id there. */
  alreadyInAtlas?: string;
  /**
   * Unit id → its words for the suggestion engine, when the file says more than a unit keeps (a
   * course table's description and outcomes columns). Absent: see frameworkUnitText.
   */
  unitTexts?: Record<string, string>;
}

const MAX_LISTED_PROBLEMS = 200;

function frameworkFor(read: CaseRead, dataset: Dataset, fileName: string, taken: Iterable<string>) {
  const existing = dataset.frameworks.find(
    (f) => atlasUuid(f.id) === read.document.identifier || URN_PREFIX + f.id === read.document.uri,
  );
  const name = read.document.title || fileName.replace(/\.[a-z]+$/i, '') || 'Imported framework';
  const id = existing?.id ?? userFrameworkId(name, [...dataset.frameworks.map((f) => f.id), ...taken]);
  const framework = userFramework({
    id,
    name: name.length >= 2 ? name : `${name} (imported)`,
    // The short name keeps the title as the file gives it.
    shortName: name.length > 24 ? `${name.slice(0, 23)}…` : name,
    description: `User data: a framework imported from the CASE file "${fileName}". Its links are the file's claims, not checked by Standards Atlas.`,
    source: { document: fileName, locator: 'CFDocument' },
  });
  return { framework, existing };
}

/** A file refused as a whole: nothing to import, one problem saying why. */
export function refusedImport(
  kind: FrameworkImport['kind'],
  fileName: string,
  problem: ImportIssue,
): FrameworkImport {
  const framework: Framework = {
    id: 'user-import',
    name: fileName,
    shortName: fileName.slice(0, 24),
    kind: 'specialist',
    origin: 'user',
    source: { document: fileName, locator: 'file' },
  };
  return { kind, framework, units: [], links: [], externalReferences: [], problems: [problem] };
}

/**
 * Reads a CASE package against the atlas. Never throws; `problems` says what was skipped and why.
 * `takenFrameworkIds`: ids of the user's frameworks already saved, so a new import gets its own id.
 */
export function importCasePackage(
  source: string,
  dataset: Dataset,
  fileName: string,
  takenFrameworkIds: Iterable<string> = [],
): FrameworkImport {
  const read = readCase(source);
  if ('refused' in read) return refusedImport('case', fileName, read.refused);
  const { framework, existing } = frameworkFor(read, dataset, fileName, takenFrameworkIds);
  const ctx: Context = {
    read,
    fileName,
    frameworkId: framework.id,
    own: read.document.uri.startsWith(URN_PREFIX),
    problems: [...read.issues],
  };
  const { units, placement } = buildUnits(ctx);
  const { links, external } = buildLinks(ctx, dataset, placement);
  if (existing)
    ctx.problems.unshift({
      severity: 'note',
      message: `"${existing.name}" is already in the atlas (framework ${existing.id}). Its whole content is listed for checking; it is not imported again as your own.`,
    });
  if (units.length === 0)
    ctx.problems.push({
      severity: 'error',
      message: 'Nothing to import: the package has no usable items.',
      path: 'CFItems',
    });
  const problems =
    ctx.problems.length > MAX_LISTED_PROBLEMS
      ? [
          ...ctx.problems.slice(0, MAX_LISTED_PROBLEMS),
          {
            severity: 'note' as const,
            message: `…and ${ctx.problems.length - MAX_LISTED_PROBLEMS} more problems like these.`,
          },
        ]
      : ctx.problems;
  return {
    kind: 'case',
    framework,
    units,
    links,
    externalReferences: external,
    problems,
    ...(existing ? { alreadyInAtlas: existing.id } : {}),
  };
}
