import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

export default defineConfig({
  root: resolve(import.meta.dirname, 'baseline'),
  base: './',
  resolve: { alias: { '@bundle': resolve(process.env.ATLAS_BUNDLE ?? 'src/generated/bundle.json') } },
  json: { stringify: true },
  plugins: [react(), viteSingleFile({ removeViteModuleLoader: true })],
  build: {
    outDir: process.env.ATLAS_OUT_DIR ?? resolve('bench/out/baseline'),
    emptyOutDir: true,
    reportCompressedSize: false,
  },
  logLevel: 'warn',
});
