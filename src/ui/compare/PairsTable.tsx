import { useMemo, useState } from 'react';
import type { Comparison, HubPair } from '../../domain/compare';
import type { Unit } from '../../domain/model';
import { Badges, StepBadges, UnitName } from './UnitLabels';

type PairOrder = 'nos' | 'strength';

export function PairsTable({
  comparison: c,
  units,
  focus,
  onFocus,
}: {
  comparison: Comparison;
  units: Map<string, Unit>;
  focus: string | undefined;
  onFocus: (id: string | undefined) => void;
}) {
  const [order, setOrder] = useState<PairOrder>('nos');
  const choices = useMemo(() => {
    const seen = new Set<string>();
    const list: { id: string; group: string }[] = [];
    for (const [group, ids] of [
      [c.x.label, c.pairs.map((p) => p.x)],
      ['NOS', c.shared],
      [c.y.label, c.pairs.map((p) => p.y)],
    ] as const) {
      for (const id of ids) {
        if (seen.has(id)) continue;
        seen.add(id);
        list.push({ id, group });
      }
    }
    return list;
  }, [c]);
  const rows: HubPair[] = useMemo(() => {
    const shown = focus ? c.pairs.filter((p) => p.x === focus || p.via === focus || p.y === focus) : c.pairs;
    return order === 'strength' ? [...shown].sort((a, b) => b.strength - a.strength) : shown;
  }, [c, focus, order]);
  const groups = [...new Set(choices.map((ch) => ch.group))];

  return (
    <section aria-labelledby="pairs-heading">
      <h3 id="pairs-heading">
        Pairs ({rows.length === c.pairs.length ? c.pairs.length : `${rows.length} of ${c.pairs.length}`})
      </h3>
      <div className="toolbar compare-table-tools">
        <label className="inline-field">
          Show pairs of
          <select value={focus ?? ''} onChange={(e) => onFocus(e.target.value || undefined)}>
            <option value="">every unit</option>
            {groups.map((group) => (
              <optgroup key={group} label={group}>
                {choices
                  .filter((ch) => ch.group === group)
                  .map((ch) => (
                    <option key={ch.id} value={ch.id}>
                      {units.get(ch.id)?.code ?? ch.id} {units.get(ch.id)?.title.slice(0, 60)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </label>
        <span className="segmented" role="group" aria-label="Order of pairs">
          <button type="button" aria-pressed={order === 'nos'} onClick={() => setOrder('nos')}>
            NOS order
          </button>
          <button type="button" aria-pressed={order === 'strength'} onClick={() => setOrder('strength')}>
            Strongest first
          </button>
        </span>
      </div>
      <div className="compare-table-wrap" tabIndex={0} role="region" aria-label="Unit pairs">
        <table className="compare-table pairs-table">
          <caption className="visually-hidden">
            Unit pairs joined through a NOS unit, with both links and the weakest of them
          </caption>
          <thead>
            <tr>
              <th scope="col">{c.x.label} unit</th>
              <th scope="col">Link</th>
              <th scope="col">Via NOS unit</th>
              <th scope="col">Link</th>
              <th scope="col">{c.y.label} unit</th>
              <th scope="col">Weakest</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.x}>${p.via}>${p.y}`}>
                <td>
                  <UnitName id={p.x} units={units} />
                </td>
                <td className="nowrap">
                  <StepBadges step={p.path[0]} />
                </td>
                <td>
                  <UnitName id={p.via} units={units} />
                </td>
                <td className="nowrap">
                  <StepBadges step={p.path[1]} />
                </td>
                <td>
                  <UnitName id={p.y} units={units} />
                </td>
                <td className="nowrap">
                  <Badges basis={p.weakestBasis} relation={p.weakestRelation} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
