/* eslint-disable */
// `npm run package`, last step: package/addin/, the Excel add-in for an intranet. From dist/
// (built in production with LUOSHI_ADDIN_URL) it copies what the add-in's pages need — the
// pages, legacy-boot.js, the bundles and their chunks (with their licence notes), assets/ — and
// the manifest, whose every URL points at LUOSHI_ADDIN_URL; nothing else (no source maps, no
// hot-update or other development files). The install guide goes beside it: package/安装指南.md.
//
// LUOSHI_ADDIN_URL is the address where IT will put the folder's contents, e.g.
//   LUOSHI_ADDIN_URL=https://oa.gx.gov/luoshi/ npm run package
// Unset: no addin/ is written (an old one is removed) and a warning says how to get it, so the
// example URL webpack falls back to never reaches an installed manifest, while `npm run package`
// still gives the browser edition. An example-domain, http, loopback or malformed URL, or a dist/
// built for another URL or in development, is refused: exit 1 with a Chinese sentence.
"use strict";

const fs = require("fs");
const path = require("path");
const { checkProductionBaseUrl, toProductionManifest } = require("./manifest-url.js");

const ROOT = path.resolve(__dirname, "..");
const GUIDE = "安装指南.md";

/**
 * Pages every installed add-in needs: the pane, the ribbon's function file, its notice dialog,
 * the help page, the page shown in web views too old for the pane, the script all of them start
 * with, and index.html, the browser edition the too-old-Excel message links to (beside the pane).
 */
const PAGES = ["taskpane.html", "commands.html", "notice.html", "help.html", "legacy.html", "index.html", "legacy-boot.js"];

/** A refusal: its message is the sentence printed before exit 1. */
class PackageError extends Error {}

/** Hosts of the reserved example domains (RFC 2606: example, example.com, luoshi.example.gov.cn …). */
function isExampleHost(url) {
  return new URL(url).hostname.toLowerCase().split(".").includes("example");
}

/** The add-in's files in dist/, as paths relative to it with "/": the pages, the bundles and chunks, the assets. */
function addinFiles(dist) {
  const missing = PAGES.filter((p) => !fs.existsSync(path.join(dist, p)));
  if (missing.length) throw new PackageError(`dist/ 中缺少 ${missing.join("、")}：请先运行 npm run build（或直接运行 npm run package）。`);
  const top = fs
    .readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => d.name)
    .filter((n) => (n.endsWith(".js") || n.endsWith(".js.LICENSE.txt")) && !n.includes(".hot-update."));
  const assetsDir = path.join(dist, "assets");
  const assets = fs.existsSync(assetsDir)
    ? fs
        .readdirSync(assetsDir, { withFileTypes: true })
        .filter((d) => d.isFile() && /\.(png|xlsx)$/i.test(d.name))
        .map((d) => `assets/${d.name}`)
    : [];
  return [...new Set([...PAGES, ...top, ...assets])].sort();
}

