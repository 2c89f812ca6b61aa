/** Node-only: reads `data/*.json` and assembles the dataset (with computed links) for the CLI and build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDataset, type DataFile, type LoadResult } from '../domain/dataset';
import { computeSuggestedLinks } from '../domain/suggest/computed-links';

export const DEFAULT_DATA_DIR = join(import.meta.dirname, '..', '..', 'data');

export function readDataFiles(dir = DEFAULT_DATA_DIR): DataFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return { name: relative(process.cwd(), path) || name, text: readFileSync(path, 'utf8') };
    });
}

/** The curated dataset plus the suggestion engine's computed links, as the app and exports see it. */
export function loadFullDataset(dir = DEFAULT_DATA_DIR): LoadResult {
  const result = loadDataset(readDataFiles(dir));
  if (result.problems.length === 0) result.dataset.links.push(...computeSuggestedLinks(result.dataset));
  return result;
}
