/** A specification's rule status: the same engine as for qualifications (nos-l2 … nos-l5). Pure. */
import type { Dataset } from '../model';
import { checkPlan, nosLevelRuleSet, type PlanCheck } from '../rules';
import { levelRequirement, mandatoryUnits, type SpecificationData } from './levels';

export interface SpecificationStatus {
  check: PlanCheck;
  complete: boolean;
  /** "level 3 needs 4 mandatory + 3 optional: 2 optional chosen, 1 to go". */
  line: string;
  mandatory: number;
  optionalNeeded: number;
  optionalChosen: number;
}

export function specificationStatus(dataset: Dataset, data: SpecificationData): SpecificationStatus {
  const units = new Map(dataset.units.map((u) => [u.id, u]));
  const ids = [...mandatoryUnits(dataset, data.level).map((u) => u.id), ...data.optionalUnits];
  // The engine is given codes ("D7"), the form people type and the CLI takes; an id that is no
  // longer in the dataset is passed as typed, so the engine reports it as unknown.
  const codes = ids.map((id) => units.get(id)?.code ?? id);
  const check = checkPlan(dataset, nosLevelRuleSet(dataset, data.level), codes);
  const requirement = levelRequirement(dataset, data.level);
  const optionalRule = check.rules.find((r) => r.id === 'optional');
  const optionalChosen = check.units.filter((u) => u.mark === 'O').length;
  const line = optionalRule?.message ?? check.problems.map((p) => p.message).join('; ');
  return {
    check,
    complete: check.valid,
    line: check.valid ? `${line} — complete` : line,
    mandatory: requirement.mandatory,
    optionalNeeded: requirement.optional,
    optionalChosen,
  };
}
