/**
 * Vite plugin: after the single file is written, pin its inline scripts in the
 * Content-Security-Policy by SHA-256 hash instead of allowing any inline script.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export function cspScriptHashes(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'csp-script-hashes',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle() {
      const file = join(resolve(config.root, config.build.outDir), 'index.html');
      const html = readFileSync(file, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`,
      );
      if (hashes.length === 0) return;
      writeFileSync(file, html.replace("script-src 'unsafe-inline'", `script-src ${hashes.join(' ')}`));
    },
  };
}

/**
 * Vite plugin for `npm run dev` only. The dev server loads the app as module scripts from itself
 * and talks to it over a websocket, which the page's policy forbids: the dev page goes without it
 * (the built file keeps its strict policy). Cytoscape's ES sources (scripts/slim-cytoscape.ts) read
 * `process.env.NODE_ENV` and `VERSION`, which only the build replaces.
 */
export function devServerPage(): Plugin {
  return {
    name: 'dev-server-page',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
    transform(code, id) {
      if (!id.includes('/node_modules/cytoscape/src/') || !code.includes('process.env.')) return null;
      return code
        .replaceAll('process.env.NODE_ENV', '"development"')
        .replaceAll('process.env.VERSION', '"dev"');
    },
  };
}
