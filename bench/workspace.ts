/**
 * `npm run bench` (workspace part, docs/workspace.md): a 20,000-row ledger in the browser edition.
 * In Node: the ExcelJS read of the file, and what the workspace adds (the sheet read as a grid).
 * In headless Chromium (Debian's, through playwright-core, the production build in dist/ served on
 * loopback at 1366×800): the time from picking the file to the grid drawn at its size, and the
 * frames of scrolling it to the end in 40 steps; the DOM cells in the page at the end.
 * Figures, not assertions. Median of RUNS.
 */
import * as fs from "fs";
import * as http from "http";
import * as os from "os";
import * as path from "path";
import type { AddressInfo } from "net";
import { chromium } from "playwright-core";
import { ExcelJsWorkbook } from "../src/workbook/exceljs/ExcelJsWorkbook";
import { generatedLedger } from "./ledger";
import { scrollToEnd } from "./scroll";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const ROWS = Number(process.env.BENCH_ROWS ?? 20000);
const RUNS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

function serve(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? "/").split("?")[0]);
    const file = path.join(DIST, url === "/" ? "index.html" : url);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript" : "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() })));
}

async function main() {
  const book = ExcelJsWorkbook.create();
  await book.writeSheet({ ...generatedLedger(ROWS), sheet: "重点任务", ifExists: "rename" });
  const bytes = await book.save();
  const file = path.join(os.tmpdir(), `luoshi-bench-${ROWS}.xlsx`);
  fs.writeFileSync(file, bytes);

  const rowCount = (await (await ExcelJsWorkbook.load(bytes)).gridOf("重点任务")).rowCount;
  const reads: number[] = [];
  const grids: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let wb: ExcelJsWorkbook | undefined;
    reads.push(await timed(async () => (wb = await ExcelJsWorkbook.load(bytes))));
    grids.push(await timed(() => wb!.gridOf("重点任务")));
  }
  const read = median(reads);
  console.log(`\nworkspace — ${ROWS} rows, .xlsx ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB`);
  console.log(`  Node: ExcelJS read ${ms(read)}; the sheet read as a grid ${ms(median(grids))} (${(median(grids) / read).toFixed(2)} × the read)`);

  if (!fs.existsSync(path.join(DIST, "index.html"))) {
    console.log("  (no dist/: run npm run build for the browser figures)");
    return;
  }
  const server = await serve();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  const opens: number[] = [];
  const medians: number[] = [];
  const worsts: number[] = [];
  let cells = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 800 }, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByRole("grid").waitFor({ timeout: 60000 });
      const t = performance.now();
      await page.getByLabel("选择 .xlsx 文件").setInputFiles(file);
      await page.waitForFunction((n) => document.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") === String(n), rowCount + 1, { timeout: 120000, polling: 20 });
      opens.push(performance.now() - t);
      const frames = await scrollToEnd(page.locator("[data-grid-scroller]"));
      medians.push(frames.median);
      worsts.push(frames.worst);
      cells = await page.locator('[role="gridcell"]').count();
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`  Chromium: file picked → grid drawn ${ms(median(opens))} (${(median(opens) / read).toFixed(2)} × the Node read; the page reads with the same ExcelJS)`);
  console.log(`  scrolling to the end in 40 steps: median frame ${median(medians).toFixed(1)} ms, worst ${median(worsts).toFixed(1)} ms; ${cells} cells in the page at the end`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
