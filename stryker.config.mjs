// Mutation testing (StrykerJS): `npm run mutate`; reports in reports/mutation/ (html, json, text).
// Only the domain rules and the features are mutated; the tests are the ones `npm test` runs
// (jest.config.js: unit, contract, UI, manifest). The browser tests (jest.browser.config.js) never
// run under Stryker.
//
// One folder at a time is cheaper, e.g.:
//   npx stryker run --mutate 'src/domain/validate/**/*.ts,src/domain/progress/**/*.ts,!src/**/index.ts,!src/**/types.ts'
//
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    enableFindRelatedTests: true,
  },
  coverageAnalysis: "perTest",
  mutate: [
    "src/domain/validate/**/*.ts",
    "src/domain/progress/**/*.ts",
    "src/features/**/*.ts",
    // Barrels (re-exports only) and the type files (types plus a few constant lists) have no
    // behaviour of their own to mutate.
    "!src/**/index.ts",
    "!src/**/types.ts",
  ],
  // A mutant in a module-level constant (the rule catalogue, the status list) is only executed
  // while the module loads, so Stryker would have to rerun every test for each one.
  ignoreStatic: true,
  reporters: ["html", "clear-text", "json", "progress"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The machine has two cores shared with other work: one test runner at a time.
  concurrency: 1,
  // Added to 1.5 × the test's normal time; generous because the CPU is shared.
  timeoutMS: 10000,
  dryRunTimeoutMinutes: 20,
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  tsconfigFile: "tsconfig.json",
};
export default config;
