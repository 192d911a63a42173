/**
 * Shared by the standardize tests: a ledger with every mess at once, fixture sheets written to
 * a real .xlsx and opened through ExcelJsWorkbook, and an in-memory CliIo.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/domain/sheet";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { FixtureSheet } from "../fixtures/snapshot";
import { merge, serial } from "../fixtures/ledger-data/helpers";

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const PLAN = (...done: string[]): CellValue[] => [...done, ...new Array<CellValue>(12 - done.length).fill(null)];
const WIDTH = 21;

/**
 * Two-level header (月度进展 over 1月…12月, the rest merged down), a task merged over two
 * measure rows, sections (merged across, and in 序号 only), a blank row, text deadlines
 * (one with stages, one unreadable, one ongoing), a date serial, no 责任人 column, an extra
 * column (联系电话), a column without a header, a note and a signature line.
 */
export const EVERY_MESS: FixtureSheet = {
  sheet: "烟庄街道",
  rows: [
    ["冠县烟庄街道2023年度重点工作任务台账"],
    ["填报单位：烟庄街道", null, null, null, null, null, null, null, null, null, "填报日期：2023年2月8日"],
    ["序号", "重点任务", "工作目标", "推进措施", "完成时间节点", "牵头科室", "月度进展", ...new Array<CellValue>(11).fill(null), "联系电话", null, "进展情况"],
    [null, null, null, null, null, null, ...MONTHS, null, null, null],
    ["一、产业发展"],
    [1, "招商引资", "引进亿元以上项目5个", "1.赴长三角驻点招商", "2023年6月30日", "招商办", ...PLAN("对接", "签约"), "0635-1234567", "重点", "已签约2个"],
    [null, null, null, "2.以商招商，每月调度", "三季度末", "招商办", ...PLAN(), null, null, "洽谈3个"],
    [],
    [2, "项目建设", "完成固定资产投资3亿元", "挂图作战，倒排工期", "9月底前完成主体，年底前投用", "经发办", ...PLAN("开工"), null, null, "主体完成40%"],
    ["（二）民生保障"],
    [3, "背街小巷整治", "整治背街小巷12条", "分批施工，一巷一策", "尽快", "城管科", ...PLAN(), null, null, null],
    [4, "养老服务", "建成日间照料中心2处", "整合闲置资源，引入社会力量运营", "长期坚持", "民政办", ...PLAN(), null, null, "已选址"],
    [5, "文明创建", "创建市级文明社区1个", "开展志愿服务进社区", serial(2023, 11, 30), "宣传办", ...PLAN(), null, null, null],
    ["注：完成时间节点请写具体日期。"],
    ["填表人：刘芳", null, null, "审核人：张伟"],
  ],
  merges: [
    merge(0, 0, 1, WIDTH), merge(1, 0, 1, 10), merge(1, 10, 1, 11),
    ...[0, 1, 2, 3, 4, 5, 18, 19, 20].map((c) => merge(2, c, 2, 1)), merge(2, 6, 1, 12),
    merge(4, 0, 1, WIDTH), merge(5, 0, 2, 1), merge(5, 1, 2, 1), merge(5, 2, 2, 1),
    merge(13, 0, 1, WIDTH),
  ],
  formats: [{ row: 12, col: 4, format: "yyyy-mm-dd" }],
};

/** Write fixture sheets to .xlsx bytes the way a clerk's file would arrive. */
export async function xlsxOf(...sheets: FixtureSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const f of sheets) {
    const ws = wb.addWorksheet(f.sheet);
    f.rows.forEach((cells, r) =>
      cells.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v;
      }),
    );
    for (const m of f.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
    for (const fmt of f.formats ?? []) ws.getCell(fmt.row + 1, fmt.col + 1).numFmt = fmt.format;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Fixture sheets opened through the adapter the CLI uses. */
export async function workbookOf(...sheets: FixtureSheet[]): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.load(await xlsxOf(...sheets));
}

export { memoryIo } from "../fixtures/memoryIo";
