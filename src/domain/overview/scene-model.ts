/** The scene's model of the dataset: groups and their members in the build-time layout's order. */
import { buildGroups, groupOf, type Position } from '../layout';
import type { Dataset, Framework } from '../model';
import type { SceneGroup, SceneKind, SceneModel, SceneUnit } from './scene';

/**
 * The scene's model of the dataset: groups (as the build-time layout groups units) with their
 * members in the build-time layout's order, top to bottom and left to right.
 */
export function sceneModel(
  dataset: Dataset,
  positions: Record<string, Position>,
  isUser: (framework: Framework) => boolean,
): SceneModel {
  const frameworks = new Map(dataset.frameworks.map((f) => [f.id, f]));
  const kindOf = (id: string) => frameworks.get(id)?.kind;
  const drawnKind = (id: string): SceneKind => {
    const f = frameworks.get(id);
    return !f ? 'specialist' : isUser(f) ? 'user' : f.kind;
  };
  const groups = new Map<string, SceneGroup>(
    buildGroups(dataset).map((g) => [
      g.id,
      {
        id: g.id,
        label: g.label,
        band: g.band,
        framework: g.framework,
        kind: drawnKind(g.framework),
        members: [],
      },
    ]),
  );
  const units = new Map<string, SceneUnit>();
  const groupOfUnit = new Map<string, string>();
  const at = (id: string) => positions[id] ?? { x: 0, y: 0 };
  const ordered = [...dataset.units].sort((a, b) => at(a.id).y - at(b.id).y || at(a.id).x - at(b.id).x);
  for (const unit of ordered) {
    const group = groupOf(unit, kindOf);
    groups.get(group)?.members.push(unit.id);
    groupOfUnit.set(unit.id, group);
    units.set(unit.id, {
      id: unit.id,
      code: unit.code,
      title: unit.title,
      group,
      kind: drawnKind(unit.framework),
    });
  }
  // Groups in the build-time layout's order too (by their first member).
  const order = (g: SceneGroup) => (g.members[0] ? at(g.members[0]) : { x: 0, y: 0 });
  // The six areas by letter. A plain comparison, not localeCompare: the ids are ASCII, and the
  // first localeCompare of a page sets up the locale's collator, a tenth of the graph's start-up.
  const byId = (a: SceneGroup, b: SceneGroup) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const sorted = [...groups.values()].sort((a, b) =>
    a.band === 'nos' && b.band === 'nos' ? byId(a, b) : order(a).y - order(b).y || order(a).x - order(b).x,
  );
  return { groups: sorted, units, groupOfUnit };
}
