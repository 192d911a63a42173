/**
 * The result sheets on paper (docs/progress.md "The sheets", docs/rules.md "The report sheets"):
 * each table with column widths of its own (进度分析 and 校验结果 put their second table on a 明细
 * sheet, linked both ways), one font on every written cell, A4 with the table's header repeated,
 * headers and rows as tall as their wrapped text, tables a clerk can sort (no merged cell inside).
 */
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue, SheetWrite } from "../../src/workbook/port";
import { checkProgress } from "../../src/features/progress";
import { validateSheets } from "../../src/features/validate";
import { stageCheck } from "../../src/features/stageCheck";
import { rankSheet } from "../../src/features/rank";
import { PROGRESS_DETAIL_SHEET, PROGRESS_SHEET, progressLayouts, ROW_WIDTHS, UNIT_WIDTHS } from "../../src/render/progressSheet";
import { FINDING_WIDTHS, REPORT_DETAIL_SHEET, REPORT_SHEET, reportLayouts, SUMMARY_WIDTHS } from "../../src/render/reportSheet";
import { stageLayout } from "../../src/render/stageSheet";
import { rankingSheetName } from "../../src/render/rankingSheet";
import { SHEET_FONT } from "../../src/render/sheetStyle";
import { linesOf } from "../../src/render/rowHeight";
import { RULE_IDS } from "../../src/domain/validate/types";
import { valueOf } from "../fixtures/outcome";

const LEDGER: CellValue[][] = [
  ["柳林镇2023年度重点工作任务清单"],
  ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位", "完成进度", "完成情况"],
  [1, "招商引资", "引进项目3个", "每月外出招商2次", "年底前", "李明", "经发办", "60%", "推进中"],
  [2, "户厕改造", "改造1200户", "分片包干", "6月底前", "党政办", "农业办", "30%", "进度缓慢"],
  [3, "教学楼建设", "建成教学楼1座", "每周调度", "3月底前", "赵强", "教育办", null, "推进中"],
  [4, "安全生产", "事故零发生", "每月排查", "长期坚持", "孙立", "应急办", null, "序时推进"],
  [5, "耕地保护", "粮食面积6.2万亩", "落实田长制", "5月底前", "陈刚", "农业办", null, "已完成"],
];

async function ledgerBook(): Promise<ExcelJsWorkbook> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "台账", ifExists: "rename", rows: LEDGER, merges: [{ row: 0, col: 0, rowCount: 1, colCount: 9 }] });
  await wb.activateSheet("台账");
  return wb;
}

const RESULTS = [REPORT_SHEET, REPORT_DETAIL_SHEET, PROGRESS_SHEET, PROGRESS_DETAIL_SHEET, "阶段检查（二季度）", rankingSheetName("2023-06-30")];

/** The ledger with every result sheet of it written: 校验结果 and its 明细, 进度分析 and its 明细, 阶段检查（二季度）, 通报排名. */
async function everyResult(): Promise<ExcelJsWorkbook> {
  const wb = await ledgerBook();
  valueOf(await validateSheets(wb, { checkedOn: "2023-06-30" }));
  valueOf(await checkProgress(wb, { sheets: { name: "台账" }, checkDate: "2023-06-30" }));
  valueOf(await stageCheck(wb, { stage: "q2", year: 2023 }));
  valueOf(await rankSheet(wb, { sheet: "台账", checkDate: "2023-06-30" }));
  expect((await wb.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual(["台账", ...RESULTS]);
  return wb;
}

async function loaded(wb: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await wb.save()).slice().buffer as ArrayBuffer);
  return book;
}

/** The report of the ledger at the half-year check. */
async function progressReport() {
  return valueOf(await checkProgress(await ledgerBook(), { sheets: { name: "台账" }, checkDate: "2023-06-30", write: false })).reports[0];
}

async function validationReports() {
  return valueOf(await validateSheets(await ledgerBook(), { write: false })).reports;
}

/** The row of a layout that holds `first` in its first cell (a table's header). */
const rowOf = (spec: SheetWrite, first: string): number => spec.rows.findIndex((r) => r[0] === first);

