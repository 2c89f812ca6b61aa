import { useMemo, useState } from 'react';
import {
  acceptFrameworkClaim,
  frameworkUnitText,
  nosMapping,
  setFrameworkClaimRelation,
  unitsReachingNos,
  withdrawFrameworkClaim,
  type ImportedFrameworkData,
  type NosMapping,
} from '../../domain/interchange';
import type { Link, Relation, Unit } from '../../domain/model';
import { RELATIONS } from '../../domain/vocabulary';
import type { SavedItem } from '../../domain/saved';
import { useSavedKind } from '../common/saved-work';
import { useAtlas } from '../context';
import { CoverageSection } from './CoverageSection';
import { UserItemHeader } from './ItemHeader';
import { ReviewQueue, useReviewOf, type ReviewUnit } from './ReviewQueue';

/** Units listed at a time (a CASE framework may have thousands). */
const PAGE = 100;
/** Above this many units, the coverage matrix draws only the units that reach a NOS unit. */
const MATRIX_ROWS = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
/** The unit's key in the saved framework: its id after `<frameworkId>:`. */
const keyIn = (frameworkId: string, u: Unit) => u.id.slice(frameworkId.length + 1);

/**
 * An imported CASE framework in course mapping: its units and how each reaches the NOS (the file's
 * links, your claims, or through a unit of the atlas), the review queue for the units that reach
 * none, and the coverage of the NOS with the gap finder. All of it is the person's own data.
 */
