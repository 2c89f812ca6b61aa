import { useMemo, useState } from 'react';
import { describeTarget, findGaps, targetUnits, type GapTarget } from '../../domain/gaps';
import type { Basis, Confidence, NosLevel, Unit } from '../../domain/model';
import { NOS_LEVELS } from '../../domain/vocabulary';
import { nosOrder } from '../../domain/plan';
import { useAtlas } from '../context';

const SHOWN_SUGGESTIONS = 8;

/** Gaps against a NOS level or chosen NOS units, with ranked units that would close them. */
export function GapFinder({
  units,
  candidates,
  bases,
  minConfidence,
  onAdd,
  breaches,
  defaultLevel = 'L4',
}: {
  defaultLevel?: NosLevel;
  units: Unit[];
  candidates: Unit[];
  bases: Basis[];
  minConfidence: Confidence;
  onAdd?: (id: string) => void;
  breaches?: (candidates: string[]) => Record<string, string[]>;
}) {
  const { atlas } = useAtlas();
  const [choice, setChoice] = useState(`level-mandatory:${defaultLevel}`);
  const [chosen, setChosen] = useState<string[]>([]);
  const nosUnits = useMemo(
    () =>
      atlas.dataset.units
        .filter((u) => u.framework === 'nos')
        .sort((a, b) => nosOrder(a.code) - nosOrder(b.code)),
    [atlas.dataset],
  );
  const target: GapTarget = useMemo(() => {
    if (choice === 'units') return { kind: 'units', units: chosen };
    const [kind, level] = choice.split(':') as ['level-mandatory' | 'level', NosLevel];
    return { kind, level };
  }, [choice, chosen]);
  const report = useMemo(
    () =>
      findGaps(atlas.dataset, units, targetUnits(atlas.dataset, target), candidates, {
        bases,
        minConfidence,
      }),
    [atlas.dataset, units, target, candidates, bases, minConfidence],
  );
  const top = useMemo(() => report.suggestions.slice(0, SHOWN_SUGGESTIONS), [report]);
  const warnings = breaches?.(top.map((s) => s.unit.id)) ?? {};

  return (
    <section aria-labelledby="gaps-heading" className="gaps">
      <h3 id="gaps-heading">Gap finder</h3>
      <div className="gap-controls">
        <label className="field">
          <span>Check against</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            {NOS_LEVELS.map((l) => (
              <option key={`m${l}`} value={`level-mandatory:${l}`}>
                Mandatory units of NOS level {l.slice(1)}
              </option>
            ))}
            {NOS_LEVELS.map((l) => (
              <option key={`a${l}`} value={`level:${l}`}>
                Every unit of NOS level {l.slice(1)} (M and O)
              </option>
            ))}
            <option value="units">NOS units I choose…</option>
          </select>
        </label>
      </div>
      {choice === 'units' && (
        <fieldset className="nos-chooser">
          <legend>Choose NOS units ({chosen.length} chosen)</legend>
          {atlas.dataset.areas.map((a) => (
            <div key={a.id} className="nos-chooser-area">
              <span className="area-letter">{a.letter}</span>
              {nosUnits
                .filter((u) => u.area === a.letter)
                .map((u) => (
                  <label key={u.id} className="chip" title={u.title}>
                    <input
                      type="checkbox"
                      checked={chosen.includes(u.id)}
                      onChange={(e) =>
                        setChosen((c) => (e.target.checked ? [...c, u.id] : c.filter((x) => x !== u.id)))
                      }
                    />
                    <span>{u.code}</span>
                    <span className="visually-hidden"> {u.title}</span>
                  </label>
                ))}
            </div>
          ))}
        </fieldset>
      )}
      <p aria-live="polite" className="gap-summary">
        {report.target.length === 0 ? (
          'Choose the NOS units to check against.'
        ) : (
          <>
            <b>
              {report.covered.length} of {report.target.length}
            </b>{' '}
            of {describeTarget(target)} covered
            {report.uncovered.length === 0 ? ' — no gaps.' : `; ${report.uncovered.length} uncovered.`}
          </>
        )}
      </p>
      {report.uncovered.length > 0 && (
        <div className="gap-grid">
          <div>
            <h4>Uncovered</h4>
            <ul className="gap-list">
              {report.byGap.map(({ nos, candidates: c }) => (
                <li key={nos.id}>
                  <span className="code">{nos.code}</span> {nos.title}
                  {nos.levels && (
                    <span className="muted">
                      {' '}
                      (
                      {NOS_LEVELS.filter((l) => nos.levels?.[l])
                        .map((l) => `${l}:${nos.levels![l]}`)
                        .join(' ')}
                      )
                    </span>
                  )}
                  <div className="hint">
                    {c.length === 0
                      ? 'No candidate unit links to it with the chosen bases.'
                      : `Could be covered by ${c
                          .slice(0, 3)
                          .map((x) => `${x.unit.code} (${x.link.relation}, ${x.link.basis})`)
                          .join(', ')}${c.length > 3 ? ` and ${c.length - 3} more` : ''}.`}
                  </div>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h4>Suggested units, best first</h4>
            {top.length === 0 ? (
              <p className="hint">No unit that can be added links to these gaps with the chosen bases.</p>
            ) : (
              <ol className="suggestions">
                {top.map((s) => (
                  <li key={s.unit.id}>
                    <div>
                      <span className="code">{s.unit.code}</span> {s.unit.title}
                      {s.unit.credits !== undefined && (
                        <span className="muted"> · {s.unit.credits} credits</span>
                      )}
                    </div>
                    <div className="hint">
                      closes {s.covers.length} gap{s.covers.length === 1 ? '' : 's'}:{' '}
                      {s.covers.map((l) => `${l.code} (${l.relation}, ${l.basis})`).join(', ')}
                    </div>
                    {warnings[s.unit.id] && (
                      <div className="breach">⚠ would break: {warnings[s.unit.id]!.join('; ')}</div>
                    )}
                    {onAdd && (
                      <button
                        type="button"
                        className="button small"
                        aria-label={`Add ${s.unit.code} to the plan`}
                        onClick={() => onAdd(s.unit.id)}
                      >
                        Add
                      </button>
                    )}
                  </li>
                ))}
              </ol>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
