import { applyTemplate, levelNumber, levelRequirement, type SpecificationData } from '../../domain/spec';
import { NOS_LEVELS } from '../../domain/vocabulary';
import { useAtlas } from '../context';
import { SuggestionCards } from './SuggestionCards';

/** What the view shows before any specification exists: pick a level, or start from a suggestion. */
export function SpecStart({
  onCreate,
  message,
}: {
  onCreate: (data: SpecificationData, name?: string, note?: string) => void;
  message: string;
}) {
  const { atlas } = useAtlas();
  const dataset = atlas.dataset;
  return (
    <div className="spec-start">
      <p className="eyebrow">Person specification</p>
      <h2 id="spec-start-heading">Build a person specification</h2>
      <p className="spec-lead">
        Pick the NOS level for the post. Its mandatory units come with it; you then choose the optional units,
        and see what the social-care specialist and partnership standards and the qualifications say about
        each. Everything stays in this browser.
      </p>
      <p aria-live="polite" className="spec-message">
        {message}
      </p>
      <h3>Start at a level</h3>
      <ul className="start-levels">
        {NOS_LEVELS.map((level) => {
          const req = levelRequirement(dataset, level);
          return (
            <li key={level}>
              <button
                type="button"
                className="level-start"
                onClick={() =>
                  onCreate({ level, optionalUnits: [] }, `Level ${levelNumber(level)} specification`)
                }
              >
                <span className="level-name">Level {levelNumber(level)}</span>
                <span className="level-rule">
                  {req.mandatory} mandatory + {req.optional} optional
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <h3>Or start from a suggestion</h3>
      <p className="hint">
        Suggestions for common social-care roles, drawn from the sources; none of the sources assigns levels
        to job titles, so treat them as starting points.
      </p>
      <SuggestionCards
        onUse={(template) => {
          const change = applyTemplate(dataset, template);
          onCreate(change.data, template.role, change.message);
        }}
      />
    </div>
  );
}
