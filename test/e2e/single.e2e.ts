/**
 * The single-file browser edition (scripts/package-single.js, written by `npm run package`) in
 * Debian's Chromium, opened from file:// as a clerk opens it by double-click, with no server and
 * every request off the machine refused: the sample opens from the copy the file holds, 一键校验
 * runs and its result downloads as .xlsx; 进度分析 by working days and 函件 run the holidays and
 * docx chunks from the file's own copies, only when first needed; the page's policy refuses
 * nothing the pane does and any request it would make; a browser too old for the pane gets the
 * sentence naming the browsers that work. The file is made from dist/ (`npm run test:browser`
 * builds first) into test-output/single/, where nothing else lies beside it.
 * Firefox: test/e2e/singleFirefox.e2e.ts (playwright-core cannot drive Debian's firefox-esr).
 */
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launch, OUT } from "./harness";
import { FILE_NAME, packageSingle } from "../../scripts/package-single";
import { say } from "../../src/messages";

const DIST = path.resolve(__dirname, "../../dist");
const HERE = path.join(OUT, "single");

let browser: Browser;
let fileUrl: string;

beforeAll(async () => {
  fs.rmSync(HERE, { recursive: true, force: true });
  const { file } = packageSingle({ dist: DIST, out: HERE });
  expect(path.basename(file)).toBe(FILE_NAME);
  expect(fs.readdirSync(HERE)).toEqual([FILE_NAME]);
  fileUrl = pathToFileURL(file).href;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  /** The address opened: the file, with the query asked for. */
  url: string;
  /** Every request the page made (the file itself is the only one expected). */
  requests: string[];
  /** Requests refused for leaving the file (anything not file:, data: or blob:). */
  refused: string[];
  /** What the page's Content-Security-Policy refused, and the console's reports of it. */
  violations: string[];
  /** Errors thrown in the page. */
  errors: string[];
}

/** Open the single file from file:// in a fresh context; `before` runs in the page before its own scripts. */
async function openSingle(query = "", before?: () => void): Promise<Opened> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const opened: Opened = { page, url: fileUrl + query, requests: [], refused: [], violations: [], errors: [] };
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    opened.refused.push(url);
    return route.abort();
  });
  page.on("request", (r) => opened.requests.push(r.url()));
  page.on("pageerror", (e) => opened.errors.push(String(e)));
  page.on("console", (m) => {
    if (/Content[- ]Security[- ]Policy/i.test(m.text())) opened.violations.push(m.text());
  });
  await page.exposeFunction("reportViolation", (text: string) => opened.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  if (before) await page.addInitScript(before);
  await page.goto(opened.url);
  return opened;
}

/** The chunks that ran from the file's own copies (scripts/inline-chunks.js marks each). */
const chunksRan = (page: Page): Promise<string[]> =>
  page.evaluate(() => [...document.querySelectorAll("script[data-chunk-ran]")].map((s) => s.getAttribute("data-chunk-ran") ?? ""));

/** Nothing left the file, the policy refused nothing, nothing threw. */
function expectClean(opened: Opened): void {
  expect(opened.refused).toEqual([]);
  expect(opened.requests.filter((u) => !u.startsWith("blob:") && !u.startsWith("data:"))).toEqual([opened.url]);
  expect(opened.violations).toEqual([]);
  expect(opened.errors).toEqual([]);
}

