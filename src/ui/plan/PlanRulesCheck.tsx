import type { PlanCheck, RuleSet } from '../../domain/rules';
import type { Source } from '../../domain/model';
import { describeSource } from '../../domain/citation';
import { useEvidence } from '../common/evidence';
import { SourceLine } from '../common/SourceLine';
import { useAtlas } from '../context';

/** Each rule of combination, met or not, with where the specification states it. */
export function PlanRulesCheck({
  check,
  set,
  unresolved,
}: {
  check: PlanCheck;
  set: RuleSet;
  /** Problems that are not a rule of combination: unknown or repeated units. */
  unresolved: PlanCheck['problems'];
}) {
  const { atlas } = useAtlas();
  const qualification = atlas.qualificationsById.get(set.id);
  const levelRule = atlas.dataset.nosLevelRules.find((r) => `nos-l${r.level.slice(1)}` === set.id);
  return (
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

/** Units, credits and GLH counted by group (or by mark for a NOS level). */
export function PlanTotals({ check, set }: { check: PlanCheck; set: RuleSet }) {
  return (
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
          <caption className="visually-hidden">Units, credits and guided learning hours per group</caption>
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
  );
}
