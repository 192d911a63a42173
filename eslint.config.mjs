// ESLint: typescript-eslint for all code, Office.js rules (eslint-plugin-office-addins) for the
// code that talks to Excel, and a no-restricted-imports wall that keeps src/domain pure.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const edgeModules = [
  "exceljs", "docx", "react", "react-dom", "react/*", "@fluentui/*", "chinese-days",
  "fs", "path", "os", "node:*", "child_process", "http", "https", "zlib", "stream", "buffer",
];

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "test-output/", "coverage/", "reports/", ".stryker-tmp/", "**/*.js", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,mjs}"],
    languageOptions: { globals: { console: "readonly", process: "readonly", window: "readonly", document: "readonly" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/workbook/officejs/**/*.ts", "src/commands/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
  {
    // The edges (pane, ribbon, CLI) translate input and render outcomes; a use case's work is
    // done by its function in src/features (docs/decisions.md "One entry per use case"). They may
    // read the domain's types, tables and display helpers, never its computing entry points.
    files: ["src/cli/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{
          group: [
            "**/domain/recognize/recognize", "**/domain/validate/validate", "**/domain/validate/rules/*", "**/domain/progress/progress",
            "**/domain/progress/aggregate", "**/domain/standardize", "**/domain/standardize/standardize", "**/domain/parse/*", "**/render/*",
          ],
          message: "Edges call a use case in src/features; they do not do its work with the domain or the renderers.",
          allowTypeImports: true,
        }],
      }],
    },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ group: edgeModules, message: "src/domain is pure: no Office, ExcelJS, docx, React, DOM or Node imports. Move host code to an adapter." }],
      }],
      "no-restricted-globals": ["error",
        { name: "Office", message: "src/domain is pure: no Office.js." },
        { name: "Excel", message: "src/domain is pure: no Office.js." },
        { name: "document", message: "src/domain is pure: no DOM." },
        { name: "window", message: "src/domain is pure: no DOM." },
      ],
    },
  },
);