test("opened from file:// with no network: the sample, 一键校验, the result downloaded as .xlsx", async () => {
  const opened = await openSingle();
  const { page } = opened;
  await page.getByText("浏览器版", { exact: true }).waitFor();
  await page.getByText(`当前文件：${say("pane.file.sampleName")}`).waitFor({ timeout: 30000 });
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor();
  // ExcelJS ran from the file's copy; docx and the holidays are not needed yet and did not run.
  const first = await chunksRan(page);
  expect(first.some((c) => c.startsWith("exceljs."))).toBe(true);
  expect(first.some((c) => c.startsWith("docx.") || c.startsWith("holidays."))).toBe(false);

  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  await page.getByRole("listitem", { name: "第 7 行" }).waitFor();
  await page.screenshot({ path: path.join(OUT, "single-file.png"), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  expect(download.suggestedFilename()).toBe(say("pane.file.downloadName", { base: say("pane.file.sampleName").replace(/\.xlsx$/, "") }));
  const file = path.join(OUT, "single-validated.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["重点任务", "校验结果"]));
  expect(wb.getWorksheet("重点任务")!.getCell("A1").value).toBe("柳林镇2023年度重点工作任务清单");
  expect(wb.getWorksheet("重点任务")!.getCell("F7").fill).toMatchObject({ type: "pattern", fgColor: { argb: expect.stringMatching(/FFC7CE$/i) } });
  // Downloading did not reach for the network either; the policy keeps fetch off even for data: URLs.
  expect(await page.evaluate(() => fetch("data:text/plain,x").then(() => "fetched", () => "refused"))).toBe("refused");
  opened.violations.splice(0); // the refusal just asked for is reported: not a fault of the pane
  expectClean(opened);
});

test("进度分析 by working days and 函件 run the holidays and docx chunks from the file, when first needed", async () => {
  const opened = await openSingle("?section=letters");
  const { page } = opened;
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });

  await page.getByRole("combobox", { name: "检查时点" }).selectOption("q2");
  await page.getByRole("combobox", { name: "时间进度计算" }).selectOption("workday");
  await page.getByRole("button", { name: "进度分析" }).click();
  await page.getByRole("table", { name: "各单位进度" }).waitFor();
  expect((await chunksRan(page)).some((c) => c.startsWith("holidays."))).toBe(true);
  expect((await chunksRan(page)).some((c) => c.startsWith("docx."))).toBe(false);

  const section = page.getByRole("region", { name: "函件", exact: true });
  await section.getByRole("textbox", { name: "成文日期" }).fill("2023-07-05");
  await section.getByRole("textbox", { name: "进度截至日期" }).fill("2023-06-30");
  await section.getByRole("textbox", { name: "发文机关" }).fill("柳林镇人民政府");
  await section.getByRole("textbox", { name: "联系人" }).fill("王芳");
  await section.getByRole("textbox", { name: "电话" }).fill("0635-5212345");
  await section.getByRole("button", { name: "起草函件" }).click();
  await section.getByRole("region", { name: "函件预览" }).getByText("督办〔2023〕1号").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: "发出", exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^函件2023-07-05（\d+份）\.docx$/);
  const file = path.join(OUT, "single-letters.docx");
  await download.saveAs(file);
  const zip = await (await import("jszip")).default.loadAsync(fs.readFileSync(file));
  expect((await zip.file("word/document.xml")?.async("string")) ?? "").toContain("柳林镇人民政府");
  expect((await chunksRan(page)).some((c) => c.startsWith("docx."))).toBe(true);
  expectClean(opened);
});

test("a browser too old for the pane: the sentence naming the browsers that work, no pane", async () => {
  const opened = await openSingle("", () => {
    // What Chromium before 93 (an old 360 or QQ 极速模式) lacks.
    delete (Object as unknown as { hasOwn?: unknown }).hasOwn;
  });
  const { page } = opened;
  const box = page.getByRole("alert");
  await box.getByRole("heading", { name: say("host.oldBrowser.title") }).waitFor();
  await box.getByText(say("host.oldBrowser.file")).waitFor();
  expect(await page.locator("#container").count()).toBe(0);
  expect(await page.getByText("技术信息").textContent()).toContain("Object.hasOwn");
  await page.screenshot({ path: path.join(OUT, "single-file-old-browser.png") });
  expect(await chunksRan(page)).toEqual([]);
  expectClean(opened);
});

test("the served edition's page opened from disk (dist/index.html by double-click) points to the single file, in Chinese", async () => {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(pathToFileURL(path.join(DIST, "index.html")).href);
  await page.getByText(say("pane.file.sampleFromDisk")).waitFor({ timeout: 30000 });
  expect(await page.locator("body").innerText()).not.toMatch(/fetch/i);
  await context.close();
});
