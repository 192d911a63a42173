/**
 * A sheet as the browser edition's workspace draws it (docs/workspace.md): the text of every
 * cell as shown, its look, the merged areas, column widths and row heights in pixels, the frozen
 * panes, this product's marks and the notes that explain them, the selected cell and the charts.
 * Plain data, read in one go from the workbook (`ExcelJsWorkbook.gridOf`); inside Excel there is
 * no such view (Excel is the grid).
 */
import type { CellArea } from "../domain/sheet";
import type { ChartSpec } from "./port";

/** How a cell looks; cells share looks by index (`GridSheet.styles`). */
export interface GridStyle {
  /** Background "#RRGGBB". */
  fill?: string;
  /** Text colour "#RRGGBB". */
  color?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** Whether the cell has a border on any side (drawn as a darker grid line). */
  border?: boolean;
}

/** A cell that shows something or looks like something. */
export interface GridCell {
  /** The text as the spreadsheet shows it ("" for none). */
  text: string;
  /** Index into `GridSheet.styles` (0: the plain look). */
  style: number;
  /** The cell's note (a finding's reading, for a marked cell). */
  note?: string;
  /** Whether this product marked the cell (一键校验), so the workspace can say so. */
  marked?: boolean;
  /** The number, for a cell holding one (right-aligned unless the cell says otherwise; a chart reads it). */
  value?: number;
}

/** A chart on the sheet: drawn from its spec where this product wrote it, else named only. */
export interface GridChart {
  anchor: { row: number; col: number; rowCount: number; colCount: number };
  /** The spec of a chart this product wrote (drawn from the sheet's own cells). */
  spec?: ChartSpec;
}

/** One sheet for the workspace. Rows and columns are 0-based sheet coordinates from A1. */
export interface GridSheet {
  name: string;
  /** Rows and columns drawn (the used part of the sheet, never less than one). */
  rowCount: number;
  colCount: number;
  /** `cells[row][col]`, undefined where nothing is to be drawn; rows past the array are empty. */
  cells: (GridCell | undefined)[][];
  /** The looks; `styles[0]` is the plain look. */
  styles: GridStyle[];
  /** Merged areas (each drawn as one cell holding its top-left cell). */
  merges: CellArea[];
  /** Width of each column in CSS pixels (0 for a hidden column). */
  colWidths: number[];
  /** Height of each row in CSS pixels (0 for a hidden row). */
  rowHeights: number[];
  /** Rows and columns frozen at the top and left. */
  frozenRows: number;
  frozenCols: number;
  /** The selected cell, if the sheet has one recorded. */
  selected?: { row: number; col: number };
  charts: GridChart[];
  /** Whether the sheet had more rows than the workspace draws (the rest is named, not drawn). */
  truncated?: { rows: number };
}

/** The most rows the workspace draws of one sheet (a virtualised grid scrolls them; beyond, a note). */
export const GRID_MAX_ROWS = 100_000;

/** A workbook the workspace can draw (the .xlsx adapter; Excel draws its own). */
export interface GridReader {
  /** The sheet of that name as the workspace draws it. */
  gridOf(name: string): Promise<GridSheet>;
}

/** Whether the workbook can be drawn by the workspace. */
export function drawsGrid<T extends object>(wb: T | null): wb is T & GridReader {
  return wb !== null && typeof (wb as Partial<GridReader>).gridOf === "function";
}
