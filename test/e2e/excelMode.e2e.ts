/**
 * The add-in page (taskpane.html) in Chromium with office.js replaced by a fake Excel host
 * (FakeExcel): the pane's Excel mode recognises the active sheet, runs 一键校验 through
 * OfficeJsWorkbook, and the report, marks and syncs land in the host.
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

async function openInExcel(): Promise<{ page: Page; external: string[] }> {
  const sample = await ExcelJsWorkbook.load(fs.readFileSync(path.resolve(__dirname, "../../assets/sample-ledger.xlsx")));
  const sheet = await sample.readSheet("重点任务");
  const seed = [{ name: "重点任务", values: sheet.values, formats: sheet.formats, merges: sheet.merges }];
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.addInitScript((s) => Object.assign(window, { __luoshiSeed: s }), seed);
  const external: string[] = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_CDN) return route.fulfill({ contentType: "text/javascript", body: fakeOffice });
    const u = new URL(url);
    if (u.hostname === "127.0.0.1") return route.continue();
    external.push(url);
    return route.abort();
  });
  await page.goto(server.url + "taskpane.html");
  return { page, external };
}

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
