/*
 * The legacy message's HTML for the pages webpack builds (webpack.config.js): loads
 * src/legacy/legacyPage.ts — and the message catalogue it imports — by transpiling each module
 * with TypeScript to CommonJS in memory, so the plain-HTML message shown to Internet Explorer 11
 * (src/legacy/legacyBoot.js) says the catalogue's sentences without the catalogue being bundled
 * into an ES5 script.
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");

/** Require a .ts module of this repository (relative imports are .ts files too). */
function requireTs(file, cache = new Map()) {
  const resolved = [file, `${file}.ts`, path.join(file, "index.ts")].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (!resolved) throw new Error(`legacy-page: cannot find ${file}`);
  if (cache.has(resolved)) return cache.get(resolved).exports;
  const module = { exports: {} };
  cache.set(resolved, module);
  const { outputText } = ts.transpileModule(fs.readFileSync(resolved, "utf8"), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: resolved,
  });
  const localRequire = (id) => (id.startsWith(".") ? requireTs(path.resolve(path.dirname(resolved), id), cache) : require(id));
  new Function("exports", "require", "module", "__filename", "__dirname", outputText)(module.exports, localRequire, module, resolved, path.dirname(resolved));
  return module.exports;
}

/**
 * The message's CSS and its hidden HTML: `notice` for the add-in's pane, `dialogNotice` (with a
 * button) for the ribbon's dialog, `browserNotice` for the browser edition, `fileNotice` for the
 * single-file browser edition (scripts/package-single.js).
 */
function legacyPage() {
  const page = requireTs(path.join(ROOT, "src", "legacy", "legacyPage.ts"));
  return {
    style: page.LEGACY_STYLE,
    notice: page.legacyNoticeHtml(),
    dialogNotice: page.legacyNoticeHtml({ button: true }),
    browserNotice: page.oldBrowserNoticeHtml(),
    fileNotice: page.oldBrowserNoticeHtml({ file: true }),
  };
}

module.exports = { legacyPage, requireTs };
