/**
 * Vite plugins: the graph first, the app after (issue 14, start-up at the floor). The build splits
 * the code at main.tsx's `import('./ui/mount')`: the entry chunk (cytoscape, the lean data, the
 * scene: what boot.ts needs) and the app chunk (React and every view). In the single file the
 * entry runs as a plain script straight after the lean data block, so the graph is built while
 * the parser has not yet reached the rest of the page; the app chunk comes last, as text, and runs
 * once the page is parsed and the booted graph painted, mounting React over it. The two chunks
 * share modules through one object on `globalThis` (the entry's exports), as the browser cannot
 * import between inline scripts.
 */
import type { Plugin, Rollup } from 'vite';
import { LEAN_BLOCK } from '../src/domain/bundle.ts';

const SHARED = 'globalThis.__atlasShared';
const READY = 'globalThis.__atlasAppReady';
/** The page block holding the app chunk's code until it runs. */
const APP_BLOCK = 'atlas-app';

/**
 * The entry's promise of the app chunk. Once the page is parsed and the browser has painted a
 * frame (the booted graph), the code of the app block runs as a script of its own (its text is
 * the block's, so its hash is in the page's Content-Security-Policy); in a hidden tab, which
 * paints no frames, after at most 200 ms.
 */
const LOADER = `var __atlasApp = new Promise(function (resolve) {
  ${READY} = resolve;
  var started = false;
  function run() {
    if (started) return;
    started = true;
    var script = document.createElement('script');
    script.textContent = document.getElementById('${APP_BLOCK}').textContent;
    document.body.appendChild(script);
  }
  function afterPaint() {
    requestAnimationFrame(function () { setTimeout(run, 0); });
    setTimeout(run, 200);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint, { once: true });
  else afterPaint();
});
`;

/** A chunk's file name as the other chunk imports it (both are written to one folder). */
const base = (fileName: string) => fileName.slice(fileName.lastIndexOf('/') + 1);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A property name as short as it can be written. */
const key = (name: string) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** `a as b, c` → [["a", "b"], ["c", "c"]] (local name, exported name). */
function specifiers(list: string): [string, string][] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const [local, exported] = s.split(/\s+as\s+/) as [string, string?];
      return [local, exported ?? local];
    });
}

/** A chunk as the body of a plain (non-module) script: strict, scoped, no `import.meta`. */
function plainScript(code: string, attributes = ''): string {
  const body = code.replace(/\bimport\.meta\b/g, '({ url: document.baseURI })');
  return `<script${attributes}>(function(){"use strict";\n${body.replace(/<(\/script>|!--)/g, '\\x3C$1')}\n})();</script>`;
}

export function bootFirst(): Plugin[] {
  let app: string | undefined;
  return [
    {
      name: 'atlas-boot-first:split',
      apply: 'build',
      // Late (after vite's CSS plugin has gathered every chunk's styles into the one stylesheet),
      // but before vite-plugin-singlefile, a 'post' plugin, inlines the entry.
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const chunks = Object.values(bundle).filter((c): c is Rollup.OutputChunk => c.type === 'chunk');
          const entry = chunks.find((c) => c.isEntry);
          const later = chunks.filter((c) => c.isDynamicEntry);
          if (!entry || later.length !== 1) {
            if (later.length) this.error(`boot-first expects one app chunk, found ${later.length}`);
            return;
          }
          const chunk = later[0]!;
          const exports = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(entry.code);
          const imports = new RegExp(
            `import\\s*\\{([^}]*)\\}\\s*from\\s*["'\`]\\./${escape(base(entry.fileName))}["'\`];?`,
          ).exec(chunk.code);
          const own = /export\s*\{([^}]*)\}\s*;?\s*$/.exec(chunk.code);
          const load = new RegExp(`import\\(\\s*["'\`]\\./${escape(base(chunk.fileName))}["'\`]\\s*\\)`);
          if (!load.test(entry.code) || !own)
            this.error('boot-first: the app chunk is not loaded as expected');
          const shared = exports
            ? `${SHARED} = { ${specifiers(exports[1]!)
                .map(([local, name]) => `${key(name)}: ${local}`)
                .join(', ')} };`
            : '';
          entry.code =
            LOADER +
            (exports ? entry.code.slice(0, exports.index) + shared : entry.code).replace(load, '__atlasApp');
          const head = imports
            ? `const { ${specifiers(imports[1]!)
                .map(([name, local]) => `${key(name)}: ${local}`)
                .join(', ')} } = ${SHARED};\n`
            : '';
          const rest = imports ? chunk.code.replace(imports[0], '') : chunk.code;
          const ready = `${READY}({ ${specifiers(own![1]!)
            .map(([local, name]) => `${key(name)}: ${local}`)
            .join(', ')} });`;
          app = head + rest.slice(0, rest.lastIndexOf(own![0])) + ready;
          // vite-plugin-singlefile deletes the chunk's file once it has inlined the page's scripts.
        },
      },
    },
    {
      name: 'atlas-boot-first:place',
      apply: 'build',
      enforce: 'post',
      // After vite-plugin-singlefile has inlined the entry into the page's head.
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          if (app === undefined) return;
          const html = Object.values(bundle).find(
            (a): a is Rollup.OutputAsset => a.type === 'asset' && a.fileName.endsWith('.html'),
          );
          if (!html) return;
          let page = String(html.source);
          const script = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(page);
          const lean = new RegExp(
            `<script type="application/json" id="${LEAN_BLOCK}">[\\s\\S]*?</script>`,
          ).exec(page);
          if (!script || !lean)
            return this.error('boot-first: no inlined entry or lean data block in the page');
          // The entry's code was escaped for a script element by the inliner already.
          const entry = `<script>(function(){"use strict";\n${script[1]!.replace(/\bimport\.meta\b/g, '({ url: document.baseURI })')}\n})();</script>`;
          page = page.replace(script[0], '');
          page = page.replace(lean[0], () => lean[0] + entry);
          // The last </body>: the scripts before it may spell one in a string (printed documents).
          const end = page.lastIndexOf('</body>');
          const block = plainScript(app!, ` type="text/plain" id="${APP_BLOCK}"`);
          page = `${page.slice(0, end)}${block}\n${page.slice(end)}`;
          html.source = page;
        },
      },
    },
  ];
}
