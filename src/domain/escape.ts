/**
 * The one escaping module: text from people or data made safe for each output the app writes.
 * Every writer uses it (Markdown: specification and comparison; CSV: every download; SVG: the
 * graph export). React escapes HTML on screen; `htmlText` is for any HTML written as text.
 */

/**
 * Inline Markdown: one line, and no accidental emphasis, strikethrough, links, images, raw HTML,
 * entities, headings or table pipes ("<img src=x onerror=…>", "[x](javascript:…)",
 * "![](https://remote/pixel.png)" all stay text).
 */
export function markdownText(text: string): string {
  return String(text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#!~&])/g, '\\$1');
}

/** Characters that make a spreadsheet run a cell as a formula (also their full-width forms). */
const FORMULA_START = /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A CSV cell value: text a spreadsheet would run as a formula is prefixed with ' (CSV injection). */
export function csvCell(value: unknown): unknown {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Text or an attribute value in XML or SVG. */
export function xmlText(text: string): string {
  return String(text).replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text or an attribute value in HTML. */
export const htmlText = xmlText;
