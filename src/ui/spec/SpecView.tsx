import { useMemo, useState } from 'react';
import {
  buildSpecification,
  newSpecificationName,
  targetSpecification,
  type SpecificationData,
} from '../../domain/spec';
import { useAtlas } from '../context';
import { useSavedKind } from '../common/saved-work';
import { SpecDocumentView } from './SpecDocumentView';
import type { DocumentDetail } from '../../domain/spec';
import { SpecEditor } from './SpecEditor';
import { SpecSidebar } from './SpecSidebar';
import { SpecStart } from './SpecStart';
import { SpecToolbar } from './SpecToolbar';
import './spec.css';

/**
 * The person specification builder: saved specifications on the left, the builder (level,
 * suggestions, rule status, mandatory and optional units) in the middle, and the document as it
 * will print or export on the right.
 */
export function SpecView() {
  const { atlas, state, routes } = useAtlas();
  const store = useSavedKind('spec');
  const [message, setMessage] = useState('');
  // Concise by default (two A4 pages for an 8-unit level 4 specification); computed suggestions only when asked for.
  const [detail, setDetail] = useState<DocumentDetail>({ full: false, suggestions: false });
  const wanted = state.spec.id;
  const open = targetSpecification(store.items, wanted);
  const missingLink = wanted && !store.items.some((i) => i.id === wanted) ? wanted : undefined;

  const doc = useMemo(
    () => (open ? buildSpecification(atlas.dataset, open.name, open.data) : undefined),
    [atlas, open],
  );

  const select = (id: string | undefined) => {
    routes.goToSpec(id);
    setMessage('');
  };

  const create = (data: SpecificationData, name?: string, note?: string) => {
    const item = store.create(newSpecificationName(name ?? 'New specification', store.items), data);
    select(item.id);
    setMessage(note ?? `Created “${item.name}”.`);
  };

  return (
    <div className="spec-view">
      {store.problems.length > 0 && (
        <div className="spec-problems" aria-live="polite">
          <div>
            <h2>Some saved specifications could not be read</h2>
            <ul>
              {store.problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
            <p className="hint">
              Everything else works. Before you change anything, you can download the saved data exactly as it
              was
              {store.problemEntries.length > 0 ? '' : ' (nothing was left to download)'}.
            </p>
          </div>
          <div className="spec-problems-actions">
            {store.problemEntries.length > 0 && (
              <button type="button" className="button" onClick={() => store.downloadProblemData()}>
                Download the saved data as it was
              </button>
            )}
            <button type="button" className="button secondary" onClick={() => store.dismissProblems()}>
              Dismiss
            </button>
          </div>
        </div>
      )}
      <SpecSidebar
        items={store.items}
        unsaved={store.unsaved}
        openId={open?.id}
        onOpen={select}
        onNew={() => create({ level: 'L3', optionalUnits: [] })}
        onRename={(id, name) => store.rename(id, name)}
        onDuplicate={(id) => {
          const copy = store.duplicate(id);
          if (copy) {
            select(copy.id);
            setMessage(`Duplicated as “${copy.name}”.`);
          }
        }}
        onDelete={(id) => {
          const gone = store.items.find((i) => i.id === id);
          store.remove(id);
          const rest = store.items.filter((i) => i.id !== id);
          select(targetSpecification(rest, undefined)?.id);
          setMessage(gone ? `Deleted “${gone.name}”.` : '');
        }}
      />
      {open && doc ? (
        <>
          <section className="spec-editor" aria-labelledby="spec-editor-heading">
            {missingLink && (
              <p className="spec-note">
                The specification in the link ({missingLink}) is not saved in this browser; showing “
                {open.name}”.
              </p>
            )}
            <SpecEditor
              key={open.id}
              spec={open}
              doc={doc}
              message={message}
              onMessage={setMessage}
              onChange={(data) => store.update(open.id, data)}
            />
          </section>
          <section className="spec-preview" aria-label="Specification document">
            <SpecToolbar doc={doc} detail={detail} onDetail={setDetail} />
            <div className="spec-paper">
              <SpecDocumentView doc={doc} detail={detail} />
            </div>
          </section>
        </>
      ) : (
        <section className="spec-editor spec-empty" aria-labelledby="spec-start-heading">
          {missingLink && (
            <p className="spec-note">
              The specification in the link ({missingLink}) is not saved in this browser: saved work stays in
              the browser it was made in. Start a new one below.
            </p>
          )}
          <SpecStart onCreate={create} message={message} />
        </section>
      )}
    </div>
  );
}
