/**
 * Marks in Excel: a solid fill per cell (Office.js has no note API before ExcelApi 1.18, so a
 * mark's note is not shown here), planned as steps of the batch (batches.ts).
 *
 * Before a cell is painted its original fill is read with `getCellProperties` (ExcelApi 1.9):
 * with the sheet's cells when the sheet is small and the batch said it may mark it, else queued
 * in the same request as the paint or an earlier one (Excel runs a request's calls in order, so
 * the lookup sees the cell as it was). "No fill" reads as colour #FFFFFF, and so does
 * a white fill, both with a null pattern (office-js #4900, #6218): only `tintAndShade`, null
 * for no fill and a number for a fill, tells them apart, so it is read too, and a cell without
 * fill is recorded as null and restored with `fill.clear()`, never painted white. The record
 * (the original fills) goes to the store in a later request, once the lookups have answered;
 * a cell marked before keeps the original it had then.
 *
 * Lookups cover each column's marked cells in runs (a gap of a few cells is read rather than
 * paid for with another call); paints and restores go by fill colour through
 * `Worksheet.getRanges(address)` (rangeAreas.ts).
 */

import type { CellArea } from "../../domain/sheet";
import { decodeMarks, encodeMarks, marksKey, uniqueMarks, type MarkedCell } from "../common/markRecord";
import type { CellMark } from "../port";
import { ACTION_BYTES, CALL_BYTES, OBJECT_BYTES, type Step } from "./batches";
import { areaAddresses, rowRuns } from "./rangeAreas";
import type { SheetProxies } from "./sheetProxies";
import type { StorePlan } from "./store";

/** Original fills: colour, and tintAndShade to tell "no fill" from white (office-js #4900). */
const FILL_QUERY: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, tintAndShade: true } } };
/** A run of a column's marked cells may take in this many unmarked cells rather than start a new lookup. */
const LOOKUP_GAP = 6;
/** Cells per lookup at most (its answer stays well under the response budget). */
const LOOKUP_CELLS = 20_000;
/** Response bytes per cell of a lookup (`{"format":{"fill":{"color":"#FFFFFF","tintAndShade":null}}}`). */
const LOOKUP_CELL_BYTES = 64;
/** Request bytes per cell of a mark record (`{"row":1234,"col":5,"fill":null}` in a string, in the envelope: each quote costs 4). */
const RECORD_BYTES_PER_CELL = 56;

/** What planning marks needs from the batch. */
export interface MarkPlanContext {
  sheets: SheetProxies;
  store: StorePlan;
  /** Original fills already read with the sheet's cells ("row,col" → fill), by sheet name. */
  fills?: ReadonlyMap<string, ReadonlyMap<string, string | null>>;
}

/** Cells of a sheet whose fills may be read with its cells (their answer stays near 1 MB). */
export const PREFETCH_FILL_CELLS = 16_000;

/** Response bytes of reading `cells` cells' fills. */
export function fillAnswerBytes(cells: number): number {
  return cells * LOOKUP_CELL_BYTES;
}

/** Queue reading the fills of `area` with the cells; the function returned gives them ("row,col" → fill) after the sync. */
export function queueFillRead(ws: Excel.Worksheet, area: CellArea): () => Map<string, string | null> {
  const answer = ws.getRangeByIndexes(area.row, area.col, area.rowCount, area.colCount).getCellProperties(FILL_QUERY); // ExcelApi 1.7, 1.9
  return () => {
    const fills = new Map<string, string | null>();
    answer.value.forEach((row, i) => row.forEach((p, j) => fills.set(`${area.row + i},${area.col + j}`, originalFill(p))));
    return fills;
  };
}

/** Steps of a mark change: lookups, then restores and paints, and the record that waits for the lookups. */
export interface MarkSteps {
  /** Original fills read; first in the batch, so their answers are in by the second request. */
  lookups: Step[];
  steps: Step[];
  /** After every other step of the batch (they need the lookups' answers). */
  tail: Step[];
}