describe("each table has column widths of its own", () => {
  test("进度分析: the unit summary's narrow status columns; the rows on 进度分析明细, its 说明 wide", async () => {
    const [summary, detail] = progressLayouts(await progressReport());
    expect(summary.widths).toEqual(UNIT_WIDTHS);
    expect(detail.widths).toEqual(ROW_WIDTHS);
    const unitHeader = summary.rows[rowOf(summary, "单位")];
    const rowHeader = detail.rows[rowOf(detail, "单位")];
    expect(unitHeader.indexOf("未填报")).toBeGreaterThan(8);
    expect(UNIT_WIDTHS[unitHeader.indexOf("未填报")]).toBeLessThanOrEqual(8);
    expect(ROW_WIDTHS[rowHeader.indexOf("说明")]).toBeGreaterThanOrEqual(40);
    expect(ROW_WIDTHS[rowHeader.indexOf("任务")]).toBeGreaterThanOrEqual(20);
    // The summary holds no task row; the detail no unit summary.
    expect(summary.rows.flat()).not.toContain("户厕改造");
    expect(detail.rows.flat()).not.toContain("合计");
  });

  test("校验结果: the rule summary's 规则编号 as wide as the longest id; the findings on 校验结果明细", async () => {
    const [summary, detail] = reportLayouts(await validationReports(), "2023-06-30");
    expect(summary.widths).toEqual(SUMMARY_WIDTHS);
    expect(detail.widths).toEqual(FINDING_WIDTHS);
    const ruleHeader = summary.rows[rowOf(summary, "规则")];
    expect(ruleHeader).toEqual(["规则", "规则编号", "级别", "条数", "说明"]);
    expect(SUMMARY_WIDTHS[1]).toBeGreaterThan(Math.max(...RULE_IDS.map((id) => id.length)));
    expect(SUMMARY_WIDTHS[4]).toBeGreaterThanOrEqual(40);
    const findingHeader = detail.rows[rowOf(detail, "序号")];
    expect(FINDING_WIDTHS[findingHeader.indexOf("问题")]).toBeGreaterThanOrEqual(30);
    expect(FINDING_WIDTHS[findingHeader.indexOf("修改建议")]).toBeGreaterThanOrEqual(30);
  });

  test("in the written file each sheet has its own widths, and no table has a merged cell (a clerk can sort it)", async () => {
    const book = await loaded(await everyResult());
    const widths = (sheet: string, n: number) => Array.from({ length: n }, (_, i) => book.getWorksheet(sheet)!.getColumn(i + 1).width);
    expect(widths(PROGRESS_SHEET, UNIT_WIDTHS.length)).toEqual(UNIT_WIDTHS);
    expect(widths(PROGRESS_DETAIL_SHEET, ROW_WIDTHS.length)).toEqual(ROW_WIDTHS);
    expect(widths(REPORT_SHEET, SUMMARY_WIDTHS.length)).toEqual(SUMMARY_WIDTHS);
    expect(widths(REPORT_DETAIL_SHEET, FINDING_WIDTHS.length)).toEqual(FINDING_WIDTHS);
    for (const [spec, first] of [...progressLayouts(await progressReport()).map((s) => [s, "单位"] as const), ...reportLayouts(await validationReports(), "2023-06-30").map((s, i) => [s, i ? "序号" : "规则"] as const)]) {
      const top = rowOf(spec, first);
      expect(top).toBeGreaterThan(0);
      expect((spec.merges ?? []).filter((m) => m.row + m.rowCount > top)).toEqual([]);
      // A blank row between the lines above and the table, so Excel's sort finds the table alone.
      expect(spec.rows[top - 1].every((v) => v === null)).toBe(true);
    }
  });

  test("no column is 9 wide: ExcelJS leaves a width of 9 (its default) out of the file, and Excel would show 8.43", async () => {
    const wb = await ledgerBook();
    for (const stage of ["q1", "q2", "q3", "q4"] as const) {
      const layout = stageLayout(valueOf(await stageCheck(wb, { stage, year: 2023, write: false })));
      expect(layout.widths).not.toContain(9);
    }
    for (const widths of [UNIT_WIDTHS, ROW_WIDTHS, SUMMARY_WIDTHS, FINDING_WIDTHS]) expect(widths).not.toContain(9);
  });

  test("each sheet links to the other; the findings still link to the ledger's cells", async () => {
    const [summary, detail] = progressLayouts(await progressReport());
    expect(summary.links).toEqual([{ row: expect.any(Number), col: 0, sheet: PROGRESS_DETAIL_SHEET, address: "A1" }]);
    expect(summary.rows[summary.links![0].row][0]).toBe("逐项的时间进度、完成进度和状态（共 5 项）见“进度分析明细”工作表。");
    expect(detail.links).toEqual([{ row: expect.any(Number), col: 0, sheet: PROGRESS_SHEET, address: "A1" }]);
    const reports = await validationReports();
    const [rules, findings] = reportLayouts(reports, "2023-06-30");
    expect(rules.links).toEqual([{ row: expect.any(Number), col: 0, sheet: REPORT_DETAIL_SHEET, address: "A1" }]);
    expect(findings.links?.[0]).toEqual({ row: expect.any(Number), col: 0, sheet: REPORT_SHEET, address: "A1" });
    const cells = reports[0].findings.filter((f) => f.cell).map((f) => ({ sheet: "台账", address: f.cell }));
    expect(cells.length).toBeGreaterThan(0);
    expect(findings.links?.slice(1).map((l) => ({ sheet: l.sheet, address: l.address }))).toEqual(cells);
    for (const l of findings.links!.slice(1)) expect(findings.rows[l.row][l.col]).toBe(l.address);
  });
});

