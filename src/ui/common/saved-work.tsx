/**
 * The one React layer over the saved-work store (domain/saved): every view reads and changes
 * saved items through `useSavedKind`, and sees the quarantine through `useQuarantine`. The
 * provider owns the store, listens to `storage` events (other tabs) and merges them in.
 */
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Dataset } from '../../domain/model';
import {
  createSavedStore,
  SAVED_KINDS,
  type KindSnapshot,
  type QuarantineEntry,
  type SavedItem,
  type SavedKindData,
  type SavedKindId,
  type SavedStore,
  type StorageLike,
} from '../../domain/saved';
import { downloadText } from './download';

type Store = SavedStore<SavedKindData>;

const SavedWorkContext = createContext<Store | null>(null);

function browserStorage(): StorageLike | null {
  try {
    const storage = window.localStorage;
    storage.getItem('standards-atlas.probe');
    return storage;
  } catch {
    return null;
  }
}

export function SavedWorkProvider({ dataset, children }: { dataset: Dataset; children: ReactNode }) {
  const [store] = useState(() =>
    createSavedStore<SavedKindData, Dataset>({
      storage: browserStorage(),
      kinds: SAVED_KINDS,
      context: dataset,
    }),
  );
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea === null || event.storageArea === browserStorage())
        store.externalChange(event.key);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [store]);
  return <SavedWorkContext.Provider value={store}>{children}</SavedWorkContext.Provider>;
}

function useStore(): Store {
  const store = useContext(SavedWorkContext);
  if (!store) throw new Error('useSavedKind must be used inside SavedWorkProvider');
  return store;
}

export interface SavedKindApi<T> extends KindSnapshot<T> {
  create(name: string, data: T): SavedItem<T>;
  update(id: string, data: T): void;
  rename(id: string, name: string): void;
  duplicate(id: string): SavedItem<T> | undefined;
  remove(id: string): void;
  retry(): void;
  dismissProblems(): void;
  /** Downloads the stored text behind the current problems, exactly as it was. */
  downloadProblemData(): void;
}

/** The saved items of one kind, and the ways to change them. */
export function useSavedKind<K extends SavedKindId>(kind: K): SavedKindApi<SavedKindData[K]> {
  const store = useStore();
  const snapshot = useSyncExternalStore(store.subscribe, () => store.snapshot(kind));
  return {
    ...snapshot,
    create: (name, data) => store.create(kind, name, data),
    update: (id, data) => store.update(kind, id, data),
    rename: (id, name) => store.rename(kind, id, name),
    duplicate: (id) => store.duplicate(kind, id),
    remove: (id) => store.remove(kind, id),
    retry: () => store.retry(kind),
    dismissProblems: () => store.dismissProblems(kind),
    downloadProblemData: () =>
      downloadEntries(snapshot.problemEntries, `${SAVED_KINDS[kind].key}-saved-data`),
  };
}

/** One entry downloads as the stored text itself; several as a JSON list of entries. */
export function downloadEntries(entries: QuarantineEntry[], name: string): void {
  if (entries.length === 0) return;
  if (entries.length === 1) downloadText(entries[0]!.raw, `${name}.json`, 'application/json');
  else downloadText(JSON.stringify(entries, null, 2), `${name}.json`, 'application/json');
}

/** The unreadable saved data kept aside, until the person deletes it. */
export function useQuarantine() {
  const store = useStore();
  const entries = useSyncExternalStore(store.subscribe, () => store.quarantine());
  return {
    entries,
    download: (entry: QuarantineEntry) =>
      downloadEntries([entry], `standards-atlas-unreadable-${entry.kind}-${entry.id}`),
    remove: (entry: QuarantineEntry) => store.deleteFromQuarantine(entry.id),
  };
}
