/**
 * The saved person specifications, shared by every component that shows or changes them.
 *
 * Why not useSavedCollection: that hook keeps its own copy per component, and "Add to
 * specification" buttons (detail panel, search results in the header) are mounted at the same
 * time as the specification view, so separate copies would overwrite each other's changes. This
 * store is one copy for the page, built on the same saved.ts functions (readCollection,
 * writeCollection, newId, copyName) and with the same promises: damaged data never breaks the
 * app, what can be read is kept, problems are listed, and the raw text stays downloadable (and is
 * copied to "<key>.backup") before anything is overwritten.
 */
import { useSyncExternalStore } from 'react';
import type { Dataset } from '../../domain/model';
import { copyName, newId, readCollection, writeCollection, type SavedItem } from '../../domain/saved';
import { repairSpecification, validateSpecificationData, type SpecificationData } from '../../domain/spec';
import { downloadText } from '../common/download';

export const SPEC_STORAGE_KEY = 'standards-atlas.spec';
const ID_PREFIX = 'spec';

export type SavedSpec = SavedItem<SpecificationData>;

export interface SpecStoreSnapshot {
  items: SavedSpec[];
  /** Plain-language problems met while reading the saved data. */
  problems: string[];
  /** The saved text as it was, while some of it could not be read. */
  backup: string | null;
}

let snapshot: SpecStoreSnapshot | undefined;
const listeners = new Set<() => void>();

function load(dataset: Dataset): SpecStoreSnapshot {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(SPEC_STORAGE_KEY);
  } catch {
    return {
      items: [],
      problems: ['Saving is not available in this browser; your specifications will not be kept.'],
      backup: null,
    };
  }
  const result = readCollection(raw, validateSpecificationData, 'specifications');
  const problems = [...result.problems];
  const items = result.items.map((item) => {
    const { data, dropped } = repairSpecification(dataset, item.data);
    if (dropped.length)
      problems.push(
        `In “${item.name}”, left out ${dropped.map((d) => `${d.code} (${d.reason})`).join('; ')}.`,
      );
    return { ...item, data };
  });
  return { items, problems, backup: problems.length > 0 ? raw : null };
}

function current(dataset: Dataset): SpecStoreSnapshot {
  snapshot ??= load(dataset);
  return snapshot;
}

function publish(next: SpecStoreSnapshot) {
  snapshot = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function persist(dataset: Dataset, items: SavedSpec[]) {
  const state = current(dataset);
  try {
    if (state.backup !== null) window.localStorage.setItem(`${SPEC_STORAGE_KEY}.backup`, state.backup);
    window.localStorage.setItem(SPEC_STORAGE_KEY, writeCollection(items));
    publish({ ...state, items });
  } catch {
    publish({
      ...state,
      items,
      problems: [...state.problems, 'Could not save your specifications (storage is full or blocked).'],
    });
  }
}

const now = () => new Date().toISOString();

/** Reads and changes the saved specifications; every component sees the same list. */
export function useSpecStore(dataset: Dataset) {
  const state = useSyncExternalStore(subscribe, () => current(dataset));
  return {
    ...state,
    create(name: string, data: SpecificationData): SavedSpec {
      const all = current(dataset).items;
      const item = { id: newId(ID_PREFIX, all), name: name.slice(0, 200), updated: now(), data };
      persist(dataset, [...all, item]);
      return item;
    },
    update(id: string, data: SpecificationData) {
      persist(
        dataset,
        current(dataset).items.map((i) => (i.id === id ? { ...i, data, updated: now() } : i)),
      );
    },
    rename(id: string, name: string) {
      persist(
        dataset,
        current(dataset).items.map((i) =>
          i.id === id ? { ...i, name: name.slice(0, 200), updated: now() } : i,
        ),
      );
    },
    duplicate(id: string): SavedSpec | undefined {
      const all = current(dataset).items;
      const source = all.find((i) => i.id === id);
      if (!source) return undefined;
      const copy = { ...source, id: newId(ID_PREFIX, all), name: copyName(source.name, all), updated: now() };
      persist(dataset, [...all, copy]);
      return copy;
    },
    remove(id: string) {
      persist(
        dataset,
        current(dataset).items.filter((i) => i.id !== id),
      );
    },
    downloadBackup() {
      const backup = current(dataset).backup;
      if (backup !== null) downloadText(backup, `${SPEC_STORAGE_KEY}-saved-data.json`, 'application/json');
    },
    dismissProblems() {
      const { backup } = current(dataset);
      try {
        // Keep a copy of what could not be read, even once the message is gone.
        if (backup !== null) window.localStorage.setItem(`${SPEC_STORAGE_KEY}.backup`, backup);
      } catch {
        // Storage blocked: nothing more can be kept.
      }
      publish({ ...current(dataset), problems: [], backup: null });
    },
  };
}
