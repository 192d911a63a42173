/**
 * A read-only view of a SheetSnapshot in sheet coordinates, with merged areas filled in: a cell
 * inside a merged area reads as the area's top-left cell ("a cell merged over several rows
 * belongs to each row"). Outside the used range every cell is empty.
 */
import type { CellArea, CellValue, SheetSnapshot } from "../sheet";

/** The grid accessor the recogniser and the rules read cells through. */
export interface Grid {
  /** The sheet's name. */
  readonly sheet: string;
  /** 0-based sheet rows/columns of the used range, inclusive (lastRow < firstRow when empty). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  /** The raw value; inside a merged area, the value of its top-left cell. */
  value(row: number, col: number): CellValue;
  /** The text as shown; inside a merged area, the text of its top-left cell. "" when empty. */
  text(row: number, col: number): string;
  /** The number format; inside a merged area, the top-left cell's. "General" outside the range. */
  format(row: number, col: number): string;
  /** The merged area the cell lies in, if any. */
  mergeAt(row: number, col: number): CellArea | undefined;
  /**
   * Whether the cell belongs to a merged area of more than one cell, so its value is shared
   * with other cells (for the `merged-cells` finding when it lies in the data).
   */
  isMergedData(row: number, col: number): boolean;
  /** Whether the cell is inside a merged area but is not its top-left cell (its value is a copy). */
  isMergeCopy(row: number, col: number): boolean;
  /** The top-left cell of the cell's merged area, or the cell itself. */
  master(row: number, col: number): { row: number; col: number };
}

const KEY_STRIDE = 1 << 15; // columns per row in the merge index; Excel has 16,384 columns
/** How far past the used range a merged area is followed (a guard against absurd areas). */
const MAX_OVERHANG = 1000;

/** Build the grid accessor for a snapshot. Cost: one pass over the merged cells. */
export function createGrid(snapshot: SheetSnapshot): Grid {
  const { origin, values, text, formats } = snapshot;
  const height = values.length;
  const width = height > 0 ? values[0].length : 0;
  const byCell = new Map<number, CellArea>();
  for (const area of snapshot.merges) {
    if (area.rowCount * area.colCount < 2) continue;
    // Clip to the used range, except that an area may run past its bottom/right edge.
    const r0 = Math.max(area.row, origin.row);
    const r1 = Math.min(area.row + area.rowCount, origin.row + height + MAX_OVERHANG);
    const c0 = Math.max(area.col, origin.col);
    const c1 = Math.min(area.col + area.colCount, origin.col + width + MAX_OVERHANG);
    for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) byCell.set(r * KEY_STRIDE + c, area);
  }

  const inRange = (row: number, col: number): boolean =>
    row >= origin.row && row < origin.row + height && col >= origin.col && col < origin.col + width;
  const master = (row: number, col: number): { row: number; col: number } => {
    const area = byCell.get(row * KEY_STRIDE + col);
    return area ? { row: area.row, col: area.col } : { row, col };
  };
  const rawValue = (row: number, col: number): CellValue =>
    inRange(row, col) ? values[row - origin.row][col - origin.col] : null;
  const rawText = (row: number, col: number): string => {
    if (!inRange(row, col)) return "";
    const shown = text[row - origin.row]?.[col - origin.col] ?? "";
    if (shown !== "") return shown;
    const v = values[row - origin.row][col - origin.col];
    return v === null ? "" : String(v);
  };

  // A merged area whose top-left cell has content reaches as far as the area does, even where
  // an adapter cut the used range at the last value.
  let lastRow = origin.row + height - 1;
  let lastCol = origin.col + width - 1;
  for (const area of snapshot.merges) {
    if (area.rowCount * area.colCount < 2 || rawText(area.row, area.col) === "") continue;
    lastRow = Math.max(lastRow, area.row + area.rowCount - 1);
    lastCol = Math.max(lastCol, area.col + area.colCount - 1);
  }

  return {
    sheet: snapshot.name,
    firstRow: origin.row,
    lastRow,
    firstCol: origin.col,
    lastCol,
    // The hot accessors look the merge up without allocating a master position.
    value(row, col) {
      const a = byCell.size ? byCell.get(row * KEY_STRIDE + col) : undefined;
      return a ? rawValue(a.row, a.col) : rawValue(row, col);
    },
    text(row, col) {
      const a = byCell.size ? byCell.get(row * KEY_STRIDE + col) : undefined;
      return a ? rawText(a.row, a.col) : rawText(row, col);
    },
    format(row, col) {
      const a = byCell.size ? byCell.get(row * KEY_STRIDE + col) : undefined;
      const r = a ? a.row : row;
      const c = a ? a.col : col;
      return inRange(r, c) ? (formats[r - origin.row]?.[c - origin.col] ?? "General") : "General";
    },
    mergeAt: (row, col) => byCell.get(row * KEY_STRIDE + col),
    isMergedData: (row, col) => byCell.has(row * KEY_STRIDE + col),
    isMergeCopy(row, col) {
      const area = byCell.get(row * KEY_STRIDE + col);
      return area !== undefined && (area.row !== row || area.col !== col);
    },
    master,
  };
}
