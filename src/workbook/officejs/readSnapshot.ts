/**
 * Reading a sheet through Office.js in a constant number of requests. The batch's first request
 * looks the sheet and its used range (values only) up; then the values, text and number formats
 * come in row chunks sized to stay under the response budget (one chunk for most sheets; the
 * size of the next chunk is learnt from the last one, and a chunk Excel refuses as too large is
 * halved and retried).
 *
 * Merged areas. `getMergedAreasOrNullObject` (ExcelApi 1.13) returns only the areas whose
 * top-left cell lies inside the range it is asked on (office-js #3611), fails over 512 areas,
 * and its `address` has been seen to name only those top-left cells (office-js #1590). So the
 * merges are looked up over everything from A1 to the used range's bottom-right corner (a
 * merge that covers the used range has its top-left cell there, even an empty one above or
 * left of the values), in blocks of at most 512 cells (so at most 512 top-left cells), and
 * each area is read from `areas/items` (row, column, size; RangeAreas.areas is ExcelApi 1.9),
 * never from the address. The lookups ride in the first chunk's request (more requests only for
 * a very tall sheet).
 */

import type { CellArea, CellValue, SheetSnapshot } from "../../domain/sheet";
import { areasIntersect } from "../a1";
import { MAX_SNAPSHOT_CELLS, tooLargeError } from "../common/errors";
import { jsonBytes } from "../common/jsonBytes";
import { formatCellText } from "../common/numberFormat";
import { CALL_BYTES } from "./batches";
import { fromExcelValue } from "./cellInput";
import { officeErrorCode } from "./officeErrors";

/** At most 512 cells per merge lookup, so at most 512 top-left cells (Excel fails over 512 areas). */
const MERGE_BLOCK_CELLS = 512;
/**
 * First guesses of a cell's response size (values + text + format), before one is measured: a
 * sheet that fits the budget at the moderate guess is read in one chunk (one retry with half
 * as many rows if its cells are longer than that, and Excel refuses the answer); a bigger one
 * starts with a chunk at the cautious guess and learns from it.
 */
const MODERATE_BYTES_PER_CELL = 60;
const CAUTIOUS_BYTES_PER_CELL = 120;
/** Request bytes of one merge lookup: the block, its merged areas, and the load of their geometry. */
const LOOKUP_BYTES = CALL_BYTES * 2 + 160;

/** A sheet's lookup, queued in the batch's first request. */
export interface SheetLookup {
  ws: Excel.Worksheet;
  used: Excel.Range;
}

/** Queue looking a sheet (the active one when no name is given) and its used range up. */
export function queueSheetLookup(sheets: Excel.WorksheetCollection, name: string | undefined): SheetLookup {
  const ws = name === undefined ? sheets.getActiveWorksheet() : sheets.getItem(name); // ExcelApi 1.1
  ws.load("name");
  const used = ws.getUsedRangeOrNullObject(true); // ExcelApi 1.4 (valuesOnly: 1.2)
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  return { ws, used };
}

/** After the lookup's request: the used range's box, or null for a sheet without values. */
export function usedBox(lookup: SheetLookup): CellArea | null {
  const { used } = lookup;
  if (used.isNullObject) return null;
  return { row: used.rowIndex, col: used.columnIndex, rowCount: used.rowCount, colCount: used.columnCount };
}

/** Something else to read in the first request: `queue` returns what collects its answer. */
export interface RideAlong {
  queue: () => () => void;
  /** Rough bytes it adds to the response. */
  responseBytes?: number;
}

