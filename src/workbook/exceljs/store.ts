/**
 * Settings in an .xlsx: key/value rows of the very hidden `_luoshi` sheet, laid out as
 * `common/settingsLayout` says (the Office adapter reads and writes the same rows).
 */

import type ExcelJS from "exceljs";
import type { CellValue } from "../../domain/sheet";
import { readStore, rowForSetting, settingRow, STORE_TITLE, type StoreContents } from "../common/settingsLayout";
import { sameSheetName, STORE_SHEET } from "../common/sheetNames";
import { plainValue } from "./cellRead";

/** The store sheet, if the workbook has one. */
export function findStoreSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => sameSheetName(ws.name, STORE_SHEET));
}

/** A setting's value, or null. */
export function getStored(wb: ExcelJS.Workbook, key: string): string | null {
  const ws = findStoreSheet(wb);
  if (!ws) return null;
  return contents(ws).settings.get(key)?.value ?? null;
}

/** Store a setting, creating the store sheet on first use. */
export function setStored(wb: ExcelJS.Workbook, key: string, value: string): void {
  const ws = findStoreSheet(wb) ?? createStoreSheet(wb);
  const store = contents(ws);
  const row = rowForSetting(store, key);
  const cells = settingRow(key, value);
  const width = Math.max(cells.length, store.settings.get(key)?.width ?? 0);
  const target = ws.getRow(row + 1);
  for (let c = 0; c < width; c++) target.getCell(c + 1).value = c < cells.length ? cells[c] : null;
}

/** Remove a setting (its row is blanked and reused later). */
export function deleteStored(wb: ExcelJS.Workbook, key: string): void {
  const ws = findStoreSheet(wb);
  if (!ws) return;
  const found = contents(ws).settings.get(key);
  if (!found) return;
  const target = ws.getRow(found.row + 1);
  for (let c = 0; c < found.width; c++) target.getCell(c + 1).value = null;
}

function createStoreSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(STORE_SHEET);
  ws.state = "veryHidden";
  ws.getCell(1, 1).value = STORE_TITLE;
  return ws;
}

function contents(ws: ExcelJS.Worksheet): StoreContents {
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      cells[colNumber - 1] = plainValue(cell.value);
    });
    values[rowNumber - 1] = Array.from(cells, (v) => v ?? null);
  });
  return readStore(Array.from(values, (r) => r ?? []), { row: 0, col: 0 });
}
