/**
 * The 校验结果 sheets as layouts (data, no I/O). Two sheets, so that each table has column widths
 * of its own (Excel's widths are the sheet's): 校验结果 with a title, what was checked and the
 * counts by rule and severity with each rule's 说明 (A4 portrait); 校验结果明细 with one row per
 * finding: a link to its cell, the cell's text, how it was read, the message and the hint (A4
 * landscape, header repeated on every page). Each links to the other; one font (`sheetStyle.ts`).
 */
import type { CellArea, InternalLink, SheetWrite, TextConditionalFormat } from "../workbook/port";
import type { SheetReport, Severity } from "../domain/validate/types";
import { RULE_IDS } from "../domain/validate/types";
import { RULES } from "../domain/validate/catalogue";
import type { FieldId } from "../domain/lists/schema";
import { LISTS } from "../domain/lists/catalogue";
import { say } from "../messages";
import { MARK_FILLS } from "./palette";
import { bodyHeight, headerHeight } from "./rowHeight";
import { HEADER_STYLE, inSheetFont } from "./sheetStyle";
import { titledLines } from "./sheetLines";

export const REPORT_SHEET = say("sheets.report.name");
/** The sheet of the findings, one per row. */
export const REPORT_DETAIL_SHEET = say("sheets.report.detailName");

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

const FINDING_HEADER = [
  say("sheets.head.seq"), say("sheets.head.sheet"), say("sheets.head.cell"), say("sheets.head.row"), say("sheets.report.head.item"),
  say("sheets.head.severity"), say("sheets.head.rule"), say("sheets.report.head.cellText"), say("sheets.report.head.reading"),
  say("sheets.report.head.message"), say("sheets.report.head.hint"), say("sheets.head.ruleId"),
];
/** 序号, 工作表, 单元格, 行, 项目, 级别, 规则, 单元格内容, 识别结果, 问题, 修改建议, 规则编号. */
export const FINDING_WIDTHS = [5, 10, 7, 5, 10, 6, 14, 20, 22, 32, 32, 16];
const SUMMARY_HEADER = [say("sheets.head.rule"), say("sheets.head.ruleId"), say("sheets.head.severity"), say("sheets.report.head.count"), say("sheets.head.note")];
/** 规则, 规则编号 (the longest id whole), 级别, 条数, 说明. */
export const SUMMARY_WIDTHS = [20, 28, 6, 6, 52];

/** The Chinese name of a field as the list's header writes it. */
export function fieldName(listId: string | null, field: FieldId | undefined): string {
  if (!field) return "";
  const list = LISTS.find((l) => l.id === listId);
  return list?.columns.find((c) => c.field === field)?.name ?? field;
}

/** The 校验结果 and 校验结果明细 sheets for one or more sheet reports, dated `checkedOn` (yyyy-mm-dd). */
export function reportLayouts(reports: readonly SheetReport[], checkedOn: string): [SheetWrite, SheetWrite] {
  return [reportLayout(reports, checkedOn), findingsLayout(reports, checkedOn)];
}

/** What was checked, when, and the counts: the line under both titles. */
function checkedLine(reports: readonly SheetReport[], checkedOn: string): string {
  const total = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const s of ["error", "warning", "info"] as const) total[s] += r.counts[s];
  const sheets = reports.map((r) => (r.list ? say("sheets.quotedWithNote", { sheet: r.sheet, note: r.list }) : say("sheets.quoted", { sheet: r.sheet }))).join("、");
  return say("sheets.report.checked", { checkedOn, sheets, rows: reports.reduce((n, r) => n + r.rows, 0), ...total });
}