/** Every URL of the manifest under `base`, as a file path relative to the folder (query dropped). */
function manifestTargets(xml, base) {
  const urls = [...xml.matchAll(/(?:DefaultValue|Value)="([^"]+)"/g)].map((m) => m[1]).filter((u) => u.startsWith(base));
  return [...new Set(urls.map((u) => u.slice(base.length).replace(/[?#].*$/, "")))].sort();
}

/**
 * Write `out` (package/addin/) from `dist` for the add-in served at `url`: refuses (PackageError)
 * an unusable URL, a dist/ built in development or for another URL, or a manifest pointing at a
 * file the folder lacks. Returns the files written (relative, "/") and the manifest text.
 */
function packageAddin({ dist, out, url, manifestSource }) {
  try {
    checkProductionBaseUrl(url);
  } catch (e) {
    throw new PackageError(`LUOSHI_ADDIN_URL 不可用（${e.message}）：应是放加载项文件的 https 网址，以 / 结尾，例如 https://oa.gx.gov/luoshi/。`);
  }
  if (isExampleHost(url)) {
    throw new PackageError(`LUOSHI_ADDIN_URL 是示例网址 ${url}：请写本单位放加载项文件的真实 https 网址，例如 LUOSHI_ADDIN_URL=https://oa.gx.gov/luoshi/ npm run package。`);
  }
  const built = path.join(dist, "manifest.xml");
  if (!fs.existsSync(built)) throw new PackageError("dist/ 中没有 manifest.xml：请先运行 npm run package（它会先构建）。");
  const builtXml = fs.readFileSync(built, "utf8");
  if (/localhost/i.test(builtXml)) {
    throw new PackageError("dist/ 是开发版构建（manifest.xml 仍指向 localhost）：请运行 LUOSHI_ADDIN_URL=… npm run package，它会按正式版重新构建。");
  }
  const manifest = toProductionManifest(manifestSource, url);
  if (builtXml !== manifest) {
    throw new PackageError(`dist/ 不是按 ${url} 构建的（或 manifest.xml 在构建后改过）：请运行 LUOSHI_ADDIN_URL=${url} npm run package 重新构建并打包。`);
  }
  const files = addinFiles(dist);
  const absent = manifestTargets(manifest, url).filter((f) => f !== "manifest.xml" && !files.includes(f));
  if (absent.length) throw new PackageError(`manifest.xml 指向的 ${absent.join("、")} 不在 dist/ 中：请重新运行 npm run package。`);
  fs.rmSync(out, { recursive: true, force: true });
  for (const file of files) {
    const to = path.join(out, ...file.split("/"));
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(path.join(dist, ...file.split("/")), to);
  }
  fs.writeFileSync(path.join(out, "manifest.xml"), manifest);
  return { files: [...files, "manifest.xml"].sort(), manifest };
}

/** The step of `npm run package`: returns the exit code (0 written or skipped with a warning, 1 refused). */
function main(env = process.env, log = (t) => process.stdout.write(t), warn = (t) => process.stderr.write(t), root = ROOT) {
  const pkg = path.join(root, "package");
  const out = path.join(pkg, "addin");
  const url = (env.LUOSHI_ADDIN_URL || "").trim();
  fs.mkdirSync(pkg, { recursive: true });
  const guide = path.join(root, "docs", GUIDE);
  if (fs.existsSync(guide)) fs.copyFileSync(guide, path.join(pkg, GUIDE));
  if (!url) {
    fs.rmSync(out, { recursive: true, force: true });
    warn(
      "注意：没有设置 LUOSHI_ADDIN_URL，未生成 package/addin/（Excel 加载项）。\n" +
        "要在单位内网安装加载项，请写明放加载项文件的 https 网址再打包，例如：\n" +
        "  LUOSHI_ADDIN_URL=https://oa.gx.gov/luoshi/ npm run package\n" +
        `浏览器版不受影响。安装步骤见 package/${GUIDE}。\n`,
    );
    return 0;
  }
  try {
    const { files } = packageAddin({ dist: path.join(root, "dist"), out, url, manifestSource: fs.readFileSync(path.join(root, "manifest.xml"), "utf8") });
    const bytes = files.reduce((sum, f) => sum + fs.statSync(path.join(out, ...f.split("/"))).size, 0);
    log(
      `已生成 package/addin/（${files.length} 个文件，共 ${(bytes / 1048576).toFixed(1)} MB），manifest.xml 中的网址都指向 ${url}。\n` +
        `把 addin/ 中的全部文件放到这个网址下，安装步骤见 package/${GUIDE}。\n`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof PackageError)) throw e;
    fs.rmSync(out, { recursive: true, force: true });
    warn(`${e.message}\n`);
    return 1;
  }
}

module.exports = { PAGES, GUIDE, PackageError, addinFiles, manifestTargets, packageAddin, main };

if (require.main === module) process.exitCode = main();
