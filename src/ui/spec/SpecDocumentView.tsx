import {
  levelNumber,
  standardLabel,
  type CoveringUnit,
  type SpecificationDocument,
  type SpecificationUnit,
} from '../../domain/spec';
import { Caveat } from '../common/Caveat';
import { SourceLine } from '../common/SourceLine';
import { useRoutes } from '../routes';
import { StatusIcon } from './icons';
import { TermHelp } from '../common/TermHelp';

/**
 * How much the document says. Concise (the default, at most two A4 pages for 7–8 units): each
 * unit's full-sentence summary, its level mark and the standards placed beside it. Full adds the
 * source lines, the report's usage facts (other sectors' marked as such) and the qualification
 * units that cover it; computed suggestions only when asked for.
 */
export interface DocumentDetail {
  full: boolean;
  suggestions: boolean;
}

/** The specification as a document: what prints, and what the Markdown and CSV downloads contain. */
export function SpecDocumentView({
  doc,
  detail = { full: false, suggestions: false },
}: {
  doc: SpecificationDocument;
  detail?: DocumentDetail;
}) {
  const n = levelNumber(doc.level);
  const all = [...doc.mandatory, ...doc.optional];
  return (
    <article
      className={`spec-document ${detail.full ? 'is-full' : 'is-concise'}`}
      aria-labelledby="spec-doc-title"
    >
      <header className="spec-doc-head">
        <p className="spec-doc-kicker">Person specification · Management and leadership</p>
        <h2 id="spec-doc-title">{doc.name}</h2>
        <p className="spec-doc-level">
          {doc.levelTitle}: {doc.requirement.mandatory} mandatory + {doc.requirement.optional} optional units{' '}
          <TermHelp term="mandatory-optional" />
        </p>
        <p className={`spec-doc-status ${doc.status.complete ? 'ok' : 'todo'}`}>
          <StatusIcon ok={doc.status.complete} />{' '}
          {doc.status.line.charAt(0).toUpperCase() + doc.status.line.slice(1)}
        </p>
        {!doc.status.complete && doc.status.check.problems.length > 1 && (
          <ul className="spec-doc-problems">
            {doc.status.check.problems.map((p, i) => (
              <li key={i}>{p.message}</li>
            ))}
          </ul>
        )}
        {doc.template && (
          <div className="spec-doc-suggestion">
            <p>
              <strong>Started from the suggestion “{doc.template.role}”.</strong>
              {detail.full && <> {doc.template.rationale}</>}
            </p>
          </div>
        )}
      </header>

      {detail.full && (
        <table className="spec-doc-table">
          <caption>Units in this specification</caption>
          <thead>
            <tr>
              <th scope="col">Status</th>
              <th scope="col">Code</th>
              <th scope="col">Unit</th>
              <th scope="col">Functional area</th>
            </tr>
          </thead>
          <tbody>
            {all.map((u) => (
              <tr key={u.id}>
                <td>
                  <span className={`mark-badge mark-${u.mark}`}>
                    {u.mark === 'M' ? 'Mandatory' : 'Optional'}
                  </span>
                </td>
                <td className="code">{u.code}</td>
                <td>{u.title}</td>
                <td>{u.area ? `${u.area.letter} ${u.area.title}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <section className="spec-doc-section" aria-labelledby="spec-doc-mandatory">
        <h3 id="spec-doc-mandatory">Mandatory units at level {n}</h3>
        {doc.mandatory.map((u) => (
          <UnitSection key={u.id} unit={u} level={n} detail={detail} />
        ))}
      </section>
      <section className="spec-doc-section" aria-labelledby="spec-doc-optional">
        <h3 id="spec-doc-optional">Optional units chosen</h3>
        {doc.optional.length === 0 && (
          <p className="muted">
            None chosen yet: level {n} takes {doc.requirement.optional}.
          </p>
        )}
        {doc.optional.map((u) => (
          <UnitSection key={u.id} unit={u} level={n} detail={detail} />
        ))}
      </section>

      <footer className="spec-doc-foot">
        <p>
          Sources: {doc.sources.join('; ')}. The specialist and partnership standards beside each unit are
          those the Topss social-care map prints against it <TermHelp term="topss-map" />.
          {detail.full && (
            <>
              {' '}
              Qualification units marked <em>curated</em> were reviewed by hand, with a reason
              {detail.suggestions && (
                <>
                  ; those marked <em>computed</em> are text-similarity suggestions only
                </>
              )}
              .
            </>
          )}
        </p>
      </footer>
    </article>
  );
}

function UnitSection({
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

      {detail.full && <Coverage unit={unit} suggestions={detail.suggestions} />}
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

function Coverage({ unit, suggestions }: { unit: SpecificationUnit; suggestions: boolean }) {
  const computed = suggestions ? unit.computedCoverage : [];
  return (
    <div className="spec-unit-coverage">
      <h5>Qualification units that cover it</h5>
      {unit.curatedCoverage.length === 0 && computed.length === 0 && (
        <p className="muted">
          {suggestions || unit.computedCoverage.length === 0
            ? 'None found in the ProQual or ILM specifications.'
            : 'None reviewed by hand; computed suggestions are left out unless you ask for them.'}
        </p>
      )}
      {unit.curatedCoverage.length > 0 && (
        <>
          <p className="coverage-label">
            <span className="basis-badge basis-curated">curated</span> reviewed by hand, with a reason
          </p>
          <ul className="coverage-list">
            {unit.curatedCoverage.map((c) => (
              <CoverageItem key={c.id} item={c} />
            ))}
          </ul>
        </>
      )}
      {computed.length > 0 && (
        <>
          <p className="coverage-label">
            <span className="basis-badge basis-computed">computed</span> text similarity only, not reviewed
          </p>
          <ul className="coverage-list computed">
            {computed.map((c) => (
              <CoverageItem key={c.id} item={c} />
            ))}
            {unit.computedHidden > 0 && (
              <li className="muted">…and {unit.computedHidden} weaker computed suggestions</li>
            )}
          </ul>
        </>
      )}
    </div>
  );
}

function CoverageItem({ item }: { item: CoveringUnit }) {
  const facts = [
    item.level !== undefined ? `level ${item.level}` : '',
    item.credits !== undefined ? `${item.credits} credits` : '',
  ].filter(Boolean);
  return (
    <li>
      <span className="coverage-framework">{item.frameworkName}</span>{' '}
      <span className="code">{item.code}</span> {item.title}{' '}
      <span className="muted">
        (
        {[...facts, item.relation, item.score !== undefined ? `score ${item.score.toFixed(2)}` : '']
          .filter(Boolean)
          .join(', ')}
        )
      </span>
      {item.rationale && <span className="coverage-rationale">{item.rationale}</span>}
    </li>
  );
}
