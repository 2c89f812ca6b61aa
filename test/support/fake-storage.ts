/**
 * A fake Web Storage shared by several "tabs" (stores): a quota in characters, writes that can be
 * made to fail, and `storage` events delivered to the other tabs as a browser does.
 */
import type { StorageLike } from '../../src/domain/saved';

export class FakeStorage implements StorageLike {
  readonly map = new Map<string, string>();
  /** Characters (keys + values) the storage holds before QuotaExceededError; Infinity by default. */
  quota = Infinity;
  /** Throws a SecurityError on every access, as a browser that refuses storage does. */
  blocked = false;
  private tabs: { key: string | null; notify: (key: string | null) => void }[] = [];

  getItem(key: string): string | null {
    if (this.blocked) throw Object.assign(new Error('blocked'), { name: 'SecurityError' });
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.blocked) throw Object.assign(new Error('blocked'), { name: 'SecurityError' });
    const used = [...this.map].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota)
      throw Object.assign(new Error('The quota has been exceeded.'), {
        name: 'QuotaExceededError',
        code: 22,
      });
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }

  /** A view of this storage for one tab: its writes raise `storage` events in the other tabs. */
  tab(onEvent: (key: string | null) => void): StorageLike {
    const me = { key: null, notify: onEvent };
    this.tabs.push(me);
    const others = () => this.tabs.filter((t) => t !== me);
    return {
      getItem: (k) => this.getItem(k),
      setItem: (k, v) => {
        const before = this.map.get(k);
        this.setItem(k, v);
        if (before !== v) for (const t of others()) t.notify(k);
      },
      removeItem: (k) => {
        this.removeItem(k);
        for (const t of others()) t.notify(k);
      },
    };
  }
}
