/**
 * The 进度分析 sheet as a layout (data, no I/O): the check date and time basis at the top, the
 * per-unit summary (T, P, gap, rates, 时间过半任务过半, counts per status), then one row per task.
 * Status colours come from conditional formats on the status columns, not per-cell fills.
 */
import type { AreaStyle, CellArea, CellValue, ChartSpec, SheetWrite, TextConditionalFormat } from "../workbook/port";
import { ROW_STATUSES, type ProgressReady, type Rate, type UnitProgress } from "../domain/progress/types";
import { STATUS_FILLS } from "./palette";
import { heightFor } from "./rowHeight";
import { say } from "../messages";

export const PROGRESS_SHEET = say("sheets.progress.name");

/** Rows kept free under the unit summary for the chart. */
const CHART_ROWS = 18;
const WIDTHS = [16, 6, 26, 13, 12, 11, 9, 9, 9, 9, 10, 34, 7, 7, 7, 7, 7, 7];
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

/** Build the 进度分析 layout of a progress report. */
export function progressLayout(report: ProgressReady): SheetWrite {
  const width = WIDTHS.length;
  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...new Array<CellValue>(width).fill(null)].slice(0, width);
  const rows: CellValue[][] = [];
  const merges: CellArea[] = [];
  const styles: AreaStyle[] = [];
  const fullLine = (text: string) => {
    merges.push({ row: rows.length, col: 0, rowCount: 1, colCount: width });
    rows.push(pad([text]));
  };

  fullLine(say("sheets.progress.title", { sheet: report.sheet }));
  fullLine(say("sheets.checkDate", { checkDate: report.checkDate, basis: report.basisLabel }));
  fullLine(report.ruleLabel);
  for (const warning of report.warnings) fullLine(say("sheets.warning", { warning }));
  rows.push(pad([]));

  const unitTop = rows.length;
  rows.push(pad(UNIT_HEADER));
  for (const u of report.units) rows.push(pad(unitLine(u)));
  rows.push(pad(unitLine(report.total)));
  const unitRows = report.units.length + 1;
  rows.push(pad([]));

  // A native chart of each unit's P against T, in the rows kept free under the summary.
  const chartTop = rows.length;
  const chartRows = report.units.length ? CHART_ROWS : 0;
  for (let i = 0; i < chartRows; i++) rows.push(pad([]));
  const unitArea = (col: number): CellArea => ({ row: unitTop + 1, col, rowCount: report.units.length, colCount: 1 });
  const charts: ChartSpec[] = report.units.length
    ? [{
        title: say("sheets.progress.chart", { checkDate: report.checkDate }),
        kind: "column",
        categories: unitArea(0),
        series: [{ name: say("sheets.head.timeProgress"), values: unitArea(2) }, { name: say("sheets.head.taskProgress"), values: unitArea(3) }],
        anchor: { row: chartTop, col: 0, rowCount: chartRows - 1, colCount: 8 },
        valueFormat: "0%",
      }]
    : [];

  const rowTop = rows.length;
  rows.push(pad(ROW_HEADER));
  for (const r of report.rows) {
    rows.push(pad([
      r.unit, r.row, r.task, r.deadlineText, r.deadline.due ?? (r.deadline.kind === "none" ? "无法识别" : r.deadline.kind === "ongoing" ? "长期" : "周期性"),
      r.start, r.t, r.p, r.status + (r.lateCompletion ? "（逾期完成）" : ""), r.gap, r.selfAssessment ?? null, r.explain,
    ]));
  }
  const detailRows = Math.max(report.rows.length, 1);

  const headerStyle = { bold: true, fill: "#D9E2F3", border: true, wrap: true, horizontal: "center" as const, vertical: "middle" as const };
  styles.push(
    { area: { row: 0, col: 0, rowCount: 1, colCount: width }, bold: true, fontSize: 16, fontName: "黑体", horizontal: "center" },
    { area: { row: unitTop, col: 0, rowCount: 1, colCount: width }, ...headerStyle },
    { area: { row: unitTop + 1, col: 0, rowCount: unitRows, colCount: width }, border: true },
    { area: { row: unitTop + unitRows, col: 0, rowCount: 1, colCount: width }, bold: true },
    { area: { row: rowTop, col: 0, rowCount: 1, colCount: ROW_HEADER.length }, ...headerStyle },
    { area: { row: rowTop + 1, col: 0, rowCount: detailRows, colCount: ROW_HEADER.length }, border: true, wrap: true, vertical: "top" },
  );
  const percent = (row: number, col: number, rowCount: number, colCount: number) => ({ area: { row, col, rowCount, colCount }, format: "0.0%" });
  const unitStatus: CellArea = { row: unitTop + 1, col: 8, rowCount: unitRows, colCount: 1 };
  const rowStatus: CellArea = { row: rowTop + 1, col: 8, rowCount: detailRows, colCount: 1 };
  const conditionalFormats: TextConditionalFormat[] = [];
  for (const [text, c] of Object.entries(PROGRESS_FILLS)) {
    if (text === "是" || text === "否") conditionalFormats.push({ area: unitStatus, text, fill: c.fill, fontColor: c.font });
    else conditionalFormats.push({ area: rowStatus, text, fill: c.fill, fontColor: c.font });
  }
  return {
    sheet: PROGRESS_SHEET,
    ifExists: "replace",
    rows,
    widths: WIDTHS,
    merges,
    styles,
    numberFormats: [
      percent(unitTop + 1, 2, unitRows, 6),
      percent(rowTop + 1, 6, detailRows, 2),
      percent(rowTop + 1, 9, detailRows, 1),
    ],
    conditionalFormats,
    charts,
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: rowTop, to: rowTop } },
    // Headers as tall as their wrapped names (时间过半任务过半 in a narrow column); a row as tall as
    // its 说明 (up to 12 lines), so nothing is cut off on paper.
    rowHeights: rows.map((r, i) => (i === unitTop || i === rowTop ? Math.max(30, heightFor(r, WIDTHS, 4) + 4) : i > rowTop ? heightFor(r, WIDTHS, 12) : undefined)),
    activate: false,
  };
}
