// Mutation testing (StrykerJS): `npm run mutate`; reports in reports/mutation/ (html, json, text).
// Only the domain rules and the features are mutated; the tests are the ones `npm test` runs
// (jest.config.js: unit, contract, UI, manifest). The browser tests (jest.browser.config.js) never
// run under Stryker.
//
// One part at a time, each against its own tests: `npm run mutate:part -- progress-time` (the
// parts are SCOPES below); `npm run mutate` alone does every part against every test (hours). The
// whole of src/domain/progress (861 mutants) took about 70 minutes on the 2-core development
// machine, so the folders are cut in parts of about 350 mutants or fewer.
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
 * Parts of the code mutated one at a time, each against its own tests (`npm run mutate:part -- <part>`,
 * scripts/mutate.js, sets LUOSHI_MUTATE), each of about 350 mutants or fewer (roughly one per
 * line of code) so that it finishes within 30 minutes on the 2-core development machine.
 */
const PROGRESS_TESTS = ["<rootDir>/test/unit/progress-*.test.ts"];
const VALIDATE_TESTS = ["<rootDir>/test/unit/validate-*.test.ts"];
const FEATURE_TESTS = ["<rootDir>/test/unit/*-feature.test.ts", "<rootDir>/test/unit/*cli*.test.ts"];
const COUNTY_TESTS = [...FEATURE_TESTS, "<rootDir>/test/unit/letters-*.test.ts", "<rootDir>/test/unit/rank*.test.ts", "<rootDir>/test/unit/merge-*.test.ts"];
const files = (dir, names) => [`${dir}/{${names.join(",")}}.ts`];
const SCOPES = {
  "progress-time": { mutate: files("src/domain/progress", ["days", "elapsed", "stages", "status", "judge"]), tests: PROGRESS_TESTS },
  "progress-rows": { mutate: files("src/domain/progress", ["rowCells", "progress"]), tests: PROGRESS_TESTS },
  "progress-units": { mutate: files("src/domain/progress", ["aggregate", "messages"]), tests: PROGRESS_TESTS },
  "validate-rules-a": {
    mutate: files("src/domain/validate/rules", ["boilerplate-measures", "formula-error", "vague-goal", "missing-item", "blank-row", "missing-column", "ongoing-without-milestones", "deadline-unreadable"]),
    tests: VALIDATE_TESTS,
  },
  "validate-rules-b": {
    mutate: files("src/domain/validate/rules", ["duplicate-row", "goal-repeats-task", "deadlineGroups", "owner-not-person", "merged-cells", "annual-without-monthly-plan", "deadline-outside-year"]),
    tests: VALIDATE_TESTS,
  },
  "validate-context": { mutate: files("src/domain/validate", ["context", "draft"]), tests: VALIDATE_TESTS },
  "validate-cells": { mutate: files("src/domain/validate", ["cellReader", "cells", "settings", "stages", "template"]), tests: VALIDATE_TESTS },
  "validate-core": { mutate: files("src/domain/validate", ["validate", "catalogue"]), tests: VALIDATE_TESTS },
  "features-check": { mutate: files("src/features", ["inspect", "validate", "sheets", "outcome"]), tests: FEATURE_TESTS },
  "features-write": { mutate: files("src/features", ["standardize", "template", "input", "marks", "settings"]), tests: FEATURE_TESTS },
  "features-progress": { mutate: files("src/features", ["progress", "stageCheck"]), tests: FEATURE_TESTS },
  "features-merge": { mutate: files("src/features", ["merge", "rank", "rankingList"]), tests: COUNTY_TESTS },
  "features-letters": { mutate: files("src/features", ["letters", "gb2312"]), tests: COUNTY_TESTS },
};
/** The parts' names, for scripts/mutate.js. */
export const SCOPE_NAMES = Object.keys(SCOPES);
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
