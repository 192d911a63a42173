/**
 * A worksheet read into a SheetSnapshot: the used range is the bounding box of the cells that
 * hold values, grown to cover the merged areas that touch that box (as the Office adapter
 * does), so both hosts report the same rectangle for the same sheet.
 */

import type ExcelJS from "exceljs";
import type { CellArea, CellValue, SheetSnapshot } from "../../domain/sheet";
import { areasIntersect } from "../a1";
import { MAX_SNAPSHOT_CELLS, tooLargeError } from "../common/errors";
import { hasValue, readCell } from "./cellRead";
import { mergedAreas } from "./internals";

/** Read the sheet. */
export function snapshotOf(ws: ExcelJS.Worksheet): SheetSnapshot {
  const box = valueBox(ws);
  if (!box) return { name: ws.name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };
  const merges = growByMerges(box, mergedAreas(ws));
  if (box.rowCount * box.colCount > MAX_SNAPSHOT_CELLS) throw tooLargeError(ws.name, box.rowCount, box.colCount);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < box.rowCount; r++) {
    const row = ws.findRow(box.row + r + 1);
    const v: CellValue[] = new Array<CellValue>(box.colCount).fill(null);
    const t: string[] = new Array<string>(box.colCount).fill("");
    const f: string[] = new Array<string>(box.colCount).fill("General");
    if (row) {
      for (let c = 0; c < box.colCount; c++) {
        const cell = row.findCell(box.col + c + 1);
        if (!cell) continue;
        const read = readCell(cell);
        v[c] = read.value;
        t[c] = read.text;
        f[c] = read.format;
      }
    }
    values.push(v);
    text.push(t);
    formats.push(f);
  }
  return { name: ws.name, origin: { row: box.row, col: box.col }, values, text, formats, merges };
}

/** The bounding box of the cells with values, or undefined for an empty sheet. */
function valueBox(ws: ExcelJS.Worksheet): CellArea | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (!hasValue(cell)) return;
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, colNumber - 1);
      right = Math.max(right, colNumber - 1);
    });
  });
  if (bottom < 0) return undefined;
  return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
}

/** Grow `box` (in place) to cover the merged areas touching it as found; returns those areas. */
function growByMerges(box: CellArea, all: CellArea[]): CellArea[] {
  const touching = all.filter((m) => areasIntersect(box, m)).sort((a, b) => a.row - b.row || a.col - b.col);
  for (const m of touching) {
    const bottom = Math.max(box.row + box.rowCount, m.row + m.rowCount);
    const right = Math.max(box.col + box.colCount, m.col + m.colCount);
    box.row = Math.min(box.row, m.row);
    box.col = Math.min(box.col, m.col);
    box.rowCount = bottom - box.row;
    box.colCount = right - box.col;
  }
  return touching;
}
