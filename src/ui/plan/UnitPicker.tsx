import { useMemo, useState } from 'react';
import {
  breachesIfAdded,
  distinctValues,
  filterPool,
  type PoolFilter,
  ruleSetLabel,
} from '../../domain/plan';
import type { RuleSet } from '../../domain/rules';
import { byCode } from '../../domain/mandatory';
import type { Unit } from '../../domain/model';
import { useAtlas } from '../context';
import { PlanUnitTable } from './PlanUnitTable';

export function UnitPicker({
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
          <PoolSelect
            label="Group"
            any="All groups"
            value={filter.group}
            values={groups}
            optionText={(g) => `Group ${g}`}
            read={String}
            onChange={(group) => setFilter({ ...filter, group })}
          />
        )}
        {levels.length > 1 && (
          <PoolSelect
            label="Level"
            any="Any level"
            value={filter.level}
            values={levels}
            optionText={(l) => `Level ${l}`}
            read={Number}
            onChange={(level) => setFilter({ ...filter, level })}
          />
        )}
        {credits.length > 1 && (
          <PoolSelect
            label="Credits"
            any="Any credits"
            value={filter.maxCredits}
            values={credits}
            optionText={(c) => `At most ${c}`}
            read={Number}
            onChange={(maxCredits) => setFilter({ ...filter, maxCredits })}
          />
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
          <PlanUnitTable
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

/** One of the picker's narrowing selects: any value, or one the pool has. */
function PoolSelect<T extends string | number>({
  label,
  any,
  value,
  values,
  optionText,
  read,
  onChange,
}: {
  label: string;
  any: string;
  value: T | undefined;
  values: T[];
  optionText: (value: T) => string;
  read: (raw: string) => T;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value ? read(e.target.value) : undefined)}
      >
        <option value="">{any}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {optionText(v)}
          </option>
        ))}
      </select>
    </label>
  );
}