/** Mark cells of `sheet` (its name as the workbook spells it), first clearing its earlier marks. */
export function planMarks(ctx: MarkPlanContext, sheet: string, marks: CellMark[]): MarkSteps {
  const unique = uniqueMarks(marks);
  const key = marksKey(sheet);
  const previous = decodeMarks(ctx.store.value(key));
  const before = new Map(previous.map((m) => [cellKey(m), m]));
  const marked = new Set(unique.map(cellKey));
  const known = ctx.fills?.get(sheet);
  const found = new Map<string, string | null>();
  const fresh = unique.filter((m) => {
    const key = cellKey(m);
    if (before.has(key)) return false;
    if (!known?.has(key)) return true;
    found.set(key, known.get(key) ?? null);
    return false;
  });
  let waiting = 0;
  const lookups: Step[] = lookupAreas(fresh).map((area) => {
    waiting++;
    let answer: OfficeExtension.ClientResult<Excel.CellProperties[][]> | undefined;
    return {
      bytes: CALL_BYTES + 80,
      responseBytes: area.rowCount * area.colCount * LOOKUP_CELL_BYTES,
      queue: () => {
        answer = ctx.sheets.get(sheet).getRangeByIndexes(area.row, area.col, area.rowCount, area.colCount).getCellProperties(FILL_QUERY); // ExcelApi 1.7, 1.9
      },
      done: () => {
        answer?.value.forEach((row, i) => row.forEach((p, j) => found.set(`${area.row + i},${area.col + j}`, originalFill(p))));
        waiting--;
      },
    };
  });
  const record = (): MarkedCell[] =>
    unique.map((m) => before.get(cellKey(m)) ?? { row: m.row, col: m.col, fill: found.get(cellKey(m)) ?? null });
  const steps = [
    ...restoreSteps(ctx.sheets, sheet, previous.filter((m) => !marked.has(cellKey(m)))),
    ...fillSteps(ctx.sheets, sheet, unique.map((m) => ({ row: m.row, col: m.col, fill: m.fill }))),
  ];
  const tail = unique.length
    ? ctx.store.set(key, () => encodeMarks(record()), unique.length * RECORD_BYTES_PER_CELL, () => waiting === 0)
    : ctx.store.delete(key);
  return { lookups, steps, tail };
}

/** Restore the original fills of every cell marked on `sheet` and forget the record. */
export function planClear(ctx: MarkPlanContext, sheet: string): MarkSteps {
  const key = marksKey(sheet);
  if (!ctx.store.has(key)) return { lookups: [], steps: [], tail: [] };
  return { lookups: [], steps: restoreSteps(ctx.sheets, sheet, decodeMarks(ctx.store.value(key))), tail: ctx.store.delete(key) };
}

/**
 * The original fill from Office's cell properties: null for none. "No fill" and white both
 * read #FFFFFF (office-js #4900, #6218); tintAndShade is null only for no fill.
 */
export function originalFill(p: Excel.CellProperties): string | null {
  const fill = p.format?.fill;
  const color = typeof fill?.color === "string" ? fill.color.toUpperCase() : null;
  const tint = fill?.tintAndShade;
  if (color === null || ((tint === null || tint === undefined) && color === "#FFFFFF")) return null;
  return color;
}

function cellKey(c: { row: number; col: number }): string {
  return `${c.row},${c.col}`;
}

function restoreSteps(sheets: SheetProxies, sheet: string, cells: MarkedCell[]): Step[] {
  return fillSteps(sheets, sheet, cells.map((m) => ({ row: m.row, col: m.col, fill: m.fill })));
}

/** Paint (or, for a null fill, clear) cells, one step per address of same-fill areas. */
function fillSteps(sheets: SheetProxies, sheet: string, cells: { row: number; col: number; fill: string | null }[]): Step[] {
  const byFill = new Map<string | null, { row: number; col: number }[]>();
  for (const c of cells) {
    const fill = c.fill === null ? null : c.fill.toUpperCase();
    const list = byFill.get(fill) ?? [];
    list.push(c);
    byFill.set(fill, list);
  }
  const steps: Step[] = [];
  for (const [fill, list] of byFill) {
    for (const address of areaAddresses(rowRuns(list))) {
      steps.push({
        bytes: OBJECT_BYTES * 3 + ACTION_BYTES + address.length,
        queue: () => {
          const format = sheets.get(sheet).getRanges(address).format; // ExcelApi 1.9
          if (fill === null) format.fill.clear(); // ExcelApi 1.1
          else format.fill.color = fill; // ExcelApi 1.1
        },
      });
    }
  }
  return steps;
}

/** Rectangles (one column wide) covering the cells to look up, a few unmarked cells allowed in between. */
function lookupAreas(cells: { row: number; col: number }[]): CellArea[] {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const areas: CellArea[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = byCol.get(col)!.sort((a, b) => a - b);
    let run: CellArea | undefined;
    for (const row of rows) {
      if (run && row - (run.row + run.rowCount) <= LOOKUP_GAP && row - run.row < LOOKUP_CELLS) {
        run.rowCount = row - run.row + 1;
      } else {
        run = { row, col, rowCount: 1, colCount: 1 };
        areas.push(run);
      }
    }
  }
  return areas;
}
