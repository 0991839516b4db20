import { defineConfig } from 'vitest/config';

// `npm run mutate` (StrykerJS) runs these tests against each mutant of the code under mutation.
// Only the unit tests of those folders: tests that start processes (the CLI, the bot against
// the stand-in) cannot see a mutant in memory, and the rest would only make each run slower.
export default defineConfig({
  test: {
    include: [
      'tests/corpus/**/*.test.ts',
      'tests/render/**/*.test.ts',
      'tests/commands/**/*.test.ts',
      'tests/bot/**/*.test.ts',
    ],
    isolate: true,
    testTimeout: 60_000,
  },
});
