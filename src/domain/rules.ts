/**
 * The rules-of-combination engine. One engine serves the four NOS levels (derived from the
 * level rules and M/O marks in data/nos.json) and the qualifications (rules written as data in
 * their files). It never throws: every breach is a problem with the rule id and a plain message.
 */
import type { Dataset, NosLevel, Qualification, Rule, Unit } from './model';
import { resolveUnitCodes } from './resolve';

export type EngineRule =
  | Rule
  | { id: string; type: 'nosMandatory'; level: NosLevel; text: string }
  | { id: string; type: 'nosOptional'; level: NosLevel; count: number; text: string };

/** What a plan is checked against: a qualification, or a NOS level treated as one. */
export interface RuleSet {
  id: string;
  kind: 'nos-level' | 'qualification';
  number?: string;
  title: string;
  shortTitle: string;
  framework: string;
  rules: EngineRule[];
}

export interface RuleProblem {
  rule: string;
  message: string;
}

export interface RuleStatus {
  id: string;
  text: string;
  satisfied: boolean;
  message: string;
}

export interface GroupTotal {
  group: string;
  units: number;
  credits: number;
  glh: number;
}

export interface PlanCheck {
  valid: boolean;
  qualification: { id: string; number?: string; title: string };
  units: { id: string; code: string; title: string; group?: string; credits?: number; mark?: string }[];
  problems: RuleProblem[];
  rules: RuleStatus[];
  totals: { units: number; credits: number; glh: number; groups: GroupTotal[] };
}

const NOS_LEVEL_IDS: Record<string, NosLevel> = {
  'nos-l2': 'L2',
  'nos-l3': 'L3',
  'nos-l4': 'L4',
  'nos-l5': 'L5',
};

export function nosLevelRuleSet(dataset: Dataset, level: NosLevel): RuleSet {
  const levelRule = dataset.nosLevelRules.find((r) => r.level === level);
  const number = level.slice(1);
  const mandatory = levelRule?.mandatory ?? 0;
  const optional = levelRule?.optional ?? 0;
  return {
    id: `nos-l${number}`,
    kind: 'nos-level',
    title: `NOS Management and Leadership, level ${number}`,
    shortTitle: `Level ${number}`,
    framework: 'nos',
    rules: [
      {
        id: 'mandatory',
        type: 'nosMandatory',
        level,
        text: `All ${mandatory} units marked M at level ${number}`,
      },
      {
        id: 'optional',
        type: 'nosOptional',
        level,
        count: optional,
        text: levelRule?.text ?? `${optional} optional units`,
      },
    ],
  };
}

function qualificationRuleSet(q: Qualification, siblings: number): RuleSet {
  // ILM's three qualifications share one unit bank and are told apart by their size word;
  // a qualification alone in its framework is named by the framework.
  const size = q.title.match(/\b(Award|Certificate|Diploma)\b/)?.[1];
  const shortTitle = siblings > 1 && size ? size : q.title.replace(/ in .*$/, '');
  return {
    id: q.id,
    kind: 'qualification',
    number: q.number,
    title: q.title,
    shortTitle,
    framework: q.framework,
    rules: q.rules,
  };
}

/** Every rule set a plan can be checked against: nos-l2 … nos-l5 and each qualification. */
export function allRuleSets(dataset: Dataset): RuleSet[] {
  return [
    ...Object.values(NOS_LEVEL_IDS).map((level) => nosLevelRuleSet(dataset, level)),
    ...dataset.qualifications.map((q) =>
      qualificationRuleSet(q, dataset.qualifications.filter((x) => x.framework === q.framework).length),
    ),
  ];
}

/** Finds a rule set by id ("nos-l3", "ilm-8605-award") or accreditation number ("600/5851/1"). */
export function findRuleSet(dataset: Dataset, key: string): RuleSet | undefined {
  const wanted = key.trim().toLowerCase();
  return allRuleSets(dataset).find((set) => set.id === wanted || set.number?.toLowerCase() === wanted);
}

/** The number a unit range refers to: "8605-409" → 409. */
export function unitNumber(unit: Unit): number | undefined {
  const match = unit.code.match(/(\d{3})$/);
  return match ? Number(match[1]) : undefined;
}

export function inRanges(value: number | undefined, ranges: string[]): boolean {
  if (value === undefined) return false;
  return ranges.some((range) => {
    const [low, high] = range.split('-').map(Number) as [number, number | undefined];
    return value >= low && value <= (high ?? low);
  });
}

/** "Certificate: at most 6 credits from group 2 — you have 9", in the specifications' own terms. */
function boundsMessage(
  who: string,
  what: string,
  value: number,
  min: number | undefined,
  max: number | undefined,
): { satisfied: boolean; message: string } {
  if (min !== undefined && value < min)
    return { satisfied: false, message: `${who}: at least ${min} credits ${what} — you have ${value}` };
  if (max !== undefined && value > max)
    return { satisfied: false, message: `${who}: at most ${max} credits ${what} — you have ${value}` };
  const bound =
    min !== undefined && max !== undefined
      ? min === max
        ? `exactly ${min}`
        : `${min}–${max}`
      : min !== undefined
        ? `at least ${min}`
        : `at most ${max}`;
  return { satisfied: true, message: `${who}: ${value} credits ${what} (${bound})` };
}