/** The 校验结果 sheet: title, what was checked, a link to the findings, the counts by rule with each rule's 说明. */
export function reportLayout(reports: readonly SheetReport[], checkedOn: string): SheetWrite {
  const widths = SUMMARY_WIDTHS;
  const width = widths.length;
  const { rows, merges, styles, pad, heights, line, title } = titledLines(widths);
  title(say("sheets.report.title"));
  line(checkedLine(reports, checkedOn));
  for (const r of reports.filter((x) => x.message)) line(say("sheets.report.failed", { sheet: r.sheet, message: r.message ?? "" }));
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);
  const linkRow = line(say("sheets.report.toDetail", { count: findings, sheet: REPORT_DETAIL_SHEET }));
  rows.push(pad([]));

  const top = rows.length;
  rows.push([...SUMMARY_HEADER]);
  heights.set(top, headerHeight(SUMMARY_HEADER, widths));
  for (const id of RULE_IDS) {
    const n = reports.reduce((sum, r) => sum + (r.byRule[id] ?? 0), 0);
    const severity = reports.flatMap((r) => r.findings).find((f) => f.rule === id)?.severity ?? RULES[id].severity;
    const cells = [RULES[id].title, id, SEVERITY_LABEL[severity], n, RULES[id].when];
    heights.set(rows.length, bodyHeight(cells, widths, 6));
    rows.push(cells);
  }
  styles.push(
    { area: { row: top, col: 0, rowCount: 1, colCount: width }, ...HEADER_STYLE },
    { area: { row: top + 1, col: 0, rowCount: RULE_IDS.length, colCount: width }, border: true, wrap: true, vertical: "top" },
    { area: { row: top + 1, col: 2, rowCount: RULE_IDS.length, colCount: 2 }, horizontal: "center" },
  );
  const severityArea = { row: top + 1, col: 2, rowCount: RULE_IDS.length, colCount: 1 };
  return inSheetFont({
    sheet: REPORT_SHEET,
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    links: [{ row: linkRow, col: 0, sheet: REPORT_DETAIL_SHEET, address: "A1" }],
    conditionalFormats: severityColours(severityArea),
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "portrait", fitToWidth: true, repeatRows: { from: top, to: top } },
    rowHeights: rows.map((_r, i) => heights.get(i)),
    activate: false,
  });
}

/** The 校验结果明细 sheet: one row per finding, its cell linked, sortable (no merged cell in the table). */
export function findingsLayout(reports: readonly SheetReport[], checkedOn: string): SheetWrite {
  const widths = FINDING_WIDTHS;
  const width = widths.length;
  const { rows, merges, styles, pad, heights, line, title, fullLine } = titledLines(widths);
  const links: InternalLink[] = [];
  title(say("sheets.report.detailTitle"));
  line(checkedLine(reports, checkedOn));
  links.push({ row: line(say("sheets.report.toSummary", { sheet: REPORT_SHEET })), col: 0, sheet: REPORT_SHEET, address: "A1" });
  rows.push(pad([]));

  const top = rows.length;
  rows.push([...FINDING_HEADER]);
  heights.set(top, headerHeight(FINDING_HEADER, widths));
  let n = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      n++;
      const row = rows.length;
      const cells = [
        n, f.sheet, f.cell ?? say("validate.wholeSheet"), f.row ?? null, fieldName(r.listId, f.field), SEVERITY_LABEL[f.severity],
        RULES[f.rule].title, f.text ?? null, f.reading ?? null, f.message, f.hint, f.rule,
      ];
      heights.set(row, bodyHeight(cells, widths));
      rows.push(cells);
      if (f.cell) links.push({ row, col: 2, sheet: f.sheet, address: f.cell });
    }
  }
  if (n === 0) {
    heights.set(rows.length, bodyHeight([], widths));
    fullLine(say("sheets.report.none"), { horizontal: "center" });
  }
  const bodyRows = Math.max(n, 1);
  styles.push(
    { area: { row: top, col: 0, rowCount: 1, colCount: width }, ...HEADER_STYLE },
    { area: { row: top + 1, col: 0, rowCount: bodyRows, colCount: width }, border: true, wrap: true, vertical: "top" },
    { area: { row: top + 1, col: 0, rowCount: bodyRows, colCount: 1 }, horizontal: "center" },
    { area: { row: top + 1, col: 3, rowCount: bodyRows, colCount: 1 }, horizontal: "center" },
    { area: { row: top + 1, col: 5, rowCount: bodyRows, colCount: 1 }, horizontal: "center" },
  );
  return inSheetFont({
    sheet: REPORT_DETAIL_SHEET,
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    links,
    conditionalFormats: severityColours({ row: top + 1, col: 5, rowCount: bodyRows, colCount: 1 }),
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: top, to: top } },
    rowHeights: rows.map((_r, i) => heights.get(i)),
    activate: false,
  });
}

/** 错误 red, 警告 amber, 提示 blue, as the marks on the ledger. */
function severityColours(area: CellArea): TextConditionalFormat[] {
  return [
    { area, text: "错误", fill: MARK_FILLS.error, fontColor: "#9C0006" },
    { area, text: "警告", fill: MARK_FILLS.warning, fontColor: "#9C5700" },
    { area, text: "提示", fill: MARK_FILLS.info, fontColor: "#1F4E79" },
  ];
}
