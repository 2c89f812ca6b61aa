import { useMemo, useState } from 'react';
import type { Unit } from '../../domain/model';
import { allowedIn, ruleSetLabel } from '../../domain/plan';
import { allRuleSets, findRuleSet } from '../../domain/rules';
import { useAtlas } from '../context';
import { useSavedKind } from './saved-work';

/**
 * "Add to plan" in the explorer's detail panel: adds a qualification unit to the open plan (or the
 * latest plan of its qualification), or starts a plan for a qualification that allows the unit.
 */
export function AddToPlanButton({ unit }: { unit: Unit }) {
  const { atlas, state, routes, addNotice } = useAtlas();
  const plans = useSavedKind('plan');
  const sets = useMemo(() => allRuleSets(atlas.dataset), [atlas.dataset]);
  const fitting = sets.filter((s) => s.kind === 'qualification' && allowedIn(s, unit));
  const [choice, setChoice] = useState('');

  const setOf = (ruleSet: string) => findRuleSet(atlas.dataset, ruleSet);
  const openId = state.plan.open?.kind === 'plan' ? state.plan.open.id : undefined;
  const open = plans.items.find((p) => p.id === openId);
  const target =
    open && setOf(open.data.ruleSet)?.framework === unit.framework
      ? open
      : [...plans.items]
          .filter((p) => setOf(p.data.ruleSet)?.framework === unit.framework)
          .sort((a, b) => b.updated.localeCompare(a.updated))[0];

  if (target) {
    const inPlan = target.data.units.includes(unit.id);
    return (
      <button
        type="button"
        className="button secondary"
        disabled={inPlan}
        onClick={() => {
          plans.update(target.id, { ...target.data, units: [...target.data.units, unit.id] });
          routes.setCurrentPlan(target.id);
          const set = setOf(target.data.ruleSet);
          addNotice(
            `Added ${unit.code} to the plan “${target.name}”${set && !allowedIn(set, unit) ? ` — note: the ${ruleSetLabel(set)} does not allow it` : ''}. See it under Course mapping.`,
          );
        }}
      >
        {inPlan ? `In plan “${target.name}”` : `Add to plan “${target.name}”`}
      </button>
    );
  }
  if (fitting.length === 0) return null;
  const chosen = fitting.find((s) => s.id === choice) ?? fitting[0]!;
  const start = () => {
    const item = plans.create(`${ruleSetLabel(chosen)} plan`, { ruleSet: chosen.id, units: [unit.id] });
    routes.setCurrentPlan(item.id);
    addNotice(
      `Started the plan “${item.name}” (${chosen.title}) with ${unit.code}. See it under Course mapping.`,
    );
  };
  return (
    <span className="add-to-plan">
      {fitting.length > 1 && (
        <select
          aria-label={`Qualification for a new plan with ${unit.code}`}
          value={chosen.id}
          onChange={(e) => setChoice(e.target.value)}
        >
          {fitting.map((s) => (
            <option key={s.id} value={s.id}>
              {ruleSetLabel(s)} ({s.number})
            </option>
          ))}
        </select>
      )}
      <button type="button" className="button secondary" onClick={start}>
        {fitting.length > 1 ? 'Start a plan' : `Start a ${ruleSetLabel(chosen)} plan`}
      </button>
    </span>
  );
}
