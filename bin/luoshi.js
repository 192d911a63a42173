#!/usr/bin/env node
// The `luoshi` command: runs the compiled CLI (built by `npm ci`/`npm install` in `prepare`).
"use strict";
const path = require("path");
let main;
try {
  main = require(path.join(__dirname, "..", "lib", "src", "cli", "main.js")).main;
} catch (e) {
  if (e && e.code === "MODULE_NOT_FOUND") {
    process.stderr.write("luoshi 尚未编译：请先在项目目录运行 npm ci（或 npm run prepare）。\n");
    process.exit(2);
  }
  throw e;
}
main(process.argv.slice(2)).then((code) => process.exit(code));
