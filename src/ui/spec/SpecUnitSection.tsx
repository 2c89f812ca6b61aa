import { standardLabel, type SpecificationUnit } from '../../domain/spec';
import { Caveat } from '../common/Caveat';
import { SourceLine } from '../common/SourceLine';
import { useRoutes } from '../routes';
import type { DocumentDetail } from '../../domain/spec';
import { SpecUnitCoverage } from './SpecUnitCoverage';

/** One unit of the specification: its summary, level mark, standards beside it, and (in full) what covers it. */
export function SpecUnitSection({
  unit,
  level,
  detail,
}: {
  unit: SpecificationUnit;
  level: number;
  detail: DocumentDetail;
}) {
  const routes = useRoutes();
  const headingId = `spec-unit-${unit.id.replace(/[^A-Za-z0-9]/g, '-')}`;
  const mark = unit.mark === 'M' ? `Mandatory at level ${level}` : `Optional at level ${level}`;
  return (
    <section className="spec-unit" aria-labelledby={headingId}>
      <div className="spec-unit-main">
        <div className="spec-unit-head">
          <h4 id={headingId}>
            <span className="code">{unit.code}</span> {unit.title}
          </h4>
          <button
            type="button"
            className="link-button small no-print"
            aria-label={`Show in explorer: ${unit.code}`}
            onClick={() => routes.goToUnit(unit.id)}
          >
            Show in explorer
          </button>
        </div>
        <p className="spec-unit-meta">
          <span className={`mark-badge mark-${unit.mark}`}>{mark}</span>
          {detail.full && unit.area && (
            <span className="muted">
              {' '}
              Functional area {unit.area.letter}: {unit.area.title}
            </span>
          )}
        </p>
        <p className={`spec-unit-summary ${unit.sentence.fromSource ? '' : 'muted'}`}>
          {unit.sentence.text}
          {detail.full && unit.summarySource && (
            <>
              {' '}
              <SourceLine source={unit.summarySource} />
            </>
          )}
        </p>
        {detail.full && unit.usage.length > 0 && (
          <ul className="spec-usage">
            {unit.usage.map((fact) => (
              <li key={fact.id}>
                <span className="usage-label">
                  {fact.sector
                    ? `MSC report 2006/07, about another sector (${fact.sector}):`
                    : 'MSC report 2006/07:'}
                </span>{' '}
                {fact.text}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="spec-unit-standards">
        <h5>Specialist and partnership standards</h5>
        {unit.standards.length === 0 ? (
          <p className="muted">{unit.noStandardsNote}</p>
        ) : (
          <div className="std-groups">
            {unit.standards.map((group) => (
              <div key={group.framework} className="std-group">
                <p className="std-framework">
                  <span className={`kind-badge kind-${group.kind}`}>{group.shortName}</span>
                  {detail.full && <> {group.name}</>}
                </p>
                <ul>
                  {group.standards.map((s) => (
                    <li key={s.id}>
                      {detail.full ? standardLabel(s) : standardLabel(s).replace(/\.$/, '')}
                      {detail.full && (
                        <span className="std-basis">
                          {' '}
                          <span className={`basis-badge basis-${s.basis}`}>{s.basis}</span>
                          {s.column && <span className="muted"> {s.column} column</span>}
                        </span>
                      )}
                      {s.caveat && <Caveat caveat={s.caveat} compact />}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        )}
      </div>

      {detail.full && <SpecUnitCoverage unit={unit} suggestions={detail.suggestions} />}
      {unit.yourCourses.length > 0 && (
        <div className="spec-your-courses">
          <h5>
            Your own courses <span className="user-badge">your data</span>
          </h5>
          <p className="muted">Your claims, from courses you imported; not checked by Standards Atlas.</p>
          <ul className="coverage-list">
            {unit.yourCourses.flatMap((course) =>
              course.modules.map((m) => (
                <li key={m.id}>
                  <span className="coverage-framework">{course.name}</span>{' '}
                  <span className="code">{m.code}</span> {m.title}{' '}
                  <span className="muted">({m.relation}, your claim)</span>
                </li>
              )),
            )}
          </ul>
        </div>
      )}
    </section>
  );
}
