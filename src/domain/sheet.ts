/**
 * The sheet as the domain sees it: plain data read in one go by a workbook adapter.
 * Coordinates are 0-based sheet rows/columns.
 */

/** A raw cell value. Dates are Excel serial numbers (days since 1899-12-30), as the Excel JavaScript API gives them. */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells, 0-based, in sheet coordinates. */
export interface CellArea {
  row: number;
  col: number;
  rowCount: number;
  colCount: number;
}

/** Everything a command needs from one sheet, read in one go. */
export interface SheetSnapshot {
  /** The sheet's name. */
  name: string;
  /** Sheet coordinates of `values[0][0]` (the used range's top-left). */
  origin: { row: number; col: number };
  /** Raw values, rectangular; dates as serial numbers; empty cells as null. */
  values: CellValue[][];
  /** The text as Excel shows it, rectangular, same shape as `values`. */
  text: string[][];
  /** Number formats ("General", "yyyy-mm-dd", "0%", "@"), same shape as `values`. */
  formats: string[][];
  /** Merged areas that touch the used range, in sheet coordinates. */
  merges: CellArea[];
}
