import { describeSource } from '../../domain/citation';
import type { Source } from '../../domain/model';
import { useEvidence } from './evidence';

/** A source locator with a button that opens the evidence viewer at that passage. */
export function SourceLine({ source }: { source: Source }) {
  const openEvidence = useEvidence();
  return (
    <span className="source-line">
      <span className="muted">{describeSource(source)}</span>{' '}
      {source.line !== undefined && (
        <button type="button" className="link-button small" onClick={() => openEvidence(source)}>
          Show source
        </button>
      )}
    </span>
  );
}
