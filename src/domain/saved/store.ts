/**
 * The saved-work store: every kind of saved item over one injected Storage (localStorage in the
 * app, a fake in tests). No React and no DOM here; ui/common/saved-work.tsx is the thin React layer.
 *
 * - Every change re-reads the kind's stored collection and applies the change to it (by item id
 *   and `updated` time) before writing, so two tabs never overwrite each other's items.
 * - `externalChange(key)` (the app calls it on `storage` events) re-reads and merges likewise.
 * - Stored text that cannot be read as it is goes to the quarantine (its own key) before anything
 *   is written over it; it stays there until `deleteFromQuarantine`.
 * - A write that fails (storage full or blocked) keeps the change on the page, lists the item as
 *   unsaved, says so, and is tried again with the next change or `retry`.
 */
import {
  applyChanges,
  readCollection,
  writeCollection,
  type SavedChange,
  type Tombstone,
} from './collection';
import { copyName, newId } from './names';
import { addToQuarantine, readQuarantine, writeQuarantine } from './quarantine';
import {
  isQuotaError,
  memoryStorage,
  type KindMap,
  type KindSnapshot,
  type SavedStore,
  type SavedStoreOptions,
} from './store-api';
import type { QuarantineEntry } from './types';

export const QUARANTINE_KEY = 'standards-atlas.quarantine';
const MAX_NAME = 200;
interface KindState<T> {
  snapshot: KindSnapshot<T>;
  deleted: Tombstone[];
  pending: SavedChange<T>[];
}

