/**
 * Reading one cell of a data row straight from the snapshot, with merged areas filled in the
 * way `createGrid` and `readRow` do it (a cell of a merged area reads as its top-left cell),
 * but with a single merge lookup and no intermediate objects: the rules read hundreds of
 * thousands of cells on a large ledger. `test/unit/validate-catalogue.test.ts` checks that it
 * reads every fixture exactly as `readRow` does.
 */
import type { SheetSnapshot } from "../sheet";
import type { Grid } from "../recognize/grid";
import type { FieldCell } from "../recognize/record";

/** Read the cell at 0-based sheet (row, col) as a FieldCell (text trimmed). */
export type CellReader = (row: number, col: number) => FieldCell;

/** Reading cells of a snapshot, merged areas filled in; all coordinates 0-based sheet ones. */
export interface CellReaders {
  /** The whole cell: value, trimmed text, format, whether merged. */
  read: CellReader;
  /** Only the trimmed text (no allocation when the text has no surrounding spaces). */
  readText(row: number, col: number): string;
  /** Whether the cell lies in a merged area of more than one cell. */
  merged(row: number, col: number): boolean;
}

/** Readers over `snapshot`, using `grid` (built from the same snapshot) for merged areas. */
export function createCellReader(snapshot: SheetSnapshot, grid: Grid): CellReaders {
  const { origin, values, text, formats } = snapshot;
  const height = values.length;
  const width = height > 0 ? values[0].length : 0;
  // Cells outside every merged area's rows in their column skip the grid's merge lookup (most
  // cells of most sheets; a merged header over 1月…12月 does not slow the data below it).
  const mergedRows = new Map<number, { lo: number; hi: number }>();
  for (const area of snapshot.merges) {
    if (area.rowCount * area.colCount < 2) continue;
    const hi = area.row + area.rowCount - 1;
    for (let c = area.col; c < area.col + area.colCount && c < origin.col + width + 1000; c++) {
      const span = mergedRows.get(c);
      if (!span) mergedRows.set(c, { lo: area.row, hi });
      else {
        span.lo = Math.min(span.lo, area.row);
        span.hi = Math.max(span.hi, hi);
      }
    }
  }
  const areaAt = (row: number, col: number) => {
    const span = mergedRows.get(col);
    return span && row >= span.lo && row <= span.hi ? grid.mergeAt(row, col) : undefined;
  };
  /** The text shown at snapshot position (r, c), or "" outside the used range. */
  const shownAt = (r: number, c: number): string => {
    if (r < 0 || r >= height || c < 0 || c >= width) return "";
    const shown = text[r]?.[c] ?? "";
    if (shown !== "") return shown;
    const value = values[r][c];
    return value === null ? "" : String(value);
  };
  return {
    read(row, col) {
      const area = areaAt(row, col); // merged areas of one cell are not in the grid's index
      const merged = area !== undefined;
      const r = (area ? area.row : row) - origin.row;
      const c = (area ? area.col : col) - origin.col;
      if (r < 0 || r >= height || c < 0 || c >= width) return { col, value: null, text: "", format: "General", merged };
      return { col, value: values[r][c], text: shownAt(r, c).trim(), format: formats[r]?.[c] ?? "General", merged };
    },
    readText(row, col) {
      const area = areaAt(row, col);
      return shownAt((area ? area.row : row) - origin.row, (area ? area.col : col) - origin.col).trim();
    },
    merged: (row, col) => areaAt(row, col) !== undefined,
  };
}
