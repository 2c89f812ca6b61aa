/**
 * What can stand on either side of a comparison: any framework (imported courses are merged into
 * the atlas as frameworks of their own), or a person specification or course plan saved in this
 * browser. Pure (no React, no DOM): the view hands in the items of the saved-work store.
 *
 * Saved items are written by the specification and plan views ({level, optionalUnits} and
 * {ruleSet, units}); their data is read permissively here (any list of unit ids under a familiar
 * key, and a specification's NOS level, whose mandatory units it includes), so a change of shape
 * over there degrades to "no units" rather than breaking this view.
 */
import type { CompareSide } from '../../domain/compare';
import { isUserFramework } from '../../domain/course-import';
import type { Dataset, Framework, FrameworkKind, NosLevel } from '../../domain/model';
import type { ItemValidator } from '../../domain/saved';
import { NOS_LEVELS } from '../../domain/vocabulary';
import type { SideKey } from '../../domain/url-state';

export { parseSideKey } from '../../domain/url-state';

export type SavedKind = 'spec' | 'plan';

const SAVED_GROUPS: Record<SavedKind, string> = {
  spec: 'Your person specifications',
  plan: 'Your course plans',
};

export interface SideOption extends CompareSide {
  /** As kept in the link: "framework:hsc", "spec:spec-1", "plan:plan-2". */
  key: SideKey;
  /** The option group it is listed under. */
  group: string;
  /** Longer description for the option text. */
  description: string;
  /** Units the saved item names that this dataset does not hold. */
  missing: number;
}

const KIND_GROUPS: Record<FrameworkKind, string> = {
  generic: 'Generic standards',
  specialist: 'Specialist standards',
  partnership: 'Partnership standards',
  qualification: 'Qualifications',
};

const COURSES_GROUP = 'Your imported courses and frameworks';

/** Every framework as a side: generic, specialist, partnership, qualification, then imported courses. */
export function frameworkOptions(dataset: Dataset): SideOption[] {
  const count = new Map<string, number>();
  for (const u of dataset.units) count.set(u.framework, (count.get(u.framework) ?? 0) + 1);
  const order = [...Object.values(KIND_GROUPS), COURSES_GROUP];
  const groupOf = (f: Framework) => (isUserFramework(f) ? COURSES_GROUP : KIND_GROUPS[f.kind]);
  return [...dataset.frameworks]
    .sort(
      (a, b) =>
        order.indexOf(groupOf(a)) - order.indexOf(groupOf(b)) || a.shortName.localeCompare(b.shortName),
    )
    .map((f) => ({
      key: `framework:${f.id}`,
      label: f.shortName,
      group: groupOf(f),
      description: `${f.shortName} — ${f.name} (${count.get(f.id) ?? 0} units)`,
      unitIds: dataset.units.filter((u) => u.framework === f.id).map((u) => u.id),
      missing: 0,
    }));
}

/** What the comparison needs from a saved item: the unit ids it names and, for a specification, a level. */
export interface SavedUnits {
  unitIds: string[];
  level?: NosLevel;
}

const UNIT_LIST_KEYS = ['unitIds', 'units', 'mandatoryUnits', 'optionalUnits', 'selectedUnits', 'selected'];
const isObject = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

function idOf(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (!isObject(entry)) return undefined;
  for (const key of ['id', 'unitId', 'unit']) if (typeof entry[key] === 'string') return entry[key];
  return undefined;
}

function levelOf(value: unknown): NosLevel | undefined {
  const text = typeof value === 'number' ? `L${value}` : typeof value === 'string' ? value.toUpperCase() : '';
  return (NOS_LEVELS as readonly string[]).includes(text) ? (text as NosLevel) : undefined;
}

/** Accepts any object; keeps the unit ids found under the familiar keys and a NOS level if there is one. */
export const readSavedUnits: ItemValidator<SavedUnits> = (data) => {
  if (!isObject(data)) return { ok: false, reason: 'it holds no units.' };
  const unitIds = UNIT_LIST_KEYS.flatMap((key) => {
    const list = data[key];
    return Array.isArray(list) ? list.map(idOf).filter((id): id is string => !!id) : [];
  });
  const level = levelOf(data.level);
  return { ok: true, value: { unitIds: [...new Set(unitIds)], ...(level ? { level } : {}) } };
};

/** A saved item's units: for a specification, its level's mandatory NOS units come first. */
function unitsOfSaved(
  kind: SavedKind,
  saved: SavedUnits,
  dataset: Dataset,
): { ids: string[]; missing: number } {
  const known = new Set(dataset.units.map((u) => u.id));
  const mandatory =
    kind === 'spec' && saved.level
      ? dataset.units
          .filter((u) => u.framework === 'nos' && u.levels?.[saved.level!] === 'M')
          .map((u) => u.id)
      : [];
  const named = [...new Set([...mandatory, ...saved.unitIds])];
  const ids = named.filter((id) => known.has(id));
  return { ids, missing: named.length - ids.length };
}

/** The saved items of one kind (from the saved-work store) as sides. */
export function savedOptions(
  kind: SavedKind,
  items: { id: string; name: string; data: unknown }[],
  dataset: Dataset,
): SideOption[] {
  return items.flatMap((item) => {
    const read = readSavedUnits(item.data);
    if (!read.ok) return [];
    const { ids, missing } = unitsOfSaved(kind, read.value, dataset);
    const level = kind === 'spec' && read.value.level ? `, level ${read.value.level.slice(1)}` : '';
    return [
      {
        key: `${kind}:${item.id}`,
        label: item.name,
        group: SAVED_GROUPS[kind],
        description: `${item.name} (${ids.length} units${level})`,
        unitIds: ids,
        missing,
      },
    ];
  });
}

/** A side key as kept in the link, or undefined when it is not of a known form. */
