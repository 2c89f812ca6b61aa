import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { DOCUMENT_TITLES } from '../../domain/citation';
import { correctionsBetween, indexEvidence, passageFor, type EvidenceLine } from '../../domain/evidence';
import type { Correction, Source } from '../../domain/model';
import { useAtlas } from '../context';
import './evidence-viewer.css';

/**
 * The evidence viewer: a modal dialog with the passage of the source document a record cites, the
 * cited lines highlighted, and any correction made there with the printed text beside ours.
 * Esc or "Close" closes it and focus goes back to the button that opened it.
 */
export function EvidenceViewer({ source, onClose }: { source: Source | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const firstCited = useRef<HTMLLIElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (source && !element.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!source && element.open) element.close();
    if (source) firstCited.current?.scrollIntoView({ block: 'center' });
  }, [source]);

  const closed = () => {
    onClose();
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="evidence-dialog"
      aria-labelledby="evidence-title"
      onClose={closed}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its box) closes it.
        if (e.target === dialog.current) dialog.current?.close();
      }}
    >
      {source && <EvidenceContent source={source} firstCited={firstCited} />}
    </dialog>
  );
}

function EvidenceContent({
  source,
  firstCited,
}: {
  source: Source;
  firstCited: RefObject<HTMLLIElement | null>;
}) {
  const { atlas } = useAtlas();
  const index = useMemo(() => indexEvidence(atlas.evidence, atlas.dataset.corrections), [atlas]);
  const passage = passageFor(atlas.dataset, index, source);
  const shown = passage?.lines ?? [];
  const corrections =
    passage && shown.length
      ? correctionsBetween(atlas.dataset, source.document, shown[0]!.number, shown.at(-1)!.number)
      : [];
  const title = DOCUMENT_TITLES[source.document] ?? source.document;
  const lineText =
    passage && passage.to > passage.from ? `lines ${passage.from}–${passage.to}` : `line ${source.line}`;
  const firstCitedNumber = shown.find((l) => l.cited)?.number;

  return (
    <div className="evidence-body">
      <header className="evidence-head">
        <div>
          <p className="eyebrow">Source document · {source.document}</p>
          <h2 id="evidence-title">{title}</h2>
          <p className="evidence-locator">
            {source.locator} · {lineText}
          </p>
        </div>
        <form method="dialog">
          <button type="submit" className="button secondary" autoFocus>
            Close
          </button>
        </form>
      </header>
      {passage?.found ? (
        <ol className="passage" aria-label={`Passage around ${lineText}, cited text highlighted`}>
          {shown.map((line) => (
            <PassageLine
              key={line.number}
              line={line}
              lineRef={line.number === firstCitedNumber ? firstCited : undefined}
            />
          ))}
        </ol>
      ) : (
        <p className="evidence-missing">
          The cited passage is not included in this offline file. Look it up in {source.document}, {lineText}.
        </p>
      )}
      {corrections.length > 0 && <Corrections corrections={corrections} />}
      <p className="hint">
        The offline file keeps each cited line and a few lines around it; very long context lines are
        shortened.
      </p>
    </div>
  );
}

function PassageLine({
  line,
  lineRef,
}: {
  line: EvidenceLine;
  lineRef: RefObject<HTMLLIElement | null> | undefined;
}) {
  return (
    <li ref={lineRef} value={line.number} className={line.cited ? 'cited' : undefined}>
      <span className="line-number">{line.number}</span>
      <span className="line-text">
        {line.cited ? (
          <mark>
            <span className="visually-hidden">Cited: </span>
            {line.text || ' '}
          </mark>
        ) : (
          line.text || ' '
        )}
        {line.shortened && <span className="shortened"> … (line shortened)</span>}
      </span>
    </li>
  );
}

function Corrections({ corrections }: { corrections: Correction[] }) {
  return (
    <section className="evidence-corrections" aria-labelledby="evidence-corrections-heading">
      <h3 id="evidence-corrections-heading">
        {corrections.length === 1 ? 'Correction made here' : `Corrections made here (${corrections.length})`}
      </h3>
      <ul className="plain">
        {corrections.map((c) => (
          <li key={c.id} className="correction">
            <p className="correction-meta">
              <span className="correction-kind">{c.kind}</span> of {c.field} in{' '}
              {c.records.map((r, i) => (
                <span key={r}>
                  {i > 0 && ', '}
                  <code>{r}</code>
                </span>
              ))}{' '}
              · line {c.source.line}
            </p>
            <div className="correction-texts">
              <figure>
                <figcaption>As printed</figcaption>
                <pre className="original-text" tabIndex={0}>
                  {c.original}
                </pre>
              </figure>
              <figure>
                <figcaption>As corrected</figcaption>
                <pre className="corrected-text" tabIndex={0}>
                  {c.corrected}
                </pre>
              </figure>
            </div>
            <p className="correction-reason">Why: {c.reason}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
