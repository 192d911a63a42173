/**
 * The spec travels with the code (docs/README.md): comments cite pages of `docs/`, never a file
 * outside the repository; every page they cite exists; every rule id is in docs/rules.md; every
 * list of the catalogue, with its fields, is in docs/lists.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import { RULE_IDS } from "../../src/domain/validate/types";
import { LISTS } from "../../src/domain/lists/catalogue";

const root = join(__dirname, "..", "..");

/** Text files we write (fixtures such as .xlsx are binary and skipped). */
const TEXT = /\.(?:ts|tsx|js|mjs|cjs|json|html|css|md|txt)$/;

function filesUnder(dir: string): string[] {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      if (name === "node_modules") continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (TEXT.test(name)) out.push(relative(root, p));
    }
  };
  walk(abs);
  return out.sort();
}

const read = (file: string): string => readFileSync(join(root, file), "utf8");

const CODE = ["src", "test", "bench", "scripts"].flatMap(filesUnder);
const PAGES = [...filesUnder("docs"), "README.md"];

/**
 * Citations of files outside the repository (the planning notes beside it). Built from parts so
 * that this file does not cite them itself.
 */
const OUTSIDE: readonly { what: string; pattern: RegExp }[] = [
  { what: ["DOMAIN", "md"].join("."), pattern: new RegExp(["DOMAIN", "md"].join("\\.")) },
  { what: ["DESIGN", "md"].join("."), pattern: new RegExp(["DESIGN", "md"].join("\\.")) },
  { what: ["..", "shared"].join("/"), pattern: new RegExp(["\\.\\.", "shared"].join("/")) },
  { what: ["research", ""].join("/"), pattern: new RegExp(["\\bresearch", "(?=\\w)"].join("/")) },
  { what: ["research", "§"].join(" "), pattern: new RegExp(["research", "§"].join(" ")) },
];

/** Every `path:line: text` where a pattern occurs in the files. */
function occurrences(files: readonly string[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const file of files) {
    read(file).split("\n").forEach((line, i) => {
      if (pattern.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return hits;
}

describe("docs: the spec is in the repository", () => {
  it("finds the code and the pages it checks", () => {
    expect(CODE.length).toBeGreaterThan(50);
    expect(CODE).toContain("test/unit/docs.test.ts");
    expect(PAGES).toContain("docs/README.md");
  });

  it.each(OUTSIDE.map((o) => [o.what, o.pattern] as const))("no file under src/, test/, bench/, scripts/ cites %s", (_what, pattern) => {
    expect(occurrences(CODE, pattern)).toEqual([]);
  });

  it.each(OUTSIDE.map((o) => [o.what, o.pattern] as const))("no page of docs/ (or the README) cites %s", (_what, pattern) => {
    expect(occurrences(PAGES, pattern)).toEqual([]);
  });

  it("every docs/ page cited under src/, test/, bench/, scripts/ exists", () => {
    const missing: string[] = [];
    for (const file of CODE) {
      for (const [, page] of read(file).matchAll(/\bdocs\/([\p{L}\p{N}_.-]+\.md)\b/gu)) {
        if (!existsSync(join(root, "docs", page))) missing.push(`${file}: docs/${page}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("every page linked from docs/README.md exists, and every page of docs/ is listed there", () => {
    const index = read("docs/README.md");
    const linked = [...index.matchAll(/\]\(([\p{L}\p{N}_.-]+\.md)\)/gu)].map(([, page]) => page);
    expect(linked.filter((page) => !existsSync(join(root, "docs", page)))).toEqual([]);
    const pages = readdirSync(join(root, "docs")).filter((name) => name.endsWith(".md") && name !== "README.md");
    expect(pages.filter((page) => !linked.includes(page))).toEqual([]);
  });
});

describe("docs: rule ids and lists", () => {
  const rules = read("docs/rules.md");

  it.each(RULE_IDS)("docs/rules.md defines %s", (id) => {
    expect(rules).toContain(`\`${id}\``);
  });

  const lists = read("docs/lists.md");

  it.each(LISTS.map((l) => [l.name, l] as const))("docs/lists.md describes %s: its id, columns and fields", (_name, list) => {
    expect(lists).toContain(list.name);
    expect(lists).toContain(`\`${list.id}\``);
    const absent = list.columns
      .filter((c) => c.kind !== "month")
      .flatMap((c) => [c.name, `\`${c.field}\``])
      .filter((text) => !lists.includes(text));
    expect(absent).toEqual([]);
  });
});
