/** The shapes shared by the saved-work store: items, validators, kinds, storage, quarantine. */

/** The part of the Web Storage API the store uses; tests pass a fake, the app passes localStorage. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** One saved thing (a specification, a plan, a course …): `data` is the kind's own shape. */
export interface SavedItem<T> {
  id: string;
  name: string;
  /** ISO time of the last change; merges keep the newer version of an item. */
  updated: string;
  data: T;
}

/**
 * Validates one item's data as read back from storage (it may be old, edited or damaged):
 * returns the clean data, or a reason in a person's words ("its level "L9" is not one of L2–L5.").
 */
export type ItemValidator<T> = (data: unknown) => { ok: true; value: T } | { ok: false; reason: string };

/** What was repaired in an item that could still be read, for a notice ("left out nos:ZZ9 (…)"). */
export interface Repair<T> {
  value: T;
  notes: string[];
}

/**
 * A kind of saved item. See index.ts for how to register one. `Ctx` is what `repair` may consult
 * (the app passes the dataset).
 */
export interface SavedKind<T, Ctx = unknown> {
  /** Short id: also the prefix of item ids ("spec-3") and the kind in compare links ("spec:spec-3"). */
  id: string;
  /** The localStorage key, named here once. */
  key: string;
  /** Plural noun for messages: "specifications". */
  what: string;
  /** Version of the item data's shape. Start at 1; raise it when the shape changes. */
  version: number;
  validate: ItemValidator<T>;
  /**
   * Brings item data saved at an older data version (`from`, 1 ≤ from < version) up to `version`,
   * before it is validated. Needed once `version` > 1. May throw: the item is then quarantined.
   */
  migrate?: (data: unknown, from: number) => unknown;
  /** Drops what the current context no longer knows (e.g. a unit gone from the dataset). */
  repair?: (value: T, context: Ctx) => Repair<T>;
}

/** Unreadable saved data, kept aside until the person deletes it. */
export interface QuarantineEntry {
  id: string;
  /** The kind it was found under ("spec"), or "quarantine" for a damaged quarantine. */
  kind: string;
  /** The storage key it was read from. */
  key: string;
  /** ISO time it was found. */
  found: string;
  /** Why, in a person's words. */
  reasons: string[];
  /** The stored text exactly as it was. */
  raw: string;
}
