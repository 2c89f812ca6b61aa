/**
 * Issue 12: "The single file stays within 350 KB gzip". Measured as `npm run bench` does: gzip
 * level 9 of the built dist/index.html. Here with the browser tests because it needs the build.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST_FILE } from './browser';

const html = readFileSync(DIST_FILE);

describe('the single file', () => {
  it('is at most 350 KB (358,400 bytes) gzipped', () => {
    expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(350 * 1024);
  });

  it('carries no data-file validation: zod stays in the build and the CLI', () => {
    // zod names its error class at run time; the page has no use for it (see eslint.config.js).
    expect(html.toString('utf8').includes('ZodError'), 'zod is in the page').toBe(false);
  });
});
