/**
 * The browser edition in Debian's Chromium: open the sample, see the recognised list, create a
 * template, download the result and read it back, open a file of the clerk's own, drop the
 * units' files on the 汇总 section and merge them, draft letters on the 函件 section (opened
 * on it as the ribbon's 生成函件 opens it), preview and issue them as a .docx. Screenshots
 * go to test-output/.
 */
import * as path from "path";
import * as fs from "fs";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { dropFiles, launch, openPage, OUT, serveDist } from "./harness";

let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveDist();
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the browser edition opens the sample, creates a template and downloads it", async () => {
  const { page, external } = await openPage(browser, server.url);
  await page.getByText("浏览器版", { exact: true }).waitFor();
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: /^列对应（找到 23 列）/ }).click();
  await page.getByRole("row", { name: /月度列（12个）.*I—T.*月度进展/ }).waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-sample.png"), fullPage: true });

  await page.getByRole("button", { name: "新建模板" }).click();
  await page.getByText(/已新建工作表“重点工作任务清单”/).waitFor();
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-template.png"), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  const file = path.join(OUT, "download.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(["重点任务", "向上争取", "说明", "重点工作任务清单"]));
  const ws = wb.getWorksheet("重点工作任务清单")!;
  expect(ws.getCell("A1").value).toBe("柳林镇2023年度重点工作任务清单");
  expect(ws.getCell("B3").value).toBe("任务");
  expect(ws.getCell("B5").dataValidation?.type ?? null).toBeNull();
  const status = ws.getRow(3).values as unknown[];
  const statusCol = status.indexOf("完成情况");
  expect(ws.getCell(5, statusCol).dataValidation).toMatchObject({ type: "list" });
  expect(external).toEqual([]);
});

test("the clerk opens a .xlsx of their own and switches sheets", async () => {
  const wb = new ExcelJS.Workbook();
  const a = wb.addWorksheet("问题整改");
  a.addRow(["城关街道2024年问题整改台账"]);
  a.addRow(["序号", "存在问题", "问题来源", "整改措施", "整改时限", "责任人", "整改状态"]);
  a.addRow([1, "背街小巷路灯损坏", "自查发现", "更换路灯42盏", "2024年5月底前", "马超", "整改中"]);
  const b = wb.addWorksheet("预算表");
  b.addRow(["科目", "金额"]);
  b.addRow(["办公费", 12000]);
  const file = path.join(OUT, "own-ledger.xlsx");
  fs.mkdirSync(OUT, { recursive: true });
  await wb.xlsx.writeFile(file);

  const { page, external } = await openPage(browser, server.url);
  await page.getByLabel("识别的清单").waitFor({ timeout: 30000 });
  await page.getByLabel("选择 .xlsx 文件").setInputFiles(file);
  await page.getByText("当前文件：own-ledger.xlsx").waitFor();
  await page.getByLabel("识别的清单").filter({ hasText: "问题整改台账" }).waitFor();
  await page.getByRole("combobox", { name: "工作表" }).selectOption("预算表");
  await page.getByText(/没有找到/).first().waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-not-ledger.png"), fullPage: true });
  expect(external).toEqual([]);
});

test("一键校验 on the sample: counts, findings by row, 校验结果 in the download; 规范化 adds a standard sheet", async () => {
  const { page, external } = await openPage(browser, server.url);
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "一键校验" }).click();
  await page.getByText(/校验完毕/).waitFor();
  await page.getByLabel("问题计数").waitFor();
  await page.getByRole("listitem", { name: "第 7 行" }).waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-validation.png"), fullPage: true });
  await page.getByRole("tab", { name: /^错误/ }).click();
  await page.screenshot({ path: path.join(OUT, "pane-validation-errors.png"), fullPage: true });

  await page.getByRole("button", { name: "规范化" }).click();
  // the result notice (the button's own label says 规范化 all along)
  await page.getByText(/^已将工作表“重点任务”规范为《重点工作任务清单》，写入新工作表“重点任务（规范）”，原工作表未改动：/).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  const file = path.join(OUT, "validated.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(["重点任务", "校验结果", "重点任务（规范）"]));
  const marked = wb.getWorksheet("重点任务")!.getCell("F7");
  expect(marked.value).toBe("党政办");
  expect(marked.fill).toMatchObject({ type: "pattern", fgColor: { argb: expect.stringMatching(/FFC7CE$/i) } });
  expect(external).toEqual([]);
});

