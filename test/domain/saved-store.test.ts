import { describe, expect, it } from 'vitest';
import {
  createSavedStore,
  QUARANTINE_KEY,
  readCollection,
  SAVED_KINDS,
  type ItemValidator,
  type SavedKind,
  type SavedStore,
} from '../../src/domain/saved';
import { loadFullDataset } from '../../src/node/data-files';
import { FakeStorage } from '../support/fake-storage';

interface Note {
  text: string;
}
const validateNote: ItemValidator<Note> = (data) =>
  data && typeof data === 'object' && typeof (data as Note).text === 'string'
    ? { ok: true, value: { text: (data as Note).text } }
    : { ok: false, reason: 'it has no text.' };
const noteKind: SavedKind<Note> = {
  id: 'note',
  key: 'test.note',
  what: 'notes',
  version: 1,
  validate: validateNote,
};
type Kinds = { note: Note };

let clock = Date.parse('2026-01-01T00:00:00Z');
const tick = () => new Date((clock += 1000)).toISOString();

/** A tab: a store over the shared storage that hears the other tabs' writes. */
function openTab(shared: FakeStorage): SavedStore<Kinds> {
  const tab: { store?: SavedStore<Kinds> } = {};
  const storage = shared.tab((key) => tab.store?.externalChange(key));
  tab.store = createSavedStore<Kinds>({ storage, kinds: { note: noteKind }, now: tick });
  return tab.store;
}
/** A tab that does not hear the others (events not yet delivered): the worst case for merging. */
function deafTab(shared: FakeStorage): SavedStore<Kinds> {
  return createSavedStore<Kinds>({ storage: shared, kinds: { note: noteKind }, now: tick });
}
const names = (store: SavedStore<Kinds>) =>
  store
    .snapshot('note')
    .items.map((i) => i.name)
    .sort();
const stored = (shared: FakeStorage, key = 'test.note') => JSON.parse(shared.map.get(key)!);

describe('saved-work store: two tabs on one storage', () => {
  it('tab A saves two, tab B saves one: storage and both tabs end with all three', () => {
    const shared = new FakeStorage();
    const a = openTab(shared);
    const b = openTab(shared);
    a.create('note', 'A1', { text: '1' });
    a.create('note', 'A2', { text: '2' });
    b.create('note', 'B1', { text: '3' });
    expect(
      stored(shared)
        .items.map((i: { name: string }) => i.name)
        .sort(),
    ).toEqual(['A1', 'A2', 'B1']);
    expect(names(a)).toEqual(['A1', 'A2', 'B1']);
    expect(names(b)).toEqual(['A1', 'A2', 'B1']);
    // Ids never clash, though both tabs created items.
    expect(new Set(a.snapshot('note').items.map((i) => i.id)).size).toBe(3);
  });

  it('a tab that missed the events still merges: it re-reads before writing', () => {
    const shared = new FakeStorage();
    const a = deafTab(shared);
    const b = deafTab(shared);
    a.create('note', 'A1', { text: '1' });
    a.create('note', 'A2', { text: '2' });
    b.create('note', 'B1', { text: '3' });
    expect(names(b)).toEqual(['A1', 'A2', 'B1']);
    const before = a.snapshot('note').items.length;
    a.externalChange('test.note');
    expect(before).toBe(2);
    expect(names(a)).toEqual(['A1', 'A2', 'B1']);
  });

  it('a deletion in one tab is not undone by a stale copy in another', () => {
    const shared = new FakeStorage();
    const a = deafTab(shared);
    const first = a.create('note', 'Keep', { text: 'k' });
    const gone = a.create('note', 'Gone', { text: 'g' });
    const b = deafTab(shared); // has both
    a.remove('note', gone.id);
    b.update('note', first.id, { text: 'changed in B' });
    const items = stored(shared).items as { name: string; data: Note }[];
    expect(items.map((i) => i.name)).toEqual(['Keep']);
    expect(items[0]!.data.text).toBe('changed in B');
  });

  it('the same item changed in two tabs keeps the later change, not the last writer blindly', () => {
    const shared = new FakeStorage();
    const a = deafTab(shared);
    const item = a.create('note', 'Shared', { text: 'v1' });
    const b = deafTab(shared);
    b.update('note', item.id, { text: 'from B' }); // later in time than A's create
    a.rename('note', item.id, 'Renamed in A'); // later still, made from v1: wins as the newer change
    expect(stored(shared).items[0]).toMatchObject({ name: 'Renamed in A' });
    // A change stamped earlier than the stored one does not overwrite it.
    const older = createSavedStore<Kinds>({
      storage: shared,
      kinds: { note: noteKind },
      now: () => '2020-01-01T00:00:00.000Z',
    });
    shared.setItem(
      'test.note',
      JSON.stringify({
        version: 2,
        items: [{ id: item.id, name: 'Newest', updated: '2030-01-01T00:00:00.000Z', data: { text: 'n' } }],
      }),
    );
    older.create('note', 'Other', { text: 'o' });
    expect(stored(shared).items.map((i: { name: string }) => i.name)).toEqual(['Newest', 'Other']);
  });
});

