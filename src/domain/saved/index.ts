/**
 * Saved work (person specifications, plans, imported courses, and any kind registered in
 * kinds.ts): one store over an injected Storage, a versioned format with migration, merging by
 * item id and time across tabs, a quarantine for anything unreadable. Pure: no React, no DOM.
 *
 * types.ts       items, validators, kinds, quarantine entries
 * collection.ts  reading/writing one kind's stored text; applying changes by id and time
 * quarantine.ts  the quarantine's stored text
 * names.ts       new ids and copy names
 * store-api.ts   the store's interface and options; the Storage it falls back to
 * store.ts       the store
 * kinds.ts       the registry of kinds and their keys (how to add a kind is explained there)
 */
export * from './types';
export * from './collection';
export * from './names';
export * from './quarantine';
export * from './store-api';
export * from './store';
export * from './kinds';
