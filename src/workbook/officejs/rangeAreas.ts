/**
 * Many cells in one call: `Worksheet.getRanges(address)` (ExcelApi 1.9) takes comma-separated
 * areas, so a fill, a font or a row height given to hundreds of scattered cells costs one call
 * instead of one per cell. Excel has been seen to refuse an address of 513 areas and 8,207
 * characters with InvalidArgument, while some longer ones passed (office-js #5198,
 * https://github.com/OfficeDev/office-js/issues/5198); the limit is not documented, so an
 * address here holds at most 200 areas and 2,000 characters.
 */

import type { CellArea } from "../../domain/sheet";
import { areaAddress } from "../a1";

const AREAS_PER_ADDRESS = 200;
const ADDRESS_CHARS = 2000;

/** Areas joined into `getRanges` addresses of at most 200 areas and 2,000 characters each. */
export function areaAddresses(areas: readonly CellArea[]): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 0;
  for (const area of areas) {
    const a = areaAddress(area);
    if (current.length > 0 && (current.length >= AREAS_PER_ADDRESS || length + a.length + 1 > ADDRESS_CHARS)) {
      out.push(current.join(","));
      current = [];
      length = 0;
    }
    current.push(a);
    length += a.length + 1;
  }
  if (current.length) out.push(current.join(","));
  return out;
}

/** Runs of horizontally adjacent cells, row by row. */
export function rowRuns(cells: readonly { row: number; col: number }[]): CellArea[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: CellArea[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.col + last.colCount === c.col) last.colCount++;
    else runs.push({ row: c.row, col: c.col, rowCount: 1, colCount: 1 });
  }
  return runs;
}
