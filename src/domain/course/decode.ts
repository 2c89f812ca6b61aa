/** A course file's bytes: the size limit, and bytes → text in the encodings spreadsheets save. */
export const MAX_COURSE_BYTES = 2 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A file too large to import, as a message for the person; undefined when the size is fine. */
export function sizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_COURSE_BYTES) return undefined;
  return `The file is ${formatBytes(bytes)}; the largest course file Standards Atlas imports is ${formatBytes(MAX_COURSE_BYTES)}. A course table is usually a few KB: check it is the right file, or split it.`;
}

/**
 * Which half of each 16-bit unit is zero in the first bytes, if one clearly is: text saved as UTF-16
 * without a byte-order mark ("Unicode text" in older spreadsheets) is mostly ASCII, so one byte of
 * each pair is 0.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 1000) & ~1;
  if (n < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Bytes → text. UTF-8 with or without a byte-order mark; UTF-16 little- or big-endian with a
 * byte-order mark (what Excel's "Unicode text" saves), or without one when the bytes plainly are;
 * a file that is none of these is read as Windows-1252 (what older spreadsheets save), with a warning.
 */
export function decodeCourseBytes(bytes: Uint8Array): { text: string; warning?: string } {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes) }; // the decoder drops the mark
  const unmarked = utf16WithoutMark(bytes);
  if (unmarked)
    return {
      text: new TextDecoder(unmarked).decode(bytes),
      warning: `The file looks like UTF-16 (${unmarked === 'utf-16le' ? 'little' : 'big'}-endian) without a byte-order mark; it was read as such. Check the titles, or save the file as "CSV UTF-8".`,
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      warning:
        'The file is not UTF-8; it was read as Windows-1252. Check accented letters, or save the file as "CSV UTF-8".',
    };
  }
}
