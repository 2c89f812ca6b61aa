import { CONCISE, levelNumber, type DocumentDetail, type SpecificationDocument } from '../../domain/spec';
import { StatusIcon } from './icons';
import { SpecUnitSection } from './SpecUnitSection';
import { TermHelp } from '../common/TermHelp';

/** The specification as a document: what prints, and what the Markdown and CSV downloads contain. */
export function SpecDocumentView({
  doc,
  detail = CONCISE,
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
          <SpecUnitSection key={u.id} unit={u} level={n} detail={detail} />
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
          <SpecUnitSection key={u.id} unit={u} level={n} detail={detail} />
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
