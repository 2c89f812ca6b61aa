/**
 * Suggestions for many texts (every row of an imported course) without freezing the page: the
 * work is cut into slices of at most `sliceMs`, and between slices control goes back to the
 * caller's `yieldToPage` (in the page: a macrotask, so typing and clicks are handled). Pure apart
 * from the clock and the yield, which the caller passes in.
 */
import type { Suggestion, SuggestionEngine, SuggestOptions } from './engine';

export interface BatchOptions extends SuggestOptions {
  /** Longest stretch of work between two yields. */
  sliceMs?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Called after each slice with how many texts are done. */
  onProgress?: (done: number, total: number) => void;
  /** Set `cancelled = true` to stop after the current text (e.g. the import was replaced). */
  signal?: { cancelled: boolean };
}

export interface BatchTiming {
  slices: number;
  /** The longest slice: the longest the page went without handling input. */
  longestSliceMs: number;
}

export const DEFAULT_SLICE_MS = 12;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function suggestAll(
  engine: SuggestionEngine,
  texts: string[],
  options: BatchOptions = {},
): Promise<{ results: Suggestion[][]; timing: BatchTiming }> {
  const { sliceMs = DEFAULT_SLICE_MS, now = () => performance.now(), yieldToPage = macrotask } = options;
  const results: Suggestion[][] = [];
  const timing: BatchTiming = { slices: 0, longestSliceMs: 0 };
  let i = 0;
  while (i < texts.length && !options.signal?.cancelled) {
    const start = now();
    do {
      results.push(engine.suggest(texts[i]!, options));
      i++;
    } while (i < texts.length && now() - start < sliceMs);
    timing.slices++;
    timing.longestSliceMs = Math.max(timing.longestSliceMs, now() - start);
    options.onProgress?.(i, texts.length);
    if (i < texts.length) await yieldToPage();
  }
  return { results, timing };
}
