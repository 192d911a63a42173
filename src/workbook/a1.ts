/**
 * A1 addresses: column letters <-> 0-based column index, "C7" <-> { row, col }, areas
 * ("A1:C3") <-> CellArea, and sheet-name quoting for references. Host-neutral; a bad address
 * is a bad caller, so the parsers throw `RangeError`.
 */

import type { CellArea } from "../domain/sheet";
import { columnLetter } from "../domain/text/a1";

/** Excel's last column (XFD) as a 0-based index. */
export const MAX_COL = 16383;
/** Excel's last row (1,048,576) as a 0-based index. */
export const MAX_ROW = 1048575;

/** 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col > MAX_COL) throw new RangeError(`Column index out of range: ${col}`);
  return columnLetter(col);
}

/** "A" → 0, "z" → 25, "AA" → 26. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) throw new RangeError(`Not column letters: "${letters}"`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  const col = n - 1;
  if (col > MAX_COL) throw new RangeError(`Column out of range: "${letters}"`);
  return col;
}

/** (6, 2) → "C7". */
export function cellAddress(row: number, col: number): string {
  if (!Number.isInteger(row) || row < 0 || row > MAX_ROW) throw new RangeError(`Row index out of range: ${row}`);
  return `${columnLetters(col)}${row + 1}`;
}

/** "C7", "$C$7", "c7" → { row: 6, col: 2 }. */
export function parseCellAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) throw new RangeError(`Not an A1 cell address: "${a1}"`);
  const row = Number(m[2]) - 1;
  if (row < 0 || row > MAX_ROW) throw new RangeError(`Row out of range: "${a1}"`);
  return { row, col: columnIndex(m[1]) };
}

/** An area as "A1:C3", or "A1" for a single cell. */
export function areaAddress(area: CellArea): string {
  checkArea(area);
  const first = cellAddress(area.row, area.col);
  if (area.rowCount === 1 && area.colCount === 1) return first;
  return `${first}:${cellAddress(area.row + area.rowCount - 1, area.col + area.colCount - 1)}`;
}

/**
 * "A1:C3", "$A$1:$C$3", "B2" or a sheet-qualified "'My Sheet'!A1:C3" → CellArea. Corners may
 * come in any order. Whole rows/columns ("1:4", "A:C") are not areas here.
 */
export function parseAreaAddress(address: string): CellArea {
  const bang = address.lastIndexOf("!");
  const local = (bang >= 0 ? address.slice(bang + 1) : address).trim();
  const [a, b, extra] = local.split(":");
  if (extra !== undefined || !a) throw new RangeError(`Not an A1 area: "${address}"`);
  const p = parseCellAddress(a);
  const q = b === undefined ? p : parseCellAddress(b);
  const row = Math.min(p.row, q.row);
  const col = Math.min(p.col, q.col);
  return { row, col, rowCount: Math.abs(p.row - q.row) + 1, colCount: Math.abs(p.col - q.col) + 1 };
}

/** Whole rows `from`..`to` (0-based, inclusive) as "$1:$4". */
export function rowSpanAddress(from: number, to: number): string {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > MAX_ROW) {
    throw new RangeError(`Bad row span: ${from}..${to}`);
  }
  return `$${from + 1}:$${to + 1}`;
}

/** A sheet name as a reference prefix: always quoted, inner apostrophes doubled ("'It''s'"). */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Split a sheet-qualified multi-area address ("Sheet1!A1:B2, 'a,b'!C3:D4") into areas,
 * honouring quotes around sheet names.
 */
export function parseMultiAreaAddress(address: string): CellArea[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "").map(parseAreaAddress);
}

/** Whether two areas share at least one cell. */
export function areasIntersect(a: CellArea, b: CellArea): boolean {
  return a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.col < b.col + b.colCount && b.col < a.col + a.colCount;
}

/** Whether the cell lies in the area. */
export function areaContains(area: CellArea, row: number, col: number): boolean {
  return row >= area.row && row < area.row + area.rowCount && col >= area.col && col < area.col + area.colCount;
}

function checkArea(area: CellArea): void {
  const ok = [area.row, area.col, area.rowCount, area.colCount].every(Number.isInteger) && area.rowCount > 0 && area.colCount > 0;
  if (!ok) throw new RangeError(`Bad area: ${JSON.stringify(area)}`);
  if (area.row + area.rowCount - 1 > MAX_ROW || area.col + area.colCount - 1 > MAX_COL) {
    throw new RangeError(`Area outside the sheet: ${JSON.stringify(area)}`);
  }
}
