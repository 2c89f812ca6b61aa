/**
 * Saved work (person specifications, plans, imported courses) as versioned collections.
 * Reading never throws: corrupt JSON, an old or foreign format and bad items are reported as
 * problems, and every item that can be read is kept.
 */

export const SAVED_FORMAT_VERSION = 1;

export interface SavedItem<T> {
  id: string;
  name: string;
  updated: string;
  data: T;
}

export interface SavedCollection<T> {
  version: typeof SAVED_FORMAT_VERSION;
  items: SavedItem<T>[];
}

export interface ReadResult<T> {
  items: SavedItem<T>[];
  /** Plain-language problems for the person; empty when everything was read. */
  problems: string[];
  /** True when some saved data could not be read, so the raw text is worth offering as a download. */
  lossy: boolean;
}

/** Validates one item's data: returns the data, or a message saying why it was dropped. */
export type ItemValidator<T> = (data: unknown) => { ok: true; value: T } | { ok: false; reason: string };

const isObject = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

export function readCollection<T>(
  raw: string | null,
  validate: ItemValidator<T>,
  what: string,
): ReadResult<T> {
  if (raw === null || raw === '') return { items: [], problems: [], lossy: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      items: [],
      problems: [`Your saved ${what} could not be read (the stored data is damaged).`],
      lossy: true,
    };
  }
  if (!isObject(parsed) || !Array.isArray(parsed.items)) {
    return {
      items: [],
      problems: [`Your saved ${what} are in a format this version does not know.`],
      lossy: true,
    };
  }
  const problems: string[] = [];
  if (parsed.version !== SAVED_FORMAT_VERSION)
    problems.push(
      `Your saved ${what} come from another version (${String(parsed.version)}); read what could be read.`,
    );
  const items: SavedItem<T>[] = [];
  const ids = new Set<string>();
  parsed.items.forEach((item: unknown, index: number) => {
    const label =
      isObject(item) && typeof item.name === 'string' ? `"${item.name.slice(0, 60)}"` : `number ${index + 1}`;
    if (!isObject(item) || typeof item.id !== 'string' || typeof item.name !== 'string') {
      problems.push(`Dropped saved item ${label}: it has no id or name.`);
      return;
    }
    if (ids.has(item.id)) {
      problems.push(`Dropped saved item ${label}: its id is used twice.`);
      return;
    }
    const checked = validate(item.data);
    if (!checked.ok) {
      problems.push(`Dropped saved item ${label}: ${checked.reason}`);
      return;
    }
    ids.add(item.id);
    items.push({
      id: item.id,
      name: item.name.slice(0, 200),
      updated: typeof item.updated === 'string' ? item.updated : new Date(0).toISOString(),
      data: checked.value,
    });
  });
  return { items, problems, lossy: problems.length > 0 };
}

export function writeCollection<T>(items: SavedItem<T>[]): string {
  const collection: SavedCollection<T> = { version: SAVED_FORMAT_VERSION, items };
  return JSON.stringify(collection);
}

export function newId(prefix: string, existing: { id: string }[]): string {
  let n = existing.length + 1;
  while (existing.some((e) => e.id === `${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

/** "Team leader" → "Team leader (copy)", "Team leader (copy 2)" … never clashing. */
export function copyName(name: string, existing: { name: string }[]): string {
  const base = `${name} (copy)`;
  if (!existing.some((e) => e.name === base)) return base;
  let n = 2;
  while (existing.some((e) => e.name === `${name} (copy ${n})`)) n++;
  return `${name} (copy ${n})`;
}
