/** How many lines a correction's original text runs over in its document. */
import type { Correction } from '../model';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** How far ahead to look for the next line of a correction's original text (blank lines, repeated headers). */
const SPAN_LOOKAHEAD = 4;

/**
 * How many lines, from `start`, a correction's original text runs over in the document: each line of
 * the original is looked for (whitespace-insensitively) a few lines after the previous one.
 */
export function correctionSpan(
  correction: Pick<Correction, 'original'>,
  start: number,
  lineAt: (n: number) => string | undefined,
): number {
  const wanted = correction.original.split('\n').map(squash).filter(Boolean);
  let next = start;
  let end = start;
  for (const text of wanted) {
    let found = -1;
    for (let n = next; n < next + SPAN_LOOKAHEAD; n++) {
      const line = lineAt(n);
      if (line === undefined) break;
      if (squash(line).includes(text)) {
        found = n;
        break;
      }
    }
    if (found < 0) break;
    end = found;
    next = found + 1;
  }
  return end - start + 1;
}
