/**
 * Reading a sheet through Office.js in a constant number of requests: one for the sheet and
 * its used range (values only), then the values, text and number formats in row chunks sized
 * to stay under the response budget (one chunk for most sheets; the size of the next chunk is
 * learnt from the last one, and a chunk Excel refuses as too large is halved and retried).
 * The first chunk's request also asks for the merged areas, in row blocks small enough that
 * none holds more than the 512 areas `getMergedAreasOrNullObject` can return.
 */

import type { CellArea, CellValue, SheetSnapshot } from "../../domain/sheet";
import { areasIntersect, parseMultiAreaAddress } from "../a1";
import { MAX_SNAPSHOT_CELLS, tooLargeError } from "../common/errors";
import { jsonBytes } from "../common/jsonBytes";
import { formatCellText } from "../common/numberFormat";
import { fromExcelValue } from "./cellInput";
import { officeErrorCode } from "./officeErrors";

/** Cells per merge lookup: at most 1024 cells can hold at most 512 merged areas. */
const MERGE_BLOCK_CELLS = 1024;
/** A first guess of a cell's response size (values + text + format), before one is measured. */
const GUESS_BYTES_PER_CELL = 120;

/** Read `name` (or the active sheet). */
export async function readSnapshot(context: Excel.RequestContext, name: string | undefined, budget: number): Promise<SheetSnapshot> {
  const sheets = context.workbook.worksheets;
  const ws = name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name);
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  await context.sync();

  const sheetName = ws.name;
  if (used.isNullObject) return { name: sheetName, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };
  const box: CellArea = { row: used.rowIndex, col: used.columnIndex, rowCount: used.rowCount, colCount: used.columnCount };
  if (box.rowCount * box.colCount > MAX_SNAPSHOT_CELLS) throw tooLargeError(sheetName, box.rowCount, box.colCount);

  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  let merges: CellArea[] | undefined;
  let start = 0;
  let rowsPerChunk = Math.max(1, Math.floor(budget / (box.colCount * GUESS_BYTES_PER_CELL)));
  while (start < box.rowCount) {
    const count = Math.min(rowsPerChunk, box.rowCount - start);
    const chunk = ws.getRangeByIndexes(box.row + start, box.col, count, box.colCount);
    chunk.load("values,text,numberFormat");
    const mergeLookups = merges ? [] : queueMergeLookups(ws, box);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per row chunk: Excel on the web refuses responses over 5 MB
      await context.sync();
    } catch (error) {
      if (officeErrorCode(error) === "ResponsePayloadSizeLimitExceeded" && count > 1) {
        rowsPerChunk = Math.ceil(count / 2);
        continue;
      }
      throw error;
    }
    merges ??= collectMerges(mergeLookups, box);
    const chunkValues = chunk.values;
    const chunkText = chunk.text;
    const chunkFormats = chunk.numberFormat;
    if (!chunkValues || !chunkText || !chunkFormats) throw tooLargeError(sheetName, box.rowCount, box.colCount);
    for (let r = 0; r < count; r++) {
      const rowValues = chunkValues[r].map(fromExcelValue);
      const rowFormats = chunkFormats[r].map((f) => (typeof f === "string" && f !== "" ? f : "General"));
      values.push(rowValues);
      formats.push(rowFormats);
      text.push(chunkText[r].map((t, c) => shownText(t, rowValues[c], rowFormats[c])));
    }
    const measured = jsonBytes(chunkValues) + jsonBytes(chunkText) + jsonBytes(chunkFormats);
    rowsPerChunk = Math.max(1, Math.floor((budget * 0.9) / Math.max(1, measured / count)));
    start += count;
  }
  return grow({ name: sheetName, origin: { row: box.row, col: box.col }, values, text, formats, merges: merges ?? [] }, box);
}

/**
 * Excel's text, except where Excel shows "####" because the column is too narrow for a number
 * or date: then the text the number format gives.
 */
function shownText(shown: unknown, value: CellValue, format: string): string {
  const s = typeof shown === "string" ? shown : String(shown ?? "");
  if (typeof value === "number" && /^#+$/.test(s)) return formatCellText(value, format);
  return s;
}

function queueMergeLookups(ws: Excel.Worksheet, box: CellArea): Excel.RangeAreas[] {
  const blockRows = Math.max(1, Math.floor(MERGE_BLOCK_CELLS / box.colCount));
  const colsPerBlock = Math.min(box.colCount, MERGE_BLOCK_CELLS);
  const lookups: Excel.RangeAreas[] = [];
  for (let r = 0; r < box.rowCount; r += blockRows) {
    for (let c = 0; c < box.colCount; c += colsPerBlock) {
      const block = ws.getRangeByIndexes(box.row + r, box.col + c, Math.min(blockRows, box.rowCount - r), Math.min(colsPerBlock, box.colCount - c));
      const merged = block.getMergedAreasOrNullObject();
      merged.load("address");
      lookups.push(merged);
    }
  }
  return lookups;
}

function collectMerges(lookups: Excel.RangeAreas[], box: CellArea): CellArea[] {
  const found = new Map<string, CellArea>();
  for (const merged of lookups) {
    if (merged.isNullObject) continue;
    for (const area of parseMultiAreaAddress(merged.address)) {
      if (areasIntersect(area, box)) found.set(`${area.row},${area.col},${area.rowCount},${area.colCount}`, area);
    }
  }
  return [...found.values()].sort((a, b) => a.row - b.row || a.col - b.col);
}

/** Pad the snapshot so it covers the merged areas that stick out of the values' box. */
function grow(snap: SheetSnapshot, box: CellArea): SheetSnapshot {
  if (snap.merges.length === 0) return snap;
  const top = Math.min(box.row, ...snap.merges.map((m) => m.row));
  const left = Math.min(box.col, ...snap.merges.map((m) => m.col));
  const bottom = Math.max(box.row + box.rowCount, ...snap.merges.map((m) => m.row + m.rowCount));
  const right = Math.max(box.col + box.colCount, ...snap.merges.map((m) => m.col + m.colCount));
  if (top === box.row && left === box.col && bottom === box.row + box.rowCount && right === box.col + box.colCount) return snap;
  const before = box.col - left;
  const after = right - (box.col + box.colCount);
  const pad = <V>(rows: V[][], blank: V): V[][] => {
    const width = right - left;
    const padded = rows.map((row) => [...new Array<V>(before).fill(blank), ...row, ...new Array<V>(after).fill(blank)]);
    const above = Array.from({ length: box.row - top }, () => new Array<V>(width).fill(blank));
    const below = Array.from({ length: bottom - (box.row + box.rowCount) }, () => new Array<V>(width).fill(blank));
    return [...above, ...padded, ...below];
  };
  return {
    ...snap,
    origin: { row: top, col: left },
    values: pad<CellValue>(snap.values, null),
    text: pad(snap.text, ""),
    formats: pad(snap.formats, "General"),
  };
}
