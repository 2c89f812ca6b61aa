import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

/** The floor page (bench/floor/), with the opening screen's elements written by bench/startup.ts. */
export default defineConfig({
  root: resolve(import.meta.dirname, 'floor'),
  base: './',
  resolve: {
    alias: { '@floor': resolve(process.env.ATLAS_FLOOR_ELEMENTS ?? 'bench/out/floor-elements.json') },
  },
  json: { stringify: true },
  plugins: [viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: process.env.ATLAS_OUT_DIR ?? resolve('bench/out/floor'),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
