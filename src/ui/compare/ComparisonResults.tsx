import { Caveat } from '../common/Caveat';
import { LinkLegendItems } from '../common/LinkLegend';
import { useMemo, useState } from 'react';
import type { Comparison, HubPair, HubStep } from '../../domain/compare';
import type { Basis, Relation, Unit } from '../../domain/model';
import { useAtlas } from '../context';
import { useRoutes } from '../routes';
import { HubDiagram } from './HubDiagram';

type PairOrder = 'nos' | 'strength';

function statusOf(c: Comparison): string {
  const { x, y } = c;
  const only = `${c.onlyX.nos.length} NOS units are reached only by ${x.label}, ${c.onlyY.nos.length} only by ${y.label}.`;
  if (c.pairs.length === 0)
    return `${x.label} and ${y.label} reach no NOS unit in common with these links. ${only}`;
  return (
    `${x.label} and ${y.label} meet at ${c.shared.length} NOS unit${c.shared.length === 1 ? '' : 's'} ` +
    `through ${c.pairs.length} unit pair${c.pairs.length === 1 ? '' : 's'}. ${only}`
  );
}

/** Everything the comparison found: summary, per-area table, path diagram, pairs, one-sided lists. */
export function ComparisonResults({ comparison: c }: { comparison: Comparison }) {
  const { atlas } = useAtlas();
  const units = atlas.unitsById;
  // The picked unit belongs to one comparison; a new comparison starts with nothing picked.
  const [picked, setPicked] = useState<{ comparison: Comparison; id: string } | undefined>();
  const [hover, setHover] = useState<string | undefined>();
  const focus = picked?.comparison === c ? picked.id : undefined;
  const setFocus = (id: string | undefined) => setPicked(id ? { comparison: c, id } : undefined);

  return (
    <section className="compare-results" aria-labelledby="compare-heading">
      <h2 id="compare-heading">
        {c.x.label} <span className="muted">compared with</span> {c.y.label}{' '}
        <span className="muted">through the NOS</span>
      </h2>
      <p className="compare-status" aria-live="polite">
        {statusOf(c)}
      </p>
      <div className="compare-cards">
        <p className="compare-card shared">
          <b>{c.shared.length}</b> shared NOS units · <b>{c.pairs.length}</b> pairs
        </p>
        <p className="compare-card only-x">
          <b>{c.onlyX.nos.length}</b> NOS units only {c.x.label}
        </p>
        <p className="compare-card only-y">
          <b>{c.onlyY.nos.length}</b> NOS units only {c.y.label}
        </p>
      </div>
      <AreaSummary comparison={c} units={units} />
      <section aria-labelledby="paths-heading">
        <h3 id="paths-heading">Paths through shared NOS units</h3>
        {c.pairs.length > 0 ? (
          <>
            <p className="hint">
              Point at a unit to pick out its paths; click it to show only its pairs in the table.
            </p>
            <div className="hub-scroll" tabIndex={0} role="region" aria-label="Paths through the NOS hub">
              <HubDiagram
                comparison={c}
                units={units}
                focus={focus}
                onFocus={setFocus}
                hover={hover}
                onHover={setHover}
              />
            </div>
            <PathLegend />
          </>
        ) : (
          <p>No NOS unit is reached by both sides with the links counted. Try counting weaker links.</p>
        )}
      </section>
      {c.pairs.length > 0 && <PairsTable comparison={c} units={units} focus={focus} onFocus={setFocus} />}
      <OneSided comparison={c} units={units} />
    </section>
  );
}

function PathLegend() {
  return (
    <div className="legend compare-legend" aria-label="Line styles">
      <div className="legend-group">
        <LinkLegendItems />
      </div>
    </div>
  );
}

function UnitName({ id, units }: { id: string; units: Map<string, Unit> }) {
  const routes = useRoutes();
  const unit = units.get(id);
  return (
    <button
      type="button"
      className="link-button unit-name"
      title="Open in the explorer"
      onClick={() => routes.goToUnit(id)}
    >
      <span className="code">{unit?.code ?? id}</span> {unit?.title || (unit ? <em>untitled</em> : '')}
    </button>
  );
}

function Badges({ basis, relation, mine }: { basis: Basis; relation: Relation; mine?: boolean }) {
  return (
    <span className="badges">
      <span className={`relation-badge relation-${relation}`}>{relation}</span>{' '}
      <span className={`basis-badge basis-${basis}`}>{mine ? 'your claim' : basis}</span>
    </span>
  );
}

