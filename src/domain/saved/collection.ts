/**
 * One kind's stored collection: reading any stored text (current, format 1, foreign, damaged)
 * without throwing, writing the current format, and applying changes by item id and time.
 * Pure.
 *
 * Format 2 (current), one localStorage key per kind:
 *   { "version": 2, "dataVersion": 1, "items": [{ id, name, updated, data }],
 *     "deleted": [{ "id": "spec-2", "at": "2026-…" }] }
 * Format 1 (before) had no dataVersion (read as 1) and no deleted list; it is read as is.
 */
import type { SavedItem, SavedKind } from './types';

export const SAVED_FORMAT_VERSION = 2;
/** How many deletions are remembered, so a stale tab cannot bring an item back. */
export const MAX_TOMBSTONES = 200;
const MAX_NAME = 200;
const MAX_ID = 100;
const EPOCH = new Date(0).toISOString();

export interface Tombstone {
  id: string;
  at: string;
}

export interface CollectionState<T> {
  items: SavedItem<T>[];
  deleted: Tombstone[];
}

export interface ReadResult<T> extends CollectionState<T> {
  /** Plain-language problems for the person; empty when everything was read. */
  problems: string[];
  /** True when some of the stored text could not be read as it is: it belongs in the quarantine. */
  damaged: boolean;
}

export const isObject = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

/** An ISO time, or the epoch for anything else (so a bad date never outranks a real change). */
export function cleanTime(value: unknown): string {
  if (typeof value !== 'string' || value.length > 40) return EPOCH;
  if (!/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value)) return EPOCH;
  const time = Date.parse(value);
  return Number.isFinite(time) ? new Date(time).toISOString() : EPOCH;
}

const empty = <T>(): ReadResult<T> => ({ items: [], deleted: [], problems: [], damaged: false });

/** Reads one kind's stored text. Never throws. */
export function readCollection<T, Ctx>(
  raw: string | null,
  kind: SavedKind<T, Ctx>,
  context?: Ctx,
): ReadResult<T> {
  if (raw === null || raw === '') return empty();
  const what = kind.what;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      ...empty<T>(),
      problems: [`Your saved ${what} could not be read (the stored data is damaged).`],
      damaged: true,
    };
  }
  if (!isObject(parsed) || !Array.isArray(parsed.items)) {
    return {
      ...empty<T>(),
      problems: [`Your saved ${what} are in a format this version does not know.`],
      damaged: true,
    };
  }
  const problems: string[] = [];
  const version = parsed.version;
  if (version !== 1 && version !== SAVED_FORMAT_VERSION)
    problems.push(
      `Your saved ${what} come from another version (${String(version).slice(0, 20)}); read what could be read.`,
    );
  const dataVersion =
    version === SAVED_FORMAT_VERSION &&
    Number.isInteger(parsed.dataVersion) &&
    (parsed.dataVersion as number) >= 1
      ? (parsed.dataVersion as number)
      : 1;
  if (dataVersion > kind.version)
    problems.push(
      `Your saved ${what} were written by a newer version of the atlas; read what could be read.`,
    );

  const items: SavedItem<T>[] = [];
  const ids = new Set<string>();
  parsed.items.forEach((item: unknown, index: number) => {
    const label =
      isObject(item) && typeof item.name === 'string' ? `"${item.name.slice(0, 60)}"` : `number ${index + 1}`;
    if (
      !isObject(item) ||
      typeof item.id !== 'string' ||
      !item.id ||
      item.id.length > MAX_ID ||
      typeof item.name !== 'string'
    ) {
      problems.push(`Dropped saved item ${label}: it has no id or name.`);
      return;
    }
    if (ids.has(item.id)) {
      problems.push(`Dropped saved item ${label}: its id is used twice.`);
      return;
    }
    let data = item.data;
    if (dataVersion < kind.version) {
      try {
        data = kind.migrate ? kind.migrate(data, dataVersion) : data;
      } catch {
        problems.push(`Dropped saved item ${label}: it could not be brought up to date.`);
        return;
      }
    }
    const checked = kind.validate(data);
    if (!checked.ok) {
      problems.push(`Dropped saved item ${label}: ${checked.reason}`);
      return;
    }
    let value = checked.value;
    const name = item.name.slice(0, MAX_NAME);
    if (kind.repair && context !== undefined) {
      const repaired = kind.repair(value, context);
      value = repaired.value;
      for (const note of repaired.notes) problems.push(`In “${name}”, ${note}`);
    }
    ids.add(item.id);
    items.push({ id: item.id, name, updated: cleanTime(item.updated), data: value });
  });
  const deleted: Tombstone[] = [];
  if (Array.isArray(parsed.deleted))
    for (const t of parsed.deleted)
      if (isObject(t) && typeof t.id === 'string' && t.id.length <= MAX_ID && !ids.has(t.id))
        deleted.push({ id: t.id, at: cleanTime(t.at) });
  return { items, deleted: deleted.slice(-MAX_TOMBSTONES), problems, damaged: problems.length > 0 };
}

export function writeCollection<T>(
  kind: SavedKind<T, never> | { version: number },
  state: CollectionState<T>,
): string {
  return JSON.stringify({
    version: SAVED_FORMAT_VERSION,
    dataVersion: kind.version,
    items: state.items,
    deleted: state.deleted.slice(-MAX_TOMBSTONES),
  });
}

/**
 * A change, as the person made it. Changes are kept until written, and applied to the freshly
 * read collection before every write, so a write never overwrites another tab's items.
 */
export type SavedChange<T> =
  | {
      type: 'put';
      item: SavedItem<T>;
      /** The `updated` of the version this change was made from (absent for a new item). */
      base?: string;
    }
  | { type: 'delete'; id: string; at: string };

/**
 * Applies changes by item id and time: a put replaces the stored item unless the stored one is
 * newer and is not the version the change started from; a delete removes the item unless it was
 * changed after, and leaves a tombstone so a stale copy elsewhere cannot bring it back.
 */
export function applyChanges<T>(state: CollectionState<T>, changes: SavedChange<T>[]): CollectionState<T> {
  const items = [...state.items];
  let deleted = [...state.deleted];
  for (const change of changes) {
    const at = items.findIndex((i) => i.id === (change.type === 'put' ? change.item.id : change.id));
    if (change.type === 'put') {
      const { item } = change;
      const tomb = deleted.find((t) => t.id === item.id);
      if (tomb && tomb.at > item.updated) continue;
      deleted = deleted.filter((t) => t.id !== item.id);
      const stored = items[at];
      if (!stored) items.push(item);
      else if (stored.updated <= item.updated || stored.updated === change.base) items[at] = item;
    } else {
      const stored = items[at];
      if (stored && stored.updated > change.at) continue;
      if (stored) items.splice(at, 1);
      deleted = [...deleted.filter((t) => t.id !== change.id), { id: change.id, at: change.at }];
    }
  }
  return { items, deleted: deleted.slice(-MAX_TOMBSTONES) };
}
