/**
 * The units a plan cannot do without, and the order people read unit lists in.
 * Mandatory: every unit of a group the rules require whole (ProQual group A: "all units of
 * group A", rules as data in data/proqual.json) and, for a NOS level, every unit marked M at that
 * level (NOS tables, data/nos.json). Code order is numeric within letters ("408, 409, 410", "B2
 * before B10"), as the specifications print them.
 */
import type { Dataset, Unit } from './model';
import type { RuleSet } from './rules';

/** Natural code order: letters as letters, runs of digits as numbers. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

export function byCode<T extends { code: string }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => compareCodes(a.code, b.code));
}

/** The units a rule set makes mandatory, in code order. */
export function mandatoryUnits(dataset: Dataset, set: RuleSet): Unit[] {
  const pool = dataset.units.filter((u) => u.framework === set.framework);
  const wanted = pool.filter((u) =>
    set.rules.some(
      (rule) =>
        (rule.type === 'allUnitsOfGroup' && u.group === rule.group) ||
        (rule.type === 'nosMandatory' && u.levels?.[rule.level] === 'M'),
    ),
  );
  return byCode(wanted);
}

/** Mandatory units not yet in a plan, in code order. */
export function missingMandatory(dataset: Dataset, set: RuleSet, unitIds: readonly string[]): Unit[] {
  const chosen = new Set(unitIds);
  return mandatoryUnits(dataset, set).filter((u) => !chosen.has(u.id));
}

/** The plan with every missing mandatory unit added after the units already chosen. */
export function withMandatoryUnits(dataset: Dataset, set: RuleSet, unitIds: readonly string[]): string[] {
  return [...unitIds, ...missingMandatory(dataset, set, unitIds).map((u) => u.id)];
}
