import { useState, type ReactNode } from 'react';
import { useRoutes } from '../routes';

/** The heading of a plan or course, with rename, duplicate and a two-step delete. */
export function ItemHeader({
  headingId,
  eyebrow,
  name,
  what,
  onRename,
  onDuplicate,
  onDelete,
  children,
}: {
  headingId: string;
  eyebrow: ReactNode;
  name: string;
  what: string;
  onRename: (name: string) => void;
  onDuplicate?: () => void;
  onDelete: () => void;
  children?: ReactNode;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  return (
    <header className="item-header">
      <p className="eyebrow">{eyebrow}</p>
      {editing === null ? (
        <h2 id={headingId}>{name}</h2>
      ) : (
        <form
          className="rename-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (editing.trim()) onRename(editing.trim());
            setEditing(null);
          }}
        >
          <h2 id={headingId} className="visually-hidden">
            {name}
          </h2>
          <label className="field">
            <span>New name for this {what}</span>
            <input type="text" value={editing} maxLength={200} onChange={(e) => setEditing(e.target.value)} />
          </label>
          <button type="submit" className="button small">
            Save name
          </button>
          <button type="button" className="button secondary small" onClick={() => setEditing(null)}>
            Cancel
          </button>
        </form>
      )}
      <div className="item-actions">
        {editing === null && (
          <button type="button" className="button secondary small" onClick={() => setEditing(name)}>
            Rename
          </button>
        )}
        {onDuplicate && (
          <button type="button" className="button secondary small" onClick={onDuplicate}>
            Duplicate
          </button>
        )}
        {children}
        {confirming ? (
          <>
            <button type="button" className="button danger small" onClick={onDelete}>
              Delete “{name.length > 30 ? `${name.slice(0, 29)}…` : name}” for good
            </button>
            <button type="button" className="button secondary small" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>
    </header>
  );
}

/**
 * The heading of the person's own imported item (a course, a CASE framework): marked as their data,
 * deleting it returns to course mapping, and "Show in the explorer" draws it beside the NOS.
 */
export function UserItemHeader({
  headingId,
  label,
  name,
  what,
  frameworkId,
  firstUnitId,
  onRename,
  onDelete,
  children,
}: {
  headingId: string;
  label: string;
  name: string;
  what: string;
  frameworkId: string;
  firstUnitId: string | undefined;
  onRename: (name: string) => void;
  onDelete: () => void;
  children?: ReactNode;
}) {
  const routes = useRoutes();
  return (
    <ItemHeader
      headingId={headingId}
      eyebrow={
        <>
          <span className="user-badge">your data</span> {label}
        </>
      }
      name={name}
      what={what}
      onRename={onRename}
      onDelete={() => {
        onDelete();
        routes.goToCourseMapping();
      }}
    >
      <button
        type="button"
        className="button secondary small"
        onClick={() => routes.showFrameworks([frameworkId, 'nos'], firstUnitId)}
      >
        Show in the explorer
      </button>
      {children}
    </ItemHeader>
  );
}
