/**
 * Node-only: reads the repository's copies of the five source documents (`sources/*.txt`), so the
 * build can ship the cited passages as evidence. Never reads outside the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_DOCUMENTS } from '../domain/vocabulary';

export const DEFAULT_SOURCES_DIR = join(import.meta.dirname, '..', '..', 'sources');

export interface SourceTexts {
  /** Document file name → full text, for every document found. */
  texts: Record<string, string>;
  /** Documents that were not found in the folder. */
  missing: string[];
}

export function readSourceTexts(dir = DEFAULT_SOURCES_DIR): SourceTexts {
  const texts: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of Object.values(SOURCE_DOCUMENTS)) {
    const path = join(dir, name);
    if (existsSync(path)) texts[name] = readFileSync(path, 'utf8');
    else missing.push(name);
  }
  return { texts, missing };
}
