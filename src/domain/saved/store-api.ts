/** The saved-work store's interface, options and snapshots, and the Storage helpers it runs over. */
import type { QuarantineEntry, SavedItem, SavedKind, StorageLike } from './types';

export interface KindSnapshot<T> {
  items: SavedItem<T>[];
  /** Plain-language problems met reading or writing this kind, until dismissed. */
  problems: string[];
  /** Ids of items changed on this page that are not saved (storage full or blocked). */
  unsaved: string[];
  /** The quarantine entries behind the current problems ("download the saved data as it was"). */
  problemEntries: QuarantineEntry[];
}

/** Kind id → item data type (an interface such as SavedKindData). */
export type KindMap = object;

export interface SavedStoreOptions<M extends KindMap, Ctx> {
  /** localStorage, or null when the browser refuses it (saving then lasts as long as the page). */
  storage: StorageLike | null;
  kinds: { [K in keyof M]: SavedKind<M[K], Ctx> };
  /** Passed to each kind's `repair` (the app passes the dataset). */
  context?: Ctx;
  now?: () => string;
}

export interface SavedStore<M extends KindMap> {
  snapshot<K extends keyof M & string>(kind: K): KindSnapshot<M[K]>;
  quarantine(): QuarantineEntry[];
  subscribe(listener: () => void): () => void;
  create<K extends keyof M & string>(kind: K, name: string, data: M[K]): SavedItem<M[K]>;
  update<K extends keyof M & string>(kind: K, id: string, data: M[K]): void;
  rename<K extends keyof M & string>(kind: K, id: string, name: string): void;
  duplicate<K extends keyof M & string>(kind: K, id: string): SavedItem<M[K]> | undefined;
  remove<K extends keyof M & string>(kind: K, id: string): void;
  /** Tries again to write what could not be written. */
  retry<K extends keyof M & string>(kind: K): void;
  dismissProblems<K extends keyof M & string>(kind: K): void;
  /** Deletes quarantined data for good (and the unreadable text from its kind's key). */
  deleteFromQuarantine(entryId: string): void;
  /** Another tab changed `key` (null: storage was cleared). */
  externalChange(key: string | null): void;
}

/** A Storage that lasts as long as the page, for browsers that refuse localStorage. */
export function memoryStorage(): StorageLike {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

export function isQuotaError(error: unknown): boolean {
  const e = error as { name?: unknown; code?: unknown } | null;
  return (
    !!e &&
    (e.name === 'QuotaExceededError' ||
      e.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      e.code === 22 ||
      e.code === 1014)
  );
}