const sum = (units: Unit[], field: 'credits' | 'glh') =>
  units.reduce((total, u) => total + (u[field] ?? 0), 0);

function evaluateRule(rule: EngineRule, set: RuleSet, plan: Unit[], pool: Unit[]): RuleStatus {
  const base = { id: rule.id, text: rule.text };
  const who = set.shortTitle;
  switch (rule.type) {
    case 'totalCredits':
      return { ...base, ...boundsMessage(who, 'in total', sum(plan, 'credits'), rule.min, rule.max) };
    case 'groupCredits': {
      const inGroup = plan.filter((u) => u.group === rule.group);
      return {
        ...base,
        ...boundsMessage(who, `from group ${rule.group}`, sum(inGroup, 'credits'), rule.min, rule.max),
      };
    }
    case 'rangeCredits': {
      const inRange = plan.filter((u) => inRanges(unitNumber(u), rule.ranges));
      return {
        ...base,
        ...boundsMessage(
          who,
          `from ${rule.label ?? `units ${rule.ranges.join(', ')}`}`,
          sum(inRange, 'credits'),
          rule.min,
          rule.max,
        ),
      };
    }
    case 'allUnitsOfGroup': {
      const missing = pool.filter((u) => u.group === rule.group && !plan.includes(u));
      return missing.length === 0
        ? { ...base, satisfied: true, message: `${who}: all group ${rule.group} units chosen` }
        : {
            ...base,
            satisfied: false,
            message: `${who}: every group ${rule.group} unit is required — missing ${missing.map((u) => u.code).join(', ')}`,
          };
    }
    case 'allowedUnitRanges': {
      const outside = plan.filter((u) => !inRanges(unitNumber(u), rule.ranges));
      return outside.length === 0
        ? { ...base, satisfied: true, message: `${who}: all units within ${rule.ranges.join(', ')}` }
        : {
            ...base,
            satisfied: false,
            message: outside
              .map((u) => `unit ${u.code} is not in the ${who}'s allowed ranges (${rule.ranges.join(', ')})`)
              .join('; '),
          };
    }
    case 'nosMandatory': {
      const n = rule.level.slice(1);
      const missing = pool.filter((u) => u.levels?.[rule.level] === 'M' && !plan.includes(u));
      return missing.length === 0
        ? { ...base, satisfied: true, message: `level ${n}: all mandatory units chosen` }
        : {
            ...base,
            satisfied: false,
            message: `level ${n}: mandatory unit${missing.length > 1 ? 's' : ''} ${missing.map((u) => u.code).join(', ')} missing`,
          };
    }
    case 'nosOptional': {
      const n = rule.level.slice(1);
      const mandatoryCount = pool.filter((u) => u.levels?.[rule.level] === 'M').length;
      const chosen = plan.filter((u) => u.levels?.[rule.level] === 'O').length;
      const notAtLevel = plan.filter((u) => !u.levels?.[rule.level]);
      const head = `level ${n} needs ${mandatoryCount} mandatory + ${rule.count} optional: ${chosen} optional chosen`;
      const problems: string[] = [];
      if (chosen < rule.count) problems.push(`${head}, ${rule.count - chosen} to go`);
      if (chosen > rule.count) problems.push(`${head}, ${chosen - rule.count} too many`);
      for (const u of notAtLevel)
        problems.push(
          `unit ${u.code} is not part of level ${n} (it is neither mandatory nor optional there)`,
        );
      return problems.length === 0
        ? { ...base, satisfied: true, message: head }
        : { ...base, satisfied: false, message: problems.join('; ') };
    }
  }
}

/** Checks a plan (unit codes or ids as a person typed them) against a rule set. */
export function checkPlan(dataset: Dataset, set: RuleSet, codes: string[]): PlanCheck {
  const pool = dataset.units.filter((u) => u.framework === set.framework);
  const resolved = resolveUnitCodes(pool, codes, set.shortTitle);
  const plan = resolved.units;
  const statuses = set.rules.map((rule) => evaluateRule(rule, set, plan, pool));
  const problems: RuleProblem[] = [
    ...resolved.problems,
    ...statuses.filter((s) => !s.satisfied).map((s) => ({ rule: s.id, message: s.message })),
  ];
  const groups = [...new Set(pool.map((u) => u.group).filter((g): g is string => !!g))].sort();
  const level = set.rules.find((r) => r.type === 'nosMandatory')?.level;
  return {
    valid: problems.length === 0,
    qualification: { id: set.id, ...(set.number ? { number: set.number } : {}), title: set.title },
    units: plan.map((u) => ({
      id: u.id,
      code: u.code,
      title: u.title,
      ...(u.group ? { group: u.group } : {}),
      ...(u.credits !== undefined ? { credits: u.credits } : {}),
      ...(level && u.levels?.[level] ? { mark: u.levels[level] } : {}),
    })),
    problems,
    rules: statuses,
    totals: {
      units: plan.length,
      credits: sum(plan, 'credits'),
      glh: sum(plan, 'glh'),
      groups: groups.map((group) => {
        const inGroup = plan.filter((u) => u.group === group);
        return { group, units: inGroup.length, credits: sum(inGroup, 'credits'), glh: sum(inGroup, 'glh') };
      }),
    },
  };
}
