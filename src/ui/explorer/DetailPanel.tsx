import { describeUnit, linkedUnitsOf, type LinkView } from '../../domain/details';
import { citationFor } from '../../domain/citation';
import { isUserFramework, isUserLink } from '../../domain/course-import';
import type { Unit } from '../../domain/model';
import { NOS_LEVELS } from '../../domain/vocabulary';
import { copyText } from '../common/download';
import { useAtlas } from '../context';
import { linkTo, useRoutes } from '../routes';
import { DEFAULT_STATE, routeTo } from '../../domain/url-state';
import { UnitActions } from '../common/UnitActions';
import { Caveat } from '../common/Caveat';
import { SourceLine } from '../common/SourceLine';
import { GroupDetails } from './GroupDetails';
import { TermHelp } from '../common/TermHelp';

export function DetailPanel() {
  const { atlas, state } = useAtlas();
  const selected = state.selected;
  const unit = selected ? atlas.unitsById.get(selected) : undefined;
  return (
    <aside className="details" aria-label="Details">
      {unit ? (
        <UnitDetails unit={unit} />
      ) : selected ? (
        <GroupDetails id={selected} />
      ) : (
        <div className="empty-details">
          <h2>Details</h2>
          <p>Select a unit in the graph or table, or search for one, to see everything known about it.</p>
          <p className="hint">
            Press <kbd>/</kbd> to search. Links are drawn <b>solid</b> when published in a source,{' '}
            <b>dashed</b> when curated by us with a rationale, and <b>dotted</b> when suggested by the engine
            (strong and possible shown; weak ones on request in the filters).
          </p>
        </div>
      )}
    </aside>
  );
}

