import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file loads its own corpus; isolation keeps env overrides (SEEDS_DIR) from leaking.
    isolate: true,
    testTimeout: 30_000,
  },
});
