/**
 * Marks in an .xlsx: a solid fill and a note per cell; what each cell had before (its exact
 * ExcelJS fill and note) is recorded in the store, so clearing restores it exactly.
 */

import type ExcelJS from "exceljs";
import { decodeMarks, encodeMarks, marksKey, uniqueMarks, type MarkedCell } from "../common/markRecord";
import type { CellMark } from "../port";
import { hexOfFill, patchStyle, removeFill, solidFill } from "./cellStyle";
import { deleteStored, getStored, setStored } from "./store";

/** Mark cells of `ws`, first clearing its earlier marks. */
export function markCells(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, marks: CellMark[]): void {
  const unique = uniqueMarks(marks);
  clearMarks(wb, ws);
  if (unique.length === 0) return;
  const record: MarkedCell[] = unique.map((m) => {
    const cell = ws.getCell(m.row + 1, m.col + 1);
    const fill = cell.style?.fill;
    const note = cell.note;
    return {
      row: m.row,
      col: m.col,
      fill: hexOfFill(fill),
      xlsxFill: JSON.stringify(fill ?? null),
      ...(m.note !== undefined && { noted: true, xlsxNote: JSON.stringify(note ?? null) }),
    };
  });
  for (const m of unique) {
    const cell = ws.getCell(m.row + 1, m.col + 1);
    patchStyle(cell, `mark:${m.fill}`, () => ({ fill: solidFill(m.fill) }));
    if (m.note !== undefined) cell.note = m.note;
  }
  setStored(wb, marksKey(ws.name), encodeMarks(record));
}

/** Restore every cell this product marked on `ws` and forget the record. */
export function clearMarks(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const key = marksKey(ws.name);
  const record = decodeMarks(getStored(wb, key));
  for (const m of record) {
    const cell = ws.getCell(m.row + 1, m.col + 1);
    restoreFill(cell, m);
    if (m.noted) restoreNote(cell, m.xlsxNote);
  }
  deleteStored(wb, key);
}

function restoreFill(cell: ExcelJS.Cell, m: MarkedCell): void {
  const exact = m.xlsxFill === undefined ? undefined : parse(m.xlsxFill);
  if (exact && typeof exact === "object") {
    patchStyle(cell, `restore:${m.xlsxFill}`, () => ({ fill: exact as ExcelJS.Fill }));
  } else if (exact === undefined && m.fill) {
    patchStyle(cell, `mark:${m.fill}`, () => ({ fill: solidFill(m.fill as string) }));
  } else {
    removeFill(cell);
  }
}

function restoreNote(cell: ExcelJS.Cell, xlsxNote: string | undefined): void {
  const original = xlsxNote === undefined ? null : parse(xlsxNote);
  if (typeof original === "string" || (typeof original === "object" && original !== null)) {
    cell.note = original as string | ExcelJS.Comment;
  } else {
    // ExcelJS has no API to remove a note: it keeps it in the cell's `_comment` and, for a
    // loaded cell, in the value's model too; dropping the one and re-creating the other does it.
    Reflect.deleteProperty(cell, "_comment");
    const value = cell.value;
    cell.value = value;
  }
}

function parse(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}
