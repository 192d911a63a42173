/*
 * `npm run mutate:part -- <part>`: mutation testing of one part of the code (stryker.config.mjs
 * SCOPES) against its own tests, both cores; without a part, the parts are listed.
 */
const { spawnSync } = require("child_process");
const path = require("path");

async function main() {
  const { SCOPE_NAMES } = await import(path.join(__dirname, "..", "stryker.config.mjs"));
  const part = process.argv[2];
  if (!part || !SCOPE_NAMES.includes(part)) {
    console.error(`用法：npm run mutate:part -- <部分>，部分为：${SCOPE_NAMES.join("、")}`);
    process.exit(part ? 2 : 0);
  }
  const stryker = path.join(__dirname, "..", "node_modules", ".bin", "stryker");
  const r = spawnSync(stryker, ["run"], { stdio: "inherit", env: { ...process.env, LUOSHI_MUTATE: part } });
  process.exit(r.status ?? 1);
}

void main();
