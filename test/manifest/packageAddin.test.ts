/**
 * The packaged add-in (scripts/package-addin.js, the last step of `npm run package`): its
 * manifest.xml passes the offline check with every URL pointing at LUOSHI_ADDIN_URL and at a
 * file of package/addin/ (no localhost left), the folder holds what the pages need and nothing
 * else, and an unset, example or unusable URL never ends up in an installed manifest.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkManifest, checkNoLocalhost, pngSize, type CheckContext } from "./checkManifest";
import { toProductionManifest } from "../../scripts/manifest-url";
import { GUIDE, PAGES, PackageError, main, manifestTargets, packageAddin } from "../../scripts/package-addin";

const ROOT = path.resolve(__dirname, "..", "..");
const MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const COMMANDS_DIR = path.join(ROOT, "src", "commands");
const COMMAND_SOURCES = fs
  .readdirSync(COMMANDS_DIR)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => fs.readFileSync(path.join(COMMANDS_DIR, f), "utf8"));
const URL_ = "https://oa.gx.gov/luoshi/";
const ICONS = fs.readdirSync(path.join(ROOT, "assets")).filter((f) => /\.(png|xlsx)$/.test(f));

let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "luoshi-addin-"));
});
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A production dist/ as webpack writes it for `url` (stub pages and bundles, the real icons), plus a source map and a hot update. */
function fakeDist(dir: string, manifest = toProductionManifest(MANIFEST, URL_)): string {
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  for (const page of PAGES) fs.writeFileSync(path.join(dir, page), `<!-- ${page} -->`);
  for (const file of ["taskpane.js", "commands.js", "notice.js", "974.365e68f4.js", "974.365e68f4.js.LICENSE.txt", "taskpane.js.map", "taskpane.0a1b.hot-update.js"]) {
    fs.writeFileSync(path.join(dir, file), `// ${file}`);
  }
  for (const file of ICONS) fs.copyFileSync(path.join(ROOT, "assets", file), path.join(dir, "assets", file));
  fs.writeFileSync(path.join(dir, "manifest.xml"), manifest);
  return dir;
}

/** The files under `dir`, relative with "/". */
function listing(dir: string, prefix = ""): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? listing(path.join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]))
    .sort();
}

/** The check of test/manifest/manifest.test.ts, with the icons read from the packaged folder. */
function packagedProblems(xml: string, base: string, folder: string): string[] {
  const ctx: CheckContext = {
    commandSources: COMMAND_SOURCES,
    imageSize: (url) => {
      if (!url.startsWith(base)) return null;
      const file = path.join(folder, ...url.slice(base.length).split("/"));
      return fs.existsSync(file) ? pngSize(fs.readFileSync(file)) : null;
    },
  };
  return checkManifest(xml, ctx);
}

/** Every URL written in the manifest's values (namespaces aside). */
const valueUrls = (xml: string): string[] => [...xml.matchAll(/\b(?:DefaultValue|Value)="(\w+:\/\/[^"]*)"/g)].map((m) => m[1]);

describe("package/addin/", () => {
  test("its manifest passes every offline check, names no localhost, and points only at files of the folder", () => {
    const out = path.join(tmp, "package", "addin");
    const { manifest } = packageAddin({ dist: fakeDist(path.join(tmp, "dist")), out, url: URL_, manifestSource: MANIFEST });
    const written = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(written).toBe(manifest);
    expect(packagedProblems(written, URL_, out)).toEqual([]);
    expect(checkNoLocalhost(written)).toEqual([]);
    expect(written).not.toMatch(/localhost|127\.0\.0\.1/i);
    const urls = valueUrls(written);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((u) => !u.startsWith(URL_))).toEqual([]);
    const targets = manifestTargets(written, URL_);
    expect(targets).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html", "assets/icon-80.png"]));
    expect(targets.filter((f) => !fs.existsSync(path.join(out, ...f.split("/"))))).toEqual([]);
  });

  test("holds the pages, bundles, chunks with their licence notes and assets; no source map, no development file", () => {
    const out = path.join(tmp, "addin");
    const { files } = packageAddin({ dist: fakeDist(path.join(tmp, "dist")), out, url: URL_, manifestSource: MANIFEST });
    expect(listing(out)).toEqual(files);
    expect(files).toEqual(
      [...PAGES, "taskpane.js", "commands.js", "notice.js", "974.365e68f4.js", "974.365e68f4.js.LICENSE.txt", "manifest.xml", ...ICONS.map((f) => `assets/${f}`)].sort(),
    );
    expect(files.filter((f) => f.endsWith(".map") || f.includes("hot-update"))).toEqual([]);
  });

  test.each([
    ["the example URL webpack falls back to", "https://luoshi.example.gov.cn/addin/", "示例网址"],
    ["another example domain", "https://oa.example.com/luoshi/", "示例网址"],
    ["http", "http://oa.gx.gov/luoshi/", "https"],
    ["a URL without the final /", "https://oa.gx.gov/luoshi", "以 / 结尾"],
    ["a loopback URL", "https://127.0.0.1:3000/", "不可用"],
  ])("refuses %s, writing nothing", (_name, url, text) => {
    const out = path.join(tmp, "addin");
    const dist = fakeDist(path.join(tmp, "dist"));
    expect(() => packageAddin({ dist, out, url, manifestSource: MANIFEST })).toThrow(PackageError);
    expect(() => packageAddin({ dist, out, url, manifestSource: MANIFEST })).toThrow(text);
    expect(fs.existsSync(out)).toBe(false);
  });

  test.each([
    ["built in development (localhost URLs)", () => MANIFEST, "开发版"],
    ["built for another URL", () => toProductionManifest(MANIFEST, "https://other.gx.gov/luoshi/"), "不是按"],
  ])("refuses a dist/ %s", (_name, manifest, text) => {
    const dist = fakeDist(path.join(tmp, "dist"), manifest());
    expect(() => packageAddin({ dist, out: path.join(tmp, "addin"), url: URL_, manifestSource: MANIFEST })).toThrow(text);
  });

  test("refuses a dist/ without one of the pages", () => {
    const dist = fakeDist(path.join(tmp, "dist"));
    fs.rmSync(path.join(dist, "commands.html"));
    expect(() => packageAddin({ dist, out: path.join(tmp, "addin"), url: URL_, manifestSource: MANIFEST })).toThrow("commands.html");
  });
});

