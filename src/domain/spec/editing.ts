/** Changing a specification, and adding a unit to one from anywhere in the app. Pure. */
import type { Dataset, NosLevel, RoleTemplate, Unit } from '../model';
import { NOS_LEVELS } from '../vocabulary';
import { eligibility, levelNumber, levelRequirement, nosUnits, NOS, type SpecificationData } from './levels';

export interface Change {
  data: SpecificationData;
  /** What happened, for a notice. */
  message: string;
  /** Units that were left out, with the reason. */
  dropped: { id: string; code: string; reason: string }[];
}

/** Keeps only the chosen units that are known, optional at the level and not repeated. */
export function repairSpecification(
  dataset: Dataset,
  data: SpecificationData,
): { data: SpecificationData; dropped: Change['dropped'] } {
  const units = new Map(nosUnits(dataset).map((u) => [u.id, u]));
  const kept: string[] = [];
  const dropped: Change['dropped'] = [];
  for (const id of data.optionalUnits) {
    const unit = units.get(id);
    if (!unit) dropped.push({ id, code: id, reason: 'not a NOS unit in this dataset' });
    else if (kept.includes(id)) dropped.push({ id, code: unit.code, reason: 'listed twice' });
    else {
      const verdict = eligibility(dataset, data.level, unit);
      if (verdict.status === 'optional') kept.push(id);
      else dropped.push({ id, code: unit.code, reason: verdict.reason });
    }
  }
  const templateOk = !data.templateId || dataset.roleTemplates.some((t) => t.id === data.templateId);
  return {
    data: {
      level: data.level,
      optionalUnits: kept,
      ...(data.templateId && templateOk ? { templateId: data.templateId } : {}),
    },
    dropped,
  };
}

/** Moves a specification to another level: optional units that are not optional there are left out. */
export function changeLevel(dataset: Dataset, data: SpecificationData, level: NosLevel): Change {
  const { data: next, dropped } = repairSpecification(dataset, { ...data, level });
  const n = levelNumber(level);
  const message = dropped.length
    ? `Now level ${n}. Left out ${dropped.map((d) => `${d.code} (${d.reason})`).join('; ')}.`
    : `Now level ${n}.`;
  return { data: next, message, dropped };
}

export function toggleOptionalUnit(data: SpecificationData, unitId: string): SpecificationData {
  return data.optionalUnits.includes(unitId)
    ? { ...data, optionalUnits: data.optionalUnits.filter((id) => id !== unitId) }
    : { ...data, optionalUnits: [...data.optionalUnits, unitId] };
}

/** A specification as a role suggestion sets it up: its level and optional units. */
export function applyTemplate(dataset: Dataset, template: RoleTemplate): Change {
  const { data, dropped } = repairSpecification(dataset, {
    level: template.level,
    optionalUnits: template.optionalUnits,
    templateId: template.id,
  });
  const codes = data.optionalUnits.map((id) => id.replace(/^nos:/, '')).join(', ');
  return {
    data,
    dropped,
    message: `Started from the suggestion “${template.role}”: level ${levelNumber(template.level)} with optional units ${codes || 'none'}.`,
  };
}

// ---------------------------------------------------------------------------------------------
// Adding a unit from anywhere in the app

export interface SavedSpecification {
  id: string;
  name: string;
  updated: string;
  data: SpecificationData;
}

export type Addition =
  | { kind: 'add'; target: SavedSpecification; data: SpecificationData; hint: string; message: string }
  | { kind: 'create'; level: NosLevel; name: string; data: SpecificationData; hint: string; message: string }
  | { kind: 'blocked'; target?: SavedSpecification; reason: string };

/** The specification "Add to specification" works on: the open one, else the most recently changed. */
export function targetSpecification<T extends { id: string; updated: string }>(
  items: T[],
  openId: string | undefined,
): T | undefined {
  return (
    items.find((i) => i.id === openId) ??
    [...items].sort((a, b) => b.updated.localeCompare(a.updated) || b.id.localeCompare(a.id))[0]
  );
}

/** "Level 3 specification", "Level 3 specification 2", … never clashing with a saved name. */
export function newSpecificationName(base: string, existing: { name: string }[]): string {
  if (!existing.some((e) => e.name === base)) return base;
  let n = 2;
  while (existing.some((e) => e.name === `${base} ${n}`)) n++;
  return `${base} ${n}`;
}

/**
 * What "Add to specification" does for a unit: add it to the open (or latest) specification,
 * start a new one when there is none, or explain why it cannot.
 */
export function planAddition(
  dataset: Dataset,
  items: SavedSpecification[],
  openId: string | undefined,
  unit: Unit,
): Addition {
  const target = targetSpecification(items, openId);
  if (unit.framework !== NOS) {
    return {
      kind: 'blocked',
      ...(target ? { target } : {}),
      reason: eligibility(dataset, 'L2', unit).reason,
    };
  }
  if (!target) {
    const level =
      NOS_LEVELS.find((l) => unit.levels?.[l] === 'O') ?? NOS_LEVELS.find((l) => unit.levels?.[l] === 'M');
    if (!level) return { kind: 'blocked', reason: `${unit.code} is not marked at any NOS level.` };
    const n = levelNumber(level);
    const name = newSpecificationName(`Level ${n} specification`, items);
    const optional = unit.levels?.[level] === 'O';
    return {
      kind: 'create',
      level,
      name,
      data: { level, optionalUnits: optional ? [unit.id] : [] },
      hint: `Starts a new level ${n} specification.`,
      message: optional
        ? `Started a new specification “${name}” (level ${n}) with ${unit.code} as an optional unit.`
        : `Started a new specification “${name}” (level ${n}); ${unit.code} is mandatory there, so it is included.`,
    };
  }
  const n = levelNumber(target.data.level);
  const verdict = eligibility(dataset, target.data.level, unit);
  if (verdict.status === 'mandatory')
    return {
      kind: 'blocked',
      target,
      reason: `${unit.code} is mandatory at level ${n}, so “${target.name}” already includes it.`,
    };
  if (verdict.status === 'unavailable')
    return {
      kind: 'blocked',
      target,
      reason: `${unit.code} cannot go into “${target.name}”: it is ${verdict.reason}.`,
    };
  if (target.data.optionalUnits.includes(unit.id))
    return { kind: 'blocked', target, reason: `${unit.code} is already in “${target.name}”.` };
  const data = { ...target.data, optionalUnits: [...target.data.optionalUnits, unit.id] };
  const needed = levelRequirement(dataset, target.data.level).optional;
  const chosen = data.optionalUnits.length;
  const count =
    chosen > needed
      ? ` That makes ${chosen} optional units; level ${n} takes ${needed}, so remove ${chosen - needed}.`
      : ` ${chosen} of ${needed} optional units chosen.`;
  return {
    kind: 'add',
    target,
    data,
    hint: `Adds to “${target.name}” (level ${n}).`,
    message: `Added ${unit.code} to “${target.name}”.${count}`,
  };
}
