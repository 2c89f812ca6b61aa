/**
 * The top-level keys of a JSON object text, in order and with repeats: `JSON.parse` keeps only the
 * last of two equal keys, so a section written twice in one data file would silently lose the
 * first. Call it on text that `JSON.parse` accepted; it only walks the outer object.
 */
export function topLevelKeys(text: string): string[] {
  const keys: string[] = [];
  if (!/^\s*\{/.test(text)) return keys;
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      if (depth === 1 && expectKey) {
        keys.push(JSON.parse(text.slice(start, i + 1)) as string);
        expectKey = false;
      }
    } else if (c === '{' || c === '[') {
      depth++;
      if (depth === 1 && c === '{') expectKey = true;
    } else if (c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 1) expectKey = true;
  }
  return keys;
}

/** Keys that occur more than once, each once, in order of their second occurrence. */
export function repeatedKeys(keys: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const key of keys) (seen.has(key) ? repeated : seen).add(key);
  return [...repeated];
}
