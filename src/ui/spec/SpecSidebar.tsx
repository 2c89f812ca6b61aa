import { useState } from 'react';
import { levelNumber } from '../../domain/spec';
import type { SavedItem } from '../../domain/saved';
import type { SpecificationData } from '../../domain/spec';
import { QuarantineList } from '../common/QuarantineList';

type SavedSpec = SavedItem<SpecificationData>;

interface Props {
  items: SavedSpec[];
  /** Ids of specifications changed here that could not be saved. */
  unsaved: string[];
  openId: string | undefined;
  onOpen: (id: string) => void;
  onNew: () => void;
  onRename: (id: string, name: string) => void;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
}

const updatedFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) || date.getTime() === 0 ? 'date unknown' : updatedFormat.format(date);
}

/** The saved specifications: open, new, rename, duplicate, delete (after a confirmation). */
export function SpecSidebar({
  items,
  unsaved,
  openId,
  onOpen,
  onNew,
  onRename,
  onDuplicate,
  onDelete,
}: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));

  return (
    <aside className="spec-sidebar" aria-labelledby="spec-list-heading">
      <div className="spec-sidebar-head">
        <h2 id="spec-list-heading">Specifications</h2>
        <button type="button" className="button small" onClick={onNew}>
          + New
        </button>
      </div>
      {sorted.length === 0 ? (
        <p className="hint">None saved yet.</p>
      ) : (
        <ul className="spec-list">
          {sorted.map((item) => {
            const isOpen = item.id === openId;
            return (
              <li key={item.id} className={isOpen ? 'open' : undefined}>
                {renaming === item.id ? (
                  <form
                    className="spec-rename"
                    onSubmit={(e) => {
                      e.preventDefault();
                      if (draft.trim()) onRename(item.id, draft.trim());
                      setRenaming(null);
                    }}
                  >
                    <label htmlFor={`rename-${item.id}`}>New name</label>
                    <input
                      id={`rename-${item.id}`}
                      type="text"
                      value={draft}
                      maxLength={200}
                      autoFocus
                      onChange={(e) => setDraft(e.target.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Escape') setRenaming(null);
                      }}
                    />
                    <div className="spec-row-actions">
                      <button type="submit" className="button small">
                        Save name
                      </button>
                      <button
                        type="button"
                        className="button small secondary"
                        onClick={() => setRenaming(null)}
                      >
                        Cancel
                      </button>
                    </div>
                  </form>
                ) : (
                  <button
                    type="button"
                    className="spec-list-open"
                    aria-current={isOpen ? 'true' : undefined}
                    onClick={() => onOpen(item.id)}
                  >
                    <span className="spec-list-name">{item.name}</span>
                    {unsaved.includes(item.id) && <span className="unsaved-badge">not saved</span>}
                    <span className="spec-list-meta">
                      Level {levelNumber(item.data.level)} · {item.data.optionalUnits.length} optional ·{' '}
                      {when(item.updated)}
                    </span>
                  </button>
                )}
                {isOpen && renaming !== item.id && confirming !== item.id && (
                  <div className="spec-row-actions">
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={`Rename “${item.name}”`}
                      onClick={() => {
                        setDraft(item.name);
                        setRenaming(item.id);
                        setConfirming(null);
                      }}
                    >
                      Rename
                    </button>
                    <button
                      type="button"
                      className="link-button small"
                      aria-label={`Duplicate “${item.name}”`}
                      onClick={() => onDuplicate(item.id)}
                    >
                      Duplicate
                    </button>
                    <button
                      type="button"
                      className="link-button small danger"
                      aria-label={`Delete “${item.name}”`}
                      onClick={() => setConfirming(item.id)}
                    >
                      Delete
                    </button>
                  </div>
                )}
                {confirming === item.id && (
                  <div className="spec-confirm" role="group" aria-label={`Confirm deleting “${item.name}”`}>
                    <p>Delete “{item.name}”? This cannot be undone.</p>
                    <div className="spec-row-actions">
                      <button
                        type="button"
                        className="button small danger"
                        autoFocus
                        onClick={() => {
                          setConfirming(null);
                          onDelete(item.id);
                        }}
                      >
                        Delete
                      </button>
                      <button
                        type="button"
                        className="button small secondary"
                        onClick={() => setConfirming(null)}
                      >
                        Keep it
                      </button>
                    </div>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p className="hint spec-saved-note">
        Saved automatically in this browser only. Use the downloads to keep or share a copy.
      </p>
      <QuarantineList />
    </aside>
  );
}