test.each(RESULTS)("one font: every written cell of %s is in 宋体, the title bold and larger", async (sheet) => {
  const ws = (await loaded(await everyResult())).getWorksheet(sheet)!;
  expect(ws).toBeDefined();
  const names = new Set<string | undefined>();
  let cells = 0;
  for (let r = 1; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (cell.isMerged && cell.master !== cell) continue;
      names.add(cell.font?.name);
      cells++;
    }
  }
  expect(cells).toBeGreaterThan(50);
  expect([...names]).toEqual([SHEET_FONT]);
  expect(ws.getCell(1, 1).font).toMatchObject({ name: SHEET_FONT, bold: true, size: 16 });
});

describe("on A4 paper", () => {
  const everyLayout = async (): Promise<{ spec: SheetWrite; header: string }[]> => {
    const wb = await ledgerBook();
    const stage = valueOf(await stageCheck(wb, { stage: "q2", year: 2023, write: false }));
    return [
      ...progressLayouts(await progressReport()).map((spec) => ({ spec, header: "单位" })),
      ...reportLayouts(await validationReports(), "2023-06-30").map((spec, i) => ({ spec, header: i ? "序号" : "规则" })),
      { spec: stageLayout(stage), header: "序号" },
    ];
  };

  test("every sheet prints on A4 one page wide with its table's header repeated", async () => {
    for (const { spec, header } of await everyLayout()) {
      // The last table's header: on the q2 sheet, the rows behind (the table repeated).
      const top = spec.rows.map((r) => r[0]).lastIndexOf(header);
      expect(spec.print).toEqual({ orientation: expect.stringMatching(/^(portrait|landscape)$/), fitToWidth: true, repeatRows: { from: top, to: top } });
    }
  });

  test("headers and rows are as tall as their wrapped text (at 14.25 points a line of 宋体), titles and notes too", async () => {
    for (const { spec } of await everyLayout()) {
      const widths = spec.widths!;
      const merged = new Map((spec.merges ?? []).filter((m) => m.rowCount === 1).map((m) => [`${m.row}:${m.col}`, widths.slice(m.col, m.col + m.colCount).reduce((a, b) => a + b, 0)]));
      spec.rows.forEach((row, r) => {
        const lines = Math.max(1, ...row.map((v, c) => (typeof v === "string" ? linesOf(v, merged.get(`${r}:${c}`) ?? widths[c]) : 1)));
        if (lines === 1 && row.every((v) => typeof v !== "string")) return;
        const height = spec.rowHeights?.[r];
        expect({ sheet: spec.sheet, row: r, height: height !== undefined && height >= Math.min(lines, 12) * 14.25 }).toEqual({ sheet: spec.sheet, row: r, height: true });
      });
    }
  });

  test("a Han character counts more than two column units: a hint of 40 characters takes three lines of a 32-wide column", () => {
    // Excel: 宋体 11 is 15 px a character, a column unit 7 px, so 32 units hold 14 characters a line.
    expect(linesOf("合并单元格不便于筛选、排序和汇总；如需按行统计，建议取消合并并在每行填写相同内容", 32)).toBe(3);
    expect(linesOf("数据区有合并单元格", 14)).toBe(2);
    expect(linesOf("第一行\n第二行", 40)).toBe(2);
    expect(linesOf("", 10)).toBe(1);
  });
});
