/**
 * A saved course as part of the dataset: its own framework (origin "user"), a unit per module and
 * a link per claim. Its links carry basis "curated" because they are hand-made claims with a
 * rationale, not published in a source and not computed; `origin: 'user'` says whose they are, and
 * the UI labels them "your claim".
 */
import type { Dataset, Framework, Link, Unit } from '../model';
import { USER_CLAIM_RATIONALE, type CourseData } from './model';

/** The person's own data (an imported course), as a typed fact: `origin: 'user'`. */
export function isUserFramework(framework: Pick<Framework, 'origin'> | undefined): boolean {
  return framework?.origin === 'user';
}

/** A link the person claimed (from an imported course), not one from a source or curated by us. */
export function isUserLink(link: Pick<Link, 'origin'>): boolean {
  return link.origin === 'user';
}

/** "Induction for new managers" → "user-induction-for-new-managers", never clashing with `taken`. */
export function userFrameworkId(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'course';
  let id = `user-${slug}`;
  for (let n = 2; used.has(id); n++) id = `user-${slug}-${n}`;
  return id;
}

/**
 * The framework of the person's own data (an imported course or CASE framework): origin "user",
 * drawn as a specialist framework, its short name cut to fit a graph chip.
 */
export function userFramework(
  fields: Pick<Framework, 'id' | 'name' | 'description' | 'source'> & { shortName?: string },
): Framework {
  const { name } = fields;
  return {
    shortName: name.length > 24 ? `${name.slice(0, 23)}…` : name,
    ...fields,
    kind: 'specialist',
    origin: 'user',
  };
}

export interface DatasetFragment {
  frameworks: Framework[];
  units: Unit[];
  links: Link[];
}

/** A saved course as part of the dataset: its own framework, a unit per module, a link per claim. */
export function courseFragment(name: string, course: CourseData, nosIds: Set<string>): DatasetFragment {
  const document = course.fileName || 'pasted table';
  const date = course.importedAt.slice(0, 10);
  const framework = userFramework({
    id: course.frameworkId,
    name,
    description: `User data: your own course, imported from "${document}" on ${date}. Its links are your claims, not checked by Standards Atlas.`,
    source: { document, locator: `imported ${date}` },
  });
  const units: Unit[] = course.modules.map((m) => ({
    id: `${course.frameworkId}:${m.code}`,
    framework: course.frameworkId,
    code: m.code,
    title: m.title,
    source: { document, locator: `row ${m.row}` },
    ...(m.credits !== undefined ? { credits: m.credits } : {}),
    ...(m.hours !== undefined ? { glh: m.hours } : {}),
  }));
  const links: Link[] = course.modules.flatMap((m) =>
    m.claims
      .filter((c) => nosIds.has(c.nos))
      .map((c) => ({
        from: `${course.frameworkId}:${m.code}`,
        to: c.nos,
        relation: c.relation,
        basis: 'curated' as const,
        origin: 'user' as const,
        rationale: USER_CLAIM_RATIONALE,
      })),
  );
  return { frameworks: [framework], units, links };
}

/** Merges fragments into a dataset (a new object; the original is untouched). */
export function mergeFragments(dataset: Dataset, fragments: DatasetFragment[]): Dataset {
  if (fragments.length === 0) return dataset;
  return {
    ...dataset,
    frameworks: [...dataset.frameworks, ...fragments.flatMap((f) => f.frameworks)],
    units: [...dataset.units, ...fragments.flatMap((f) => f.units)],
    links: [...dataset.links, ...fragments.flatMap((f) => f.links)],
  };
}
