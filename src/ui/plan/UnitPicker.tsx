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