function StepBadges({ step }: { step: HubStep }) {
  return (
    <>
      <Badges basis={step.basis} relation={step.relation} mine={step.origin === 'user'} />
      {step.score !== undefined && <span className="score"> {step.score.toFixed(2)}</span>}
      {step.caveat && <Caveat caveat={step.caveat} compact />}
    </>
  );
}

function codes(ids: string[], units: Map<string, Unit>): string {
  return ids.map((id) => units.get(id)?.code ?? id).join(', ');
}

function AreaSummary({ comparison: c, units }: { comparison: Comparison; units: Map<string, Unit> }) {
  const widest = Math.max(1, ...c.areas.map((a) => a.shared.length + a.onlyX.length + a.onlyY.length));
  return (
    <table className="compare-table area-table">
      <caption>By functional area (NOS units)</caption>
      <thead>
        <tr>
          <th scope="col">Area</th>
          <th scope="col">Shared</th>
          <th scope="col">Only {c.x.label}</th>
          <th scope="col">Only {c.y.label}</th>
          <th scope="col">
            <span className="visually-hidden">Balance</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {c.areas.map((a) => (
          <tr key={a.area}>
            <th scope="row">
              <b>{a.area}</b> {a.title}
            </th>
            <AreaCell ids={a.shared} units={units} />
            <AreaCell ids={a.onlyX} units={units} />
            <AreaCell ids={a.onlyY} units={units} />
            <td className="area-bar-cell" aria-hidden="true">
              <span className="area-bar">
                <span className="bar only-x" style={{ width: `${(a.onlyX.length / widest) * 100}%` }} />
                <span className="bar shared" style={{ width: `${(a.shared.length / widest) * 100}%` }} />
                <span className="bar only-y" style={{ width: `${(a.onlyY.length / widest) * 100}%` }} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AreaCell({ ids, units }: { ids: string[]; units: Map<string, Unit> }) {
  return (
    <td>
      <b>{ids.length}</b>
      {ids.length > 0 && <span className="area-codes"> {codes(ids, units)}</span>}
    </td>
  );
}

function PairsTable({
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

function OneSided({ comparison: c, units }: { comparison: Comparison; units: Map<string, Unit> }) {
  return (
    <div className="one-sided">
      <OneSide
        label={c.x.label}
        other={c.y.label}
        nos={c.onlyX.nos}
        steps={c.reach.x}
        sharingNothing={c.onlyX.units}
        unreached={c.unreached.x}
        units={units}
        className="only-x"
      />
      <OneSide
        label={c.y.label}
        other={c.x.label}
        nos={c.onlyY.nos}
        steps={c.reach.y}
        sharingNothing={c.onlyY.units}
        unreached={c.unreached.y}
        units={units}
        className="only-y"
      />
    </div>
  );
}

function OneSide(props: {
  label: string;
  other: string;
  nos: string[];
  steps: HubStep[];
  sharingNothing: string[];
  unreached: string[];
  units: Map<string, Unit>;
  className: string;
}) {
  const { label, other, nos, steps, sharingNothing, unreached, units, className } = props;
  return (
    <section className={`one-side ${className}`} aria-label={`Only ${label}`}>
      <h3>
        Only {label} ({nos.length} NOS units)
      </h3>
      {nos.length === 0 ? (
        <p className="muted">
          Every NOS unit {label} reaches, {other} reaches too.
        </p>
      ) : (
        <ul className="plain one-side-list">
          {nos.map((id) => (
            <li key={id}>
              <UnitName id={id} units={units} />
              <span className="reached-by">
                {' '}
                ←{' '}
                {codes(
                  steps.filter((s) => s.nos === id).map((s) => s.unit),
                  units,
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>
          {sharingNothing.length} {label} units share no NOS unit with {other}
        </summary>
        <ul className="plain">
          {sharingNothing.map((id) => (
            <li key={id}>
              <UnitName id={id} units={units} />
            </li>
          ))}
        </ul>
      </details>
      <details>
        <summary>
          {unreached.length} {label} units have no link that counts
        </summary>
        <ul className="plain">
          {unreached.map((id) => (
            <li key={id}>
              <UnitName id={id} units={units} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
