/*
 * `node scripts/dependencies.js` writes docs/dependencies.md from package-lock.json: every package
 * that ships (the production dependency tree: what the browser bundle, the add-in and the CLI
 * carry), with its version, its licence and what it is for (a direct dependency's purpose; for the
 * others, which direct dependency needs them). `licenceProblems()` is what the test
 * (test/unit/dependencies.test.ts) checks: a licence outside MIT, ISC, BSD and Apache-2.0 fails
 * unless it is one of the reviewed ones below, with the reason it is fine.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "docs", "dependencies.md");

/** The licences any shipped package may have. */
const ALLOWED = new Set(["MIT", "ISC", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0"]);

/** Licences reviewed one by one: the package (name@version) and why it may ship. */
const REVIEWED = {
  "tslib@2.9.1": "0BSD: BSD without the attribution clause, more permissive than BSD-2-Clause.",
  "chainsaw@0.1.0": "MIT/X11 is the MIT licence under its older name.",
  "jszip@3.10.2": "Dual-licensed MIT or GPL-3.0-or-later: used under MIT.",
  "pako@1.0.11": "MIT and Zlib (the zlib port's own permissive licence); both allow shipping with the notice kept.",
  "big-integer@1.6.52": "Unlicense: a public-domain dedication; used by ExcelJS's Node reader (unzipper).",
  "graceful-fs@4.2.12": "BlueOak-1.0.0: a permissive licence (like MIT, with a patent grant); Node only, via ExcelJS's reader.",
  "buffers@0.1.1": "No licence declared in the package (substack's node-buffers); Node only, used by ExcelJS's reader (unzipper) in the CLI, never in the browser bundle. To be replaced when ExcelJS drops it.",
};

/** What each direct dependency is for. */
const PURPOSE = {
  "@fluentui/react-components": "the task pane's controls (Fluent UI v9)",
  "@fluentui/react-icons": "the task pane's icons",
  "@tanstack/react-virtual": "the browser edition's sheet: which rows and columns are in view (docs/workspace.md)",
  "chinese-days": "China's public holidays and 调休 days, for the working-day time basis",
  docx: "the letters as .docx (GB/T 9704)",
  exceljs: "reading and writing .xlsx (the browser edition and the CLI)",
  jszip: "the letters as a .zip of .docx, the open files as one .zip, and the .docx paragraph fix-up",
  react: "the task pane",
  "react-dom": "the task pane",
};

function lock() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
}

/** The shipped packages: name, version, licence, and the direct dependencies that bring them. */
function shipped() {
  const { packages } = lock();
  const direct = Object.keys(packages[""].dependencies ?? {});
  const byPath = new Map(Object.entries(packages).filter(([p, v]) => p !== "" && !v.dev));
  const nameOf = (p) => p.slice(p.lastIndexOf("node_modules/") + "node_modules/".length);
  /** The lock path a dependency `name` resolves to from the package at `from` (Node's lookup up the tree). */
  const resolve = (from, name) => {
    let base = from;
    for (;;) {
      const candidate = `${base ? base + "/" : ""}node_modules/${name}`;
      if (byPath.has(candidate)) return candidate;
      if (!base) return undefined;
      const i = base.lastIndexOf("/node_modules/");
      base = i < 0 ? "" : base.slice(0, i);
    }
  };
  const via = new Map();
  for (const top of direct) {
    const start = resolve("", top);
    const seen = new Set();
    const stack = start ? [start] : [];
    while (stack.length) {
      const p = stack.pop();
      if (seen.has(p)) continue;
      seen.add(p);
      if (!via.has(p)) via.set(p, new Set());
      via.get(p).add(top);
      const deps = { ...(byPath.get(p).dependencies ?? {}), ...(byPath.get(p).optionalDependencies ?? {}) };
      for (const d of Object.keys(deps)) {
        const r = resolve(p, d);
        if (r) stack.push(r);
      }
    }
  }
  return [...via.entries()]
    .map(([p, tops]) => {
      const v = byPath.get(p);
      let licence = v.license;
      if (!licence) {
        const meta = JSON.parse(fs.readFileSync(path.join(ROOT, p, "package.json"), "utf8"));
        licence = meta.license ?? (meta.licenses ?? []).map((l) => l.type).join(" OR ") ?? "";
      }
      return { name: nameOf(p), version: v.version, licence: licence || "(none declared)", direct: direct.includes(nameOf(p)) && !p.includes("/node_modules/", 1), via: [...tops].sort() };
    })
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** Shipped packages whose licence is neither allowed nor reviewed: `name@version licence`. */
function licenceProblems(list = shipped()) {
  return list
    .filter((d) => !ALLOWED.has(d.licence) && !(`${d.name}@${d.version}` in REVIEWED))
    .map((d) => `${d.name}@${d.version} ${d.licence}`);
}

/** docs/dependencies.md as text. */
function dependenciesMarkdown() {
  const list = shipped();
  const lines = [
    "# Shipped dependencies",
    "",
    "Generated by `node scripts/dependencies.js` from `package-lock.json`; do not edit by hand.",
    "Every package of the production dependency tree (what the browser edition, the add-in and the",
    `CLI carry): ${list.length} packages. Licences allowed: ${[...ALLOWED].join(", ")}; the others are`,
    "reviewed one by one below, and `test/unit/dependencies.test.ts` fails on any other.",
    "",
    "## Reviewed licences",
    "",
    "| package | licence | why it may ship |",
    "|---|---|---|",
    ...list.filter((d) => `${d.name}@${d.version}` in REVIEWED).map((d) => `| ${d.name} ${d.version} | ${d.licence} | ${REVIEWED[`${d.name}@${d.version}`]} |`),
    "",
    "## All packages",
    "",
    "| package | version | licence | for |",
    "|---|---|---|---|",
    ...list.map((d) => `| ${d.name} | ${d.version} | ${d.licence} | ${d.direct ? PURPOSE[d.name] ?? "" : `needed by ${d.via.join(", ")}`} |`),
    "",
  ];
  return lines.join("\n");
}

if (require.main === module) {
  fs.writeFileSync(OUT, dependenciesMarkdown());
  console.log(`docs/dependencies.md: ${shipped().length} packages`);
  const problems = licenceProblems();
  if (problems.length) {
    console.error(`Licences not allowed: ${problems.join("; ")}`);
    process.exit(1);
  }
}

module.exports = { shipped, licenceProblems, dependenciesMarkdown, ALLOWED, REVIEWED };
