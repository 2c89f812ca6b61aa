import { useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_CLAIM_RELATION, type CourseData } from '../../domain/course-import';
import type { SavedItem } from '../../domain/saved';
import { suggestAll, type Suggestion } from '../../domain/suggest';
import { acceptClaim, reviewText, pendingSuggestions, rejectSuggestion } from '../../domain/suggest/review';
import { useSavedKind } from '../common/saved-work';
import { useAtlas } from '../context';
import { SuggestionRow } from './SuggestionRow';
import { suggestionEngine } from './suggestions';

/**
 * The review queue of a course: suggestions for every module that claims no NOS unit yet (an
 * imported row without codes) and for every pasted module. Accept (your claim, relation
 * "related" as suggested), reject (not offered again), or pick another unit. Suggestions are
 * worked out in slices, so a 500-module course never freezes the page.
 */
export function ReviewQueue({ course }: { course: SavedItem<CourseData> }) {
  const { atlas } = useAtlas();
  const courses = useSavedKind('course');
  const reviews = useSavedKind('review');
  const review = reviews.items.find((r) => r.data.courseId === course.id);
  const modules = useMemo(
    () =>
      course.data.modules.filter((m) => m.claims.length === 0 || review?.data.texts[m.code] !== undefined),
    [course.data.modules, review],
  );
  const [suggested, setSuggested] = useState<Map<string, Suggestion[]> | null>(null);
  const [progress, setProgress] = useState<string>('');
  const [picked, setPicked] = useState<Record<string, string>>({});
  const signal = useRef({ cancelled: false });
  useEffect(() => () => void (signal.current.cancelled = true), []);

  const run = async () => {
    signal.current = { cancelled: false };
    const engine = suggestionEngine(atlas.dataset);
    const texts = modules.map((m) => reviewText(m, review?.data));
    const { results } = await suggestAll(engine, texts, {
      limit: 8,
      signal: signal.current,
      onProgress: (done, total) => setProgress(`Suggested for ${done} of ${total} modules…`),
    });
    if (signal.current.cancelled) return;
    setSuggested(new Map(modules.map((m, i) => [m.code, results[i] ?? []])));
    setProgress('');
  };

  const claim = (code: string, nos: string) =>
    courses.update(course.id, acceptClaim(course.data, code, nos, DEFAULT_CLAIM_RELATION));
  const reject = (code: string, nos: string) => {
    const base = review?.data ?? { courseId: course.id, texts: {}, rejected: [] };
    const next = rejectSuggestion(base, code, nos);
    if (review) reviews.update(review.id, next);
    else reviews.create(course.name, next);
  };

  if (modules.length === 0) return null;
  const nosUnits = atlas.dataset.units.filter((u) => u.framework === 'nos');
  return (
    <section aria-labelledby="review-heading" className="review-queue">
      <h3 id="review-heading">Suggestions to review ({modules.length} modules)</h3>
      {!suggested ? (
        <p>
          <button type="button" className="button small" onClick={() => void run()} disabled={!!progress}>
            Suggest NOS units
          </button>{' '}
          <span className="hint" aria-live="polite">
            {progress ||
              'for the modules that claim no NOS unit yet, and the pasted ones. Nothing is saved until you accept.'}
          </span>
        </p>
      ) : (
        <ul className="review-list">
          {course.data.modules
            .filter((m) => suggested.has(m.code))
            .map((m) => {
              const pending = pendingSuggestions(suggested.get(m.code)!, m, review?.data);
              return (
                <li key={m.code}>
                  <b>
                    {m.code} {m.title}
                  </b>
                  {pending.length === 0 ? (
                    <p className="hint">Nothing left to review.</p>
                  ) : (
                    <ul className="suggestions" aria-label={`Suggestions for ${m.code}`}>
                      {pending.map((s) => (
                        <SuggestionRow
                          key={s.id}
                          suggestion={s}
                          onAccept={() => claim(m.code, s.id)}
                          onReject={() => reject(m.code, s.id)}
                        />
                      ))}
                    </ul>
                  )}
                  <label className="inline-field">
                    <span>Or pick another unit</span>
                    <select
                      value={picked[m.code] ?? ''}
                      onChange={(e) => setPicked({ ...picked, [m.code]: e.target.value })}
                    >
                      <option value="">—</option>
                      {nosUnits.map((u) => (
                        <option key={u.id} value={u.id}>
                          {u.code} {u.title}
                        </option>
                      ))}
                    </select>
                  </label>{' '}
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={!picked[m.code]}
                    onClick={() => picked[m.code] && claim(m.code, picked[m.code]!)}
                  >
                    Claim it
                  </button>
                </li>
              );
            })}
        </ul>
      )}
    </section>
  );
}
