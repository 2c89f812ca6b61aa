import { useCallback, useState } from 'react';
import {
  copyName,
  newId,
  readCollection,
  writeCollection,
  type ItemValidator,
  type SavedItem,
} from '../../domain/saved';
import { downloadText } from './download';

/**
 * A named collection saved in localStorage (specifications, plans, courses). Damaged data never
 * breaks the app: what can be read is kept, problems are listed, and the raw text can be
 * downloaded before anything is overwritten.
 */
export function useSavedCollection<T>(storageKey: string, validate: ItemValidator<T>, what: string) {
  const [initial] = useState(() => {
    let raw: string | null = null;
    try {
      raw = window.localStorage.getItem(storageKey);
    } catch {
      return {
        raw: null,
        result: {
          items: [],
          problems: [`Saving is not available in this browser; your ${what} will not be kept.`],
          lossy: false,
        },
      };
    }
    return { raw, result: readCollection(raw, validate, what) };
  });
  const [items, setItems] = useState<SavedItem<T>[]>(initial.result.items);
  const [problems, setProblems] = useState<string[]>(initial.result.problems);
  // Keep the damaged original until the person has had the chance to download it.
  const [backup, setBackup] = useState<string | null>(initial.result.lossy ? initial.raw : null);

  const persist = useCallback(
    (next: SavedItem<T>[]) => {
      setItems(next);
      try {
        if (backup !== null) window.localStorage.setItem(`${storageKey}.backup`, backup);
        window.localStorage.setItem(storageKey, writeCollection(next));
      } catch {
        setProblems((p) => [...p, `Could not save your ${what} (storage is full or blocked).`]);
      }
    },
    [storageKey, backup, what],
  );

  const api = {
    items,
    problems,
    hasBackup: backup !== null,
    downloadBackup: () =>
      backup !== null && downloadText(backup, `${storageKey}-saved-data.json`, 'application/json'),
    dismissProblems: () => {
      setProblems([]);
      setBackup(null);
    },
    create(name: string, data: T): SavedItem<T> {
      const item = {
        id: newId(storageKey.split('.').pop() ?? 'item', items),
        name,
        updated: new Date().toISOString(),
        data,
      };
      persist([...items, item]);
      return item;
    },
    update(id: string, data: T) {
      persist(items.map((i) => (i.id === id ? { ...i, data, updated: new Date().toISOString() } : i)));
    },
    rename(id: string, name: string) {
      persist(
        items.map((i) =>
          i.id === id ? { ...i, name: name.slice(0, 200), updated: new Date().toISOString() } : i,
        ),
      );
    },
    duplicate(id: string): SavedItem<T> | undefined {
      const source = items.find((i) => i.id === id);
      if (!source) return undefined;
      const copy = {
        ...source,
        id: newId(storageKey.split('.').pop() ?? 'item', items),
        name: copyName(source.name, items),
        updated: new Date().toISOString(),
      };
      persist([...items, copy]);
      return copy;
    },
    remove(id: string) {
      persist(items.filter((i) => i.id !== id));
    },
  };
  return api;
}
