import { useState } from 'react';
import { DEFAULT_CLAIM_RELATION } from '../../domain/course-import';
import { MAX_SUGGEST_CHARS, type Suggestion } from '../../domain/suggest';
import { acceptClaim, addPastedModule, PASTED_COURSE_NAME } from '../../domain/suggest/review';
import { useSavedKind } from '../common/saved-work';
import { useAtlas } from '../context';
import { SuggestionRow } from './SuggestionRow';
import { suggestionEngine } from './suggestions';

/**
 * "Suggest NOS units" for a pasted module description. Nothing is saved until a suggestion is
 * accepted: then the description becomes a module of the "Pasted modules" course, with the
 * accepted unit as your claim, and the course opens (coverage, gaps, compare see it).
 */
export function PasteSuggest() {
  const { atlas, routes } = useAtlas();
  const courses = useSavedKind('course');
  const reviews = useSavedKind('review');
  const [text, setText] = useState('');
  const [results, setResults] = useState<Suggestion[] | null>(null);
  const [cut, setCut] = useState(false);

  const suggest = () => {
    setCut(text.length > MAX_SUGGEST_CHARS);
    setResults(suggestionEngine(atlas.dataset).suggest(text, { limit: 5 }));
  };

  const accept = (s: Suggestion) => {
    const existing = courses.items.find((c) => c.name === PASTED_COURSE_NAME);
    const review = existing && reviews.items.find((r) => r.data.courseId === existing.id);
    const added = addPastedModule(
      existing?.data,
      review?.data,
      text,
      atlas.dataset.frameworks.map((f) => f.id),
      new Date(),
    );
    if (!added) return;
    const data = acceptClaim(added.course, added.code, s.id, DEFAULT_CLAIM_RELATION);
    const courseId = existing
      ? (courses.update(existing.id, data), existing.id)
      : courses.create(PASTED_COURSE_NAME, data).id;
    if (review) reviews.update(review.id, { ...added.review, courseId });
    else reviews.create(PASTED_COURSE_NAME, { ...added.review, courseId });
    setText('');
    setResults(null);
    routes.goToCourse(courseId);
  };

  return (
    <section className="paste-suggest" aria-labelledby="paste-suggest-heading">
      <h3 id="paste-suggest-heading">Which NOS units does your module cover?</h3>
      <label className="field">
        <span>Module description (a title, a blurb or its outcomes)</span>
        <textarea
          rows={4}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setResults(null);
          }}
        />
      </label>
      <button type="button" className="button" onClick={suggest} disabled={!text.trim()}>
        Suggest NOS units
      </button>
      {cut && (
        <p className="hint">
          Only the first {MAX_SUGGEST_CHARS.toLocaleString('en-GB')} characters were used.
        </p>
      )}
      {results &&
        (results.length === 0 ? (
          <p className="hint">
            No NOS unit shares a word with this text; try describing what learners will do.
          </p>
        ) : (
          <>
            <p className="hint">
              Suggestions, best first. None is saved until you accept it; an accepted one becomes your claim
              in “{PASTED_COURSE_NAME}”.
            </p>
            <ul className="suggestions" aria-label="Suggested NOS units">
              {results.map((s) => (
                <SuggestionRow key={s.id} suggestion={s} onAccept={() => accept(s)} />
              ))}
            </ul>
          </>
        ))}
    </section>
  );
}
