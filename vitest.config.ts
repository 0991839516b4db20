import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Each file loads its own corpus; isolation keeps env overrides (SEEDS_DIR) from leaking.
    isolate: true,
    testTimeout: 30_000,
    // Building several corpora in one beforeAll (the eval sets) outlasts the default 10 s when the
    // two cores are shared with other runs.
    hookTimeout: 60_000,
    // CI also writes a JSON report so .ci/run can print one plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: '.ci/vitest-report.json' }]] : ['default'],
  },
});