export function FrameworkView({ framework }: { framework: SavedItem<ImportedFrameworkData> }) {
  const { atlas } = useAtlas();
  const frameworks = useSavedKind('framework');
  const reviews = useSavedKind('review');
  const review = useReviewOf(framework.id);
  const { frameworkId, fileName, importedAt, claims } = framework.data;
  const [shown, setShown] = useState(PAGE);

  const units = useMemo(
    () => atlas.dataset.units.filter((u) => u.framework === frameworkId),
    [atlas.dataset, frameworkId],
  );
  const links = useMemo(() => {
    const seen = new Set<Link>();
    for (const u of units) for (const l of atlas.linksByUnit.get(u.id) ?? []) seen.add(l);
    return [...seen];
  }, [units, atlas.linksByUnit]);
  const reaching = useMemo(() => unitsReachingNos(atlas.dataset), [atlas.dataset]);
  const mapping = useMemo(() => nosMapping(units, links, reaching), [units, links, reaching]);
  const keyOf = (u: Unit) => keyIn(frameworkId, u);
  const toReview = useMemo(
    () =>
      units.map((u): ReviewUnit => ({
        key: keyIn(frameworkId, u),
        code: u.code,
        title: u.title,
        text: frameworkUnitText(u),
        claimed: (atlas.linksByUnit.get(u.id) ?? []).flatMap((l) =>
          l.to.startsWith('nos:') ? [l.to] : l.from.startsWith('nos:') ? [l.from] : [],
        ),
        toReview: mapping.get(u.id)?.kind === 'unmapped',
      })),
    [units, mapping, atlas.linksByUnit, frameworkId],
  );
  const counts = { direct: 0, via: 0, unmapped: 0 };
  for (const m of mapping.values()) counts[m.kind]++;
  const matrixUnits = useMemo(
    () => (units.length > MATRIX_ROWS ? units.filter((u) => mapping.get(u.id)?.kind === 'direct') : units),
    [units, mapping],
  );
  const candidates = useMemo(
    () => atlas.dataset.units.filter((u) => atlas.frameworksById.get(u.framework)?.kind === 'qualification'),
    [atlas],
  );
  const update = (data: ImportedFrameworkData) => frameworks.update(framework.id, data);

  return (
    <article className="course-view" aria-labelledby="framework-heading">
      <UserItemHeader
        headingId="framework-heading"
        label="Your imported framework (CASE)"
        name={framework.name}
        what="framework"
        frameworkId={frameworkId}
        firstUnitId={units[0]?.id}
        onRename={(name) => frameworks.rename(framework.id, name)}
        onDelete={() => {
          frameworks.remove(framework.id);
          if (review) reviews.remove(review.id);
        }}
      />
      <p className="user-note">
        User data: imported from “{fileName || 'a CASE file'}” on {importedAt.slice(0, 10)}. Its links are the
        file’s claims and the NOS units you accept below are <b>your claims</b>, kept in this browser only;
        Standards Atlas has checked neither.
      </p>
      <p className="framework-mapping-summary">
        {plural(units.length, 'unit')}: {counts.direct} linked to NOS units, {counts.via} through a unit of
        the atlas, <b>{counts.unmapped} with no NOS unit yet</b>
        {counts.unmapped > 0 && ' (ask for suggestions below)'}.
        {counts.via > 0 &&
          ' The coverage below counts direct links to NOS units only (the file’s and your claims), not the ones through another unit.'}
      </p>
      <section aria-labelledby="framework-units-heading">
        <h3 id="framework-units-heading">Units ({units.length})</h3>
        <table className="data-table">
          <caption className="visually-hidden">Units of this framework and the NOS units they reach</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Unit</th>
              <th scope="col">NOS units</th>
            </tr>
          </thead>
          <tbody>
            {units.slice(0, shown).map((u) => (
              <tr key={u.id}>
                <td className="code">{u.code}</td>
                <td>{u.title || <span className="muted">(no title in the file)</span>}</td>
                <td>
                  <Reach
                    unit={u}
                    mapping={mapping.get(u.id)}
                    claimed={claims.filter((c) => c.unit === keyOf(u)).map((c) => c.nos)}
                    onWithdraw={(nos) => update(withdrawFrameworkClaim(framework.data, keyOf(u), nos))}
                    onRelation={(nos, relation) =>
                      update(setFrameworkClaimRelation(framework.data, keyOf(u), nos, relation))
                    }
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {units.length > shown && (
          <p>
            <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
              Show {Math.min(PAGE, units.length - shown)} more units ({units.length - shown} not shown)
            </button>
          </p>
        )}
      </section>
      <ReviewQueue
        key={framework.id}
        owner={framework}
        units={toReview}
        noun="unit"
        onAccept={(key, nos) => update(acceptFrameworkClaim(framework.data, key, nos))}
      />
      {matrixUnits.length < units.length && matrixUnits.length > 0 && (
        <p className="hint">
          The matrix below draws the {matrixUnits.length} units linked to a NOS unit; the others add nothing
          to it.
        </p>
      )}
      <CoverageSection
        units={matrixUnits}
        candidates={candidates}
        name={framework.name}
        emptyHint={`None of its ${units.length} units is linked to a NOS unit yet: accept suggestions above to fill the matrix.`}
      />
    </article>
  );
}

/**
 * How one unit reaches the NOS: the file's links, your claims (their relation can be changed, or
 * the claim withdrawn), or through another unit.
 */
function Reach({
  unit,
  mapping,
  claimed,
  onWithdraw,
  onRelation,
}: {
  unit: Unit;
  mapping: NosMapping | undefined;
  claimed: string[];
  onWithdraw: (nos: string) => void;
  onRelation: (nos: string, relation: Relation) => void;
}) {
  const { atlas } = useAtlas();
  if (!mapping || mapping.kind === 'unmapped') return <span className="pill warn">needs NOS units</span>;
  if (mapping.kind === 'via')
    return (
      <span className="muted">
        through{' '}
        {mapping.through
          .map((id) => {
            const other = atlas.unitsById.get(id);
            return other ? `${atlas.frameworksById.get(other.framework)?.shortName ?? ''} ${other.code}` : id;
          })
          .join(', ')}
      </span>
    );
  return (
    <>
      {mapping.nos.map((id) => {
        const nos = atlas.unitsById.get(id);
        const link = (atlas.linksByUnit.get(unit.id) ?? []).find((l) => l.from === id || l.to === id);
        const mine = claimed.includes(id);
        return (
          <span key={id} className="claim" title={nos?.title}>
            {nos?.code ?? id}{' '}
            {mine ? (
              <>
                <select
                  aria-label={`Relation of your claim ${nos?.code ?? id} for ${unit.code}`}
                  value={link?.relation ?? 'related'}
                  onChange={(e) => onRelation(id, e.target.value as Relation)}
                >
                  {RELATIONS.map((r) => (
                    <option key={r} value={r}>
                      {r}
                    </option>
                  ))}
                </select>{' '}
                <span className="muted">(your claim)</span>
              </>
            ) : (
              <span className="muted">({link?.relation})</span>
            )}
            {mine && ' '}
            {mine && (
              <button
                type="button"
                className="link-button small"
                aria-label={`Withdraw your claim ${nos?.code ?? id} for ${unit.code}`}
                onClick={() => onWithdraw(id)}
              >
                withdraw
              </button>
            )}{' '}
          </span>
        );
      })}
    </>
  );
}
