import { useMemo, useRef, useState } from 'react';
import { isUserFramework, isUserLink } from '../../domain/course-import';
import { coverageMatrix, linksBetween, matrixToCsv, type MatrixCell } from '../../domain/plan';
import type { Basis, Confidence, Link, NosLevel, Origin, Unit } from '../../domain/model';
import { CONFIDENCE_LABEL, DEFAULT_MIN_CONFIDENCE } from '../../domain/confidence';
import { BASES } from '../../domain/vocabulary';
import { downloadText } from '../common/download';
import { useEvidence } from '../common/evidence';
import { Caveat } from '../common/Caveat';
import { SourceLine } from '../common/SourceLine';
import { useAtlas } from '../context';
import { CoverageMatrix, type MatrixHandle } from './CoverageMatrix';
import { GapFinder } from './GapFinder';
import { TermHelp } from '../common/TermHelp';
import { ConfidenceSelect } from '../common/ConfidenceSelect';

const BASIS_HELP: Record<Basis, string> = {
  published: 'printed in a source document',
  curated: 'made by hand with a written rationale',
  computed: 'text similarity only: a suggestion, not evidence',
};

export const isUserClaim = (link: { origin?: Origin }) => isUserLink(link);
export const basisLabel = (link: { basis: Basis; origin?: Origin }) =>
  isUserClaim(link) ? 'your claim' : link.basis;

export const fileSlug = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'plan';

/**
 * Coverage of the generic NOS by a plan's units or a course's modules: basis filter, the matrix,
 * a summary per functional area, the selected cell's evidence, exports, and the gap finder.
 */
export function CoverageSection({
  units,
  candidates,
  onAdd,
  name,
  breaches,
  defaultLevel,
  emptyHint = 'Add units to see the matrix.',
}: {
  /** Said instead of the matrix when there are no rows. */
  emptyHint?: string;
  defaultLevel?: NosLevel;
  units: Unit[];
  /** Qualification units the gap finder may suggest. */
  candidates: Unit[];
  onAdd?: (id: string) => void;
  name: string;
  breaches?: (candidates: string[]) => Record<string, string[]>;
}) {
  const { atlas } = useAtlas();
  const openEvidence = useEvidence();
  const [bases, setBases] = useState<Basis[]>(['published', 'curated']);
  const [minConfidence, setMinConfidence] = useState<Confidence>(DEFAULT_MIN_CONFIDENCE);
  const [selected, setSelected] = useState<MatrixCell | null>(null);
  const matrixRef = useRef<MatrixHandle>(null);
  const hasClaims = units.some((u) => isUserFramework(atlas.frameworksById.get(u.framework)));
  const matrix = useMemo(
    () => coverageMatrix(atlas.dataset, units, { bases, minConfidence }),
    [atlas.dataset, units, bases, minConfidence],
  );
  const toggle = (b: Basis) =>
    setBases((list) =>
      list.includes(b) ? list.filter((x) => x !== b) : BASES.filter((x) => x === b || list.includes(x)),
    );
  const selectedKey = selected ? `${selected.unit}>${selected.nos}` : undefined;
  const stillShown = (selectedKey && matrix.cells[selectedKey]) || null;

  const select = (cell: MatrixCell) => {
    setSelected(cell);
    // A published link's evidence is a passage of a source document: open it straight away.
    const best = linksBetween(atlas.dataset, cell.unit, cell.nos).find((l) => l.basis === cell.basis);
    if (best?.basis === 'published' && best.source) openEvidence(best.source);
  };

  return (
    <section aria-labelledby="coverage-heading" className="coverage">
      <h3 id="coverage-heading">Coverage of the generic NOS</h3>
      <div className="coverage-controls">
        <fieldset className="basis-filter">
          <legend>Count links that are</legend>
          <TermHelp term="basis" className="beside-legend" />
          {BASES.map((b) => (
            <label key={b} className="check">
              <input type="checkbox" checked={bases.includes(b)} onChange={() => toggle(b)} />
              <span>
                <span className={`basis-badge basis-${b}`}>{b}</span>{' '}
                <span className="hint">
                  {BASIS_HELP[b]}
                  {b === 'curated' && hasClaims && ' (your claims count here)'}
                </span>
              </span>
            </label>
          ))}
          {bases.includes('computed') && (
            <ConfidenceSelect
              label="Computed links"
              className="inline-field"
              value={minConfidence}
              onChange={setMinConfidence}
            />
          )}
        </fieldset>
        <div className="exports" role="group" aria-label="Export the coverage matrix">
          <button
            type="button"
            className="button secondary small"
            onClick={() => downloadText(matrixToCsv(matrix), `coverage-${fileSlug(name)}.csv`, 'text/csv')}
          >
            Export CSV
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => matrixRef.current?.exportSvg(`coverage-${fileSlug(name)}.svg`)}
          >
            Export SVG
          </button>
          <button
            type="button"
            className="button secondary small"
            onClick={() => matrixRef.current?.exportPng(`coverage-${fileSlug(name)}.png`)}
          >
            Export PNG
          </button>
        </div>
      </div>

      <p className="coverage-summary" aria-live="polite">
        <b>
          Covers {matrix.covered} of {matrix.total} NOS units
        </b>{' '}
        ({matrix.uncovered} not covered), counting {bases.length ? bases.join(' and ') : 'no'} links
        {bases.includes('computed') && ` (computed: ${CONFIDENCE_LABEL[minConfidence]})`}.
      </p>
      <ul className="area-summary" aria-label="Coverage per functional area">
        {matrix.areas.map((a) => (
          <li key={a.area} className={a.covered === 0 ? 'none' : a.covered === a.total ? 'all' : ''}>
            <span className="area-letter">{a.area}</span>
            <span className="area-title">{a.title}</span>
            <span className="area-count">
              {a.covered}/{a.total}
            </span>
            <span className="area-bar" aria-hidden="true">
              <span style={{ width: `${(100 * a.covered) / Math.max(1, a.total)}%` }} />
            </span>
          </li>
        ))}
      </ul>

      {units.length === 0 ? (
        <p className="hint">{emptyHint}</p>
      ) : (
        <div className="matrix-layout">
          <CoverageMatrix
            ref={matrixRef}
            matrix={matrix}
            selected={stillShown ? selectedKey : undefined}
            onSelect={select}
            claimLabel={(cell) => (isUserClaim(cell) ? 'your claim (user data)' : cell.basis)}
            title={name}
          />
          <CellEvidence cell={stillShown} onClose={() => setSelected(null)} bases={bases} />
        </div>
      )}

      <GapFinder
        units={units}
        candidates={candidates}
        bases={bases}
        minConfidence={minConfidence}
        onAdd={onAdd}
        breaches={breaches}
        defaultLevel={defaultLevel}
      />
    </section>
  );
}

