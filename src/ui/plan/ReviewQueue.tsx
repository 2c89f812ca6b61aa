import { useEffect, useRef, useState } from 'react';
import { suggestAll, type Suggestion } from '../../domain/suggest';
import { pendingSuggestions, rejectSuggestion, type ReviewData } from '../../domain/suggest/review';
import { useSavedKind } from '../common/saved-work';
import { useAtlas } from '../context';
import { SuggestionRow } from './SuggestionRow';
import { suggestionEngine } from './suggestions';

/** One module of a course, or one unit of an imported framework, as the review queue sees it. */
export interface ReviewUnit {
  /** The module code or the framework unit's key: what claims and rejections are saved under. */
  key: string;
  /** What the person reads: the module or unit code. */
  code: string;
  title: string;
  /** The words suggested from. */
  text: string;
  /** NOS units it already claims or links to: never suggested. */
  claimed: string[];
  /** Offered to the engine: it reaches no NOS unit yet (or it is a pasted module). */
  toReview: boolean;
}

/** The saved review (rejections, pasted texts) of a course or framework, by the saved item's id. */
export function useReviewOf(ownerId: string) {
  const reviews = useSavedKind('review');
  return reviews.items.find((r) => r.data.courseId === ownerId);
}

/** Units drawn at a time: a framework may have thousands to review. */
const PAGE = 50;

/**
 * The review queue of a course or an imported framework: suggestions for every module or unit that
 * reaches no NOS unit yet. Accept (your claim, relation "related"), reject (not offered again), or
 * pick another unit. Suggestions are worked out in slices (suggestAll), so a large import never
 * freezes the page; nothing is saved until the person accepts or rejects.
 */
export function ReviewQueue({
  owner,
  units,
  noun,
  onAccept,
}: {
  /** The saved course or framework. */
  owner: { id: string; name: string };
  units: ReviewUnit[];
  /** "module" or "unit". */
  noun: string;
  onAccept: (key: string, nos: string) => void;
}) {
  const { atlas } = useAtlas();
  const reviews = useSavedKind('review');
  const review = useReviewOf(owner.id);
  const toReview = units.filter((u) => u.toReview);
  const [suggested, setSuggested] = useState<Map<string, Suggestion[]> | null>(null);
  const [progress, setProgress] = useState<string>('');
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [shown, setShown] = useState(PAGE);
  const signal = useRef({ cancelled: false });
  useEffect(() => () => void (signal.current.cancelled = true), []);

  const run = async () => {
    signal.current = { cancelled: false };
    const engine = suggestionEngine(atlas.dataset);
    const asked = toReview;
    const { results } = await suggestAll(
      engine,
      asked.map((u) => u.text),
      {
        limit: 8,
        signal: signal.current,
        onProgress: (done, total) => setProgress(`Suggested for ${done} of ${total} ${noun}s…`),
      },
    );
    if (signal.current.cancelled) return;
    setSuggested(new Map(asked.map((u, i) => [u.key, results[i] ?? []])));
    setProgress('');
  };

  const reject = (key: string, nos: string) => {
    const base: ReviewData = review?.data ?? { courseId: owner.id, texts: {}, rejected: [] };
    const next = rejectSuggestion(base, key, nos);
    if (review) reviews.update(review.id, next);
    else reviews.create(owner.name, next);
  };

  if (toReview.length === 0 && !suggested) return null;
  const nosUnits = atlas.dataset.units.filter((u) => u.framework === 'nos');
  const listed = suggested ? units.filter((u) => suggested.has(u.key)) : [];
  const count = suggested ? listed.length : toReview.length;
  return (
    <section aria-labelledby="review-heading" className="review-queue">
      <h3 id="review-heading">
        Suggestions to review ({count} {noun}
        {count === 1 ? '' : 's'})
      </h3>
      {!suggested ? (
        <p>
          <button type="button" className="button small" onClick={() => void run()} disabled={!!progress}>
            Suggest NOS units
          </button>{' '}
          <span className="hint" aria-live="polite">
            {progress ||
              `for the ${noun}s that reach no NOS unit yet${noun === 'module' ? ', and the pasted ones' : ''}. Nothing is saved until you accept.`}
          </span>
        </p>
      ) : (
        <>
          <ul className="review-list">
            {listed.slice(0, shown).map((u) => {
              const pending = pendingSuggestions(
                suggested.get(u.key)!,
                { code: u.key, claims: u.claimed.map((nos) => ({ nos })) },
                review?.data,
              );
              return (
                <li key={u.key}>
                  <b>
                    {u.code} {u.title}
                  </b>
                  {suggested.get(u.key)!.length === 0 ? (
                    <p className="hint">No NOS unit shares a word with it: pick one below if one fits.</p>
                  ) : pending.length === 0 ? (
                    <p className="hint">Nothing left to review.</p>
                  ) : (
                    <ul className="suggestions" aria-label={`Suggestions for ${u.code}`}>
                      {pending.map((s) => (
                        <SuggestionRow
                          key={s.id}
                          suggestion={s}
                          onAccept={() => onAccept(u.key, s.id)}
                          onReject={() => reject(u.key, s.id)}
                        />
                      ))}
                    </ul>
                  )}
                  <label className="inline-field">
                    <span>Or pick another unit</span>
                    <select
                      value={picked[u.key] ?? ''}
                      onChange={(e) => setPicked({ ...picked, [u.key]: e.target.value })}
                    >
                      <option value="">—</option>
                      {nosUnits.map((n) => (
                        <option key={n.id} value={n.id}>
                          {n.code} {n.title}
                        </option>
                      ))}
                    </select>
                  </label>{' '}
                  <button
                    type="button"
                    className="button secondary small"
                    disabled={!picked[u.key]}
                    onClick={() => picked[u.key] && onAccept(u.key, picked[u.key]!)}
                  >
                    Claim it
                  </button>
                </li>
              );
            })}
          </ul>
          {listed.length > shown && (
            <p>
              <button type="button" className="link-button" onClick={() => setShown(shown + PAGE)}>
                Show {Math.min(PAGE, listed.length - shown)} more {noun}s ({listed.length - shown} not shown)
              </button>
            </p>
          )}
        </>
      )}
    </section>
  );
}