function UnitDetails({ unit }: { unit: Unit }) {
  const { atlas, addNotice } = useAtlas();
  const facts = describeUnit(atlas.dataset, unit);
  const links = linkedUnitsOf(atlas.dataset, unit.id);
  // The unit alone, whatever the filters: the link is to the unit.
  const permalink = linkTo(routeTo(DEFAULT_STATE, { to: 'unit', id: unit.id }));
  const copy = async (text: string, what: string) => {
    const ok = await copyText(text);
    addNotice(ok ? `${what} copied to the clipboard.` : `Could not copy; here it is: ${text}`);
  };
  return (
    <article className="unit-details" aria-labelledby="unit-heading">
      <p className="eyebrow">
        {isUserFramework(atlas.frameworksById.get(unit.framework)) ? (
          <span className="kind-badge kind-user">your data</span>
        ) : (
          <span className={`kind-badge kind-${facts.kind}`}>{facts.kind}</span>
        )}{' '}
        {facts.frameworkName}
      </p>
      <h2 id="unit-heading">
        <span className="code">{unit.code}</span> {unit.title || <em>untitled in source</em>}
      </h2>
      <p className="stable-id">
        Stable id <code>{unit.id}</code>{' '}
        <button type="button" className="link-button" onClick={() => copy(permalink, 'Link')}>
          Copy link
        </button>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => copy(citationFor(atlas.dataset, unit), 'Citation')}
        >
          Copy citation
        </button>
      </p>
      <UnitActions unit={unit} />
      <dl className="facts">
        {facts.area && (
          <>
            <dt>Functional area</dt>
            <dd>{facts.area}</dd>
          </>
        )}
        {unit.levels && (
          <>
            <dt>NOS levels</dt>
            <dd>
              <table className="level-marks">
                <thead>
                  <tr>
                    {NOS_LEVELS.map((l) => (
                      <th key={l} scope="col">
                        {l}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  <tr>
                    {NOS_LEVELS.map((l) => (
                      <td
                        key={l}
                        title={
                          unit.levels?.[l] === 'M'
                            ? 'Mandatory'
                            : unit.levels?.[l] === 'O'
                              ? 'Optional'
                              : 'Not part of this level'
                        }
                      >
                        {unit.levels?.[l] ?? '–'}
                      </td>
                    ))}
                  </tr>
                </tbody>
              </table>
            </dd>
          </>
        )}
        {unit.importMark && (
          <>
            <dt>Imported</dt>
            <dd>{unit.importMark === '*' ? 'from Customer Service standards (*)' : 'from ENTO (**)'}</dd>
          </>
        )}
        {unit.level !== undefined && (
          <>
            <dt>Level · credits · GLH</dt>
            <dd>
              Level {unit.level}
              {unit.credits !== undefined && ` · ${unit.credits} credits`}
              {unit.glh !== undefined && ` · ${unit.glh} GLH`}
            </dd>
          </>
        )}
        {unit.group && (
          <>
            <dt>Group</dt>
            <dd>{unit.group}</dd>
          </>
        )}
        {facts.qualifications.length > 0 && (
          <>
            <dt>Allowed in</dt>
            <dd>{facts.qualifications.join('; ')}</dd>
          </>
        )}
        <dt>Source</dt>
        <dd>
          <SourceLine source={unit.source} />
        </dd>
      </dl>
      {unit.summary && (
        <section>
          <h3>Summary</h3>
          <p>{unit.summary}</p>
          {unit.summarySource && <SourceLine source={unit.summarySource} />}
        </section>
      )}
      {unit.variants && unit.variants.length > 0 && (
        <section>
          <h3>Other wordings in the sources</h3>
          <ul className="plain">
            {unit.variants.map((v, i) => (
              <li key={i}>
                “{v.text}” <SourceLine source={v.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {unit.note && <p className="note">Note: {unit.note}</p>}
      {facts.usage.length > 0 && (
        <section>
          <div className="heading-with-help">
            <h3>How other sectors used it (MSC report 2006/07)</h3>
            <TermHelp term="report" />
            <TermHelp term="sectors" />
          </div>
          <ul className="plain">
            {facts.usage.map((u) => (
              <li key={u.id}>
                {u.text} <SourceLine source={u.source} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {facts.corrections.length > 0 && (
        <section>
          <h3>Corrections applied</h3>
          <ul className="plain">
            {facts.corrections.map((c) =>
              c.original.length + c.corrected.length <= 160 ? (
                <li key={c.id}>
                  <span className="original">“{c.original}”</span> →{' '}
                  <span className="corrected">“{c.corrected}”</span>: {c.reason}{' '}
                  <SourceLine source={c.source} />
                </li>
              ) : (
                <li key={c.id}>
                  <details>
                    <summary>
                      {c.reason}{' '}
                      <span className="muted">
                        ({c.kind}, {c.field})
                      </span>
                    </summary>
                    <div className="correction-texts">
                      <div>
                        <h4>As printed</h4>
                        <pre>{c.original}</pre>
                      </div>
                      <div>
                        <h4>As corrected</h4>
                        <pre>{c.corrected}</pre>
                      </div>
                    </div>
                  </details>
                  <SourceLine source={c.source} />
                </li>
              ),
            )}
          </ul>
        </section>
      )}
      <LinksSection links={links} />
      {unit.outcomes && unit.outcomes.length > 0 && (
        <section>
          <h3>Learning outcomes and assessment criteria</h3>
          <ol className="outcomes">
            {unit.outcomes.map((o) => (
              <li key={o.number} value={Number(o.number)}>
                <details open={unit.outcomes!.length <= 3}>
                  <summary>{o.text}</summary>
                  <ul className="criteria">
                    {o.criteria.map((c) => (
                      <li key={c.number}>
                        <span className="criterion-number">{c.number}</span> {c.text}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
    </article>
  );
}

function LinksSection({ links }: { links: LinkView[] }) {
  const routes = useRoutes();
  if (links.length === 0)
    return (
      <section>
        <h3>Links</h3>
        <p>No links.</p>
      </section>
    );
  return (
    <section>
      <div className="heading-with-help">
        <h3>Links ({links.length})</h3>
        <TermHelp term="basis" />
        <TermHelp term="relation" />
      </div>
      <ul className="links">
        {links.map((l, i) => (
          <li key={i} className={`link-item basis-${l.link.basis}`}>
            <span className={`basis-badge basis-${l.link.basis}`}>
              {isUserLink(l.link) ? 'your claim' : l.link.basis}
            </span>{' '}
            <span className={`relation-badge relation-${l.link.relation}`}>{l.link.relation}</span>
            {l.link.context && <span className="context"> · {l.link.context}</span>}
            {l.link.score !== undefined && <span className="score"> · score {l.link.score.toFixed(2)}</span>}
            <div>
              {l.otherIsUnit ? (
                <button type="button" className="link-button" onClick={() => routes.goToUnit(l.otherId)}>
                  <span className="code">{l.otherCode}</span> {l.otherTitle}
                </button>
              ) : (
                <span>
                  <span className="code">{l.otherCode}</span> {l.otherTitle}
                </span>
              )}{' '}
              <span className="muted">({l.otherFramework})</span>
            </div>
            {l.link.rationale && <p className="rationale">Why: {l.link.rationale}</p>}
            {l.link.caveat && <Caveat caveat={l.link.caveat} />}
            {l.link.source && <SourceLine source={l.link.source} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
