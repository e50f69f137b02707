import { defineConfig } from 'vitest/config';

/** Two projects: fast unit tests beside the code, and tests of the built site (they build once). */
export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['src/tests/**'] } },
      { extends: true, test: { name: 'site', include: ['src/tests/site/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false } },
      { extends: true, test: { name: 'browser', include: ['src/tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000, fileParallelism: false } },
    ],
  },
});
