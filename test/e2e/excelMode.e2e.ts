/**
 * The add-in pages in Chromium with office.js replaced by a fake Excel host (fakeOffice.ts over
 * FakeExcel): the pane's Excel mode recognises the active sheet, runs 一键校验 through
 * OfficeJsWorkbook, and the report, marks and syncs land in the host; the ribbon's function file
 * (commands.html, in a frame: a runtime of its own over the same workbook) validates and clears,
 * and the open pane follows through Excel's events; in the web view of volume-licensed Excel
 * 2016/2019 (Internet Explorer 11, played by removing what it lacks) the pane and the ribbon say
 * which Excel is needed and load no bundle; an Excel without ExcelApi 1.13 is told the same.
 */
import * as path from "path";
import * as fs from "fs";
import webpack from "webpack";
import type { Browser, Page } from "playwright-core";
import { launch, OUT, serveDist } from "./harness";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let fakeOffice: string;

/** Bundle fakeOffice.ts for the browser (a few seconds). */
function bundleFakeOffice(): Promise<string> {
  const outDir = path.join(OUT, "fake-office");
  return new Promise((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: path.join(__dirname, "fakeOffice.ts"),
        output: { path: outDir, filename: "office.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } }] },
      },
      (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve(fs.readFileSync(path.join(outDir, "office.js"), "utf8"))),
    ),
  );
}