function CellEvidence({
  cell,
  onClose,
  bases,
}: {
  cell: MatrixCell | null;
  onClose: () => void;
  bases: Basis[];
}) {
  const { atlas, routes } = useAtlas();
  if (!cell)
    return (
      <aside className="cell-evidence empty" aria-label="Evidence for a cell">
        <p className="hint">
          Select a coloured cell to see the link&rsquo;s evidence: its rationale, score and source.
        </p>
      </aside>
    );
  const unit = atlas.unitsById.get(cell.unit);
  const nos = atlas.unitsById.get(cell.nos);
  const links: Link[] = linksBetween(atlas.dataset, cell.unit, cell.nos);
  return (
    <aside className="cell-evidence" aria-label="Evidence for the selected cell" aria-live="polite">
      <div className="cell-evidence-head">
        <h4>
          <span className="code">{unit?.code}</span> → <span className="code">{nos?.code}</span>
        </h4>
        <button type="button" className="link-button small" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="cell-pair">
        {unit?.title}
        <br />
        <span className="muted">to</span> {nos?.title}
      </p>
      {cell.unit === cell.nos ? (
        <p>This is the NOS unit itself: a plan made of NOS units covers each of them exactly.</p>
      ) : (
        <ul className="links">
          {links.map((l, i) => (
            <li key={i} className={`link-item basis-${l.basis}`}>
              <span className={`basis-badge basis-${l.basis}`}>{basisLabel(l)}</span>{' '}
              <span className={`relation-badge relation-${l.relation}`}>{l.relation}</span>
              {l.score !== undefined && <span className="score"> · score {l.score.toFixed(2)}</span>}
              {!bases.includes(l.basis) && (
                <span className="muted"> · not counted with the current filter</span>
              )}
              {isUserClaim(l) ? (
                <p className="rationale">Your claim: {l.rationale}.</p>
              ) : l.rationale ? (
                <p className="rationale">Why: {l.rationale}</p>
              ) : l.basis === 'computed' ? (
                <p className="rationale">
                  Computed from the similarity of the two units&rsquo; words; check it before relying on it.
                </p>
              ) : null}
              {l.caveat && <Caveat caveat={l.caveat} />}
              {l.source && <SourceLine source={l.source} />}
            </li>
          ))}
        </ul>
      )}
      <p>
        <button type="button" className="link-button small" onClick={() => routes.goToUnit(cell.unit)}>
          Show {unit?.code} in the explorer
        </button>
      </p>
    </aside>
  );
}
