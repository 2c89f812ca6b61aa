import { defineConfig } from 'vitest/config';

/** Browser tests: the built dist/index.html opened from file:// in headless Chromium. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
