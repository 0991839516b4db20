// `npm run mutate`: StrykerJS changes the code under `mutate` one small bug at a time and runs the
// unit tests of vitest.mutate.config.ts against each; a mutant that no test notices is a rule no
// test pins. Not part of `npm test`: it takes several minutes on two cores. The survivors are
// listed in reports/mutation/mutation.html.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: ['src/corpus/**/*.ts', 'src/render/**/*.ts', 'src/bot/secrets.ts', 'src/bot/operator-errors.ts'],
  coverageAnalysis: 'perTest',
  // Mutants of module-level constants (the regexes, the word lists) would rerun every test each:
  // days on two cores. Their rules are pinned by the table tests instead.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  thresholds: { high: 80, low: 60, break: null },
};
