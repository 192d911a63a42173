/**
 * 识别工作表 (inspect): which list a sheet is, where its header is, which column is which
 * field and what is missing. The pane inspects the active sheet, `luoshi inspect` every
 * visible sheet. A sheet that is not a ledger is part of the answer, not a failure.
 */
import type { WorkbookPort } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import type { Recognized } from "../domain/recognize/types";
import type { FieldId } from "../domain/lists/schema";
import { columnLetter } from "../domain/text/a1";
import { say } from "../messages";
import { done, guarded, type Outcome } from "./outcome";
import { isResultSheet, resultSheetCannot, type PerSheet } from "./sheets";

/** One sheet inspected: its recognition, or why it is not a ledger (`empty`, `not-ledger`, `result-sheet`). */
export type SheetInspection = PerSheet<Recognized>;

export interface InspectRequest {
  /** The active sheet (default), one by name, or every visible sheet (result sheets included, so each is named). */
  sheets?: "active" | "all" | { name: string };
  /** The plan year when a sheet states none. */
  year?: number;
}

export interface InspectResult {
  sheets: SheetInspection[];
  /** `pass` when every sheet is a ledger with all required columns. */
  verdict: "pass" | "fail";
}

async function inspectOne(wb: WorkbookPort, name: string | undefined, year: number | undefined): Promise<SheetInspection> {
  const snapshot = await wb.readSheet(name);
  if (isResultSheet(snapshot.name)) {
    const c = resultSheetCannot(snapshot.name);
    return { sheet: snapshot.name, ok: false, code: c.code, message: c.message };
  }
  const r = recognize(snapshot, { year });
  return r.ok ? { sheet: snapshot.name, ok: true, value: r } : { sheet: snapshot.name, ok: false, code: r.reason, message: r.message };
}

/** Inspect the sheets asked for. Fails only when the workbook does (no such sheet, too large). */
export function inspectSheets(wb: WorkbookPort, request: InspectRequest = {}): Promise<Outcome<InspectResult>> {
  return guarded(async () => {
    const scope = request.sheets ?? "active";
    const names =
      scope === "all" ? (await wb.listSheets()).filter((s) => s.visible).map((s) => s.name) : [scope === "active" ? undefined : scope.name];
    const sheets: SheetInspection[] = [];
    for (const name of names) sheets.push(await inspectOne(wb, name, request.year));
    const clean = sheets.length > 0 && sheets.every((s) => s.ok && s.value.missing.length === 0);
    return done({ sheets, verdict: clean ? "pass" : "fail" });
  });
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

/** The JSON shape (header row 1-based as the clerk sees it; columns as letters). */
export function inspectionToJson(i: SheetInspection): InspectionJson {
  if (!i.ok) {
    return { sheet: i.sheet, list: null, listId: null, headerRow: null, year: null, unit: null, columns: {}, missing: [], dataRows: 0, message: i.message };
  }
  const r = i.value;
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

/** The standard names of missing fields, as the list calls them. */
export function missingNames(r: Recognized): string[] {
  return r.missing.map((f) => r.list.columns.find((c) => c.field === f)?.name ?? f);
}

/** A zh-CN summary in a sentence or three, for the ribbon's message and the CLI. */
export function describeInspection(i: SheetInspection): string {
  if (!i.ok) return i.message;
  const r = i.value;
  const nameOf = (f: FieldId) => r.list.columns.find((c) => c.field === f)?.name ?? f;
  const header = r.headerTop === r.headerBottom ? say("inspect.headerRow", { row: r.headerTop + 1 }) : say("inspect.headerRows", { top: r.headerTop + 1, bottom: r.headerBottom + 1 });
  const found = r.columns.filter((c) => !c.field.startsWith("month")).map((c) => say("inspect.columnFound", { name: nameOf(c.field), letter: columnLetter(c.col) }));
  const months = r.columns.filter((c) => c.field.startsWith("month")).length;
  return [
    say("inspect.recognised", { sheet: i.sheet, list: r.list.name, header, rows: r.dataRows.length }),
    months ? say("inspect.columnsAndMonths", { columns: found.join("、"), months }) : say("inspect.columns", { columns: found.join("、") }),
    r.missing.length ? say("inspect.missing", { names: missingNames(r).join("、") }) : say("inspect.complete"),
  ].join("");
}
