import { defineConfig } from 'vitest/config';

// `npm run mutate` (StrykerJS) runs these tests against each mutant of the code under mutation.
// Only the unit tests of those folders: tests that start processes (the CLI, the bot against
// the stand-in) cannot see a mutant in memory, and the rest would only make each run slower.
export default defineConfig({
  test: {
    // The commands' tests are left out: each reruns whole commands on the seeds (property tests
    // included), which made a run take hours; the code under mutation has tests of its own.
    include: ['tests/corpus/**/*.test.ts', 'tests/render/**/*.test.ts', 'tests/bot/**/*.test.ts'],
    // Mutants are switched on at run time, so modules may stay loaded between runs: loading the
    // seeds' language data once per worker rather than once per file and mutant.
    isolate: false,
    testTimeout: 60_000,
  },
});
