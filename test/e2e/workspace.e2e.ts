/**
 * The browser edition's workspace in Debian's Chromium (docs/workspace.md): the sheet beside the
 * pane on a wide window (1366×800) and one tab away on a narrow one (420×900); the sample's title
 * drawn merged and its header; 一键校验 colours exactly the cells its findings name; a finding
 * clicked selects its cell; a 20,000-row ledger opened and scrolled to its end with a few hundred
 * cells in the page; three files dropped and listed with their units; everything as a .zip.
 * Screenshots in test-output/workspace/.
 */
import * as path from "path";
import * as fs from "fs";
import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { dropFiles, launch, openPage, OUT, serveDist } from "./harness";
import { scrollToEnd } from "../../bench/scroll";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { generatedLedger } from "../../bench/ledger";

const SHOTS = path.join(OUT, "workspace");
const WIDE = { width: 1366, height: 800 };
const NARROW = { width: 420, height: 900 };

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const grid = (page: Page) => page.getByRole("grid");
const cell = (page: Page, address: string) => grid(page).locator(`[role="gridcell"][data-cell="${address}"]`);

async function openSample(viewport = WIDE): Promise<{ page: Page; external: string[] }> {
  const opened = await openPage(browser, server.url, viewport);
  await opened.page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  return opened;
}

test("wide window: the sample's sheet beside the pane, the title merged over the table, the two-level header, the sheet tabs", async () => {
  const { page, external } = await openSample();
  await grid(page).waitFor({ timeout: 30000 });
  expect(await grid(page).getAttribute("aria-label")).toBe("工作表“重点任务”");
  const title = cell(page, "A1");
  expect(await title.textContent()).toBe("柳林镇2023年度重点工作任务清单");
  expect(await title.getAttribute("aria-colspan")).toBe("23");
  const header = cell(page, "B3");
  expect(await header.textContent()).toBe("重点任务");
  expect(await header.getAttribute("aria-rowspan")).toBe("2");
  expect(await cell(page, "I3").getAttribute("aria-colspan")).toBe("12");
  expect(await cell(page, "I4").textContent()).toBe("1月");
  // Slaves of a merged area are not drawn.
  expect(await cell(page, "B4").count()).toBe(0);
  // The grid and the pane side by side.
  const g = await page.locator("[data-grid-scroller]").boundingBox();
  const pane = await page.getByRole("heading", { name: "落实台账助手" }).boundingBox();
  expect(g && pane && g.x + g.width <= pane.x).toBe(true);
  const tabs = page.getByRole("tablist", { name: "工作表标签" }).getByRole("tab");
  expect(await tabs.allTextContents()).toEqual(["重点任务", "向上争取", "说明"]);
  await page.screenshot({ path: path.join(SHOTS, "wide-sample.png") });
  expect(external).toEqual([]);
});

test("一键校验 colours exactly the cells the findings name; a finding clicked selects its cell; result sheets open as tabs", async () => {
  const { page, external } = await openSample();
  await grid(page).waitFor({ timeout: 30000 });
  expect(await grid(page).locator('[data-marked="true"]').count()).toBe(0);
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  // The findings' cells as the pane lists them (each finding names its cell first).
  const named = new Set(
    (await page.getByRole("region", { name: "校验" }).getByRole("button", { name: /^定位到 / }).evaluateAll((els) => els.map((e) => e.getAttribute("aria-label")))).map((l) => (l ?? "").replace("定位到 ", "")),
  );
  await grid(page).locator('[data-marked="true"]').first().waitFor();
  const marked = new Set(await grid(page).locator('[data-marked="true"]').evaluateAll((els) => els.map((e) => e.getAttribute("data-cell"))));
  expect(named.size).toBeGreaterThan(3);
  expect([...marked].sort()).toEqual([...named].sort());
  // A marked cell has the mark's colour (not white) and its finding as its description.
  const f7 = cell(page, "F7");
  expect(await f7.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(255, 199, 206)");
  expect(await f7.getAttribute("aria-description")).toMatch(/责任人/);
  await f7.hover();
  await page.getByRole("tooltip").waitFor();
  expect(await page.getByRole("tooltip").textContent()).toMatch(/责任人/);
  await page.screenshot({ path: path.join(SHOTS, "wide-validated.png") });

  // Click a finding: its cell is selected in the grid and in view.
  await page.getByRole("button", { name: "定位到 E10" }).first().click();
  await page.waitForFunction(() => document.querySelector('[role="gridcell"][data-cell="E10"]')?.getAttribute("aria-selected") === "true");
  const id = await cell(page, "E10").getAttribute("id");
  expect(await grid(page).getAttribute("aria-activedescendant")).toBe(id);
  expect(await cell(page, "E10").isVisible()).toBe(true);

  // The keyboard moves the selection.
  await grid(page).focus();
  await page.keyboard.press("ArrowRight");
  expect(await grid(page).getAttribute("aria-activedescendant")).toBe(await cell(page, "F10").getAttribute("id"));

  // 校验结果 is a tab of the grid.
  await page.getByRole("tablist", { name: "工作表标签" }).getByRole("tab", { name: "校验结果", exact: true }).click();
  await page.waitForFunction(() => document.querySelector('[role="grid"]')?.getAttribute("data-sheet") === "校验结果");
  expect(await grid(page).getByRole("gridcell").filter({ hasText: "校验结果" }).count()).toBeGreaterThan(0);
  await page.screenshot({ path: path.join(SHOTS, "wide-results-sheet.png") });
  expect(external).toEqual([]);
});

test("a ranking sheet shows its chart drawn from the sheet's cells", async () => {
  const { page } = await openSample();
  const rank = page.getByRole("region", { name: "通报排名" });
  await rank.getByRole("textbox", { name: "排名截至日期" }).fill("2023-06-30");
  await rank.getByRole("button", { name: "生成排名" }).click();
  await page.getByText(/已写入“通报排名/).first().waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('[role="grid"]')?.getAttribute("data-sheet")?.startsWith("通报排名"));
  const chart = page.locator("[data-grid-scroller] [data-chart]");
  await chart.first().waitFor();
  expect(await chart.locator("svg rect").count()).toBeGreaterThan(0);
  await chart.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, "wide-ranking.png") });
});

