import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { resolve } from 'node:path';
import { cspScriptHashes } from './scripts/csp-plugin.ts';
import { slimCytoscape } from './scripts/slim-cytoscape.ts';

// One self-contained dist/index.html: every script, style and the data bundle inlined,
// so the app opens from file:// (a CD or USB stick) with no server and no network.
export default defineConfig({
  base: './',
  // The data bundle written by scripts/build-data.ts; ATLAS_BUNDLE swaps in a synthetic one for benchmarks.
  resolve: { alias: { '@bundle': resolve(process.env.ATLAS_BUNDLE ?? 'src/generated/bundle.json') } },
  json: { stringify: true },
  plugins: [slimCytoscape(), react(), viteSingleFile({ removeViteModuleLoader: true }), cspScriptHashes()],
  build: {
    outDir: process.env.ATLAS_OUT_DIR ?? 'dist',
    target: 'es2022',
    assetsInlineLimit: Number.MAX_SAFE_INTEGER,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    reportCompressedSize: false,
  },
});
