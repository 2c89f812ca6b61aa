import type { Caveat as CaveatData } from '../../domain/caveats';
import { describeSource } from '../../domain/citation';
import { useEvidence } from './evidence';

/**
 * A doubtful published placement, said plainly wherever the link is shown: a warning icon, the
 * sentence, and "Show source" opening the evidence viewer at the line. Prints as text with the
 * locator (the button is screen-only).
 */
export function Caveat({ caveat, compact = false }: { caveat: CaveatData; compact?: boolean }) {
  const openEvidence = useEvidence();
  return (
    <p className={`caveat${compact ? ' compact' : ''}`} role="note" aria-label="Caveat">
      <span className="caveat-icon" aria-hidden="true">
        ⚠
      </span>{' '}
      <span className="caveat-text">{caveat.text}</span>{' '}
      <span className="caveat-locator print-only">({describeSource(caveat.source)})</span>
      {caveat.source.line !== undefined && (
        <button
          type="button"
          className="link-button small no-print"
          onClick={() => openEvidence(caveat.source)}
          aria-label={`Show source of the caveat (line ${caveat.source.line})`}
        >
          Show source
        </button>
      )}
    </p>
  );
}
