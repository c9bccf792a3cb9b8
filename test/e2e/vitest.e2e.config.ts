/**
 * The browser tests' own config (`npm run test:browser`): the main config leaves them out
 * because they need Chromium and a built demo page. They are the demo's test (test/e2e/) and
 * the Playwright example's (examples/playwright/), which runs as its README shows.
 */
import { defineConfig } from 'vitest/config';
import { sourceAliases } from '../../examples/source-aliases.js';

export default defineConfig({
  // The example imports the package by name, as users do; here it is the sources.
  resolve: { alias: sourceAliases },
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['test/e2e/**/*.e2e.test.ts', 'examples/**/*.e2e.test.ts'],
    // A forgotten `.only` must fail rather than silently skip the rest.
    allowOnly: false,
    // One browser at a time: two on a busy two-core CI machine would only slow each other down.
    fileParallelism: false,
    // Bounded, but generous: a cold Chromium start and a service worker install take seconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
