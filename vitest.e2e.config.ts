// End-to-end tests: the built extension in real Chromium and Firefox (needs `npm run build` first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Real browsers on a shared two-core machine: a test that fails once is run once more (a failure that
    // repeats still fails). CI's log names every failed test at its end (scripts/test.mjs, .ci/run).
    retry: 1,
  },
});
