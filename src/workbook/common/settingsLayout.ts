/**
 * How settings sit in the very hidden store sheet (`_luoshi`), the same for every adapter so
 * a workbook marked or configured by the CLI or the browser edition keeps its state in Excel:
 * row 1 holds a warning title; each later row holds a key in column A and the value, in
 * pieces of at most 30,000 characters (Excel keeps 32,767 per cell), from column B on.
 * A cleared row (empty key) is free for reuse.
 */

import type { CellValue } from "../../domain/sheet";
import { say } from "../../messages";

/** Column A, row 1 of the store sheet. */
export const STORE_TITLE = say("sheets.store.title");

/** The longest piece of a value kept in one cell. */
export const VALUE_PIECE_LENGTH = 30_000;

/** A setting found in the store sheet. */
export interface StoredSetting {
  /** 0-based sheet row. */
  row: number;
  value: string;
  /** Cells the row uses (key + pieces), so a shorter rewrite can blank the rest. */
  width: number;
}

/** What the store sheet holds, read from its values starting at `origin`. */
export interface StoreContents {
  settings: Map<string, StoredSetting>;
  /** Rows with no key, free for a new setting (0-based sheet rows, ascending). */
  freeRows: number[];
  /** The first row after the last used one. */
  nextRow: number;
}

/** Read the store's rows (`values[i]` is sheet row `origin.row + i`, column `origin.col` is A). */
export function readStore(values: CellValue[][], origin: { row: number; col: number }): StoreContents {
  const settings = new Map<string, StoredSetting>();
  const freeRows: number[] = [];
  let nextRow = 1;
  values.forEach((cells, i) => {
    const row = origin.row + i;
    if (row === 0) return;
    const padded = origin.col > 0 ? [...new Array<CellValue>(origin.col).fill(null), ...cells] : cells;
    const key = padded[0];
    nextRow = Math.max(nextRow, row + 1);
    if (typeof key !== "string" || key === "") {
      freeRows.push(row);
      return;
    }
    let width = 1;
    let value = "";
    for (let c = 1; c < padded.length; c++) {
      const piece = padded[c];
      if (piece === null || piece === "") continue;
      value += String(piece);
      width = c + 1;
    }
    settings.set(key, { row, value, width });
  });
  for (let r = 1; r < Math.min(nextRow, origin.row); r++) freeRows.push(r);
  freeRows.sort((a, b) => a - b);
  return { settings, freeRows, nextRow };
}

/** The cells of a setting's row: key, then the value in pieces ("" for an empty value). */
export function settingRow(key: string, value: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(value.length, start + VALUE_PIECE_LENGTH);
    const last = value.charCodeAt(end - 1);
    if (end < value.length && last >= 0xd800 && last <= 0xdbff) end--;
    pieces.push(value.slice(start, end));
    start = end;
  }
  return [key, ...(pieces.length ? pieces : [""])];
}

/**
 * Which new rows a writer takes. The add-in's pane and its ribbon commands run in two separate
 * JavaScript runtimes that cannot see each other's state; each reads the store, then writes. If
 * both added a key at once they would both pick the same free row and one key would be lost, so
 * the ribbon takes even rows and the pane odd ones (docs/excel-hosts.md "Pane and ribbon").
 */
export type StoreRows = "every" | "even" | "odd";

/** Where a setting goes: its old row, else a free row, else a new row at the end (of the writer's rows). */
export function rowForSetting(store: StoreContents, key: string, rows: StoreRows = "every"): number {
  const old = store.settings.get(key)?.row;
  if (old !== undefined) return old;
  const mine = (r: number) => rows === "every" || r % 2 === (rows === "even" ? 0 : 1);
  const free = store.freeRows.find(mine);
  if (free !== undefined) return free;
  return mine(store.nextRow) ? store.nextRow : store.nextRow + 1;
}
