// Mutation testing (StrykerJS): `npm run mutate`; reports in reports/mutation/ (html, json, text).
// Only the domain rules and the features are mutated; the tests are the ones `npm test` runs
// (jest.config.js: unit, contract, UI, manifest). The browser tests (jest.browser.config.js) never
// run under Stryker.
//
// One part at a time, each against its own tests: `npm run mutate:progress-time` (and the other
// parts of SCOPES below); `npm run mutate` alone does every part against every test (hours). The
// whole of src/domain/progress (861 mutants) took about 70 minutes on the 2-core development
// machine (~4 s of Jest per mutant), so the folders are cut in parts of about 400 mutants or fewer.
//
// @ts-check
import { readdirSync, readFileSync } from "node:fs";

/**
 * Test files that pick their environment in a docblock (`@jest-environment jsdom`: the UI and
 * manifest tests). Such a file bypasses the environment Stryker gives Jest to measure which test
 * covers which mutant, and the initial run fails; they are left out under Stryker (they test the
 * pane, not the domain's rules).
 */
function docblockEnvironmentTests() {
  return readdirSync("test", { recursive: true, encoding: "utf8" })
    .filter((f) => /\.test\.tsx?$/.test(f) && readFileSync(`test/${f}`, "utf8").slice(0, 1000).includes("@jest-environment"))
    .map((f) => `/test/${f.replace(/\\/g, "/")}$`.replace(/\./g, "\\."));
}

/**
 * Parts of the code mutated one at a time, each against its own tests (`npm run mutate:<part>`),
 * each small enough (about 400 mutants or fewer, ~2 s a mutant on two cores) to finish within
 * 30 minutes on the development machine.
 */
const PROGRESS_TESTS = ["<rootDir>/test/unit/progress-*.test.ts"];
const VALIDATE_TESTS = ["<rootDir>/test/unit/validate-*.test.ts"];
const FEATURE_TESTS = ["<rootDir>/test/unit/*-feature.test.ts", "<rootDir>/test/unit/*cli*.test.ts"];
const SCOPES = {
  "progress-time": { mutate: ["src/domain/progress/{days,elapsed,stages,status,judge}.ts"], tests: PROGRESS_TESTS },
  "progress-sheet": { mutate: ["src/domain/progress/{aggregate,progress,rowCells,messages}.ts"], tests: PROGRESS_TESTS },
  "validate-rules": { mutate: ["src/domain/validate/rules/**/*.ts"], tests: VALIDATE_TESTS },
  "validate-core": { mutate: ["src/domain/validate/*.ts"], tests: VALIDATE_TESTS },
  "features-ledger": { mutate: ["src/features/{inspect,validate,standardize,progress,stageCheck,template,sheets,input,marks,outcome,settings}.ts"], tests: FEATURE_TESTS },
  "features-county": { mutate: ["src/features/{merge,rank,rankingList,letters,gb2312}.ts"], tests: [...FEATURE_TESTS, "<rootDir>/test/unit/letters-*.test.ts", "<rootDir>/test/unit/rank*.test.ts", "<rootDir>/test/unit/merge-*.test.ts"] },
};
const part = process.env.LUOSHI_MUTATE ?? "";
const scope = SCOPES[part];
const report = scope ? part : "mutation";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    // Each mutant runs only the tests that import its file (--findRelatedTests). jest.config.js
    // roots Jest at test/ only, so Jest would not see the src/ files in between (a test imports
    // validate.ts, which imports rules/x.ts) and a rule's mutants would run no test at all and
    // "survive". With src/ as a root too the same test files run (src/ has none) and the imports
    // are followed.
    config: {
      roots: ["<rootDir>/test", "<rootDir>/src"],
      testPathIgnorePatterns: ["/test/e2e/", ...docblockEnvironmentTests()],
      ...(scope && { testMatch: scope.tests }),
      // Fewer cases per property under Stryker (test/stryker.setup.ts): each mutant reruns them.
      setupFilesAfterEnv: ["<rootDir>/test/setup.ts", "<rootDir>/test/stryker.setup.ts"],
    },
    enableFindRelatedTests: true,
  },
  coverageAnalysis: "perTest",
  mutate: [
    ...(scope ? scope.mutate : ["src/domain/validate/**/*.ts", "src/domain/progress/**/*.ts", "src/features/**/*.ts"]),
    // Barrels (re-exports only) and the type files (types plus a few constant lists) have no
    // behaviour of their own to mutate.
    "!src/**/index.ts",
    "!src/**/types.ts",
  ],
  // A mutant in a module-level constant (the rule catalogue, the status list) is only executed
  // while the module loads, so Stryker would have to rerun every test for each one.
  ignoreStatic: true,
  reporters: ["html", "clear-text", "json", "progress"],
  htmlReporter: { fileName: `reports/mutation/${report}.html` },
  jsonReporter: { fileName: `reports/mutation/${report}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  // The machine has two cores: a folder's run takes both (under 30 minutes); the whole run,
  // hours long, leaves one for other work.
  concurrency: scope ? 2 : 1,
  // Added to 1.5 × the test's normal time; generous because the CPU is shared.
  timeoutMS: 10000,
  dryRunTimeoutMinutes: 20,
  // Build output is not copied into the sandbox (lib/ is: the CLI tests run bin/luoshi.js).
  ignorePatterns: ["dist", "test-output", "coverage"],
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  tsconfigFile: "tsconfig.json",
};
export default config;
