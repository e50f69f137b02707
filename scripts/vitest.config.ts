import { defineConfig } from 'vitest/config';
import { clientBundles } from '../src/integrations/client-bundles.ts';

/** Three projects: fast unit tests beside the code; tests of the built site and real-browser tests (they read the build suite's dist/ and build variants of their own, one file at a time). */
export default defineConfig({
  // Modules that import the browser scripts as shipped (`?bundle`) load as in a build.
  plugins: [clientBundles()],
  test: {
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'], exclude: ['src/tests/**'] } },
      { extends: true, test: { name: 'site', include: ['src/tests/site/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 600_000, fileParallelism: false } },
      { extends: true, test: { name: 'browser', include: ['src/tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000, fileParallelism: false } },
    ],
  },
});
