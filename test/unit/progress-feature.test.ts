/** 进度分析 end to end: the sheet with its chart, running twice, `luoshi progress` JSON and exit codes. */
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { checkProgress, describeProgress } from "../../src/features/progress";
import { PROGRESS_DETAIL_SHEET, PROGRESS_SHEET } from "../../src/render/progressSheet";
import type { CellValue } from "../../src/workbook/port";
import { memoryIo } from "../fixtures/memoryIo";
import { cannotOf, valueOf } from "../fixtures/outcome";

const ROWS: CellValue[][] = [
  ["柳林镇2023年度重点工作任务清单"],
  ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度", "完成情况"],
  [1, "招商引资", "引进项目3个", "每月外出招商2次", "年底前", "李明", "经发办", "60%", "推进中"],
  [2, "户厕改造", "改造1200户", "分片包干", "6月底前", "王芳", "农业办", "30%", "进度缓慢"],
  [3, "教学楼建设", "建成教学楼1座", "每周调度", "3月底前", "赵强", "教育办", null, "推进中"],
  [4, "安全生产", "事故零发生", "每月排查", "长期坚持", "孙立", "应急办", null, "序时推进"],
  [5, "耕地保护", "粮食面积6.2万亩", "落实田长制", "5月底前", "陈刚", "农业办", null, "已完成"],
];

async function ledgerBook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows: ROWS, merges: [{ row: 0, col: 0, rowCount: 1, colCount: 9 }] });
  return wb;
}


test("writes 进度分析 with the unit summary and a native chart, 进度分析明细 with the rows; twice gives the same sheets", async () => {
  const wb = await ledgerBook();
  const result = valueOf(await checkProgress(wb, { sheets: { name: "台账" }, checkDate: "2023-06-30" }));
  const [report] = result.reports;
  expect(report.rows.map((r) => r.status)).toEqual(["超前", "滞后", "未填报", "未填报", "已完成"]);
  expect(result.written).toEqual([PROGRESS_SHEET]);
  expect(result.verdict).toBe("fail");
  expect(describeProgress(report, result.written[0])).toBe(
    "工作表“台账”截至 2023-06-30 的进度已写入“进度分析”：4 个单位，时间过半任务过半达到 1 个、未达到 1 个；逾期 0 项，滞后 1 项。",
  );
  const first = await wb.readSheet(PROGRESS_SHEET);
  const firstRows = await wb.readSheet(PROGRESS_DETAIL_SHEET);
  await checkProgress(wb, { sheets: { name: "台账" }, checkDate: "2023-06-30" });
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(["台账", PROGRESS_SHEET, PROGRESS_DETAIL_SHEET]);
  expect(await wb.readSheet(PROGRESS_SHEET)).toEqual(first);
  expect(await wb.readSheet(PROGRESS_DETAIL_SHEET)).toEqual(firstRows);
  const text = first.text.flat();
  expect(text).toContain("进度分析：台账（时间过半、任务过半）");
  expect(text.some((t) => t.startsWith("检查日期：2023-06-30"))).toBe(true);
  expect(text).toEqual(expect.arrayContaining(["经发办", "农业办", "合计", "时间过半任务过半（是/否）"]));
  expect(text).toContain("逐项的时间进度、完成进度和状态（共 5 项）见“进度分析明细”工作表。");
  // The rows are on 进度分析明细 only, each with its status and 说明.
  expect(text).not.toContain("户厕改造");
  const rows = firstRows.text.flat();
  expect(rows).toEqual(expect.arrayContaining(["进度分析明细：台账（逐项）", "各单位的汇总和图表见“进度分析”工作表。", "户厕改造", "滞后", "已完成", "超前"]));
  expect(rows.some((t) => t.startsWith("检查日期：2023-06-30"))).toBe(true);
  const zip = await JSZip.loadAsync(await wb.save());
  const chart = Object.keys(zip.files).find((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(chart).toBeDefined();
  const xml = await zip.file(chart!)!.async("string");
  expect(xml).toContain("时间进度T");
  expect(xml).toContain("任务进度P");
});

test("luoshi progress --json prints rows and units in the issue's shape", async () => {
  const m = memoryIo({ "l.xlsx": await (await ledgerBook()).save() });
  expect(await main(["progress", "l.xlsx", "--date", "2023-06-30", "--json"], m.io)).toBe(1);
  const [sheet] = JSON.parse(m.out()).sheets;
  expect(sheet.rows[1]).toMatchObject({ row: 4, unit: "农业办", status: "滞后", elapsed: 1, completion: 0.3 });
  const farm = sheet.units.find((u: { unit: string }) => u.unit === "农业办");
  expect(farm).toMatchObject({ unit: "农业办", pass: false });
  expect(Object.keys(farm)).toEqual(expect.arrayContaining(["unit", "timeProgress", "taskProgress", "gap", "counts", "pass"]));
  expect(farm.counts).toMatchObject({ 已完成: 1, 滞后: 1 });
});

test.each([
  ["a date that is not a date", ["progress", "l.xlsx", "--date", "6月30日"], "--date 应写成 2023-06-30 这样的日期，而不是“6月30日”。"],
  ["a day that does not exist", ["progress", "l.xlsx", "--date", "2023-02-30"], "--date 应写成 2023-06-30 这样的日期，而不是“2023-02-30”。"],
  ["an unknown time basis", ["progress", "l.xlsx", "--basis", "week"], "--basis 只能是"],
])("%s → exit 2 with a sentence", async (_n, argv, text) => {
  const m = memoryIo({ "l.xlsx": await (await ledgerBook()).save() });
  expect(await main(argv, m.io)).toBe(2);
  expect(m.err()).toContain(text);
});

test("the working-day basis counts China's holidays (and says so)", async () => {
  const m = memoryIo({ "l.xlsx": await (await ledgerBook()).save() });
  await main(["progress", "l.xlsx", "--date", "2023-06-30", "--basis", "workday", "--json"], m.io);
  const [sheet] = JSON.parse(m.out()).sheets;
  expect(sheet.basis).toBe("workday");
  expect(sheet.basisLabel).toContain("工作日");
  const calendar = memoryIo({ "l.xlsx": await (await ledgerBook()).save() });
  await main(["progress", "l.xlsx", "--date", "2023-06-30", "--json"], calendar.io);
  expect(sheet.rows[0].elapsed).not.toBeCloseTo(JSON.parse(calendar.out()).sheets[0].rows[0].elapsed, 3);
});

test("a check date that is no day (2023-02-30) is refused with the sentence, nothing written", async () => {
  const wb = await ledgerBook();
  const refused = cannotOf(await checkProgress(wb, { checkDate: "2023-02-30", dateField: "检查日期" }));
  expect(refused).toEqual({ ok: false, code: "bad-input", message: "检查日期应写成 2023-06-30 这样的日期，而不是“2023-02-30”。" });
  expect((await wb.listSheets()).map((s) => s.name)).toEqual(["台账"]);
});

test("on one of our result sheets: the result-sheet sentence, as for every command", async () => {
  const wb = await ledgerBook();
  await checkProgress(wb, { checkDate: "2023-06-30" });
  const refused = cannotOf(await checkProgress(wb, { sheets: { name: PROGRESS_SHEET }, checkDate: "2023-06-30" }));
  expect(refused.code).toBe("result-sheet");
  expect(refused.message).toBe("工作表“进度分析”是落实台账助手生成的结果表，不是台账。请切换到要处理的台账工作表后再试。");
});
