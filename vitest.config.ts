import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A forgotten `.only` must fail CI rather than silently skip the rest of the suite.
    allowOnly: false,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
