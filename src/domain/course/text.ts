/** Cleaning the text of a cell: titles on one line, descriptions and outcomes keeping their lines. */
import { MAX_MODULE_TEXT } from './model';

export function cleanText(s: string): string {
  // Control characters never belong in a title; newlines inside quoted cells become spaces.
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Description and outcomes keep their line breaks (outcomes are often one per line). */
export function cleanParagraphs(s: string): string {
  const kept = s.length > MAX_MODULE_TEXT * 2 ? s.slice(0, MAX_MODULE_TEXT * 2) : s;
  const text = kept
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n[\n ]*/g, '\n')
    .trim();
  return text.length > MAX_MODULE_TEXT ? `${text.slice(0, MAX_MODULE_TEXT - 1)}…` : text;
}
