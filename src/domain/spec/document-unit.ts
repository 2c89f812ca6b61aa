/** One unit of the specification: its standards, the qualification units covering it, the person's courses. */
import { titleAtPlacement } from '../caveats';
import { compareLinkStrength, RELATION_STRENGTH } from '../coverage';
import type { Dataset, Framework, LevelMark, Link, Unit, UsageFact } from '../model';
import type { CoveringUnit, SpecificationUnit, StandardGroup, YourCourse } from './document';
import { summarySentence } from './summary';

const otherEnd = (link: Link, id: string) => (link.from === id ? link.to : link.from);

export function specificationUnit(
  dataset: Dataset,
  unit: Unit,
  mark: LevelMark,
  index: {
    units: Map<string, Unit>;
    frameworks: Map<string, Framework>;
    linksByUnit: Map<string, Link[]>;
  },
  computedLimit: number,
): SpecificationUnit {
  const links = index.linksByUnit.get(unit.id) ?? [];
  const area = dataset.areas.find((a) => a.letter === unit.area);
  // Specialist and partnership standards, grouped by framework in the dataset's framework order.
  const groups = new Map<string, StandardGroup>();
  const seenStandards = new Set<string>();
  const standardLinks = links
    .filter((l) => {
      const other = index.units.get(otherEnd(l, unit.id));
      const framework = other && index.frameworks.get(other.framework);
      if (!framework || l.origin === 'user' || framework.origin === 'user') return false;
      return framework.kind === 'specialist' || framework.kind === 'partnership';
    })
    .sort(
      (a, b) =>
        compareLinkStrength(a, b) ||
        (a.source?.line ?? 0) - (b.source?.line ?? 0) ||
        otherEnd(a, unit.id).localeCompare(otherEnd(b, unit.id)),
    );
  for (const link of standardLinks) {
    const other = index.units.get(otherEnd(link, unit.id))!;
    if (seenStandards.has(other.id)) continue;
    seenStandards.add(other.id);
    const framework = index.frameworks.get(other.framework)!;
    const group = groups.get(framework.id) ?? {
      framework: framework.id,
      name: framework.name,
      shortName: framework.shortName,
      kind: framework.kind,
      standards: [],
    };
    group.standards.push({
      id: other.id,
      code: other.code,
      title: titleAtPlacement(other, link),
      ...(other.summary ? { summary: other.summary } : {}),
      basis: link.basis,
      relation: link.relation,
      ...(link.context ? { column: link.context } : {}),
      ...(link.source ? { source: link.source } : {}),
      ...(link.caveat ? { caveat: link.caveat } : {}),
    });
    groups.set(framework.id, group);
  }
  const frameworkOrder = dataset.frameworks.map((f) => f.id);
  const standards = [...groups.values()].sort(
    (a, b) => frameworkOrder.indexOf(a.framework) - frameworkOrder.indexOf(b.framework),
  );
  for (const group of standards)
    group.standards.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0));

  // Qualification units: the strongest link per unit; curated (and published) first, then computed.
  const best = new Map<string, Link>();
  for (const link of links) {
    const other = index.units.get(otherEnd(link, unit.id));
    if (!other || index.frameworks.get(other.framework)?.kind !== 'qualification') continue;
    const current = best.get(other.id);
    if (!current || compareLinkStrength(link, current) < 0) best.set(other.id, link);
  }
  const covering = [...best.entries()].map(([id, link]): CoveringUnit => {
    const other = index.units.get(id)!;
    const framework = index.frameworks.get(other.framework)!;
    return {
      id,
      code: other.code,
      title: other.title,
      framework: framework.id,
      frameworkName: framework.shortName,
      ...(other.level !== undefined ? { level: other.level } : {}),
      ...(other.credits !== undefined ? { credits: other.credits } : {}),
      basis: link.basis,
      relation: link.relation,
      ...(link.score !== undefined ? { score: link.score } : {}),
      ...(link.rationale ? { rationale: link.rationale } : {}),
      ...(link.source ? { source: link.source } : {}),
    };
  });
  const curatedCoverage = covering
    .filter((c) => c.basis !== 'computed')
    .sort(
      (a, b) =>
        (a.basis === 'published' ? 0 : 1) - (b.basis === 'published' ? 0 : 1) ||
        RELATION_STRENGTH[b.relation] - RELATION_STRENGTH[a.relation] ||
        a.frameworkName.localeCompare(b.frameworkName) ||
        a.code.localeCompare(b.code, undefined, { numeric: true }),
    );
  const computed = covering
    .filter((c) => c.basis === 'computed')
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || a.code.localeCompare(b.code));

  // The person's own courses (origin 'user'): listed on their own, in the order imported.
  const yours = new Map<string, YourCourse>();
  for (const link of links) {
    const other = index.units.get(otherEnd(link, unit.id));
    const framework = other && index.frameworks.get(other.framework);
    if (!other || !framework || (link.origin !== 'user' && framework.origin !== 'user')) continue;
    const course = yours.get(framework.id) ?? { framework: framework.id, name: framework.name, modules: [] };
    if (!course.modules.some((m) => m.id === other.id))
      course.modules.push({ id: other.id, code: other.code, title: other.title, relation: link.relation });
    yours.set(framework.id, course);
  }

  const usage = dataset.usageFacts
    .filter((f: UsageFact) => f.units.includes(unit.id))
    .map((f) => ({ id: f.id, text: f.text, source: f.source, ...(f.sector ? { sector: f.sector } : {}) }));
  const addedLater = dataset.usageFacts.some(
    (f) => f.kind === 'incremental-review' && f.units.includes(unit.id),
  );
  const noStandardsNote =
    standards.length > 0
      ? undefined
      : addedLater
        ? `${unit.code} was added by the 2006/07 incremental review, after the Topss social-care map was written, so the map lines up no specialist or partnership standards with it.`
        : `The Topss social-care map lines up no specialist or partnership standards with ${unit.code}.`;

  return {
    id: unit.id,
    code: unit.code,
    title: unit.title,
    mark,
    ...(area ? { area: { letter: area.letter, title: area.title } } : {}),
    ...(unit.summary ? { summary: unit.summary } : {}),
    sentence: summarySentence(unit),
    ...(unit.summarySource ? { summarySource: unit.summarySource } : {}),
    source: unit.source,
    usage,
    standards,
    yourCourses: [...yours.values()],
    ...(noStandardsNote ? { noStandardsNote } : {}),
    curatedCoverage,
    computedCoverage: computed.slice(0, computedLimit),
    computedHidden: Math.max(0, computed.length - computedLimit),
  };
}
