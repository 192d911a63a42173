/**
 * The message catalogue (src/messages): well-formed templates, no copied sentences, no area
 * shadowing another's id, no sentence left outside the catalogue, no dead id.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { CATALOGUE, fill, placeholdersOf, say } from "../../src/messages";

const ROOT = join(__dirname, "..", "..");
const SRC = join(ROOT, "src");
const AREAS = join(SRC, "messages", "zh-CN");

/** Every .ts/.tsx file under `dir`, as a path relative to the repository (with `/`). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(name) && !name.endsWith(".d.ts")) out.push(relative(ROOT, path).split("\\").join("/"));
  }
  return out.sort();
}

const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

const entries = Object.entries(CATALOGUE) as [string, string][];

describe("templates", () => {
  test("placeholders are well-formed: `{name}` only, no stray, nested or empty braces", () => {
    const bad = entries.filter(([, t]) => /[{}]/.test(t.replace(/\{[A-Za-z][A-Za-z0-9]*\}/g, ""))).map(([id]) => id);
    expect(bad).toEqual([]);
  });

  test("fill throws on a missing parameter, naming it", () => {
    const withParams = entries.filter(([, t]) => placeholdersOf(t).length > 0);
    expect(withParams.length).toBeGreaterThan(50);
    for (const [, template] of withParams) {
      const [first, ...rest] = placeholdersOf(template);
      const allButFirst = Object.fromEntries(rest.map((p) => [p, "x"]));
      expect(() => fill(template, allButFirst)).toThrow(`{${first}}`);
      const all = Object.fromEntries(placeholdersOf(template).map((p) => [p, "x"]));
      expect(fill(template, all)).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*\}/);
    }
  });

  test("say fills by id and keeps the sentence as written", () => {
    expect(say("recognize.emptySheet", { sheet: "Sheet1" })).toBe("工作表“Sheet1”是空的：没有任何内容。请在表中填写清单，或切换到有数据的工作表。");
    expect(say("sheets.template.blankDate", { year: 2023 })).toBe("2023年   月   日");
    expect(say("sheets.checkDate", { checkDate: "2023-06-30", basis: "B" })).toBe("检查日期：2023-06-30\u3000B");
  });
});

/**
 * A sentence (sentence punctuation, or ten characters or more besides its placeholders) is said
 * by one id: a second id with the same words (whitespace aside) is a copy that will drift.
 * Labels — a button, a column heading, a sheet name (`工作表`, `进度分析`, `第{row}行`) — may
 * repeat across areas: each surface names its own things and may be worded apart later.
 */
const SHARED_SENTENCES: Readonly<Record<string, string>> = {
  // none yet: add `template: reason` when two surfaces must say the same sentence by two ids.
};

test("no sentence is in the catalogue twice (whitespace aside)", () => {
  const isSentence = (t: string): boolean => /[。；！？]/.test(t) || [...t.replace(/\{[A-Za-z0-9]+\}/g, "")].length >= 10;
  const byWords = new Map<string, string[]>();
  for (const [id, template] of entries) {
    if (!isSentence(template)) continue;
    const words = template.replace(/\s/gu, "");
    byWords.set(words, [...(byWords.get(words) ?? []), id]);
  }
  const copies = [...byWords].filter(([words, ids]) => ids.length > 1 && !(words in SHARED_SENTENCES)).map(([, ids]) => ids.join(" = "));
  expect(copies).toEqual([]);
});

/** The ids an area file declares: the property names of its exported object literals. */
function declaredIds(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const ids: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && (ts.isStringLiteral(node.name) || ts.isIdentifier(node.name))) ids.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ids;
}

test("every area file's ids reach the catalogue: none shadows another's", () => {
  const files = sourceFiles(AREAS).filter((f) => !f.endsWith("/index.ts"));
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const file of files) {
    for (const id of declaredIds(file)) {
      const other = seen.get(id);
      if (other !== undefined) twice.push(`${id}: ${other}, ${file}`);
      seen.set(id, file);
    }
  }
  expect(twice).toEqual([]);
  expect([...seen.keys()].sort()).toEqual(Object.keys(CATALOGUE).sort());
});

/**
 * The guard that keeps sentences in the catalogue: outside src/messages and the two rule and
 * list catalogues, no string literal holds Chinese words with sentence punctuation. Comments
 * are not string literals; regular expression literals are data. A data string that must look
 * like a sentence is listed here with its reason.
 */
const SCANNED_OUT = [
  "src/messages/",
  "src/domain/validate/catalogue.ts",
  "src/domain/lists/catalogue.ts",
  // the letters' default wording: the office edits it on the 函件模板 sheet, so it is data, not messages
  "src/domain/letters/templates.ts",
];
const DATA_STRINGS: Readonly<Record<string, string>> = {
  "src/domain/parse/periods.ts":
    "the deadline grammar's `day-short` pattern: `。` is one of the characters that may follow a date like `6.30` (a regular expression, not a sentence)",
};

function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const texts: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) texts.push(node.text);
    else if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) texts.push(node.rawText ?? node.text);
    else if (ts.isJsxText(node)) texts.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return texts;
}

test("no sentence outside the catalogue", () => {
  const sentence = (text: string): boolean => /[\u4e00-\u9fff]/.test(text) && /[。；！？]/.test(text);
  const files = sourceFiles(SRC).filter((f) => !SCANNED_OUT.some((out) => f.startsWith(out)));
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((f) => (f in DATA_STRINGS ? [] : literalTexts(f).filter(sentence).map((t) => `${f}: ${t}`)));
  expect(found).toEqual([]);
  for (const f of Object.keys(DATA_STRINGS)) expect(literalTexts(f).some(sentence)).toBe(true);
});

/**
 * Every id is said somewhere in src (outside src/messages): quoted whole, or as the prefix of a
 * template literal (`merge.by.${d.by}`). Ids waiting for code another engineer is converting
 * are listed with the owner; a dead sentence is deleted.
 */
const AWAITING_USE: Readonly<Record<string, string>> = {
};

test("every id is used in src", () => {
  const code = sourceFiles(SRC)
    .filter((f) => !f.startsWith("src/messages/"))
    .map(read)
    .join("\n");
  const prefixes = new Set([...code.matchAll(/`([a-z][\w-]*(?:\.[\w-]+)*\.)\$\{/gi)].map((m) => m[1]));
  const used = (id: string): boolean =>
    ['"', "'", "`"].some((q) => code.includes(`${q}${id}${q}`)) || [...prefixes].some((p) => id.startsWith(p) && !id.slice(p.length).includes("."));
  const unused = Object.keys(CATALOGUE).filter((id) => !used(id) && !(id in AWAITING_USE));
  expect(unused).toEqual([]);
  for (const id of Object.keys(AWAITING_USE)) expect(Object.keys(CATALOGUE)).toContain(id);
});
