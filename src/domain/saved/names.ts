/** Ids and names for new saved items. Pure. */

/** "spec-4": one more than the highest number used with the prefix (items, deletions, pending). */
export function newId(prefix: string, taken: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix.replace(/[^a-z0-9]/gi, '')}-(\\d{1,9})$`);
  for (const id of taken) {
    const match = pattern.exec(id);
    if (match) max = Math.max(max, Number(match[1]));
  }
  return `${prefix}-${max + 1}`;
}

/** "Team leader" → "Team leader (copy)", "Team leader (copy 2)" … never clashing. */
export function copyName(name: string, existing: { name: string }[]): string {
  const base = `${name} (copy)`;
  if (!existing.some((e) => e.name === base)) return base;
  let n = 2;
  while (existing.some((e) => e.name === `${name} (copy ${n})`)) n++;
  return `${name} (copy ${n})`;
}
