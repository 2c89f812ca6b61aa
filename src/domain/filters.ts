/**
 * Explorer filters as a pure function of the dataset. Area and level filters pick generic NOS
 * units; every other unit is shown when one of its visible links reaches a visible NOS unit
 * (or the functional area itself), so "area B, level 4" shows B's level-4 units and what maps to them.
 */
import type {
  Basis,
  Confidence,
  Dataset,
  FrameworkKind,
  FunctionalArea,
  LevelMark,
  Link,
  NosLevel,
  Relation,
  Unit,
} from './model';
import { inRanges, unitNumber } from './rules';
import { DEFAULT_MIN_CONFIDENCE, meetsConfidence } from './confidence';

export interface Filters {
  areas: FunctionalArea[];
  level?: NosLevel;
  /** With a level: only units marked M (or O) at that level. */
  mark?: LevelMark;
  frameworks: string[];
  kinds: FrameworkKind[];
  qualification?: string;
  group?: string;
  bases: Basis[];
  relations: Relation[];
  /**
   * Computed links below this confidence are hidden: by default strong and possible show, weak
   * ones on request. Published and curated links are never filtered by it.
   */
  minConfidence: Confidence;
}

export const DEFAULT_FILTERS: Filters = {
  areas: [],
  frameworks: [],
  kinds: [],
  bases: [],
  relations: [],
  minConfidence: DEFAULT_MIN_CONFIDENCE,
};

export interface FilteredView {
  units: Unit[];
  links: Link[];
  unitIds: Set<string>;
}

function allowedByQualification(dataset: Dataset, unit: Unit, qualificationId: string): boolean {
  const q = dataset.qualifications.find((x) => x.id === qualificationId);
  if (!q || unit.framework !== q.framework) return false;
  const allowed = q.rules.find((r) => r.type === 'allowedUnitRanges');
  return !allowed || inRanges(unitNumber(unit), allowed.ranges);
}

function linkPasses(link: Link, f: Filters): boolean {
  if (f.bases.length && !f.bases.includes(link.basis)) return false;
  if (f.relations.length && !f.relations.includes(link.relation)) return false;
  if (!meetsConfidence(link, f.minConfidence)) return false;
  return true;
}

export function applyFilters(dataset: Dataset, f: Filters): FilteredView {
  const kindOf = new Map(dataset.frameworks.map((fw) => [fw.id, fw.kind]));
  const nosScoped = f.areas.length > 0 || f.level !== undefined;

  const ownFiltersPass = (unit: Unit): boolean => {
    if (f.frameworks.length && !f.frameworks.includes(unit.framework)) return false;
    const kind = kindOf.get(unit.framework);
    if (f.kinds.length && (!kind || !f.kinds.includes(kind))) return false;
    if (f.qualification && !allowedByQualification(dataset, unit, f.qualification)) return false;
    if (f.group && unit.group !== f.group) return false;
    return true;
  };
  const nosPasses = (unit: Unit): boolean => {
    if (f.areas.length && (!unit.area || !f.areas.includes(unit.area))) return false;
    if (f.level) {
      const mark = unit.levels?.[f.level];
      if (!mark || (f.mark && mark !== f.mark)) return false;
    }
    return true;
  };

  const visibleNos = new Set(
    dataset.units.filter((u) => u.framework === 'nos' && nosPasses(u) && ownFiltersPass(u)).map((u) => u.id),
  );
  const candidateLinks = dataset.links.filter((l) => linkPasses(l, f));
  const areaTargets = new Set(f.areas.map((a) => `area:${a}`));
  const reachesScope = new Set<string>();
  if (nosScoped) {
    for (const link of candidateLinks) {
      if (visibleNos.has(link.to) || (f.level === undefined && areaTargets.has(link.to)))
        reachesScope.add(link.from);
      if (visibleNos.has(link.from)) reachesScope.add(link.to);
    }
  }
  const units = dataset.units.filter((u) =>
    u.framework === 'nos'
      ? visibleNos.has(u.id)
      : ownFiltersPass(u) && (!nosScoped || reachesScope.has(u.id)),
  );
  const unitIds = new Set(units.map((u) => u.id));
  const links = candidateLinks.filter(
    (l) => unitIds.has(l.from) && (unitIds.has(l.to) || l.to.startsWith('area:')),
  );
  return { units, links, unitIds };
}

export function statusLine(view: { units: unknown[]; links: unknown[] }): string {
  return `Showing ${view.units.length} units · ${view.links.length} links`;
}

/** Units within `hops` links of `id` (through visible links), including `id` itself. */
export function neighbourhood(id: string, links: Link[], hops: 1 | 2): Set<string> {
  const found = new Set([id]);
  let frontier = new Set([id]);
  for (let hop = 0; hop < hops; hop++) {
    const next = new Set<string>();
    for (const link of links) {
      if (frontier.has(link.from) && !found.has(link.to)) next.add(link.to);
      if (frontier.has(link.to) && !found.has(link.from)) next.add(link.from);
    }
    next.forEach((n) => found.add(n));
    frontier = next;
  }
  return found;
}
