import { useMemo } from 'react';
import type { NosLevel } from '../../domain/model';
import {
  applyTemplate,
  changeLevel,
  eligibility,
  levelNumber,
  levelRequirement,
  nosUnits,
  optionalUnitsAt,
  toggleOptionalUnit,
  unitHighlights,
  type SpecificationData,
  type SpecificationDocument,
} from '../../domain/spec';
import { NOS_LEVELS } from '../../domain/vocabulary';
import { useAtlas } from '../context';
import { LockIcon, StatusIcon } from './icons';
import type { SavedItem } from '../../domain/saved';
import { SuggestionCards } from './SuggestionCards';
import { TermHelp } from '../common/TermHelp';

/** The engine's messages start in lower case ('level 3 needs …'); a status line reads as a sentence. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface Props {
  spec: SavedItem<SpecificationData>;
  doc: SpecificationDocument;
  message: string;
  onMessage: (message: string) => void;
  onChange: (data: SpecificationData) => void;
}

/** Level → suggestions → rule status → mandatory units (locked) → optional units. */
export function SpecEditor({ spec, doc, message, onMessage, onChange }: Props) {
  const { atlas } = useAtlas();
  const dataset = atlas.dataset;
  const level = spec.data.level;
  const n = levelNumber(level);
  const requirement = levelRequirement(dataset, level);
  const chosen = spec.data.optionalUnits;

  const { optionalByArea, unavailable } = useMemo(() => {
    const optional = optionalUnitsAt(dataset, level);
    const byArea = dataset.areas
      .map((area) => ({ area, units: optional.filter((u) => u.area === area.letter) }))
      .filter((g) => g.units.length > 0);
    const blocked = nosUnits(dataset)
      .map((unit) => ({ unit, verdict: eligibility(dataset, level, unit) }))
      .filter((e) => e.verdict.status === 'unavailable');
    return { optionalByArea: byArea, unavailable: blocked };
  }, [dataset, level]);

  const setLevel = (next: NosLevel) => {
    if (next === level) return;
    const change = changeLevel(dataset, spec.data, next);
    onChange(change.data);
    onMessage(change.message);
  };

  const toggle = (id: string, code: string) => {
    const next = toggleOptionalUnit(spec.data, id);
    onChange(next);
    onMessage(next.optionalUnits.includes(id) ? `Added ${code}.` : `Removed ${code}.`);
  };

  const status = doc.status;
  return (
    <>
      <header className="spec-editor-head">
        <p className="eyebrow">Person specification</p>
        <h2 id="spec-editor-heading">{spec.name}</h2>
      </header>

      <div className={`spec-status-box ${status.complete ? 'ok' : 'todo'}`} aria-live="polite">
        <p className="spec-status-line">
          <StatusIcon ok={status.complete} /> <span>{sentence(status.line)}</span>
        </p>
        <div className="spec-meter" aria-hidden="true">
          {Array.from({ length: Math.max(status.optionalNeeded, status.optionalChosen) }, (_, i) => (
            <span
              key={i}
              className={
                i < Math.min(status.optionalChosen, status.optionalNeeded)
                  ? 'filled'
                  : i >= status.optionalNeeded
                    ? 'over'
                    : ''
              }
            />
          ))}
        </div>
        {message && <p className="spec-message">{message}</p>}
      </div>

      <section className="spec-step" aria-labelledby="step-level">
        <h3 id="step-level">
          <span className="step-number">1</span> NOS level
        </h3>
        <fieldset className="level-picker">
          <legend className="visually-hidden">NOS level</legend>
          {NOS_LEVELS.map((l) => {
            const req = levelRequirement(dataset, l);
            return (
              <label key={l} className={`level-option${l === level ? ' selected' : ''}`}>
                <input
                  type="radio"
                  name={`level-${spec.id}`}
                  value={l}
                  checked={l === level}
                  onChange={() => setLevel(l)}
                />
                <span className="level-name">Level {levelNumber(l)}</span>
                <span className="level-rule">
                  {req.mandatory} mandatory + {req.optional} optional
                </span>
              </label>
            );
          })}
        </fieldset>
      </section>

      <section className="spec-step" aria-labelledby="step-suggestion">
        <h3 id="step-suggestion">
          <span className="step-number">2</span> Start from a suggestion{' '}
          <span className="optional-tag">optional</span>
        </h3>
        <details className="suggestions-details" open={chosen.length === 0}>
          <summary>
            {dataset.roleTemplates.length} role suggestions for social care (replace the level and optional
            units)
          </summary>
          <SuggestionCards
            currentId={spec.data.templateId}
            onUse={(template) => {
              const change = applyTemplate(dataset, template);
              const before = chosen.map((id) => atlas.unitsById.get(id)?.code ?? id);
              onChange(change.data);
              onMessage(
                before.length
                  ? `${change.message} Replaced your earlier choice (${before.join(', ')}).`
                  : change.message,
              );
            }}
          />
        </details>
      </section>

      <section className="spec-step" aria-labelledby="step-mandatory">
        <h3 id="step-mandatory">
          <span className="step-number">3</span> Mandatory units at level {n}{' '}
          <span className="count">({requirement.mandatory}, always included)</span>
        </h3>
        <TermHelp term="mandatory-optional" />
        <ul className="spec-locked" aria-label={`Mandatory units at level ${n}`}>
          {doc.mandatory.map((u) => (
            <li key={u.id}>
              <LockIcon />
              <span className="code">{u.code}</span>
              <span className="spec-unit-title">{u.title}</span>
              <span className="locked-note">mandatory at level {n}</span>
            </li>
          ))}
        </ul>
      </section>

      <section className="spec-step" aria-labelledby="step-optional">
        <h3 id="step-optional">
          <span className="step-number">4</span> Optional units{' '}
          <span className="count">
            (choose {requirement.optional}: {chosen.length} chosen)
          </span>
        </h3>
        <TermHelp term="imported" />
        <fieldset className="optional-picker">
          <legend className="visually-hidden">
            Optional units at level {n}: choose {requirement.optional}
          </legend>
          {optionalByArea.map(({ area, units }) => (
            <div key={area.id} className="optional-area">
              <p className="optional-area-title" id={`opt-area-${area.letter}`}>
                {area.letter} · {area.title}
              </p>
              <ul aria-labelledby={`opt-area-${area.letter}`}>
                {units.map((u) => {
                  const checked = chosen.includes(u.id);
                  const notes = unitHighlights(dataset, u.id);
                  return (
                    <li key={u.id} className={checked ? 'checked' : undefined}>
                      <label className="optional-option">
                        <input type="checkbox" checked={checked} onChange={() => toggle(u.id, u.code)} />
                        <span className="code">{u.code}</span>
                        <span className="spec-unit-title">{u.title}</span>
                      </label>
                      {notes.length > 0 && (
                        <span className="unit-notes">
                          {notes.map((note) => (
                            <span key={note} className="unit-note">
                              {note}
                            </span>
                          ))}
                        </span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </fieldset>
        <details className="unavailable">
          <summary>
            Why can’t I add the other {unavailable.length} units at level {n}?
          </summary>
          <p className="hint">
            A person specification at level {n} takes its {requirement.mandatory} mandatory units and{' '}
            {requirement.optional} of the units the NOS marks O at level {n} ({requirement.text}). These units
            are not marked at level {n}:
          </p>
          <ul className="unavailable-list">
            {unavailable.map(({ unit, verdict }) => (
              <li key={unit.id}>
                <span className="code">{unit.code}</span> {unit.title}{' '}
                <span className="muted">— {verdict.reason}</span>
              </li>
            ))}
          </ul>
        </details>
      </section>
    </>
  );
}
