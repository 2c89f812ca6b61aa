import { useMemo } from 'react';
import type { SavedItem } from '../../domain/saved';
import { allowedIn, breachesIfAdded, checkPlanUnits, planPool, type PlanData } from '../../domain/plan';
import { findRuleSet, type RuleSet } from '../../domain/rules';
import { byCode, missingMandatory, withMandatoryUnits } from '../../domain/mandatory';
import type { NosLevel, Unit } from '../../domain/model';
import { useAtlas } from '../context';
import { CoverageSection } from './CoverageSection';
import { ItemHeader } from './ItemHeader';
import { PlanRulesCheck, PlanTotals } from './PlanRulesCheck';
import { PlanUnitTable } from './PlanUnitTable';
import { UnitPicker } from './UnitPicker';
import { useSavedKind } from '../common/saved-work';

export function PlanEditor({ plan }: { plan: SavedItem<PlanData> }) {
  const { atlas, routes } = useAtlas();
  const plans = useSavedKind('plan');
  const set = findRuleSet(atlas.dataset, plan.data.ruleSet);
  if (!set)
    return (
      <div className="plan-editor">
        <h2>{plan.name}</h2>
        <p>This plan names a qualification this version does not know ({plan.data.ruleSet}).</p>
      </div>
    );
  const setUnits = (units: string[]) => plans.update(plan.id, { ...plan.data, units });
  return <PlanBody plan={plan} set={set} onChange={setUnits} onDeleted={() => routes.goToCourseMapping()} />;
}

function PlanBody({
  plan,
  set,
  onChange,
  onDeleted,
}: {
  plan: SavedItem<PlanData>;
  set: RuleSet;
  onChange: (units: string[]) => void;
  onDeleted: () => void;
}) {
  const { atlas, routes } = useAtlas();
  const plans = useSavedKind('plan');
  const { dataset } = atlas;
  const ids = plan.data.units;
  const check = useMemo(() => checkPlanUnits(dataset, set, ids), [dataset, set, ids]);
  const pool = useMemo(() => planPool(dataset, set), [dataset, set]);
  const planUnits = byCode(ids.map((id) => atlas.unitsById.get(id)).filter((u): u is Unit => !!u));
  const missing = useMemo(() => missingMandatory(dataset, set, ids), [dataset, set, ids]);
  const failing = check.rules.filter((r) => !r.satisfied);
  const unresolved = check.problems.filter((p) => p.rule === 'known-units' || p.rule === 'no-duplicates');
  const add = (id: string) => !ids.includes(id) && onChange([...ids, id]);
  const remove = (id: string) => onChange(ids.filter((x) => x !== id));
  const candidates = useMemo(() => pool.filter((u) => allowedIn(set, u)), [pool, set]);

  return (
    <article className="plan-editor" aria-labelledby="plan-heading">
      <ItemHeader
        headingId="plan-heading"
        eyebrow={
          <>
            Plan · {set.title}
            {set.number && <> ({set.number})</>}
          </>
        }
        name={plan.name}
        onRename={(name) => plans.rename(plan.id, name)}
        onDuplicate={() => {
          const copy = plans.duplicate(plan.id);
          if (copy) routes.goToPlan(copy.id);
        }}
        onDelete={() => {
          plans.remove(plan.id);
          onDeleted();
        }}
        what="plan"
      />
      <p className={`plan-status ${check.valid ? 'is-valid' : 'is-invalid'}`} aria-live="polite">
        <b>
          {check.valid
            ? '✓ Meets the rules of combination'
            : `✗ ${failing.length + unresolved.length} problem${failing.length + unresolved.length === 1 ? '' : 's'}`}
        </b>
        {' · '}
        {check.totals.units} unit{check.totals.units === 1 ? '' : 's'}
        {set.kind === 'qualification' && <> · {check.totals.credits} credits</>}
        {check.totals.glh > 0 && <> · {check.totals.glh} GLH</>}
      </p>

      {missing.length > 0 && (
        <section aria-labelledby="mandatory-heading" className="card mandatory-missing">
          <h3 id="mandatory-heading">
            {missing.length} mandatory unit{missing.length === 1 ? '' : 's'} not in this plan yet
          </h3>
          <ul>
            {missing.map((u) => (
              <li key={u.id}>
                <span className="code">{u.code}</span> {u.title}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="button"
            onClick={() => onChange(withMandatoryUnits(dataset, set, ids))}
          >
            Add all mandatory units
          </button>
        </section>
      )}

      <div className="plan-grid">
        <PlanRulesCheck check={check} set={set} unresolved={unresolved} />
        <PlanTotals check={check} set={set} />
      </div>

      <section aria-labelledby="units-heading">
        <h3 id="units-heading">Units in this plan</h3>
        {planUnits.length === 0 ? (
          <p className="hint">
            No units yet: add them from the list below, or from the explorer&rsquo;s detail panel.
          </p>
        ) : (
          <PlanUnitTable
            units={planUnits}
            set={set}
            caption="Units in this plan"
            action={(u) => (
              <button
                type="button"
                className="link-button"
                onClick={() => remove(u.id)}
                aria-label={`Remove ${u.code} from the plan`}
              >
                Remove
              </button>
            )}
          />
        )}
      </section>

      <UnitPicker set={set} pool={pool} ids={ids} onAdd={add} />

      <CoverageSection
        units={planUnits}
        candidates={candidates}
        onAdd={add}
        name={plan.name}
        breaches={(candidates) => breachesIfAdded(dataset, set, ids, candidates)}
        defaultLevel={set.kind === 'nos-level' ? (`L${set.id.slice(-1)}` as NosLevel) : 'L4'}
      />
    </article>
  );
}
