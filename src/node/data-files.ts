/** Node-only: reads `data/*.json` and assembles the dataset (with computed links) for the CLI and build. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
      return {
        name: relative(process.cwd(), path) || name,
        text: readFileSync(path, 'utf8'),
        modified: statSync(path).mtimeMs,
      };
    });
}

/** The curated dataset plus the suggestion engine's computed links, as the app and exports see it. */
export function loadFullDataset(dir = DEFAULT_DATA_DIR): LoadResult {
  // A folder that is not there, or holds no data file, is said plainly rather than as a stack trace
  // or as an empty dataset that "validates".
  const shown = relative(process.cwd(), dir) || dir;
  const folderProblem = (message: string) => ({
    ...loadDataset([]),
    problems: [{ file: shown, record: '', field: '', message }],
  });
  if (!existsSync(dir)) return folderProblem('there is no data: the folder does not exist');
  if (!statSync(dir).isDirectory()) return folderProblem('there is no data: this is a file, not a folder');
  const files = readDataFiles(dir);
  if (files.length === 0) return folderProblem('there is no data: the folder has no .json data files');
  const result = loadDataset(files);
  if (result.problems.length === 0) result.dataset.links.push(...computeSuggestedLinks(result.dataset));
  return result;
}
