/* eslint-disable */
// `npm run package`, after `npm run build`: package/落实台账助手（浏览器版）.html, the browser
// edition as one self-contained file that opens by double-click (from a USB stick or a shared
// folder) with no server and no network, in Chromium-based browsers and Firefox
// (docs/decisions.md "The single-file browser edition"). From dist/, the same bundle the served
// browser edition runs:
// - the legacy check (legacy-boot.js) runs inline, first; where the browser cannot run the pane
//   it shows the catalogue's message naming the browsers that can (host.oldBrowser.file);
// - the entry bundle and every lazy chunk (ExcelJS, docx, JSZip, the holidays) are held in the
//   page as JSON strings in non-running `<script type="application/json">` elements: the boot
//   runs the entry, and webpack's chunk loader runs a chunk only when the pane first needs it
//   (scripts/inline-chunks.js), so the first paint parses neither ExcelJS nor docx;
// - the sample ledger is held as base64 (src/taskpane/index.tsx opens it from there);
// - a Content-Security-Policy allows exactly these scripts, by hash, and no request at all
//   (connect-src 'none'); styles are inline (Fluent UI's Griffel writes <style> rules at run time).
// Licence notes of the bundled libraries are kept at the end of the file.
"use strict";

const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const zlib = require("zlib");
const { legacyPage } = require("./legacy-page.js");

const ROOT = path.resolve(__dirname, "..");
/** The file's name: the clerk sees it on the stick and in the browser's tab. */
const FILE_NAME = "落实台账助手（浏览器版）.html";
const SAMPLE = "assets/sample-ledger.xlsx";
/** A chunk webpack writes (output.chunkFilename "[name].[contenthash:8].js"). */
const CHUNK = /^[\w-]+\.[0-9a-f]{8}\.js$/;

/** A refusal: its message is the sentence printed before exit 1. */
class PackageError extends Error {}

/** The policy's source for a script: the SHA-256 of its text as the browser hashes it (UTF-8). */
function scriptHash(code) {
  return `'sha256-${crypto.createHash("sha256").update(code, "utf8").digest("base64")}'`;
}

/** Code as the text of a non-running script element: a JSON string with every "<" escaped, so no "</script>" ends it early. */
function held(code) {
  return JSON.stringify(code).replace(/</g, "\\u003c");
}

/** A bundle's code without its source-map comment (nothing may ask for a file). */
function bundleCode(dist, name) {
  return fs.readFileSync(path.join(dist, name), "utf8").replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, "");
}

function attr(text) {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The policy: nothing from anywhere (default-src 'none'), no request (connect-src 'none'), the
 * page's own scripts by hash only, inline styles, images from data: and blob: URLs.
 */
function policy(hashes) {
  return [
    "default-src 'none'",
    `script-src ${hashes.join(" ")}`,
    "style-src 'unsafe-inline'",
    "img-src data: blob:",
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Write the single file from `dist` (a production build) into `out`; returns its path, its size
 * and the chunks it holds. Throws PackageError when dist/ is not a build of the browser edition.
 */
function packageSingle({ dist = path.join(ROOT, "dist"), out = path.join(ROOT, "package") } = {}) {
  const need = ["index.html", "legacy-boot.js", SAMPLE];
  const missing = need.filter((f) => !fs.existsSync(path.join(dist, f)));
  if (missing.length) throw new PackageError(`dist/ 中缺少 ${missing.join("、")}：请先运行 npm run build（或直接运行 npm run package）。`);
  const index = fs.readFileSync(path.join(dist, "index.html"), "utf8");
  // The boot element's data-scripts (html-webpack-plugin minifies: quotes may be gone).
  const scripts = /id="?luoshi-boot"?[^>]*\sdata-scripts=(?:"([^"]*)"|([^\s>"]+))/.exec(index);
  const title = /<title>([^<]*)<\/title>/.exec(index);
  const entries = scripts ? (scripts[1] ?? scripts[2]).split(/\s+/).filter(Boolean) : [];
  if (!entries.length || !title || !entries.every((n) => fs.existsSync(path.join(dist, n)))) {
    throw new PackageError("dist/index.html 不是浏览器版的页面：请重新运行 npm run build。");
  }
  const chunks = fs.readdirSync(dist).filter((n) => CHUNK.test(n)).sort();
  const boot = fs.readFileSync(path.join(dist, "legacy-boot.js"), "utf8").replace(/\r\n?/g, "\n");
  // The boot runs as the page's own inline script: nothing in it may end or comment out the element.
  if (/<\/script|<!--/i.test(boot)) throw new PackageError("legacy-boot.js 中有不能放进网页的文字（</script 或 <!--）。");
  const legacy = legacyPage();

  const code = new Map([...entries, ...chunks].map((name) => [name, bundleCode(dist, name)]));
  const hashes = [scriptHash(boot), ...[...code.values()].map(scriptHash)];
  const licences = fs
    .readdirSync(dist)
    .filter((n) => n.endsWith(".js.LICENSE.txt") && code.has(n.slice(0, -".LICENSE.txt".length)))
    .sort()
    .map((n) => `${n.slice(0, -".LICENSE.txt".length)}:\n${fs.readFileSync(path.join(dist, n), "utf8").trim()}`)
    .join("\n\n")
    .replace(/--(!?)>/g, "- -$1>");
  const sample = fs.readFileSync(path.join(dist, SAMPLE)).toString("base64");
  const entryId = (name) => `luoshi-script-${name.replace(/\.js$/, "").replace(/[^\w-]/g, "-")}`;

  const html = [
    "<!doctype html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="UTF-8">',
    // 360 and QQ in their IE mode: the newest document mode, so the boot's message shows as meant.
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    `<meta http-equiv="Content-Security-Policy" content="${attr(policy(hashes))}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title[1]}</title>`,
    `<style>body { margin: 0; }\n${legacy.style}</style>`,
    "</head>",
    "<body>",
    '<div id="container" data-edition="browser"></div>',
    legacy.fileNotice,
    `<script type="text/plain" id="luoshi-sample">${sample}</script>`,
    ...chunks.map((name) => `<script type="application/json" data-chunk="${name}">${held(code.get(name))}</script>`),
    ...entries.map((name) => `<script type="application/json" id="${entryId(name)}">${held(code.get(name))}</script>`),
    `<script id="luoshi-boot" data-role="pane" data-scripts="${entries.map((n) => `#${entryId(n)}`).join(" ")}">${boot}</script>`,
    licences ? `<!--\n${licences}\n-->` : "",
    "</body>",
    "</html>",
    "",
  ].join("\n");

  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, FILE_NAME);
  fs.writeFileSync(file, html);
  const bytes = Buffer.byteLength(html);
  return { file, bytes, gzipBytes: zlib.gzipSync(html, { level: 9 }).length, entries, chunks };
}

/** The script: 0 written, 1 refused (the sentence printed). */
function main(log = console.log, warn = console.error) {
  try {
    const { file, bytes, gzipBytes, chunks } = packageSingle();
    const mb = (n) => `${(n / 1024 / 1024).toFixed(2)} MB`;
    log(`已生成 ${path.relative(ROOT, file)}（${mb(bytes)}，gzip ${mb(gzipBytes)}；按需加载的部分 ${chunks.length} 个）。`);
    return 0;
  } catch (e) {
    if (e instanceof PackageError) {
      warn(e.message);
      return 1;
    }
    throw e;
  }
}

module.exports = { FILE_NAME, PackageError, packageSingle, scriptHash, held, main };

if (require.main === module) process.exitCode = main();
