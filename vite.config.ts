import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { resolve } from 'node:path';
import { bootFirst } from './scripts/boot-first-plugin.ts';
import { cspScriptHashes, devServerPage } from './scripts/csp-plugin.ts';
import { lazyData } from './scripts/lazy-data-plugin.ts';
import { slimCytoscape } from './scripts/slim-cytoscape.ts';

// One self-contained dist/index.html: every script, style and the data bundle inlined,
// so the app opens from file:// (a CD or USB stick) with no server and no network.
export default defineConfig({
  base: './',
  json: { stringify: true },
  plugins: [
    // The data bundle written by scripts/build-data.ts, split into what the first screen needs and
    // page blocks read on first use; ATLAS_BUNDLE swaps in a synthetic one for benchmarks.
    lazyData(resolve(process.env.ATLAS_BUNDLE ?? 'src/generated/bundle.json')),
    slimCytoscape(),
    react(),
    // Without its recommended config, which would keep the app in one chunk: see boot-first-plugin.ts.
    viteSingleFile({ removeViteModuleLoader: true, useRecommendedBuildConfig: false }),
    ...bootFirst(),
    cspScriptHashes(),
    devServerPage(),
  ],
  // The dev server scans only the app's page, not the bench pages; cytoscape's ES sources
  // (scripts/slim-cytoscape.ts) import the CommonJS heap, which it must pre-bundle.
  optimizeDeps: { entries: ['index.html'], include: ['heap'] },
  build: {
    outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
    target: 'es2022',
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
    // Inlined scripts: there is nothing to preload, so the preload polyfill is dead weight.
    modulePreload: false,
  },
});
