/**
 * NOS levels for person specifications: which units are mandatory or optional at a level, what a
 * level requires, whether a unit can be chosen, and short notes that help choose. Pure.
 */
import type { Dataset, LevelMark, NosLevel, Source, Unit } from '../model';
import { NOS_LEVELS } from '../vocabulary';

/** What is saved for one specification. The mandatory units follow from the level. */
export interface SpecificationData {
  level: NosLevel;
  /** Ids of the optional units chosen ("nos:D7"), in the order they were added. */
  optionalUnits: string[];
  /** The role suggestion the specification started from, if any. */
  templateId?: string;
}

export const NOS = 'nos';

export const levelNumber = (level: NosLevel): number => Number(level.slice(1));

/** "levels 4 and 5", "level 3". */
function levelList(levels: NosLevel[]): string {
  const numbers = levels.map(levelNumber);
  if (numbers.length === 1) return `level ${numbers[0]}`;
  return `levels ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]}`;
}

/** How a unit is marked across the four levels: "mandatory at level 2, optional at levels 4 and 5". */
export function describeLevelMarks(unit: Unit): string {
  const at = (mark: LevelMark) => NOS_LEVELS.filter((l) => unit.levels?.[l] === mark);
  const parts = [
    at('M').length ? `mandatory at ${levelList(at('M'))}` : '',
    at('O').length ? `optional at ${levelList(at('O'))}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'not marked at any level';
}

export function nosUnits(dataset: Dataset): Unit[] {
  return dataset.units.filter((u) => u.framework === NOS);
}

export function mandatoryUnits(dataset: Dataset, level: NosLevel): Unit[] {
  return nosUnits(dataset).filter((u) => u.levels?.[level] === 'M');
}

export function optionalUnitsAt(dataset: Dataset, level: NosLevel): Unit[] {
  return nosUnits(dataset).filter((u) => u.levels?.[level] === 'O');
}

export interface LevelRequirement {
  level: NosLevel;
  mandatory: number;
  optional: number;
  /** The requirement as the NOS document prints it ("L3 requires 4 mandatory + 3 optional units"). */
  text: string;
  source?: Source;
}

export function levelRequirement(dataset: Dataset, level: NosLevel): LevelRequirement {
  const rule = dataset.nosLevelRules.find((r) => r.level === level);
  return {
    level,
    mandatory: rule?.mandatory ?? mandatoryUnits(dataset, level).length,
    optional: rule?.optional ?? 0,
    text: rule?.text ?? `level ${levelNumber(level)}`,
    ...(rule ? { source: rule.source } : {}),
  };
}

export type Eligibility =
  | { status: 'optional'; reason: string }
  | { status: 'mandatory'; reason: string }
  | { status: 'unavailable'; reason: string };

/** Whether a unit can be chosen as an optional unit at a level, and why (in a person's words). */
export function eligibility(dataset: Dataset, level: NosLevel, unit: Unit): Eligibility {
  const n = levelNumber(level);
  if (unit.framework !== NOS) {
    const framework = dataset.frameworks.find((f) => f.id === unit.framework);
    return {
      status: 'unavailable',
      reason: `Only units of the generic Management and Leadership NOS go into a person specification; ${unit.code} belongs to ${framework?.shortName ?? unit.framework}.`,
    };
  }
  const mark = unit.levels?.[level];
  if (mark === 'O') return { status: 'optional', reason: `optional at level ${n}` };
  if (mark === 'M') return { status: 'mandatory', reason: `mandatory at level ${n}, so always included` };
  return {
    status: 'unavailable',
    reason: `not part of level ${n} (${describeLevelMarks(unit)})`,
  };
}

/**
 * Short notes that help choose a unit, from the MSC report's usage facts and the Topss map, in a
 * care manager's words (issue 15: "imported by", "new in 2006/07", "Topss mappings" meant
 * nothing): "most used by other sectors (21 times)", "business planning", "added in the 2006/07
 * review", "also used by another sector (Skillset)", "3 social-care standards placed beside it".
 */
export function unitHighlights(dataset: Dataset, unitId: string): string[] {
  const labels: string[] = [];
  for (const fact of dataset.usageFacts.filter((f) => f.units.includes(unitId))) {
    if (fact.kind === 'most-imported')
      labels.push(`most used by other sectors${fact.count !== undefined ? ` (${fact.count} times)` : ''}`);
    else if (fact.kind === 'business-planning') labels.push('business planning');
    else if (fact.kind === 'incremental-review') labels.push('added in the 2006/07 review');
    else if (fact.kind === 'sector-promoted')
      labels.push(`promoted by another sector (${fact.sector ?? 'a sector body'})`);
    else if (fact.kind === 'sector-import')
      labels.push(`also used by another sector (${fact.sector ?? 'a sector body'})`);
  }
  const kinds = new Map(dataset.frameworks.map((f) => [f.id, f.kind]));
  const frameworkOf = new Map(dataset.units.map((u) => [u.id, u.framework]));
  const mapped = new Set(
    dataset.links
      .filter((l) => l.basis === 'published' && (l.from === unitId || l.to === unitId))
      .map((l) => (l.from === unitId ? l.to : l.from))
      .filter((id) => {
        const kind = kinds.get(frameworkOf.get(id) ?? '');
        return kind === 'specialist' || kind === 'partnership';
      }),
  );
  if (mapped.size)
    labels.push(`${mapped.size} social-care standard${mapped.size > 1 ? 's' : ''} placed beside it`);
  return [...new Set(labels)];
}
