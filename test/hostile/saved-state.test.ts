/**
 * Hostile saved state: whatever is in localStorage under our keys (another program's data, an old
 * or future format, damage, attacks), the store opens, keeps what it can read, sets the rest aside
 * in the quarantine exactly as it was, and never throws.
 */
import { describe, expect, it } from 'vitest';
import { createSavedStore, QUARANTINE_KEY, SAVED_KINDS } from '../../src/domain/saved';
import { loadFullDataset } from '../../src/node/data-files';
import { FakeStorage } from '../support/fake-storage';

const { dataset } = loadFullDataset();
const SPEC_KEY = SAVED_KINDS.spec.key;
const goodSpec = {
  id: 'spec-1',
  name: 'Kept',
  updated: '2026-01-01T00:00:00.000Z',
  data: { level: 'L4', optionalUnits: [] },
};

const HOSTILE_VALUES: [string, string][] = [
  ['not JSON', '{not json'],
  ['an empty string', ''],
  ['JSON null', 'null'],
  ['a bare number', '42'],
  ['an array instead of a collection', '[1,2,3]'],
  ['a future format version', JSON.stringify({ version: 99, items: [goodSpec] })],
  ['items that is not an array', JSON.stringify({ version: 2, items: { a: 1 } })],
  [
    'a __proto__ item',
    `{"version":2,"items":[{"__proto__":{"polluted":true},"id":"x","name":"n","updated":"2026-01-01T00:00:00.000Z","data":{}}]}`,
  ],
  [
    'a constructor key in the data',
    JSON.stringify({
      version: 2,
      items: [{ ...goodSpec, id: 'spec-2', data: { constructor: { prototype: { polluted: true } } } }],
    }),
  ],
  ['an item with a wrong type of id', JSON.stringify({ version: 2, items: [{ ...goodSpec, id: 7 }] })],
  [
    'an item with a level that does not exist',
    JSON.stringify({
      version: 2,
      items: [{ ...goodSpec, id: 'spec-3', data: { level: 'L9', optionalUnits: [] } }],
    }),
  ],
  [
    'an item naming a unit that does not exist',
    JSON.stringify({
      version: 2,
      items: [{ ...goodSpec, id: 'spec-4', data: { level: 'L4', optionalUnits: ['nos:Z99'] } }],
    }),
  ],
  [
    'a million-character name',
    JSON.stringify({ version: 2, items: [{ ...goodSpec, id: 'spec-5', name: 'n'.repeat(1_000_000) }] }),
  ],
  [
    'ten thousand items',
    JSON.stringify({
      version: 2,
      items: Array.from({ length: 10_000 }, (_, i) => ({ ...goodSpec, id: `spec-${i + 10}` })),
    }),
  ],
  [
    'a script in a name',
    JSON.stringify({
      version: 2,
      items: [{ ...goodSpec, id: 'spec-6', name: '<img src=x onerror=alert(1)>' }],
    }),
  ],
];

describe('hostile saved state is read without a crash, and nothing unreadable is lost', () => {
  for (const [attack, value] of HOSTILE_VALUES) {
    it(`${attack}: the store opens and keeps the raw text if it cannot read it`, () => {
      const storage = new FakeStorage();
      storage.setItem(SPEC_KEY, value);
      const store = createSavedStore({ storage, kinds: SAVED_KINDS, context: dataset });
      const snapshot = store.snapshot('spec');
      expect(Array.isArray(snapshot.items)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const quarantined = JSON.stringify(store.quarantine());
      const readAll = snapshot.items.length > 0 && snapshot.problems.length === 0;
      // Either everything was read, or what was not is told and kept aside.
      if (!readAll && value !== '' && value !== 'null') {
        expect(snapshot.problems.length + store.quarantine().length).toBeGreaterThan(0);
      }
      // A new item can still be saved, and the stored text stays readable.
      store.create('spec', 'After', { level: 'L3', optionalUnits: [] });
      expect(store.snapshot('spec').items.some((i) => i.name === 'After')).toBe(true);
      expect(() => JSON.parse(storage.getItem(SPEC_KEY)!)).not.toThrow();
      // What was set aside before the save is still there after it.
      for (const entry of JSON.parse(quarantined) as unknown[])
        expect(JSON.stringify(store.quarantine())).toContain(JSON.stringify(entry).slice(1, 60));
    });
  }

  it('a damaged quarantine itself is not overwritten', () => {
    const storage = new FakeStorage();
    storage.setItem(QUARANTINE_KEY, '{damaged');
    storage.setItem(SPEC_KEY, '{also damaged');
    const store = createSavedStore({ storage, kinds: SAVED_KINDS, context: dataset });
    expect(store.snapshot('spec').items).toEqual([]);
    expect(storage.getItem(QUARANTINE_KEY)).toContain('{damaged');
  });
});
