/**
 * Settings and mark records in Excel: the same very hidden `_luoshi` sheet and row layout as
 * the .xlsx adapter (common/settingsLayout), so a workbook configured or marked by the CLI or
 * the browser edition keeps its state in the add-in and back. The batch knows from its first
 * request whether the sheet exists (the sheet list), reads its rows in a later request, and
 * plans every change of the batch against one model of the rows, so two new keys never claim
 * the same row. Writes are steps (batches.ts): a long value's row is split cell by cell when
 * Excel refuses it as too large.
 */

import { readStore, rowForSetting, settingRow, STORE_TITLE, type StoreContents, type StoreRows } from "../common/settingsLayout";
import { envelopedBytes } from "../common/jsonBytes";
import { STORE_SHEET } from "../common/sheetNames";
import { CALL_BYTES, type Step } from "./batches";
import { fromExcelValue, toExcelInput } from "./cellInput";
import type { SheetProxies } from "./sheetProxies";

/** An empty store (no sheet, or a sheet with only its title). */
export function emptyStore(): StoreContents {
  return readStore([], { row: 0, col: 0 });
}

/**
 * Queue reading the store's rows (its sheet exists); read them with `storeContents` after the
 * sync. A fresh proxy each time: the request may be refused and sent again.
 */
export function queueStoreRead(context: Excel.RequestContext): Excel.Range {
  const used = context.workbook.worksheets.getItem(STORE_SHEET).getUsedRangeOrNullObject(true); // ExcelApi 1.1, 1.4
  used.load("values,rowIndex,columnIndex");
  return used;
}

/** The store's rows from its used range, loaded and synced. */
export function storeContents(used: Excel.Range): StoreContents {
  if (used.isNullObject) return emptyStore();
  const values = used.values.map((row) => row.map(fromExcelValue));
  return readStore(values, { row: used.rowIndex, col: used.columnIndex });
}

/** The store as the batch plans its changes. */
export class StorePlan {
  private created: boolean;

  constructor(
    private readonly contents: StoreContents,
    exists: boolean,
    private readonly sheets: SheetProxies,
    private readonly context: Excel.RequestContext,
    private readonly rows: StoreRows = "every",
  ) {
    this.created = exists;
  }

  /** A setting's value as the batch has planned it so far (null: none). */
  value(key: string): string | null {
    return this.contents.settings.get(key)?.value ?? null;
  }

  /** Whether a setting is there. */
  has(key: string): boolean {
    return this.contents.settings.has(key);
  }

  /**
   * Steps storing a value: `value` is asked when the step is queued (a mark record waits for
   * its lookups: `ready`). `estimate` is its rough size in a request, in bytes.
   */
  set(key: string, value: () => string, estimate: number, ready?: () => boolean): Step[] {
    const steps = this.ensureSheet();
    const old = this.contents.settings.get(key);
    const row = rowForSetting(this.contents, key, this.rows);
    this.claim(row);
    const oldWidth = old?.width ?? 0;
    this.contents.settings.set(key, { row, value: "", width: oldWidth });
    const cellsOf = (): (string | number | boolean)[] => {
      const cells = settingRow(key, value());
      const width = Math.max(cells.length, oldWidth);
      return Array.from({ length: width }, (_, c) => toExcelInput(c < cells.length ? cells[c] : null));
    };
    const write = (from: number, cells: (string | number | boolean)[]) => {
      this.sheets.get(STORE_SHEET).getRangeByIndexes(row, from, 1, cells.length).values = [cells]; // ExcelApi 1.7
    };
    steps.push({
      bytes: CALL_BYTES + estimate + 200,
      ready,
      queue: () => {
        const cells = cellsOf();
        write(0, cells);
      },
      split: () => cellsOf().map((cell, c) => ({ bytes: CALL_BYTES + envelopedBytes(cell) * 2, queue: () => write(c, [cell]) })),
      done: () => {
        const setting = this.contents.settings.get(key);
        if (setting) Object.assign(setting, { value: value(), width: Math.max(settingRow(key, value()).length, oldWidth) });
      },
    });
    return steps;
  }

  /** Steps removing a setting (its row is blanked and free again). */
  delete(key: string): Step[] {
    const found = this.contents.settings.get(key);
    if (!found || !this.created) return [];
    this.contents.settings.delete(key);
    this.contents.freeRows.push(found.row);
    this.contents.freeRows.sort((a, b) => a - b);
    return [
      {
        bytes: CALL_BYTES + found.width * 8,
        queue: () => {
          this.sheets.get(STORE_SHEET).getRangeByIndexes(found.row, 0, 1, found.width).values = [new Array<string>(found.width).fill("")];
        },
      },
    ];
  }

  /** The row is taken: off the free list, or the next row moves on. */
  private claim(row: number): void {
    const free = this.contents.freeRows.indexOf(row);
    if (free >= 0) this.contents.freeRows.splice(free, 1);
    if (row >= this.contents.nextRow) this.contents.nextRow = row + 1;
  }

  /** A step creating the very hidden store sheet, the first time the batch writes to it. */
  private ensureSheet(): Step[] {
    if (this.created) return [];
    this.created = true;
    return [
      {
        bytes: CALL_BYTES * 3 + 200,
        queue: () => {
          const sheet = this.context.workbook.worksheets.add(STORE_SHEET); // ExcelApi 1.1
          sheet.visibility = "VeryHidden"; // ExcelApi 1.1
          sheet.getRange("A1").values = [[STORE_TITLE]];
          this.sheets.set(STORE_SHEET, sheet);
        },
      },
    ];
  }
}
