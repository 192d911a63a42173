/**
 * Settings in Excel: the same very hidden `_luoshi` sheet and row layout as the .xlsx adapter
 * (common/settingsLayout), so a workbook configured or marked by the CLI or the browser
 * edition keeps its state in the add-in and back. Reading takes two requests (does the sheet
 * exist? then its rows); writing is queued for the caller's next request.
 */

import { readStore, rowForSetting, settingRow, STORE_TITLE, type StoreContents } from "../common/settingsLayout";
import { STORE_SHEET } from "../common/sheetNames";
import { fromExcelValue, toExcelInput } from "./cellInput";

/** The store as found: its sheet (absent when the workbook has none) and its contents. */
export interface FoundStore {
  sheet: Excel.Worksheet | null;
  contents: StoreContents;
}

/** Queue looking up the store sheet; read `isNullObject` after the caller's next sync. */
export function probeStore(context: Excel.RequestContext): Excel.Worksheet {
  const probe = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  probe.load("name");
  return probe;
}

/** After the probe's sync: the store's rows (one more request when the sheet exists). */
export async function readProbedStore(context: Excel.RequestContext, probe: Excel.Worksheet): Promise<FoundStore> {
  if (probe.isNullObject) return { sheet: null, contents: readStore([], { row: 0, col: 0 }) };
  const used = probe.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
  await context.sync();
  if (used.isNullObject) return { sheet: probe, contents: readStore([], { row: 0, col: 0 }) };
  const values = used.values.map((row) => row.map(fromExcelValue));
  return { sheet: probe, contents: readStore(values, { row: used.rowIndex, col: used.columnIndex }) };
}

/** Queue storing a setting, creating the store sheet when there is none. */
export function queueSetStored(context: Excel.RequestContext, store: FoundStore, key: string, value: string): void {
  const sheet = store.sheet ?? createStoreSheet(context);
  const row = rowForSetting(store.contents, key);
  const cells = settingRow(key, value);
  const width = Math.max(cells.length, store.contents.settings.get(key)?.width ?? 0);
  const padded = Array.from({ length: width }, (_, c) => toExcelInput(c < cells.length ? cells[c] : null));
  sheet.getRangeByIndexes(row, 0, 1, width).values = [padded];
}

/** Queue removing a setting (its row is blanked). */
export function queueDeleteStored(store: FoundStore, key: string): void {
  const found = store.contents.settings.get(key);
  if (!store.sheet || !found) return;
  store.sheet.getRangeByIndexes(found.row, 0, 1, found.width).values = [new Array<string>(found.width).fill("")];
}

/** Rough request size of storing `value`. */
export function storeBytes(value: string): number {
  return value.length * 3 + 600;
}

function createStoreSheet(context: Excel.RequestContext): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(STORE_SHEET);
  sheet.visibility = "VeryHidden";
  sheet.getRange("A1").values = [[STORE_TITLE]];
  return sheet;
}
