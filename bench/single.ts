/**
 * `npm run bench` (single-file part, docs/decisions.md "The single-file browser edition"): the
 * single file scripts/package-single.js makes from dist/ — its size, gzipped too — and, in
 * headless Chromium (Debian's, through playwright-core as the browser tests), the time from
 * opening it from file:// to the pane's first heading and to the sample opened; the served edition
 * (dist/ over loopback http) beside it. Median of RUNS fresh profiles each. Figures, not
 * assertions. Needs a production build in dist/ (`npm run build`).
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import { createRequire } from "module";
import { pathToFileURL } from "url";
import type { AddressInfo } from "net";
import { chromium, type Browser } from "playwright-core";
import type * as Single from "../scripts/package-single";

/** The repository: this runs as lib/bench/single.js. */
const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const RUNS = 5;
const { packageSingle } = createRequire(__filename)(path.join(ROOT, "scripts", "package-single.js")) as typeof Single;

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Timing {
  /** First contentful paint (the browser's figure), ms from navigation. */
  paint: number;
  /** The pane's first heading in the page, ms from navigation. */
  heading: number;
  /** The sample opened (当前文件 shown), ms from navigation. */
  sample: number;
}

/** Open `url` in a fresh context and time it. */
async function timeOnce(browser: Browser, url: string): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { luoshiMarks: Record<string, number> }).luoshiMarks = marks;
    new MutationObserver(() => {
      if (marks.heading === undefined && document.querySelector("#container h1")) marks.heading = performance.now();
      if (marks.sample === undefined && /当前文件：/.test(document.getElementById("container")?.textContent ?? "")) marks.sample = performance.now();
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { luoshiMarks: Record<string, number> }).luoshiMarks.sample !== undefined, undefined, { timeout: 60000 });
  const timing = await page.evaluate(() => {
    const marks = (window as unknown as { luoshiMarks: Record<string, number> }).luoshiMarks;
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return { paint: fcp ? fcp.startTime : NaN, heading: marks.heading, sample: marks.sample };
  });
  await context.close();
  return timing;
}

async function timeRuns(browser: Browser, url: string): Promise<Timing> {
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeOnce(browser, url));
  return { paint: median(runs.map((r) => r.paint)), heading: median(runs.map((r) => r.heading)), sample: median(runs.map((r) => r.sample)) };
}

/** dist/ over loopback, as `npm start` serves it (production build). */
async function serve(): Promise<{ url: string; close(): Promise<void> }> {
  const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };
  const server = http.createServer((req, res) => {
    const file = path.join(DIST, decodeURIComponent((req.url ?? "/").split("?")[0]).replace(/^\/$/, "/index.html"));
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(DIST, "index.html"))) {
    console.log("single file: no dist/ to make it from (run npm run build first); skipped");
    return;
  }
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "luoshi-single-"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const server = await serve();
  try {
    const { file, bytes, gzipBytes, chunks } = packageSingle({ dist: DIST, out });
    const single = await timeRuns(browser, pathToFileURL(file).href);
    const served = await timeRuns(browser, server.url);
    const ms = (t: Timing) => `first paint ${t.paint.toFixed(0)} ms, first heading ${t.heading.toFixed(0)} ms, sample open ${t.sample.toFixed(0)} ms`;
    console.log(`single file: ${mb(bytes)} (gzip ${mb(gzipBytes)}, ${chunks.length} lazy chunks inside); from file:// ${ms(single)}; served from dist/ over loopback ${ms(served)} (median of ${RUNS}, headless Chromium)`);
  } finally {
    await server.close();
    await browser.close();
    fs.rmSync(out, { recursive: true, force: true });
  }
}

void main();
