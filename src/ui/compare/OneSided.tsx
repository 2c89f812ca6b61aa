import type { Comparison, HubStep } from '../../domain/compare';
import type { Unit } from '../../domain/model';
import { codes, UnitName } from './UnitLabels';

export function OneSided({ comparison: c, units }: { comparison: Comparison; units: Map<string, Unit> }) {
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