/** Read the cells of `box` on `ws` (named `name`); `extra` (the store's rows, the fills) rides in the first request. */
export async function readCells(context: Excel.RequestContext, ws: Excel.Worksheet, name: string, box: CellArea | null, budget: number, extra?: RideAlong): Promise<SheetSnapshot> {
  const firstBudget = budget - (extra?.responseBytes ?? 0);
  if (!box) {
    if (extra) await sendAlone(context, extra);
    return { name, origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] };
  }
  if (box.rowCount * box.colCount > MAX_SNAPSHOT_CELLS) throw tooLargeError(name, box.rowCount, box.colCount);

  const values: CellValue[][] = [];
  const text: string[][] = [];
  const formats: string[][] = [];
  const blocks = mergeBlocks(box);
  const merges = new Map<string, CellArea>();
  let nextBlock = 0;
  let lookupsPerRequest = Math.max(1, Math.floor((budget / 2) / LOOKUP_BYTES));
  let pendingExtra = extra;
  let start = 0;
  const fitsAtOnce = box.rowCount * box.colCount * MODERATE_BYTES_PER_CELL <= firstBudget * 0.9;
  let rowsPerChunk = fitsAtOnce ? box.rowCount : Math.max(1, Math.floor(firstBudget / (box.colCount * CAUTIOUS_BYTES_PER_CELL)));
  while (start < box.rowCount || nextBlock < blocks.length) {
    const count = Math.min(rowsPerChunk, box.rowCount - start);
    const chunk = count > 0 ? ws.getRangeByIndexes(box.row + start, box.col, count, box.colCount) : null; // ExcelApi 1.7
    chunk?.load("values,text,numberFormat"); // ExcelApi 1.1
    const taken = blocks.slice(nextBlock, nextBlock + lookupsPerRequest);
    const lookups = taken.map((block) => queueMergeLookup(ws, block));
    const collectExtra = pendingExtra?.queue();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per row chunk: Excel on the web refuses responses over 5 MB
      await context.sync();
    } catch (error) {
      const code = officeErrorCode(error);
      if (code === "ResponsePayloadSizeLimitExceeded" && count > 1) {
        rowsPerChunk = Math.ceil(count / 2);
        continue;
      }
      if ((code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded") && taken.length > 1) {
        lookupsPerRequest = Math.ceil(taken.length / 2);
        continue;
      }
      throw error;
    }
    collectExtra?.();
    pendingExtra = undefined;
    collectMerges(lookups, box, merges);
    nextBlock += taken.length;
    if (!chunk) continue;
    const chunkValues = chunk.values;
    const chunkText = chunk.text;
    const chunkFormats = chunk.numberFormat;
    if (!chunkValues || !chunkText || !chunkFormats) throw tooLargeError(name, box.rowCount, box.colCount);
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
  const found = [...merges.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  return grow({ name, origin: { row: box.row, col: box.col }, values, text, formats, merges: found }, box);
}

async function sendAlone(context: Excel.RequestContext, extra: RideAlong): Promise<void> {
  const collect = extra.queue();
  await context.sync();
  collect();
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

/** Blocks of at most 512 cells covering A1 to the box's bottom-right corner. */
function mergeBlocks(box: CellArea): CellArea[] {
  const rows = box.row + box.rowCount;
  const cols = box.col + box.colCount;
  const colsPerBlock = Math.min(cols, MERGE_BLOCK_CELLS);
  const rowsPerBlock = Math.max(1, Math.floor(MERGE_BLOCK_CELLS / colsPerBlock));
  const blocks: CellArea[] = [];
  for (let r = 0; r < rows; r += rowsPerBlock) {
    for (let c = 0; c < cols; c += colsPerBlock) {
      blocks.push({ row: r, col: c, rowCount: Math.min(rowsPerBlock, rows - r), colCount: Math.min(colsPerBlock, cols - c) });
    }
  }
  return blocks;
}

function queueMergeLookup(ws: Excel.Worksheet, block: CellArea): Excel.RangeAreas {
  const merged = ws.getRangeByIndexes(block.row, block.col, block.rowCount, block.colCount).getMergedAreasOrNullObject(); // ExcelApi 1.13
  merged.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount"); // RangeAreas.areas: ExcelApi 1.9
  return merged;
}

function collectMerges(lookups: Excel.RangeAreas[], box: CellArea, found: Map<string, CellArea>): void {
  for (const merged of lookups) {
    if (merged.isNullObject) continue;
    for (const r of merged.areas.items) {
      const area = { row: r.rowIndex, col: r.columnIndex, rowCount: r.rowCount, colCount: r.columnCount };
      if (areasIntersect(area, box)) found.set(`${area.row},${area.col},${area.rowCount},${area.colCount}`, area);
    }
  }
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
