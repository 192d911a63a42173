/**
 * 识别工作表 (inspect): which list a sheet is, where its header is, which column is which
 * field and what is missing. Shared by the pane, the ribbon and `luoshi inspect`.
 */
import type { WorkbookPort } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import type { Recognition } from "../domain/recognize/types";
import type { FieldId } from "../domain/lists/schema";
import { columnLetter } from "../domain/text/a1";
import { isResultSheet, resultSheetMessage } from "./ownSheets";

/** The result of inspecting one sheet: plain data for every edge. */
export interface SheetInspection {
  sheet: string;
  recognition: Recognition;
}

/** JSON form of one inspected sheet, as `luoshi inspect --json` prints it. */
export interface InspectionJson {
  sheet: string;
  list: string | null;
  listId: string | null;
  headerRow: number | null;
  year: number | null;
  unit: string | null;
  columns: Partial<Record<FieldId, string>>;
  missing: FieldId[];
  dataRows: number;
  message?: string;
}

/** Inspect one sheet (the active one when none is named). */
export async function inspectSheet(wb: WorkbookPort, sheet?: string, options: { year?: number } = {}): Promise<SheetInspection> {
  const snapshot = await wb.readSheet(sheet);
  if (isResultSheet(snapshot.name)) return { sheet: snapshot.name, recognition: { ok: false, reason: "not-ledger", message: resultSheetMessage(snapshot.name) } };
  return { sheet: snapshot.name, recognition: recognize(snapshot, options) };
}

/** Inspect every visible sheet of the workbook, in tab order. */
export async function inspectWorkbook(wb: WorkbookPort, options: { year?: number } = {}): Promise<SheetInspection[]> {
  const sheets = (await wb.listSheets()).filter((s) => s.visible);
  const out: SheetInspection[] = [];
  for (const s of sheets) out.push(await inspectSheet(wb, s.name, options));
  return out;
}

/** The JSON shape (header row 1-based as the clerk sees it; columns as letters). */
export function inspectionToJson(i: SheetInspection): InspectionJson {
  const r = i.recognition;
  if (!r.ok) {
    return { sheet: i.sheet, list: null, listId: null, headerRow: null, year: null, unit: null, columns: {}, missing: [], dataRows: 0, message: r.message };
  }
  const columns: Partial<Record<FieldId, string>> = {};
  for (const c of r.columns) columns[c.field] = columnLetter(c.col);
  return {
    sheet: i.sheet,
    list: r.list.name,
    listId: r.list.id,
    headerRow: r.headerBottom + 1,
    year: r.year?.value ?? null,
    unit: r.unit?.value ?? null,
    columns,
    missing: r.missing,
    dataRows: r.dataRows.length,
  };
}

/** A zh-CN summary in a sentence or three, for the ribbon's message and the CLI. */
export function describeInspection(i: SheetInspection): string {
  const r = i.recognition;
  if (!r.ok) return r.message;
  const nameOf = (f: FieldId) => r.list.columns.find((c) => c.field === f)?.name ?? f;
  const header = r.headerTop === r.headerBottom ? `第${r.headerTop + 1}行` : `第${r.headerTop + 1}—${r.headerBottom + 1}行`;
  const found = r.columns.filter((c) => !c.field.startsWith("month")).map((c) => `${nameOf(c.field)}(${columnLetter(c.col)}列)`);
  const months = r.columns.filter((c) => c.field.startsWith("month")).length;
  const parts = [
    `工作表“${i.sheet}”识别为《${r.list.name}》，表头在${header}，共${r.dataRows.length}行数据。`,
    `找到的列：${found.join("、")}${months ? `，另有${months}个月度列` : ""}。`,
  ];
  if (r.missing.length) parts.push(`缺少必需的列：${r.missing.map(nameOf).join("、")}，请在表头中补上。`);
  else parts.push("必需的列齐全。");
  return parts.join("");
}
