/** Unit, contract, UI and manifest tests: `npm test`, Node only. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // The pane's suites render the whole Fluent UI tree: on a busy two-core machine one test can
  // take several seconds. Behaviour is asserted, not time (figures belong in npm run bench).
  testTimeout: 30_000,
};
