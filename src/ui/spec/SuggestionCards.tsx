import type { RoleTemplate } from '../../domain/model';
import { levelNumber } from '../../domain/spec';
import { SourceLine } from '../common/SourceLine';
import { useAtlas } from '../context';

/**
 * The role suggestions from data/role-templates.json, each with its level, units, rationale and
 * what in the sources it draws on. Always labelled as suggestions.
 */
export function SuggestionCards({
  currentId,
  onUse,
}: {
  currentId?: string | undefined;
  onUse: (template: RoleTemplate) => void;
}) {
  const { atlas } = useAtlas();
  const dataset = atlas.dataset;
  return (
    <ul className="suggestion-cards">
      {dataset.roleTemplates.map((t) => {
        const mandatory = dataset.units.filter((u) => u.framework === 'nos' && u.levels?.[t.level] === 'M');
        return (
          <li key={t.id} className={`suggestion-card${t.id === currentId ? ' current' : ''}`}>
            <div className="suggestion-head">
              <h4>{t.role}</h4>
              <span className="suggestion-badge">Suggestion</span>
              <span className="suggestion-level">Level {levelNumber(t.level)}</span>
            </div>
            <p className="suggestion-units">
              <span className="muted">Mandatory</span>{' '}
              {/* The same at every template of a level: codes, each titled on hover, keep the card short. */}
              {mandatory.map((u, i) => (
                <span key={u.id}>
                  {i > 0 && ' · '}
                  <abbr className="code" title={u.title}>
                    {u.code}
                  </abbr>
                </span>
              ))}
            </p>
            <p className="suggestion-units">
              <span className="muted">Optional</span>
            </p>
            <ul className="plain suggestion-optional">
              {t.optionalUnits.map((id) => (
                <li key={id}>
                  <span className="code">{atlas.unitsById.get(id)?.code ?? id}</span>{' '}
                  {atlas.unitsById.get(id)?.title}
                </li>
              ))}
            </ul>
            <details>
              <summary>Why these units?</summary>
              <p className="suggestion-rationale">{t.rationale}</p>
              <p className="suggestion-based">Draws on:</p>
              <ul className="plain suggestion-sources">
                {t.basedOn.map((id) => {
                  const fact = dataset.usageFacts.find((f) => f.id === id);
                  const unit = atlas.unitsById.get(id);
                  return (
                    <li key={id}>
                      {fact ? (
                        <>
                          “{fact.text}” <SourceLine source={fact.source} />
                        </>
                      ) : unit ? (
                        <>
                          <span className="code">{unit.code}</span> {unit.title}: its rows in the Topss
                          social-care map
                        </>
                      ) : (
                        id
                      )}
                    </li>
                  );
                })}
              </ul>
            </details>
            <button
              type="button"
              className="button small"
              aria-label={`${t.id === currentId ? 'Use again' : 'Use this suggestion'}: ${t.role}`}
              onClick={() => onUse(t)}
            >
              {t.id === currentId ? 'Use again' : 'Use this suggestion'}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