beforeAll(async () => {
  [server, browser, fakeOffice] = await Promise.all([serveDist(), launch(), bundleFakeOffice()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface HostOptions {
  /** The page to open (default taskpane.html). */
  file?: string;
  /** Play Internet Explorer 11's web view (fakeOffice.ts). */
  legacy?: boolean;
  /** The requirement sets the host reports (fakeOffice.ts). */
  sets?: Record<string, string>;
}

async function openInExcel(options: HostOptions = {}): Promise<{ page: Page; external: string[]; requested: string[] }> {
  const sample = await ExcelJsWorkbook.load(fs.readFileSync(path.resolve(__dirname, "../../assets/sample-ledger.xlsx")));
  const sheet = await sample.readSheet("重点任务");
  const seed = [{ name: "重点任务", values: sheet.values, formats: sheet.formats, merges: sheet.merges }];
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.addInitScript(
    ({ s, legacy, sets }) => Object.assign(window, { __luoshiSeed: s, __luoshiLegacy: legacy, ...(sets ? { __luoshiSets: sets } : {}) }),
    { s: seed, legacy: options.legacy ?? false, sets: options.sets },
  );
  const external: string[] = [];
  const requested: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requested.push(url);
    if (url === OFFICE_CDN) return route.fulfill({ contentType: "text/javascript", body: fakeOffice });
    const u = new URL(url);
    if (u.hostname === "127.0.0.1") return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(server.url + (options.file ?? "taskpane.html"));
  return { page, external, requested };
}

/** The scripts of ours a page asked for (file names). */
const ours = (requested: string[]) =>
  requested.filter((u) => u.startsWith(server.url)).map((u) => new URL(u).pathname.slice(1)).filter((f) => f.endsWith(".js"));

test("inside (a fake) Excel: the pane says so, recognises the sheet and 一键校验 writes the report and marks", async () => {
  const { page, external } = await openInExcel();
  await page.getByText("在 Excel 中运行").waitFor({ timeout: 30000 });
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor();
  expect(await page.getByRole("button", { name: "打开 .xlsx 文件" }).count()).toBe(0);
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-excel-mode.png"), fullPage: true });
  const host = await page.evaluate(() => {
    type Cell = { value: unknown; fill: string | null } | undefined;
    const fake = (window as unknown as { __luoshiFake: { syncCount: number; maxRequestBytes: number; sheet(n: string): { name: string }; cell(s: string, r: number, c: number): Cell } }).__luoshiFake;
    const f7 = fake.cell("重点任务", 6, 5);
    return { syncs: fake.syncCount, largest: fake.maxRequestBytes, report: Boolean(fake.sheet("校验结果")), f7: { value: f7?.value, fill: f7?.fill } };
  });
  expect(host.report).toBe(true);
  expect(host.f7).toEqual({ value: "党政办", fill: "#FFC7CE" });

  // 清除标记 puts the original (no) fill back and leaves the value.
  await page.getByRole("button", { name: "清除标记" }).click();
  await page.getByText(/已清除/).waitFor();
  const cleared = await page.evaluate(() => {
    const fake = (window as unknown as { __luoshiFake: { cell(s: string, r: number, c: number): { value: unknown; fill: string | null } | undefined } }).__luoshiFake;
    const c = fake.cell("重点任务", 6, 5);
    return { value: c?.value, fill: c?.fill };
  });
  expect(cleared).toEqual({ value: "党政办", fill: null });
  expect(host.largest).toBeLessThan(5 * 1024 * 1024);
  expect(external).toEqual([]);
});

type Dialog = { url: string; texts: string[]; closed: boolean };
type Ribbon = { __luoshiActions: Record<string, (event: { completed(): void }) => void>; __luoshiDialogs: Dialog[]; __luoshiPress(i: number): void };

test("the ribbon's 一键校验 and 清除标记 in their own runtime: the open pane shows the new results, then none", async () => {
  const { page, external } = await openInExcel();
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  expect(await page.getByLabel("问题计数").count()).toBe(0);

  // The ribbon's function file, as Excel runs it: a page of its own over the same workbook.
  await page.evaluate((url) => {
    const frame = document.createElement("iframe");
    frame.src = url;
    frame.style.display = "none";
    document.body.appendChild(frame);
  }, server.url + "commands.html");
  await page.waitForFunction(() => {
    const frame = document.querySelector("iframe")?.contentWindow as unknown as Partial<Ribbon> | undefined;
    return typeof frame?.__luoshiActions?.validateActiveSheet === "function";
  });
  const ribbon = page.frames().find((f) => f.url().endsWith("commands.html"))!;
  const press = (name: string) =>
    ribbon.evaluate((n) => new Promise<void>((resolve) => (window as unknown as Ribbon).__luoshiActions[n]({ completed: () => resolve() })), name);
  const dialog = (i: number) => page.evaluate((n) => (window as unknown as Ribbon).__luoshiDialogs[n], i);

  const validated = press("validateActiveSheet");
  // The pane was not touched: Excel's events made it read the workbook again.
  await page.getByLabel("问题计数").waitFor({ timeout: 30000 });
  await page.getByRole("listitem", { name: "第 7 行" }).waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-after-ribbon.png"), fullPage: true });
  // The notice said "working…" at once and got the result in the same dialog.
  await page.waitForFunction(() => (window as unknown as Ribbon).__luoshiDialogs[0]?.texts.some((t) => t.includes("校验完毕")));
  const first = await dialog(0);
  expect(new URL(first.url).pathname).toBe("/notice.html");
  expect(new URL(first.url).searchParams.get("m")).toMatch(/^正在进行“一键校验”/);
  expect(first.texts.at(-1)).toMatch(/^工作表“重点任务”（重点工作任务清单）校验完毕/);
  await page.evaluate(() => (window as unknown as Ribbon).__luoshiPress(0));
  await validated;
  const marked = await page.evaluate(() => {
    const fake = (window as unknown as { __luoshiFake: { cell(s: string, r: number, c: number): { fill: string | null } | undefined; sheetNames(): string[] } }).__luoshiFake;
    return { fill: fake.cell("重点任务", 6, 5)?.fill, sheets: fake.sheetNames() };
  });
  expect(marked.fill).toBe("#FFC7CE");
  expect(marked.sheets).toContain("校验结果");

  const cleared = press("clearMarks");
  await page.getByLabel("问题计数").waitFor({ state: "detached", timeout: 30000 });
  await page.waitForFunction(() => (window as unknown as Ribbon).__luoshiDialogs[1]?.texts.some((t) => t.startsWith("已清除")));
  await page.evaluate(() => (window as unknown as Ribbon).__luoshiPress(1));
  await cleared;
  expect(external).toEqual([]);
});

test("the web view of volume-licensed Excel 2016/2019 (IE11): the pane says which Excel is needed and loads no bundle", async () => {
  const { page, external, requested } = await openInExcel({ legacy: true });
  const message = page.getByRole("alert");
  await message.getByRole("heading", { name: "这个版本的 Excel 运行不了落实台账助手" }).waitFor({ timeout: 30000 });
  await expect(message.textContent()).resolves.toContain("落实台账助手需要 Excel 2021、Excel 2024、Microsoft 365");
  await expect(message.getByRole("link").textContent()).resolves.toBe(server.url + "index.html");
  await expect(message.getByRole("link").getAttribute("href")).resolves.toBe(server.url + "index.html");
  await expect(message.textContent()).resolves.toContain("Promise、fetch、Symbol、CSS.supports");
  await page.screenshot({ path: path.join(OUT, "legacy-pane.png"), fullPage: true });
  expect(ours(requested)).toEqual(["legacy-boot.js"]);
  expect(await page.locator("#container").count()).toBe(0);
  expect(external).toEqual([]);
});

test("the ribbon of such a host: every button opens legacy.html, which says the same, and completes when it is closed", async () => {
  const { page, requested } = await openInExcel({ legacy: true, file: "commands.html" });
  // No waitForFunction here: Playwright's polling needs Symbol, which this page has not.
  const opened = await page.evaluate(() => {
    const w = window as unknown as Ribbon & { completed: number };
    w.completed = 0;
    const names = Object.keys(w.__luoshiActions).sort();
    w.__luoshiActions.validateActiveSheet({ completed: () => void (w.completed += 1) });
    return { names, dialogs: w.__luoshiDialogs.map((d) => d.url), completed: w.completed };
  });
  expect(opened).toEqual({ names: ["clearMarks", "rankUnits", "standardizeActiveSheet", "validateActiveSheet"], dialogs: [server.url + "legacy.html"], completed: 0 });
  await page.waitForTimeout(100);
  const closed = await page.evaluate(() => {
    const w = window as unknown as Ribbon & { completed: number };
    w.__luoshiPress(0);
    return w.completed;
  });
  expect(closed).toBe(1);
  expect(ours(requested)).toEqual(["legacy-boot.js"]);

  const shown = await openInExcel({ legacy: true, file: "legacy.html" });
  await shown.page.getByRole("heading", { name: "这个版本的 Excel 运行不了落实台账助手" }).waitFor({ timeout: 30000 });
  await shown.page.getByRole("button", { name: "知道了" }).waitFor();
  await shown.page.screenshot({ path: path.join(OUT, "legacy-dialog.png"), fullPage: true });
  expect(ours(shown.requested)).toEqual(["legacy-boot.js"]);
});

test("an Excel without ExcelApi 1.13 in a modern web view: the pane names the Excel needed and the browser edition", async () => {
  const { page, external } = await openInExcel({ sets: { ExcelApi: "1.8", DialogApi: "1.2" } });
  await page.getByText(/缺少落实台账助手读取工作表要用的功能（ExcelApi 1\.13）/).waitFor({ timeout: 30000 });
  await page.getByText(server.url + "index.html", { exact: false }).waitFor();
  expect(await page.getByLabel("识别的清单").count()).toBe(0);
  expect(external).toEqual([]);
});
