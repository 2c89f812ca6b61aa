import type { Suggestion } from '../../domain/suggest';

/** One suggestion to review: the unit, its confidence and why, and what the person can do with it. */
export function SuggestionRow({
  suggestion,
  onAccept,
  onReject,
}: {
  suggestion: Suggestion;
  onAccept: () => void;
  onReject?: () => void;
}) {
  const s = suggestion;
  return (
    <li className="suggestion">
      <div className="suggestion-unit">
        <span className="code">{s.code}</span> {s.title}{' '}
        <span className={`confidence confidence-${s.confidence}`}>{s.confidence}</span>
      </div>
      <div className="hint suggestion-why">{s.why}</div>
      <span className="suggestion-actions">
        <button
          type="button"
          className="button small"
          aria-label={`Accept ${s.code} ${s.title}`}
          onClick={onAccept}
        >
          Accept
        </button>
        {onReject && (
          <button
            type="button"
            className="button secondary small"
            aria-label={`Reject ${s.code} ${s.title}`}
            onClick={onReject}
          >
            Reject
          </button>
        )}
      </span>
    </li>
  );
}