test("narrow window: the pane alone, the sheet one tab away; a finding clicked shows the sheet at its cell", async () => {
  const { page } = await openSample(NARROW);
  expect(await grid(page).count()).toBe(0);
  await page.screenshot({ path: path.join(SHOTS, "narrow-pane.png") });
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  await page.getByRole("button", { name: "定位到 F7" }).first().click();
  await grid(page).waitFor({ timeout: 30000 });
  await page.waitForFunction(() => document.querySelector('[role="gridcell"][data-cell="F7"]')?.getAttribute("aria-selected") === "true");
  expect(await page.getByRole("tab", { name: "查看表格" }).getAttribute("aria-selected")).toBe("true");
  await page.screenshot({ path: path.join(SHOTS, "narrow-sheet.png") });
});

test("a 20,000-row ledger opens and scrolls to its end with a few hundred cells in the page", async () => {
  const book = ExcelJsWorkbook.create();
  await book.writeSheet({ ...generatedLedger(20000), sheet: "重点任务", ifExists: "rename" });
  const file = path.join(SHOTS, "ledger-20000.xlsx");
  const bytes = await book.save();
  fs.writeFileSync(file, bytes);
  const expected = await (await ExcelJsWorkbook.load(bytes)).gridOf("重点任务");
  expect(expected.rowCount).toBeGreaterThan(20000);
  const { page } = await openSample();
  await grid(page).waitFor({ timeout: 30000 });
  const started = Date.now();
  await page.getByLabel("选择 .xlsx 文件").setInputFiles(file);
  await page.getByText("当前文件：ledger-20000.xlsx").waitFor({ timeout: 60000 });
  await page.waitForFunction((n) => document.querySelector('[role="grid"]')?.getAttribute("aria-rowcount") === String(n), expected.rowCount + 1, { timeout: 60000 });
  console.log(`20,000 rows: opened and drawn in ${Date.now() - started} ms`);
  const frames = await scrollToEnd(page.locator("[data-grid-scroller]"));
  console.log(`scroll to the end in 40 steps: median frame ${frames.median.toFixed(1)} ms, worst ${frames.worst.toFixed(1)} ms`);
  await page.getByRole("rowheader", { name: String(expected.rowCount), exact: true }).waitFor();
  expect(await grid(page).locator('[role="gridcell"]').count()).toBeLessThan(1500);
  await page.screenshot({ path: path.join(SHOTS, "wide-20000-end.png") });
});

test("three files dropped on the sheet open together, listed with their units; 全部下载 gives a .zip of all three", async () => {
  const { unitFile } = await import("../fixtures/countyFiles");
  const units = ["柳林镇", "烟庄街道", "清泉街道"];
  const files = await Promise.all(units.map((u, i) => unitFile(u, i)));
  const { page, external } = await openSample();
  await grid(page).waitFor({ timeout: 30000 });
  // Dropped on the sheet (the event bubbles to the workspace, as a real drop does).
  await dropFiles(page, grid(page), files);
  await page.getByText("已打开 3 个文件。").waitFor({ timeout: 30000 });
  const list = page.getByRole("list", { name: "已打开的文件" }).getByRole("button");
  expect(await list.allTextContents()).toEqual(files.map((f) => expect.stringContaining(f.name)));
  expect(await list.nth(1).textContent()).toContain("烟庄街道");
  // The sample made way; the first dropped file is current and drawn.
  expect(await list.first().getAttribute("aria-current")).toBe("true");
  await list.nth(2).click();
  await page.waitForFunction(() => document.querySelector('[aria-current="true"]')?.textContent?.includes("清泉街道"));
  await page.screenshot({ path: path.join(SHOTS, "wide-three-files.png") });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "全部下载（.zip）" }).click()]);
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  expect(Object.keys(zip.files).sort()).toEqual(files.map((f) => f.name.replace(/\.xlsx$/, "（台账助手）.xlsx")).sort());
  expect(external).toEqual([]);
});
