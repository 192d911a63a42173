/**
 * The 进度分析 sheets as layouts (data, no I/O). Two sheets, so that each table has column widths
 * of its own (Excel's widths are the sheet's): 进度分析 with the check date, the time basis, the
 * per-unit summary (T, P, gap, rates, 时间过半任务过半, counts per status) and its chart; 进度分析明细
 * with one row per task. Each links to the other. Status colours come from conditional formats on
 * the status columns, not per-cell fills. Both print on A4 landscape, one page wide, their table's
 * header repeated on every page, in one font (`sheetFont.ts`).
 */
import type { CellArea, CellValue, ChartSpec, SheetWrite, TextConditionalFormat } from "../workbook/port";
import { ROW_STATUSES, type ProgressReady, type Rate, type UnitProgress } from "../domain/progress/types";
import { STATUS_FILLS } from "./palette";
import { bodyHeight, headerHeight } from "./rowHeight";
import { HEADER_STYLE, inSheetFont } from "./sheetStyle";
import { titledLines } from "./sheetLines";
import { say } from "../messages";

export const PROGRESS_SHEET = say("sheets.progress.name");
/** The sheet of the rows, one per task. */
export const PROGRESS_DETAIL_SHEET = say("sheets.progress.detailName");

/** Rows kept free under the unit summary for the chart. */
const CHART_ROWS = 18;
/** The chart is about this many column units wide (the columns it spans). */
const CHART_WIDTH = 100;
/** 单位, 行数, T, P, gap, three rates, 时间过半任务过半, then one narrow column per status. */
export const UNIT_WIDTHS = [16, 6, 10, 10, 10, 8, 8, 8, 10, ...ROW_STATUSES.map(() => 7)];
/** 单位, 行, 任务, 完成时限（原文）, 识别为, 开始日期, t, p, 状态, gap, 自评, 说明. */
export const ROW_WIDTHS = [14, 5, 24, 14, 11, 11, 10, 10, 10, 10, 8, 44];
const UNIT_HEADER = [
  say("sheets.head.unit"), say("sheets.progress.head.rows"), say("sheets.head.timeProgress"), say("sheets.head.taskProgress"), say("sheets.head.gap"),
  say("sheets.head.completionRate"), say("sheets.progress.head.dueCompletionRate"), say("sheets.progress.head.onScheduleRate"),
  say("sheets.progress.head.pass"), ...ROW_STATUSES,
];
const ROW_HEADER = [
  say("sheets.head.unit"), say("sheets.head.row"), say("sheets.head.task"), say("sheets.progress.head.deadlineText"), say("sheets.progress.head.readAs"),
  say("sheets.progress.head.start"), say("sheets.head.rowTime"), say("sheets.head.rowCompletion"), say("sheets.head.status"),
  say("sheets.progress.head.rowGap"), say("sheets.progress.head.self"), say("sheets.head.note"),
];

/** Fills of the row statuses and of pass/fail, by role. */
export const PROGRESS_FILLS: Record<string, { fill: string; font: string }> = {
  ...STATUS_FILLS,
  超前: { fill: "#C6EFCE", font: "#006100" },
  未填报: { fill: "#FFEB9C", font: "#9C5700" },
  无法判定: { fill: "#EDEDED", font: "#3A3A3A" },
  否: { fill: "#FFC7CE", font: "#9C0006" },
  是: { fill: "#C6EFCE", font: "#006100" },
};

const rate = (r: Rate): CellValue => r.value;
/** 是 / 否 (distinct texts, so "text contains" colours cannot overlap); 无法判断 when P or T is unknown. */
const passText = (u: UnitProgress): string => (u.pass === null ? "无法判断" : u.pass ? "是" : "否");

function unitLine(u: UnitProgress): CellValue[] {
  return [
    u.unit, u.rows, u.timeProgress, u.taskProgress, u.gap,
    rate(u.completionRate), rate(u.dueCompletionRate), rate(u.onScheduleRate), passText(u),
    ...ROW_STATUSES.map((s) => u.counts[s]),
  ];
}

/** Both 进度分析 sheets of a progress report: the unit summary, then the rows. */
export function progressLayouts(report: ProgressReady): [SheetWrite, SheetWrite] {
  return [progressLayout(report), progressDetailLayout(report)];
}

