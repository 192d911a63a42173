/**
 * The pieces of ExcelJS its typings leave out, in one place: a worksheet's tab position
 * (`orderNo`), its merged areas (`_merges`, 1-based ranges keyed by master address) and its
 * data validations by address (`dataValidations`, which accepts "A2:A100" keys and writes them
 * as one range). Merges fall back to the public model if a future ExcelJS drops `_merges`.
 */

import type ExcelJS from "exceljs";
import type { CellArea } from "../../domain/sheet";
import { parseAreaAddress } from "../a1";

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface RowInternals {
  _cells?: (ExcelJS.Cell | undefined)[];
}

interface WorksheetInternals {
  _rows?: (ExcelJS.Row | undefined)[];
  orderNo?: number;
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined>; add(address: string, v: ExcelJS.DataValidation): void };
  _merges?: Record<string, MergeRange | undefined>;
}

function internals(ws: ExcelJS.Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** The sheet's tab position number (only the order matters). */
export function orderNoOf(ws: ExcelJS.Worksheet): number {
  return internals(ws).orderNo ?? ws.id;
}

/** Put the sheet at the tab position another sheet had. */
export function setOrderNo(ws: ExcelJS.Worksheet, orderNo: number): void {
  internals(ws).orderNo = orderNo;
}

/** The sheet's merged areas, 0-based. */
export function mergedAreas(ws: ExcelJS.Worksheet): CellArea[] {
  const merges = internals(ws)._merges;
  if (merges && typeof merges === "object") {
    return Object.values(merges)
      .filter((m): m is MergeRange => m !== undefined && typeof m.top === "number")
      .map((m) => ({ row: m.top - 1, col: m.left - 1, rowCount: m.bottom - m.top + 1, colCount: m.right - m.left + 1 }));
  }
  return ws.model.merges.map((a1) => parseAreaAddress(a1));
}

/** Add a data validation over an area ("B2:B200"), kept as one range in the file. */
export function addDataValidation(ws: ExcelJS.Worksheet, address: string, validation: ExcelJS.DataValidation): void {
  internals(ws).dataValidations.add(address, validation);
}

/** The sheet's data validations by cell address (ranges read from a file are expanded per cell). */
export function dataValidationsOf(ws: ExcelJS.Worksheet): Record<string, ExcelJS.DataValidation | undefined> {
  return internals(ws).dataValidations.model;
}

/**
 * The rows the sheet holds, sparse by index (0-based), without creating the missing ones as
 * `getRow` and `eachRow({ includeEmpty: true })` do (which would add empty rows to the file).
 * Falls back to the rows with values where a future ExcelJS drops `_rows`.
 */
export function rowsOf(ws: ExcelJS.Worksheet): (ExcelJS.Row | undefined)[] {
  const rows = internals(ws)._rows;
  if (Array.isArray(rows)) return rows;
  const out: (ExcelJS.Row | undefined)[] = [];
  ws.eachRow((row, n) => (out[n - 1] = row));
  return out;
}

/** The cells a row holds, sparse by column (0-based), styled empty ones included, none created. */
export function cellsOf(row: ExcelJS.Row): (ExcelJS.Cell | undefined)[] {
  const cells = (row as unknown as RowInternals)._cells;
  if (Array.isArray(cells)) return cells;
  const out: (ExcelJS.Cell | undefined)[] = [];
  row.eachCell((cell, n) => (out[n - 1] = cell));
  return out;
}