export function createSavedStore<M extends KindMap, Ctx = unknown>(
  options: SavedStoreOptions<M, Ctx>,
): SavedStore<M> {
  const available = options.storage !== null;
  const storage = options.storage ?? memoryStorage();
  const kinds = options.kinds;
  const kindIds = Object.keys(kinds) as (keyof M & string)[];
  let lastTime = '';
  const now = () => {
    // Strictly increasing, so two changes in one millisecond still order.
    let t = (options.now ?? (() => new Date().toISOString()))();
    if (t <= lastTime) t = new Date(Date.parse(lastTime) + 1).toISOString();
    lastTime = t;
    return t;
  };
  const listeners = new Set<() => void>();
  const publish = () => {
    for (const l of listeners) l();
  };

  // Quarantine: what is stored under QUARANTINE_KEY, plus entries that could not be written.
  let quarantine: QuarantineEntry[] = [];
  let unwritten: QuarantineEntry[] = [];
  /** Texts the person deleted from the quarantine before they could be stored there. */
  const discarded = new Set<string>();

  const readStored = (key: string): { ok: true; raw: string | null } | { ok: false } => {
    try {
      return { ok: true, raw: storage.getItem(key) };
    } catch {
      return { ok: false };
    }
  };

  const loadQuarantine = () => {
    const read = readStored(QUARANTINE_KEY);
    const stored = read.ok ? readQuarantine(read.raw, QUARANTINE_KEY, now()) : quarantine;
    unwritten = unwritten.filter((u) => !stored.some((s) => s.key === u.key && s.raw === u.raw));
    quarantine = [...stored, ...unwritten];
  };

  /** Puts text in the quarantine (once). False when it could not be stored there. */
  const toQuarantine = (
    entry: Omit<QuarantineEntry, 'id'>,
  ): { stored: boolean; added: boolean; entry: QuarantineEntry } => {
    // Deleted by the person just now: it may be written over.
    if (discarded.has(entry.raw)) return { stored: true, added: false, entry: { ...entry, id: '' } };
    const read = readStored(QUARANTINE_KEY);
    const stored = read.ok ? readQuarantine(read.raw, QUARANTINE_KEY, entry.found) : [];
    const existing = stored.find((e) => e.key === entry.key && e.raw === entry.raw);
    if (existing) {
      quarantine = [...stored, ...unwritten];
      return { stored: true, added: false, entry: existing };
    }
    const result = addToQuarantine([...stored, ...unwritten], entry);
    try {
      if (!read.ok) throw new Error('blocked');
      storage.setItem(QUARANTINE_KEY, writeQuarantine([...stored, result.entry]));
      quarantine = [...stored, ...unwritten, result.entry];
      return { stored: true, added: result.added, entry: result.entry };
    } catch {
      const known = unwritten.find((u) => u.key === entry.key && u.raw === entry.raw);
      if (!known) unwritten = [...unwritten, result.entry];
      quarantine = [...stored, ...unwritten];
      return { stored: false, added: !known, entry: known ?? result.entry };
    }
  };

  const state = {} as { [K in keyof M]: KindState<M[K]> };

  /**
   * Re-reads a kind, quarantines unreadable text, applies the pending changes and writes them.
   * `report`: 'all' on first load, 'new' later (only damage not seen before is told).
   */
  function sync<K extends keyof M & string>(id: K, report: 'all' | 'new', force = false): void {
    const kind = kinds[id];
    const st = state[id];
    const problems = [...st.snapshot.problems];
    let problemEntries = [...st.snapshot.problemEntries];
    const read = readStored(kind.key);
    if (!read.ok) {
      const message = `Saving is blocked in this browser; your ${kind.what} will not be kept.`;
      if (!problems.includes(message)) problems.push(message);
      const view = applyChanges({ items: st.snapshot.items, deleted: st.deleted }, st.pending);
      st.snapshot = { ...st.snapshot, items: view.items, problems, unsaved: pendingIds(st.pending) };
      return;
    }
    const result = readCollection(read.raw, kind, options.context);
    let safeToWrite = true;
    if (result.damaged && read.raw !== null) {
      const q = toQuarantine({
        kind: id,
        key: kind.key,
        found: now(),
        reasons: result.problems,
        raw: read.raw,
      });
      safeToWrite = q.stored;
      if (report === 'all' || q.added) {
        for (const p of result.problems) if (!problems.includes(p)) problems.push(p);
        if (q.entry.id && !problemEntries.some((e) => e.id === q.entry.id))
          problemEntries = [...problemEntries, q.entry];
      }
      if (!q.stored) {
        const message = `Could not keep the unreadable ${kind.what} aside (storage is full), so nothing new is saved until you download and delete them.`;
        if (!problems.includes(message)) problems.push(message);
      }
    }
    const next = applyChanges(result, st.pending);
    if ((st.pending.length > 0 || force) && safeToWrite) {
      try {
        storage.setItem(kind.key, writeCollection(kind, next));
        st.pending = [];
      } catch (error) {
        const names = pendingIds(st.pending)
          .map((pid) => next.items.find((i) => i.id === pid)?.name)
          .filter((n): n is string => !!n);
        const which = names.length
          ? `“${names.map((n) => n.slice(0, 60)).join('”, “')}”`
          : `your ${kind.what}`;
        const message = isQuotaError(error)
          ? `Could not save ${which}: this browser's storage is full. It stays on this page but will be lost when you close it; delete saved work you no longer need, then try again.`
          : `Could not save ${which} (storage is blocked). It stays on this page but will be lost when you close it.`;
        if (!problems.includes(message)) problems.push(message);
      }
    }
    st.deleted = next.deleted;
    st.snapshot = {
      items: next.items,
      problems,
      unsaved: pendingIds(st.pending),
      problemEntries,
    };
  }

  const pendingIds = (pending: SavedChange<unknown>[]) => [
    ...new Set(pending.flatMap((c) => (c.type === 'put' ? [c.item.id] : []))),
  ];

  loadQuarantine();
  for (const id of kindIds) {
    state[id] = {
      snapshot: {
        items: [],
        problems: available
          ? []
          : [`Saving is not available in this browser; your ${kinds[id].what} will not be kept.`],
        unsaved: [],
        problemEntries: [],
      },
      deleted: [],
      pending: [],
    };
    sync(id, 'all');
  }

  function change<K extends keyof M & string>(id: K, c: SavedChange<M[K]>) {
    state[id].pending = [...state[id].pending, c];
    sync(id, 'new');
    publish();
  }

  const find = <K extends keyof M & string>(id: K, itemId: string) =>
    state[id].snapshot.items.find((i) => i.id === itemId);

  const freshId = <K extends keyof M & string>(id: K) => {
    sync(id, 'new');
    const st = state[id];
    return newId(kinds[id].id, [
      ...st.snapshot.items.map((i) => i.id),
      ...st.deleted.map((t) => t.id),
      ...st.pending.map((c) => (c.type === 'put' ? c.item.id : c.id)),
    ]);
  };

  return {
    snapshot: (id) => state[id].snapshot,
    quarantine: () => quarantine,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    create(id, name, data) {
      const item = { id: freshId(id), name: name.slice(0, MAX_NAME), updated: now(), data };
      change(id, { type: 'put', item });
      return item;
    },
    update(id, itemId, data) {
      const item = find(id, itemId);
      if (item) change(id, { type: 'put', item: { ...item, data, updated: now() }, base: item.updated });
    },
    rename(id, itemId, name) {
      const item = find(id, itemId);
      if (item)
        change(id, {
          type: 'put',
          item: { ...item, name: name.slice(0, MAX_NAME), updated: now() },
          base: item.updated,
        });
    },
    duplicate(id, itemId) {
      const source = find(id, itemId);
      if (!source) return undefined;
      const copy = {
        ...source,
        id: freshId(id),
        name: copyName(source.name, state[id].snapshot.items).slice(0, MAX_NAME),
        updated: now(),
      };
      change(id, { type: 'put', item: copy });
      return copy;
    },
    remove(id, itemId) {
      change(id, { type: 'delete', id: itemId, at: now() });
    },
    retry(id) {
      sync(id, 'new');
      publish();
    },
    dismissProblems(id) {
      const st = state[id];
      st.snapshot = { ...st.snapshot, problems: [], problemEntries: [] };
      publish();
    },
    deleteFromQuarantine(entryId) {
      const entry = quarantine.find((e) => e.id === entryId);
      if (!entry) return;
      discarded.add(entry.raw);
      unwritten = unwritten.filter((u) => u.id !== entryId);
      const read = readStored(QUARANTINE_KEY);
      if (read.ok) {
        const stored = readQuarantine(read.raw, QUARANTINE_KEY, now());
        const rest = stored.filter((e) => !(e.key === entry.key && e.raw === entry.raw));
        try {
          if (rest.length === 0) storage.removeItem(QUARANTINE_KEY);
          else if (rest.length !== stored.length) storage.setItem(QUARANTINE_KEY, writeQuarantine(rest));
        } catch {
          // Could not write: the entry stays, and is shown again.
        }
      }
      loadQuarantine();
      // If the unreadable text is still its kind's stored text, replace it with what could be read.
      const owner = kindIds.find((k) => kinds[k].key === entry.key);
      if (owner) {
        const current = readStored(entry.key);
        if (current.ok && current.raw === entry.raw) sync(owner, 'new', true);
        const st = state[owner];
        st.snapshot = {
          ...st.snapshot,
          problemEntries: st.snapshot.problemEntries.filter((e) => e.id !== entryId),
        };
      }
      discarded.delete(entry.raw);
      publish();
    },
    externalChange(key) {
      if (key === null || key === QUARANTINE_KEY) loadQuarantine();
      for (const id of kindIds) if (key === null || kinds[id].key === key) sync(id, 'new');
      publish();
    },
  };
}
