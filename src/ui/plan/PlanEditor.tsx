import { useMemo, useState } from 'react';
import type { SavedItem } from '../../domain/saved';
import {
  allowedIn,
  breachesIfAdded,
  checkPlanUnits,
  distinctValues,
  filterPool,
  planPool,
  type PlanData,
  type PoolFilter,
  ruleSetLabel,
} from '../../domain/plan';
import { findRuleSet, type RuleSet } from '../../domain/rules';
import { byCode, missingMandatory, withMandatoryUnits } from '../../domain/mandatory';
import type { NosLevel, Source, Unit } from '../../domain/model';
import { describeSource } from '../../domain/citation';
import { useEvidence } from '../common/evidence';
import { SourceLine } from '../common/SourceLine';
import { useAtlas } from '../context';
import { useRoutes } from '../routes';
import { CoverageSection } from './CoverageSection';
import { ItemHeader } from './ItemHeader';
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
  const qualification = atlas.qualificationsById.get(set.id);
  const levelRule = dataset.nosLevelRules.find((r) => `nos-l${r.level.slice(1)}` === set.id);
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
        <section aria-labelledby="rules-heading" className="card">
          <h3 id="rules-heading">Rules of combination</h3>
          <ul className="rule-list">
            {check.rules.map((r) => (
              <li key={r.id} className={r.satisfied ? 'ok' : 'bad'}>
                <span className="rule-mark" aria-hidden="true">
                  {r.satisfied ? '✓' : '✗'}
                </span>
                <span>
                  <span className="visually-hidden">{r.satisfied ? 'Met: ' : 'Not met: '}</span>
                  <span className="rule-message">{r.message}</span>
                  <span className="rule-text">“{r.text}”</span>
                  <RuleSource
                    source={
                      qualification?.rules.find((q) => q.id === r.id)?.source ??
                      (r.id === 'optional' ? levelRule?.source : undefined)
                    }
                  />
                </span>
              </li>
            ))}
            {unresolved.map((p, i) => (
              <li key={`u${i}`} className="bad">
                <span className="rule-mark" aria-hidden="true">
                  ✗
                </span>
                <span>{p.message}</span>
              </li>
            ))}
          </ul>
          {qualification && (
            <details className="rules-text">
              <summary>As the specification states it</summary>
              <blockquote>{qualification.rulesText}</blockquote>
              <SourceLine source={qualification.source} />
            </details>
          )}
        </section>
        <section aria-labelledby="totals-heading" className="card">
          <h3 id="totals-heading">{set.kind === 'nos-level' ? 'Units by mark' : 'Totals by group'}</h3>
          {set.kind === 'nos-level' ? (
            <p>
              {check.units.filter((u) => u.mark === 'M').length} mandatory (M) ·{' '}
              {check.units.filter((u) => u.mark === 'O').length} optional (O)
              {check.units.some((u) => !u.mark) && (
                <> · {check.units.filter((u) => !u.mark).length} not at this level</>
              )}
            </p>
          ) : check.totals.groups.length === 0 ? (
            <p className="hint">This rule set has no unit groups.</p>
          ) : (
            <table className="data-table totals">
              <caption className="visually-hidden">
                Units, credits and guided learning hours per group
              </caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Units</th>
                  <th scope="col">Credits</th>
                  <th scope="col">GLH</th>
                </tr>
              </thead>
              <tbody>
                {check.totals.groups.map((g) => (
                  <tr key={g.group}>
                    <th scope="row">Group {g.group}</th>
                    <td>{g.units}</td>
                    <td>{g.credits}</td>
                    <td>{g.glh || '–'}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Total</th>
                  <td>{check.totals.units}</td>
                  <td>{check.totals.credits}</td>
                  <td>{check.totals.glh || '–'}</td>
                </tr>
              </tfoot>
            </table>
          )}
          {set.kind === 'qualification' && set.framework === 'proqual' && (
            <p className="hint">ProQual prints no GLH per unit (229 GLH for the whole qualification).</p>
          )}
        </section>
      </div>

      <section aria-labelledby="units-heading">
        <h3 id="units-heading">Units in this plan</h3>
        {planUnits.length === 0 ? (
          <p className="hint">
            No units yet: add them from the list below, or from the explorer&rsquo;s detail panel.
          </p>
        ) : (
          <UnitTable
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

/** A compact source for a rule: the locator's last part and line, with the evidence viewer a click away. */
function RuleSource({ source }: { source: Source | undefined }) {
  const openEvidence = useEvidence();
  if (!source) return null;
  return (
    <span className="rule-source" title={describeSource(source)}>
      {source.locator.split(', ').pop()}
      {source.line !== undefined && (
        <>
          , line {source.line}{' '}
          <button type="button" className="link-button small" onClick={() => openEvidence(source)}>
            Show source
          </button>
        </>
      )}
    </span>
  );
}

function UnitTable({
  units,
  set,
  caption,
  action,
  note,
}: {
  units: Unit[];
  set: RuleSet;
  caption: string;
  action: (u: Unit) => React.ReactNode;
  note?: (u: Unit) => React.ReactNode;
}) {
  const routes = useRoutes();
  const nosLevel = set.kind === 'nos-level' ? (`L${set.id.slice(-1)}` as NosLevel) : undefined;
  return (
    <table className="data-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Title</th>
          <th scope="col">{nosLevel ? 'Mark' : 'Group'}</th>
          <th scope="col">Level</th>
          <th scope="col">Credits</th>
          <th scope="col">GLH</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => (
          <tr key={u.id} className={allowedIn(set, u) ? '' : 'not-allowed'}>
            <td>
              <button
                type="button"
                className="link-button code"
                onClick={() => routes.goToUnit(u.id)}
                title="Show in the explorer"
              >
                {u.code}
              </button>
            </td>
            <td>
              {u.title}
              {!allowedIn(set, u) && <span className="pill bad">not allowed in the {ruleSetLabel(set)}</span>}
              {note?.(u)}
            </td>
            <td>{nosLevel ? (u.levels?.[nosLevel] ?? '–') : (u.group ?? '–')}</td>
            <td>{u.level ?? '–'}</td>
            <td>{u.credits ?? '–'}</td>
            <td>{u.glh ?? '–'}</td>
            <td className="action-cell">{action(u)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnitPicker({
  set,
  pool,
  ids,
  onAdd,
}: {
  set: RuleSet;
  pool: Unit[];
  ids: string[];
  onAdd: (id: string) => void;
}) {
  const { atlas } = useAtlas();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<PoolFilter>({ onlyAllowed: true });
  const groups = distinctValues(pool, 'group');
  const levels = distinctValues(pool, 'level');
  const credits = distinctValues(pool, 'credits');
  const shown = useMemo(() => {
    const filtered = filterPool(pool, set, filter).filter((u) => !ids.includes(u.id));
    // Browsing reads in code order (408, 409, 410…); a search keeps the best matches first.
    if (!query.trim()) return byCode(filtered);
    const allowed = new Set(filtered.map((u) => u.id));
    return atlas.search
      .search(query, { limit: 60, allow: (id) => allowed.has(id) })
      .map((r) => atlas.unitsById.get(r.id))
      .filter((u): u is Unit => !!u && allowed.has(u.id));
  }, [pool, set, filter, ids, query, atlas]);
  const breaches = useMemo(
    () =>
      breachesIfAdded(
        atlas.dataset,
        set,
        ids,
        shown.map((u) => u.id),
      ),
    [atlas.dataset, set, ids, shown],
  );

  return (
    <section aria-labelledby="picker-heading" className="picker">
      <h3 id="picker-heading">Add units</h3>
      <div className="picker-controls">
        <label className="field grow">
          <span>Search {ruleSetLabel(set)} units</span>
          <input
            type="search"
            value={query}
            placeholder="code, title or outcome words"
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        {groups.length > 0 && (
          <label className="field">
            <span>Group</span>
            <select
              value={filter.group ?? ''}
              onChange={(e) => setFilter({ ...filter, group: e.target.value || undefined })}
            >
              <option value="">All groups</option>
              {groups.map((g) => (
                <option key={g} value={g}>
                  Group {g}
                </option>
              ))}
            </select>
          </label>
        )}
        {levels.length > 1 && (
          <label className="field">
            <span>Level</span>
            <select
              value={filter.level ?? ''}
              onChange={(e) =>
                setFilter({ ...filter, level: e.target.value ? Number(e.target.value) : undefined })
              }
            >
              <option value="">Any level</option>
              {levels.map((l) => (
                <option key={l} value={l}>
                  Level {l}
                </option>
              ))}
            </select>
          </label>
        )}
        {credits.length > 1 && (
          <label className="field">
            <span>Credits</span>
            <select
              value={filter.maxCredits ?? ''}
              onChange={(e) =>
                setFilter({ ...filter, maxCredits: e.target.value ? Number(e.target.value) : undefined })
              }
            >
              <option value="">Any credits</option>
              {credits.map((c) => (
                <option key={c} value={c}>
                  At most {c}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={!!filter.onlyAllowed}
            onChange={(e) => setFilter({ ...filter, onlyAllowed: e.target.checked })}
          />
          <span>Only units the {ruleSetLabel(set)} allows</span>
        </label>
      </div>
      <p className="hint" aria-live="polite">
        {shown.length} unit{shown.length === 1 ? '' : 's'} to choose from
      </p>
      {shown.length > 0 && (
        <div className="picker-table">
          <UnitTable
            units={shown}
            set={set}
            caption={`${ruleSetLabel(set)} units that can be added`}
            note={(u) =>
              breaches[u.id]?.length ? (
                <span className="breach">⚠ would break: {breaches[u.id]!.join('; ')}</span>
              ) : null
            }
            action={(u) => (
              <button
                type="button"
                className="button small"
                aria-label={`Add ${u.code} ${u.title}`}
                onClick={() => onAdd(u.id)}
              >
                Add
              </button>
            )}
          />
        </div>
      )}
    </section>
  );
}