describe('saved-work store: full or blocked storage', () => {
  it('a full quota is told, the item is shown as unsaved, and saved on retry once there is room', () => {
    const shared = new FakeStorage();
    const store = openTab(shared);
    store.create('note', 'Small', { text: 'x' });
    shared.quota = (shared.map.get('test.note')?.length ?? 0) + 40;
    const big = store.create('note', 'Big', { text: 'y'.repeat(500) });
    const snap = store.snapshot('note');
    expect(snap.items.map((i) => i.name)).toEqual(['Small', 'Big']);
    expect(snap.unsaved).toEqual([big.id]);
    expect(snap.problems.join(' ')).toMatch(/Could not save “Big”: this browser's storage is full/);
    expect(stored(shared).items).toHaveLength(1);
    shared.quota = Infinity;
    store.retry('note');
    expect(store.snapshot('note').unsaved).toEqual([]);
    expect(stored(shared).items.map((i: { name: string }) => i.name)).toEqual(['Small', 'Big']);
  });

  it('storage refused by the browser: works for the page and says it will not be kept', () => {
    const store = createSavedStore<Kinds>({ storage: null, kinds: { note: noteKind }, now: tick });
    store.create('note', 'Only here', { text: 'x' });
    expect(names(store)).toEqual(['Only here']);
    expect(store.snapshot('note').problems[0]).toBe(
      'Saving is not available in this browser; your notes will not be kept.',
    );
  });

  it('storage that throws on access does not crash', () => {
    const shared = new FakeStorage();
    shared.blocked = true;
    const store = createSavedStore<Kinds>({ storage: shared, kinds: { note: noteKind }, now: tick });
    expect(() => store.create('note', 'x', { text: 'x' })).not.toThrow();
    expect(store.snapshot('note').unsaved).toHaveLength(1);
    expect(store.snapshot('note').problems.join(' ')).toMatch(/blocked/);
  });
});

describe('saved-work store: the quarantine', () => {
  it('corrupt JSON goes to the quarantine before anything is written over it', () => {
    const shared = new FakeStorage();
    shared.setItem('test.note', '{"version":2,"items":[{oops');
    const store = openTab(shared);
    expect(store.snapshot('note').problems).toEqual([
      'Your saved notes could not be read (the stored data is damaged).',
    ]);
    expect(store.snapshot('note').problemEntries.map((e) => e.raw)).toEqual(['{"version":2,"items":[{oops']);
    store.create('note', 'New', { text: 'n' });
    expect(stored(shared).items.map((i: { name: string }) => i.name)).toEqual(['New']);
    expect(stored(shared, QUARANTINE_KEY).entries.map((e: { raw: string }) => e.raw)).toEqual([
      '{"version":2,"items":[{oops',
    ]);
  });

  it('survives Dismiss and later damage; two damage events give two entries; deleted only when asked', () => {
    const shared = new FakeStorage();
    const good = { id: 'note-1', name: 'Good', updated: '2026-01-01T00:00:00.000Z', data: { text: 'g' } };
    const first = JSON.stringify({ version: 2, items: [good, { id: 'note-2', name: 'Bad one', data: {} }] });
    shared.setItem('test.note', first);
    const store = openTab(shared);
    expect(store.snapshot('note').problems).toEqual(['Dropped saved item "Bad one": it has no text.']);
    expect(names(store)).toEqual(['Good']);
    store.dismissProblems('note');
    expect(store.snapshot('note').problems).toEqual([]);
    expect(store.quarantine()).toHaveLength(1);
    store.create('note', 'Later', { text: 'l' }); // rewrites the key without the bad item

    // Later damage, written by "another tab".
    const second = JSON.stringify({
      version: 2,
      items: [{ id: 'note-9', name: 'Bad two', data: { text: 7 } }],
    });
    shared.setItem('test.note', second);
    store.externalChange('test.note');
    expect(store.snapshot('note').problems).toEqual(['Dropped saved item "Bad two": it has no text.']);
    expect(store.quarantine().map((e) => e.raw)).toEqual([first, second]);
    store.dismissProblems('note');
    // A fresh page load still sees both.
    const reopened = openTab(shared);
    expect(reopened.quarantine().map((e) => e.raw)).toEqual([first, second]);
    // Reading the same text again does not add it twice.
    reopened.externalChange('test.note');
    expect(reopened.quarantine()).toHaveLength(2);

    reopened.deleteFromQuarantine(reopened.quarantine()[0]!.id);
    expect(reopened.quarantine().map((e) => e.raw)).toEqual([second]);
    // Deleting the entry whose text is still stored replaces that text with what could be read.
    reopened.deleteFromQuarantine(reopened.quarantine()[0]!.id);
    expect(reopened.quarantine()).toEqual([]);
    expect(shared.map.has(QUARANTINE_KEY)).toBe(false);
    expect(stored(shared).items).toEqual([]);
    expect(openTab(shared).snapshot('note').problems).toEqual([]);
  });

  it('a damaged quarantine is kept as an entry, never overwritten', () => {
    const shared = new FakeStorage();
    shared.setItem(QUARANTINE_KEY, 'not json at all');
    shared.setItem('test.note', '[1,2');
    const store = openTab(shared);
    expect(store.quarantine().map((e) => e.raw)).toEqual(['not json at all', '[1,2']);
    expect(
      openTab(shared)
        .quarantine()
        .map((e) => e.raw),
    ).toEqual(['not json at all', '[1,2']);
  });

  it('when the unreadable text cannot be kept aside (full), the key is not written over', () => {
    const shared = new FakeStorage();
    const damaged = '{"version":2,"items":[' + 'x'.repeat(200);
    shared.setItem('test.note', damaged);
    shared.quota = damaged.length + 'test.note'.length + 10;
    const store = openTab(shared);
    store.create('note', 'New', { text: 'n' });
    expect(shared.map.get('test.note')).toBe(damaged);
    expect(store.snapshot('note').unsaved).toHaveLength(1);
    expect(store.snapshot('note').problems.join(' ')).toMatch(/Could not keep the unreadable notes aside/);
    // The person can still download it (it is listed) and delete it, after which saving works.
    expect(store.quarantine().map((e) => e.raw)).toEqual([damaged]);
    shared.quota = Infinity;
    store.deleteFromQuarantine(store.quarantine()[0]!.id);
    expect(stored(shared).items.map((i: { name: string }) => i.name)).toEqual(['New']);
  });
});

describe('saved-work store: versions and migration', () => {
  const { dataset } = loadFullDataset();

  it('reads format 1 under the current keys, and keeps every item when writing format 2', () => {
    const shared = new FakeStorage();
    const v1 = {
      version: 1,
      items: [
        {
          id: 'spec-1',
          name: 'Team leader',
          updated: '2025-05-01T10:00:00.000Z',
          data: { level: 'L3', optionalUnits: ['nos:D7'] },
        },
        {
          id: 'spec-2',
          name: 'Manager',
          updated: '2025-05-02T10:00:00.000Z',
          data: { level: 'L4', optionalUnits: [] },
        },
      ],
    };
    shared.setItem('standards-atlas.spec', JSON.stringify(v1));
    shared.setItem(
      'standards-atlas.plan',
      JSON.stringify({
        version: 1,
        items: [
          {
            id: 'plan-1',
            name: 'P',
            updated: '2025-01-01T00:00:00.000Z',
            data: { ruleSet: 'ilm-8605-award', units: ['ilm:8605-400'] },
          },
        ],
      }),
    );
    const store = createSavedStore({ storage: shared, kinds: SAVED_KINDS, context: dataset, now: tick });
    expect(store.snapshot('spec').problems).toEqual([]);
    expect(store.snapshot('spec').items.map((i) => i.name)).toEqual(['Team leader', 'Manager']);
    expect(store.snapshot('plan').items[0]!.data.units).toEqual(['ilm:8605-400']);
    expect(store.quarantine()).toEqual([]);
    const created = store.create('spec', 'New', { level: 'L2', optionalUnits: [] });
    expect(created.id).toBe('spec-3');
    const written = stored(shared, 'standards-atlas.spec');
    expect(written.version).toBe(2);
    expect(written.items.slice(0, 2)).toEqual(v1.items);
  });

  it('an unknown version is read as far as possible, told, and kept aside as it was', () => {
    const shared = new FakeStorage();
    const old = JSON.stringify({ version: 0, items: [{ id: 'note-1', name: 'Old', data: { text: 'o' } }] });
    shared.setItem('test.note', old);
    const store = openTab(shared);
    expect(store.snapshot('note').problems).toEqual([
      'Your saved notes come from another version (0); read what could be read.',
    ]);
    expect(names(store)).toEqual(['Old']);
    expect(store.quarantine().map((e) => e.raw)).toEqual([old]);
  });

  it('a kind at data version 2 migrates items saved at version 1 before validating them', () => {
    const shared = new FakeStorage();
    shared.setItem(
      'test.note',
      JSON.stringify({ version: 1, items: [{ id: 'note-1', name: 'Old', data: 'just text' }] }),
    );
    const v2: SavedKind<Note> = {
      ...noteKind,
      version: 2,
      migrate: (data, from) => (from === 1 && typeof data === 'string' ? { text: data } : data),
    };
    const store = createSavedStore<Kinds>({ storage: shared, kinds: { note: v2 }, now: tick });
    expect(store.snapshot('note').items[0]!.data).toEqual({ text: 'just text' });
    expect(store.snapshot('note').problems).toEqual([]);
    store.rename('note', 'note-1', 'Migrated');
    expect(stored(shared)).toMatchObject({
      version: 2,
      dataVersion: 2,
      items: [{ name: 'Migrated', data: { text: 'just text' } }],
    });
  });

  it('a specification naming a unit the dataset no longer has is repaired, told and kept aside', () => {
    const result = readCollection(
      JSON.stringify({
        version: 1,
        items: [
          { id: 'spec-3', name: 'Partly', data: { level: 'L4', optionalUnits: ['nos:A2', 'nos:ZZ9'] } },
        ],
      }),
      SAVED_KINDS.spec,
      dataset,
    );
    expect(result.problems).toEqual(['In “Partly”, left out nos:ZZ9 (not a NOS unit in this dataset).']);
    expect(result.items[0]!.data.optionalUnits).toEqual(['nos:A2']);
    expect(result.damaged).toBe(true);
  });
});
