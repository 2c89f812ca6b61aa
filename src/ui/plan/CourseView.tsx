import { useMemo } from 'react';
import { DEFAULT_CLAIM_RELATION, type CourseData } from '../../domain/course-import';
import { toCsv } from '../../domain/export';
import type { Unit } from '../../domain/model';
import type { SavedItem } from '../../domain/saved';
import { downloadText } from '../common/download';
import { useAtlas } from '../context';
import { CoverageSection, fileSlug } from './CoverageSection';
import { UserItemHeader } from './ItemHeader';
import { acceptClaim, reviewText } from '../../domain/suggest/review';
import { ReviewQueue, useReviewOf, type ReviewUnit } from './ReviewQueue';
import { useSavedKind } from '../common/saved-work';

/** An imported course: its modules and their claimed coverage of the NOS, with the gap finder. */
export function CourseView({ course }: { course: SavedItem<CourseData> }) {
  const { atlas } = useAtlas();
  const courses = useSavedKind('course');
  const { frameworkId, modules, fileName, importedAt } = course.data;
  const review = useReviewOf(course.id);
  // Modules with no claim yet, and pasted ones (their description is kept by the review).
  const toReview = useMemo(
    () =>
      modules.map((m): ReviewUnit => ({
        key: m.code,
        code: m.code,
        title: m.title,
        text: reviewText(m, review?.data),
        claimed: m.claims.map((c) => c.nos),
        toReview: m.claims.length === 0 || review?.data.texts[m.code] !== undefined,
      })),
    [modules, review],
  );
  const units = useMemo(
    () => modules.map((m) => atlas.unitsById.get(`${frameworkId}:${m.code}`)).filter((u): u is Unit => !!u),
    [modules, frameworkId, atlas],
  );
  const candidates = useMemo(
    () => atlas.dataset.units.filter((u) => atlas.frameworksById.get(u.framework)?.kind === 'qualification'),
    [atlas],
  );
  const exportCsv = () =>
    downloadText(
      toCsv(
        modules.map((m) => ({
          code: m.code,
          module: m.title,
          codes: m.claims.map((c) => c.nos.replace('nos:', '')).join(' '),
          relation: m.claims[0]?.relation ?? '',
          credits: m.credits ?? '',
          hours: m.hours ?? '',
        })),
        ['code', 'module', 'codes', 'relation', 'credits', 'hours'],
      ),
      `${fileSlug(course.name)}.csv`,
      'text/csv',
    );
  return (
    <article className="course-view" aria-labelledby="course-heading">
      <UserItemHeader
        headingId="course-heading"
        label="Your own course"
        name={course.name}
        what="course"
        frameworkId={frameworkId}
        firstUnitId={units[0]?.id}
        onRename={(name) => courses.rename(course.id, name)}
        onDelete={() => courses.remove(course.id)}
      >
        <button type="button" className="button secondary small" onClick={exportCsv}>
          Download as CSV
        </button>
      </UserItemHeader>
      <p className="user-note">
        User data: {fileName ? <>imported from “{fileName}”</> : 'made from text you pasted'} on{' '}
        {importedAt.slice(0, 10)}. The links are <b>your claims</b>, kept in this browser only; Standards
        Atlas has not checked them.
      </p>
      <section aria-labelledby="modules-heading">
        <h3 id="modules-heading">Modules ({modules.length})</h3>
        <table className="data-table">
          <caption className="visually-hidden">Modules of this course and the NOS units they claim</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Module</th>
              <th scope="col">Your claims</th>
              <th scope="col">Credits</th>
              <th scope="col">Hours</th>
            </tr>
          </thead>
          <tbody>
            {modules.map((m) => (
              <tr key={m.code}>
                <td className="code">{m.code}</td>
                <td>{m.title}</td>
                <td>
                  {m.claims.length === 0
                    ? '–'
                    : m.claims.map((c) => {
                        const nos = atlas.unitsById.get(c.nos);
                        return (
                          <span key={c.nos} className="claim" title={nos?.title}>
                            {nos?.code ?? c.nos} <span className="muted">({c.relation})</span>
                          </span>
                        );
                      })}
                </td>
                <td>{m.credits ?? '–'}</td>
                <td>{m.hours ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ReviewQueue
        key={course.id}
        owner={course}
        units={toReview}
        noun="module"
        onAccept={(code, nos) =>
          courses.update(course.id, acceptClaim(course.data, code, nos, DEFAULT_CLAIM_RELATION))
        }
      />
      <CoverageSection units={units} candidates={candidates} name={course.name} />
    </article>
  );
}
