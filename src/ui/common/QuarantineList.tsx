import { useState } from 'react';
import { SAVED_KINDS, type QuarantineEntry } from '../../domain/saved';
import { useQuarantine } from './saved-work';

const foundFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function describe(entry: QuarantineEntry): string {
  const kind = Object.values(SAVED_KINDS).find((k) => k.id === entry.kind);
  const when = Date.parse(entry.found);
  return `${kind ? `Saved ${kind.what}` : 'Saved data'} that could not be read${
    when > 0 ? `, found ${foundFormat.format(new Date(when))}` : ''
  }`;
}

/**
 * Unreadable saved data kept aside (the quarantine): each entry can be downloaded exactly as it
 * was, and is deleted only when the person asks, in two steps. Shown wherever saved work is listed.
 */
export function QuarantineList() {
  const { entries, download, remove } = useQuarantine();
  const [confirming, setConfirming] = useState<string | null>(null);
  if (entries.length === 0) return null;
  return (
    <details className="saved-quarantine">
      <summary>Unreadable saved data kept aside ({entries.length})</summary>
      <p className="hint">
        Kept in this browser until you delete it. Download it to look at it or to restore it by hand.
      </p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id}>
            <span className="saved-quarantine-what">{describe(entry)}</span>
            {entry.reasons.length > 0 && (
              <span className="hint"> — {entry.reasons.slice(0, 3).join(' ')}</span>
            )}
            <span className="saved-quarantine-actions">
              <button
                type="button"
                className="link-button"
                aria-label={`Download unreadable data ${entry.id}`}
                onClick={() => download(entry)}
              >
                Download
              </button>{' '}
              {confirming === entry.id ? (
                <>
                  <button
                    type="button"
                    className="link-button danger"
                    onClick={() => {
                      setConfirming(null);
                      remove(entry);
                    }}
                  >
                    Delete {entry.id} for good
                  </button>{' '}
                  <button type="button" className="link-button" onClick={() => setConfirming(null)}>
                    Keep it aside
                  </button>
                </>
              ) : (
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete unreadable data ${entry.id}…`}
                  onClick={() => setConfirming(entry.id)}
                >
                  Delete…
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