describe("the step of npm run package", () => {
  /** A project folder: dist/, manifest.xml, the guide, and an addin/ left by an earlier run. */
  function project(): string {
    const root = path.join(tmp, "project");
    fakeDist(path.join(root, "dist"));
    fs.writeFileSync(path.join(root, "manifest.xml"), MANIFEST);
    fs.mkdirSync(path.join(root, "docs"), { recursive: true });
    fs.copyFileSync(path.join(ROOT, "docs", GUIDE), path.join(root, "docs", GUIDE));
    fs.mkdirSync(path.join(root, "package", "addin"), { recursive: true });
    fs.writeFileSync(path.join(root, "package", "addin", "manifest.xml"), "old");
    return root;
  }

  function run(env: Record<string, string>, root: string) {
    const log: string[] = [];
    const warn: string[] = [];
    const code = main(env, (t) => void log.push(t), (t) => void warn.push(t), root);
    return { code, log: log.join(""), warn: warn.join("") };
  }

  test("LUOSHI_ADDIN_URL unset: no addin/ (an old one removed), a warning saying how, exit 0; the guide beside", () => {
    const root = project();
    const r = run({}, root);
    expect(r.code).toBe(0);
    expect(r.warn).toContain("没有设置 LUOSHI_ADDIN_URL");
    expect(r.warn).toContain("LUOSHI_ADDIN_URL=https://");
    expect(fs.existsSync(path.join(root, "package", "addin"))).toBe(false);
    expect(fs.existsSync(path.join(root, "package", GUIDE))).toBe(true);
  });

  test("LUOSHI_ADDIN_URL set: addin/ written, exit 0", () => {
    const root = project();
    const r = run({ LUOSHI_ADDIN_URL: URL_ }, root);
    expect([r.code, r.warn]).toEqual([0, ""]);
    expect(r.log).toContain(`都指向 ${URL_}`);
    const xml = fs.readFileSync(path.join(root, "package", "addin", "manifest.xml"), "utf8");
    expect(packagedProblems(xml, URL_, path.join(root, "package", "addin"))).toEqual([]);
  });

  test("an unusable LUOSHI_ADDIN_URL: exit 1 with the sentence, no addin/ left", () => {
    const root = project();
    const r = run({ LUOSHI_ADDIN_URL: "https://luoshi.example.gov.cn/addin/" }, root);
    expect(r.code).toBe(1);
    expect(r.warn).toContain("示例网址");
    expect(fs.existsSync(path.join(root, "package", "addin"))).toBe(false);
  });
});

// After a real `LUOSHI_ADDIN_URL=… npm run package`, the folder on disk is checked the same way.
const REAL = path.join(ROOT, "package", "addin", "manifest.xml");
(fs.existsSync(REAL) ? test : test.skip)("the real package/addin/manifest.xml (after npm run package): offline check, no localhost, every file present", () => {
  const xml = fs.readFileSync(REAL, "utf8");
  const base = /<SourceLocation DefaultValue="([^"]*)taskpane\.html"/.exec(xml)?.[1] ?? "";
  const folder = path.dirname(REAL);
  expect(base).toMatch(/^https:\/\/.+\/$/);
  expect(packagedProblems(xml, base, folder)).toEqual([]);
  expect(xml).not.toMatch(/localhost/i);
  expect(valueUrls(xml).filter((u) => !u.startsWith(base))).toEqual([]);
  expect(manifestTargets(xml, base).filter((f) => !fs.existsSync(path.join(folder, ...f.split("/"))))).toEqual([]);
});
