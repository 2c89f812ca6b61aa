/**
 * Vite plugin: the data bundle, split (see splitBundle in src/domain/bundle.ts). `@bundle` is the
 * lean part the first screen needs, parsed at start-up from its own `<script type="application/json">`
 * block (JSON.parse of a block costs far less than compiling the same data as a string inside the
 * script, which V8 scans and keeps); the cited passages and the outcome and
 * correction texts go into blocks of the page too, which the app parses on first use.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { LAZY_BLOCKS, LEAN_BLOCK, splitBundle } from '../src/domain/bundle.ts';
import type { DataBundle } from '../src/domain/bundle.ts';

const MODULE = '\0atlas-bundle';

/** JSON safe inside a <script> element: no "</script" or "<!--" can end or bend it. */
const scriptSafe = (json: string) => json.replace(/</g, '\\u003c');

export function lazyData(bundleFile: string): Plugin {
  let split: ReturnType<typeof splitBundle> | undefined;
  const load = () => (split ??= splitBundle(JSON.parse(readFileSync(bundleFile, 'utf8')) as DataBundle));
  return {
    name: 'atlas-lazy-data',
    resolveId: (id) => (id === '@bundle' ? MODULE : undefined),
    load(id) {
      if (id !== MODULE) return undefined;
      this.addWatchFile(bundleFile);
      return `export default JSON.parse(document.getElementById(${JSON.stringify(LEAN_BLOCK)}).textContent);`;
    },
    transformIndexHtml: () => [
      {
        tag: 'script',
        attrs: { type: 'application/json', id: LEAN_BLOCK },
        children: scriptSafe(JSON.stringify(load().lean)),
        injectTo: 'body' as const,
      },
      ...(Object.keys(LAZY_BLOCKS) as (keyof typeof LAZY_BLOCKS)[]).map((block) => ({
        tag: 'script',
        attrs: { type: 'application/json', id: LAZY_BLOCKS[block] },
        children: scriptSafe(JSON.stringify(load().blocks[block] ?? null)),
        injectTo: 'body' as const,
      })),
    ],
  };
}