/** The 进度分析 sheet: the check, the per-unit summary with its chart, a link to the rows. */
export function progressLayout(report: ProgressReady): SheetWrite {
  const widths = UNIT_WIDTHS;
  const width = widths.length;
  const { rows, merges, styles, pad, heights, line, title } = titledLines(widths);
  title(say("sheets.progress.title", { sheet: report.sheet }));
  line(say("sheets.checkDate", { checkDate: report.checkDate, basis: report.basisLabel }));
  line(report.ruleLabel);
  for (const warning of report.warnings) line(say("sheets.warning", { warning }));
  const linkRow = line(say("sheets.progress.toDetail", { count: report.rows.length, sheet: PROGRESS_DETAIL_SHEET }));
  rows.push(pad([]));

  const unitTop = rows.length;
  rows.push(pad(UNIT_HEADER));
  heights.set(unitTop, headerHeight(UNIT_HEADER, widths));
  for (const u of report.units) rows.push(pad(unitLine(u)));
  rows.push(pad(unitLine(report.total)));
  const unitRows = report.units.length + 1;
  for (let i = unitTop + 1; i <= unitTop + unitRows; i++) heights.set(i, bodyHeight(rows[i], widths, 3));
  rows.push(pad([]));

  // A native chart of each unit's P against T, in the rows kept free under the summary.
  const chartTop = rows.length;
  const chartRows = report.units.length ? CHART_ROWS : 0;
  for (let i = 0; i < chartRows; i++) rows.push(pad([]));
  const unitArea = (col: number): CellArea => ({ row: unitTop + 1, col, rowCount: report.units.length, colCount: 1 });
  let chartCols = 0;
  for (let sum = 0; chartCols < width && sum < CHART_WIDTH; chartCols++) sum += widths[chartCols];
  const charts: ChartSpec[] = report.units.length
    ? [{
        title: say("sheets.progress.chart", { checkDate: report.checkDate }),
        kind: "column",
        categories: unitArea(0),
        series: [{ name: say("sheets.head.timeProgress"), values: unitArea(2) }, { name: say("sheets.head.taskProgress"), values: unitArea(3) }],
        anchor: { row: chartTop, col: 0, rowCount: chartRows - 1, colCount: chartCols },
        valueFormat: "0%",
      }]
    : [];

  styles.push(
    { area: { row: unitTop, col: 0, rowCount: 1, colCount: width }, ...HEADER_STYLE },
    { area: { row: unitTop + 1, col: 0, rowCount: unitRows, colCount: width }, border: true, wrap: true, vertical: "middle" },
    { area: { row: unitTop + 1, col: 1, rowCount: unitRows, colCount: width - 1 }, horizontal: "center" },
    { area: { row: unitTop + unitRows, col: 0, rowCount: 1, colCount: width }, bold: true },
  );
  const conditionalFormats: TextConditionalFormat[] = ["是", "否"].map((text) => ({
    area: { row: unitTop + 1, col: 8, rowCount: unitRows, colCount: 1 }, text, fill: PROGRESS_FILLS[text].fill, fontColor: PROGRESS_FILLS[text].font,
  }));
  return inSheetFont({
    sheet: PROGRESS_SHEET,
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    numberFormats: [{ area: { row: unitTop + 1, col: 2, rowCount: unitRows, colCount: 6 }, format: "0.0%" }],
    conditionalFormats,
    links: [{ row: linkRow, col: 0, sheet: PROGRESS_DETAIL_SHEET, address: "A1" }],
    charts,
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: unitTop, to: unitTop } },
    rowHeights: rows.map((_r, i) => heights.get(i)),
    activate: false,
  });
}

/** The 进度分析明细 sheet: one row per task, sortable (no merged cell in the table), a link back. */
export function progressDetailLayout(report: ProgressReady): SheetWrite {
  const widths = ROW_WIDTHS;
  const width = widths.length;
  const { rows, merges, styles, pad, heights, line, title } = titledLines(widths);
  title(say("sheets.progress.detailTitle", { sheet: report.sheet }));
  line(say("sheets.checkDate", { checkDate: report.checkDate, basis: report.basisLabel }));
  line(report.ruleLabel);
  const linkRow = line(say("sheets.progress.toSummary", { sheet: PROGRESS_SHEET }));
  rows.push(pad([]));

  const top = rows.length;
  rows.push([...ROW_HEADER]);
  heights.set(top, headerHeight(ROW_HEADER, widths));
  for (const r of report.rows) {
    const cells: CellValue[] = [
      r.unit, r.row, r.task, r.deadlineText, r.deadline.due ?? (r.deadline.kind === "none" ? "无法识别" : r.deadline.kind === "ongoing" ? "长期" : "周期性"),
      r.start, r.t, r.p, r.status + (r.lateCompletion ? "（逾期完成）" : ""), r.gap, r.selfAssessment ?? null, r.explain,
    ];
    heights.set(rows.length, bodyHeight(cells, widths, 12));
    rows.push(cells);
  }
  const bodyRows = Math.max(report.rows.length, 1);
  styles.push(
    { area: { row: top, col: 0, rowCount: 1, colCount: width }, ...HEADER_STYLE },
    { area: { row: top + 1, col: 0, rowCount: bodyRows, colCount: width }, border: true, wrap: true, vertical: "top" },
    { area: { row: top + 1, col: 1, rowCount: bodyRows, colCount: 1 }, horizontal: "center" },
    { area: { row: top + 1, col: 4, rowCount: bodyRows, colCount: 7 }, horizontal: "center" },
  );
  const statusArea: CellArea = { row: top + 1, col: 8, rowCount: bodyRows, colCount: 1 };
  const conditionalFormats: TextConditionalFormat[] = Object.entries(PROGRESS_FILLS)
    .filter(([text]) => text !== "是" && text !== "否")
    .map(([text, c]) => ({ area: statusArea, text, fill: c.fill, fontColor: c.font }));
  const percent = (col: number, colCount: number) => ({ area: { row: top + 1, col, rowCount: bodyRows, colCount }, format: "0.0%" });
  return inSheetFont({
    sheet: PROGRESS_DETAIL_SHEET,
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    numberFormats: [percent(6, 2), percent(9, 1)],
    conditionalFormats,
    links: [{ row: linkRow, col: 0, sheet: PROGRESS_SHEET, address: "A1" }],
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: top, to: top } },
    rowHeights: rows.map((_r, i) => heights.get(i)),
    activate: false,
  });
}
