/**
 * The 校验结果 sheet as a layout (data, no I/O): a title, the counts by rule and severity, then
 * one row per finding with a link to its cell, the cell's text, how it was read, the message and
 * the hint. Printable on A4 landscape, findings header repeated on every page.
 */
import type { CellArea, CellValue, SheetWrite, InternalLink, AreaStyle } from "../workbook/port";
import type { SheetReport, Severity } from "../domain/validate/types";
import { RULE_IDS } from "../domain/validate/types";
import { RULES } from "../domain/validate/catalogue";
import type { FieldId } from "../domain/lists/schema";
import { LISTS } from "../domain/lists/catalogue";
import { say } from "../messages";
import { MARK_FILLS } from "./palette";
import { heightFor } from "./rowHeight";

export const REPORT_SHEET = say("sheets.report.name");

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

const FINDING_HEADER = [
  say("sheets.head.seq"), say("sheets.head.sheet"), say("sheets.head.cell"), say("sheets.head.row"), say("sheets.report.head.item"),
  say("sheets.head.severity"), say("sheets.head.rule"), say("sheets.report.head.cellText"), say("sheets.report.head.reading"),
  say("sheets.report.head.message"), say("sheets.report.head.hint"), say("sheets.head.ruleId"),
];
const FINDING_WIDTHS = [6, 12, 8, 5, 10, 6, 14, 24, 26, 30, 30, 16];

/** The Chinese name of a field as the list's header writes it. */
export function fieldName(listId: string | null, field: FieldId | undefined): string {
  if (!field) return "";
  const list = LISTS.find((l) => l.id === listId);
  return list?.columns.find((c) => c.field === field)?.name ?? field;
}

/** Build the 校验结果 layout for one or more sheet reports, dated `checkedOn` (yyyy-mm-dd). */
export function reportLayout(reports: readonly SheetReport[], checkedOn: string): SheetWrite {
  const width = FINDING_HEADER.length;
  const blank = (): CellValue[] => new Array<CellValue>(width).fill(null);
  const line = (...cells: CellValue[]): CellValue[] => [...cells, ...blank()].slice(0, width);
  const rows: CellValue[][] = [];
  const merges: CellArea[] = [];
  const styles: AreaStyle[] = [];
  const links: InternalLink[] = [];
  const fullLine = (row: number) => merges.push({ row, col: 0, rowCount: 1, colCount: width });

  const total = { error: 0, warning: 0, info: 0 };
  for (const r of reports) for (const s of ["error", "warning", "info"] as const) total[s] += r.counts[s];
  const names = reports.map((r) => (r.list ? say("sheets.quotedWithNote", { sheet: r.sheet, note: r.list }) : say("sheets.quoted", { sheet: r.sheet }))).join("、");

  rows.push(line(say("sheets.report.title")));
  fullLine(0);
  const checked = reports.reduce((n, r) => n + r.rows, 0);
  rows.push(line(say("sheets.report.checked", { checkedOn, sheets: names, rows: checked, ...total })));
  fullLine(1);
  for (const r of reports.filter((x) => x.message)) {
    fullLine(rows.length);
    rows.push(line(say("sheets.report.failed", { sheet: r.sheet, message: r.message ?? "" })));
  }
  rows.push(blank());

  // Counts by rule and severity: 规则 (A:B) 规则编号 (C:F, wide enough for the longest id) 级别 (G)
  // 条数 (H) 说明 (I:end, wrapped).
  const summaryTop = rows.length;
  const summaryHeights = new Map<number, number>();
  const summaryWidths = [FINDING_WIDTHS[0] + FINDING_WIDTHS[1], FINDING_WIDTHS.slice(2, 6).reduce((a, b) => a + b, 0), FINDING_WIDTHS[6], FINDING_WIDTHS[7], FINDING_WIDTHS.slice(8).reduce((a, b) => a + b, 0)];
  const summaryLine = (title: CellValue, id: CellValue, severity: CellValue, count: CellValue, when: CellValue) => {
    const row = rows.length;
    merges.push({ row, col: 0, rowCount: 1, colCount: 2 }, { row, col: 2, rowCount: 1, colCount: 4 }, { row, col: 8, rowCount: 1, colCount: width - 8 });
    summaryHeights.set(row, Math.max(18, heightFor([title, id, severity, count, when], summaryWidths, 4) + 3));
    rows.push(line(title, null, id, null, null, null, severity, count, when));
  };
  summaryLine(say("sheets.head.rule"), say("sheets.head.ruleId"), say("sheets.head.severity"), say("sheets.report.head.count"), say("sheets.head.note"));
  for (const id of RULE_IDS) {
    const n = reports.reduce((sum, r) => sum + (r.byRule[id] ?? 0), 0);
    const severity = reports.flatMap((r) => r.findings).find((f) => f.rule === id)?.severity ?? RULES[id].severity;
    summaryLine(RULES[id].title, id, SEVERITY_LABEL[severity], n, RULES[id].when);
  }
  styles.push({ area: { row: summaryTop, col: 0, rowCount: 1, colCount: width }, bold: true, fill: "#D9E2F3", border: true });
  styles.push({ area: { row: summaryTop + 1, col: 0, rowCount: RULE_IDS.length, colCount: width }, border: true, wrap: true, vertical: "top" });
  rows.push(blank());

  // One row per finding.
  const findingsTop = rows.length;
  rows.push([...FINDING_HEADER]);
  let n = 0;
  for (const r of reports) {
    for (const f of r.findings) {
      n++;
      const row = rows.length;
      rows.push([
        n, f.sheet, f.cell ?? say("validate.wholeSheet"), f.row ?? null, fieldName(r.listId, f.field), SEVERITY_LABEL[f.severity],
        RULES[f.rule].title, f.text ?? null, f.reading ?? null, f.message, f.hint, f.rule,
      ]);
      if (f.cell) links.push({ row, col: 2, sheet: f.sheet, address: f.cell });
    }
  }
  if (n === 0) {
    fullLine(rows.length);
    rows.push(line(say("sheets.report.none")));
  }
  const findingRows = rows.length - findingsTop - 1;
  styles.push(
    { area: { row: 0, col: 0, rowCount: 1, colCount: width }, bold: true, fontSize: 16, fontName: "黑体", horizontal: "center", vertical: "middle" },
    { area: { row: 1, col: 0, rowCount: 1, colCount: width }, fontSize: 11 },
    { area: { row: findingsTop, col: 0, rowCount: 1, colCount: width }, bold: true, fill: "#D9E2F3", border: true, horizontal: "center", wrap: true },
    { area: { row: findingsTop + 1, col: 0, rowCount: Math.max(findingRows, 1), colCount: width }, border: true, wrap: true, vertical: "top" },
  );
  const severityArea = { row: findingsTop + 1, col: 5, rowCount: Math.max(findingRows, 1), colCount: 1 };
  return {
    sheet: REPORT_SHEET,
    ifExists: "replace",
    rows,
    widths: FINDING_WIDTHS,
    merges,
    styles,
    links,
    conditionalFormats: [
      { area: severityArea, text: "错误", fill: MARK_FILLS.error, fontColor: "#9C0006" },
      { area: severityArea, text: "警告", fill: MARK_FILLS.warning, fontColor: "#9C5700" },
      { area: severityArea, text: "提示", fill: MARK_FILLS.info, fontColor: "#1F4E79" },
    ],
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: findingsTop, to: findingsTop } },
    rowHeights: rows.map((r, i) => (i === 0 ? 30 : i > findingsTop ? heightFor(r, FINDING_WIDTHS) : summaryHeights.get(i))),
    activate: false,
  };
}
