/**
 * mergeLedgers, the use case (docs/merging.md): sheets already in the workbook link back from
 * 来源行; a cancel before the end writes nothing; progress is told file by file; running it
 * twice gives the same sheets; a list asked for leaves the other lists out, named.
 */
import { mergeLedgers, type MergeFile } from "../../src/features/merge";
import { mergedListLayout } from "../../src/render/mergeLayout";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { cannotOf, valueOf } from "../fixtures/outcome";
import { unitFile, UNITS } from "../fixtures/countyFiles";

const HEADER = ["序号", "任务", "目标", "措施", "完成时限", "责任人"];
const task = (n: number, what: string): CellValue[] => [n, what, `完成${what}${n}项`, "每月调度一次，实行挂图作战", "6月底前", "张三"];

async function bookWithTwoUnits(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "柳林镇", ifExists: "rename", rows: [["柳林镇2023年度重点工作任务清单"], HEADER, task(1, "修路"), task(2, "建桥")] });
  await wb.writeSheet({ sheet: "烟庄", ifExists: "rename", rows: [["烟庄街道2023年度重点工作任务清单"], HEADER, task(1, "绿化")] });
  await wb.writeSheet({ sheet: "整改", ifExists: "rename", rows: [["柳林镇2023年问题整改台账"], ["序号", "问题", "来源", "整改措施", "整改时限", "责任人", "整改状态"], [1, "台账不规范", "自查发现", "逐项补齐五个明确", "3月底前", "李四", "整改中"]] });
  return wb;
}

const visible = async (wb: ExcelJsWorkbook) => (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name);

test("sheets of the workbook: one 汇总 per list, 来源行 links back to the source row; twice gives the same", async () => {
  const wb = await bookWithTwoUnits();
  const result = valueOf(await mergeLedgers(wb, { sheets: "all", date: "2023-06-30" }));
  expect(result.sheets).toEqual([
    { list: "重点工作任务清单", sheet: "汇总（重点工作任务清单）", rows: 3 },
    { list: "问题整改台账", sheet: "汇总（问题整改台账）", rows: 1 },
  ]);
  expect(result.message).toBe("已汇总 3 个单位的台账，共 4 行，写入“汇总（重点工作任务清单）”、“汇总（问题整改台账）”；未报送 0 个单位，重复报送 0 份，未汇总的文件或工作表 0 个。详见“汇总说明”工作表。");
  const first = await wb.readSheet("汇总（重点工作任务清单）");
  expect(first.text.flat()).toContain("汇总单位：2 个");
  const bytes = await wb.save();
  const again = valueOf(await mergeLedgers(wb, { sheets: "all", date: "2023-06-30" }));
  expect(again.sheets).toEqual(result.sheets);
  expect(await wb.readSheet("汇总（重点工作任务清单）")).toEqual(first);
  expect(await visible(wb)).toEqual(["柳林镇", "烟庄", "整改", "汇总（重点工作任务清单）", "汇总（问题整改台账）", "汇总说明"]);
  // Each merged row's 来源行 links to its source row (the writing of links is the contract suite's).
  const layout = mergedListLayout(result.plan.lists[0], "汇总（重点工作任务清单）", { date: "2023-06-30" });
  const rowCol = layout.rows[2].indexOf("来源行");
  expect(layout.links).toEqual([
    { row: 4, col: rowCol, sheet: "柳林镇", address: "A3" },
    { row: 5, col: rowCol, sheet: "柳林镇", address: "A4" },
    { row: 6, col: rowCol, sheet: "烟庄", address: "A3" },
  ]);
  // Title, fill line, the two header rows (月度进展 over 1月…12月), then the rows.
  expect(layout.rows.slice(4, 7).map((r) => r[rowCol])).toEqual([3, 4, 3]);
  expect(bytes.length).toBeGreaterThan(1000);
});

test("--list: only that list; the others are named as skipped", async () => {
  const wb = await bookWithTwoUnits();
  const result = valueOf(await mergeLedgers(wb, { sheets: "all", list: "tasks", date: "2023-06-30" }));
  expect(result.sheets.map((s) => s.sheet)).toEqual(["汇总"]);
  expect(result.skipped).toEqual([{ file: "", sheet: "整改", reason: "不是要汇总的清单（问题整改台账）" }]);
  expect(result.verdict).toBe("fail");
  expect(cannotOf(await mergeLedgers(wb, { sheets: "all", list: "花名册" })).code).toBe("unknown-list");
});

test("files: progress before each file; cancel after the second leaves the workbook as it was", async () => {
  const files: MergeFile[] = await Promise.all(UNITS.slice(0, 4).map(async (u, i) => {
    const f = await unitFile(u, i);
    return { name: f.name, modified: 0, open: () => ExcelJsWorkbook.load(f.bytes) };
  }));
  const target = ExcelJsWorkbook.create();
  await target.writeSheet({ sheet: "说明", ifExists: "rename", rows: [["本工作簿用于汇总"]] });
  const before = await target.save();
  const seen: string[] = [];
  const signal = { aborted: false };
  const outcome = await mergeLedgers(target, {
    files, signal,
    onProgress: (n, total, file) => {
      seen.push(`${n}/${total} ${file}`);
      if (n === 2) signal.aborted = true;
    },
  });
  expect(cannotOf(outcome)).toEqual({ ok: false, code: "cancelled", message: "已取消汇总，工作簿未改动。" });
  expect(seen).toEqual(["0/4 崇文街道.xlsx", "1/4 柳林镇.xlsx", "2/4 清泉街道.xlsx"]);
  expect(await visible(target)).toEqual(["说明"]);
  expect((await ExcelJsWorkbook.load(before)).kind).toBe("xlsx");
  const full = valueOf(await mergeLedgers(target, { files, onProgress: (n, total, file) => seen.push(`${n}/${total} ${file}`) }));
  expect(full.plan.units.map((u) => u.unit)).toEqual(["崇文街道", "柳林镇", "清泉街道", "烟庄街道"]);
  expect(seen.at(-1)).toBe("4/4 ");
});

test("progress on the 汇总 judges each 来源单位, not the offices in their 责任单位 column (docs/merging.md)", async () => {
  const wb = ExcelJsWorkbook.create();
  const head = ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度"];
  await wb.writeSheet({ sheet: "柳林镇", ifExists: "rename", rows: [["柳林镇2023年度重点工作任务清单"], head, [1, "修路", "硬化道路3公里", "分段施工，每周调度", "6月底前", "张三", "经发办", "100%"], [2, "建桥", "建成桥梁1座", "专班推进，每周调度", "12月底前", "李四", "建设办", "20%"]] });
  await wb.writeSheet({ sheet: "烟庄", ifExists: "rename", rows: [["烟庄街道2023年度重点工作任务清单"], head, [1, "绿化", "新增绿地2万平方米", "分片包干，月底验收", "3月底前", "王五", "经发办", "50%"]] });
  valueOf(await mergeLedgers(wb, { sheets: "all", date: "2023-06-30" }));
  const { checkProgress } = await import("../../src/features/progress");
  const [report] = valueOf(await checkProgress(wb, { sheets: { name: "汇总" }, checkDate: "2023-06-30", write: false })).reports;
  expect(report.units.map((u) => [u.unit, u.rows, u.counts["逾期"]])).toEqual([["柳林镇", 2, 0], ["烟庄街道", 1, 1]]);
});