test("进度分析 at the half-year check on the sample: unit summary in the pane, 进度分析 with its chart in the download", async () => {
  const { page, external } = await openPage(browser, server.url);
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  await page.getByRole("combobox", { name: "检查时点" }).selectOption("q2");
  await page.getByRole("button", { name: "进度分析" }).click();
  await page.getByRole("table", { name: "各单位进度" }).waitFor();
  await page.getByRole("row", { name: /^合计/ }).waitFor();
  await page.getByRole("region", { name: "进度分析" }).screenshot({ path: path.join(OUT, "pane-progress.png") });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  const file = path.join(OUT, "progress.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.getWorksheet("进度分析")!.getCell("A1").value).toBe("进度分析：重点任务（时间过半、任务过半）");
  const zip = await (await import("jszip")).default.loadAsync(fs.readFileSync(file));
  expect(Object.keys(zip.files).some((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toBe(true);
  expect(external).toEqual([]);
});

test("通报排名 on the sample at the half-year date: the ranking with lights in the pane, 通报排名 in the download", async () => {
  const { page, external } = await openPage(browser, server.url);
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  const section = page.getByRole("region", { name: "通报排名" });
  await section.getByRole("textbox", { name: "排名截至日期" }).fill("2023-06-30");
  await section.getByRole("button", { name: "生成排名" }).click();
  await page.getByText(/^“重点任务”截至 2023-06-30：\d+ 个单位参与排名/).waitFor();
  await section.getByRole("table", { name: "各单位排名" }).waitFor();
  await section.screenshot({ path: path.join(OUT, "pane-rank.png") });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  const file = path.join(OUT, "ranked.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.getWorksheet("通报排名（2023-06-30）")!.getCell("A1").value).toBe("2023年上半年重点工作推进情况通报排名");
  expect(external).toEqual([]);
});

test("汇总: three units' files dropped on the section, merged, downloaded with 汇总 and 汇总说明", async () => {
  const { unitFile } = await import("../fixtures/countyFiles");
  const units = ["柳林镇", "烟庄街道", "清泉街道"];
  const files = await Promise.all(units.map((u, i) => unitFile(u, i)));
  const { page, external } = await openPage(browser, server.url);
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });

  // A drop as the browser makes it: a DataTransfer holding the files, built in the page.
  await dropFiles(page, page.getByRole("group", { name: "把各单位的 .xlsx 文件拖到这里" }), files);
  const listed = page.getByRole("list", { name: "已选的文件" }).getByRole("listitem");
  await page.getByText("已选 3 个文件").waitFor();
  expect(await listed.allTextContents()).toEqual(files.map((f) => expect.stringContaining(f.name)));

  await page.getByRole("button", { name: "开始汇总" }).click();
  const rows = files.reduce((n, f) => n + f.dataRows.length, 0);
  await page.getByText(`已汇总 3 个单位的台账，共 ${rows} 行，写入“汇总”；未报送 0 个单位，重复报送 0 份，未汇总的文件或工作表 0 个。详见“汇总说明”工作表。`).waitFor();
  await page.getByRole("group", { name: "汇总结果" }).getByText("没有重复报送或未能汇总的文件，汇总的台账中也没有校验错误。").waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-merge.png"), fullPage: true });
  await page.getByRole("region", { name: "汇总" }).screenshot({ path: path.join(OUT, "pane-merge-section.png") });
  // The session read the workbook again: the new sheets are in the sheet list.
  expect(await page.getByRole("combobox", { name: "工作表" }).locator("option").allTextContents()).toEqual(expect.arrayContaining(["汇总", "汇总说明"]));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载结果" }).click()]);
  const file = path.join(OUT, "merged.xlsx");
  await download.saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["重点任务", "汇总", "汇总说明"]));
  const merged = wb.getWorksheet("汇总")!;
  const texts: string[][] = [];
  merged.eachRow((row) => texts.push((row.values as unknown[]).slice(1).map((v) => (v == null ? "" : String(v)))));
  const head = texts.findIndex((r) => r[0] === "来源单位");
  const perUnit = new Map<string, number>();
  for (const r of texts.slice(head + 1)) if (units.includes(r[0])) perUnit.set(r[0], (perUnit.get(r[0]) ?? 0) + 1);
  expect(Object.fromEntries(perUnit)).toEqual(Object.fromEntries(files.map((f) => [f.unit, f.dataRows.length])));
  const fileCol = texts[head].indexOf("来源文件");
  const data = texts.slice(head + 1).filter((r) => units.includes(r[0]));
  expect(Object.fromEntries(data.map((r) => [r[0], r[fileCol]]))).toEqual(Object.fromEntries(files.map((f) => [f.unit, f.name])));
  expect(wb.getWorksheet("汇总说明")!.getCell("A1").value).toBe("台账汇总说明");
  expect(external).toEqual([]);
});

test("函件 on the sample, opened on the section: drafted, previewed, a letter left out, 发出 downloads the .docx", async () => {
  const { page, external } = await openPage(browser, `${server.url}?section=letters`);
  await page.getByLabel("识别的清单").filter({ hasText: "重点工作任务清单" }).waitFor({ timeout: 30000 });
  const section = page.getByRole("region", { name: "函件", exact: true });
  // Opened as 生成函件 opens the pane: the section's heading has the focus.
  await page.waitForFunction(() => document.activeElement?.tagName === "H2" && document.activeElement.textContent === "函件");
  await page.screenshot({ path: path.join(OUT, "pane-letters-opened.png") });
  await section.getByRole("textbox", { name: "成文日期" }).fill("2023-07-05");
  await section.getByRole("textbox", { name: "进度截至日期" }).fill("2023-06-30");
  await section.getByRole("textbox", { name: "发文机关" }).fill("柳林镇人民政府");
  await section.getByRole("textbox", { name: "联系人" }).fill("王芳");
  await section.getByRole("textbox", { name: "电话" }).fill("0635-5212345");
  await section.getByRole("button", { name: "起草函件" }).click();
  const list = section.getByRole("list", { name: "起草的函件" });
  await list.waitFor();
  const preview = section.getByRole("region", { name: "函件预览" });
  await preview.getByText("督办〔2023〕1号").waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-letters.png"), fullPage: true });
  await section.screenshot({ path: path.join(OUT, "pane-letters-section.png") });

  await list.getByRole("checkbox").first().uncheck();
  await preview.getByText(/^第 1 份，共 \d+ 份$/).waitFor();
  const kept = Number((await preview.getByText(/^第 1 份，共 \d+ 份$/).textContent())?.match(/共 (\d+) 份/)?.[1]);
  const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: "发出", exact: true }).click()]);
  expect(download.suggestedFilename()).toBe(`函件2023-07-05（${kept}份）.docx`);
  const file = path.join(OUT, "letters.docx");
  await download.saveAs(file);
  const zip = await (await import("jszip")).default.loadAsync(fs.readFileSync(file));
  const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
  expect(xml).toContain("柳林镇人民政府");
  expect(xml.match(/<w:sectPr/g)).toHaveLength(kept);
  await page.getByText(new RegExp(`^已发出函件 ${kept} 份（.*已生成下载文件“函件2023-07-05（${kept}份）.docx”。$`)).waitFor();
  await page.screenshot({ path: path.join(OUT, "pane-letters-issued.png"), fullPage: true });
  expect(external).toEqual([]);
});
