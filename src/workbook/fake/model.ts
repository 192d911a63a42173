/**
 * The fake host's workbook state: sheets of sparse cells with values, formats, fills and fonts,
 * plus the sheet-level things Office.js can set (merges, widths, freeze panes, page layout,
 * validations, conditional formats, borders, charts). Plain data; the proxies in this folder
 * change it.
 */

import type { CellArea, CellValue } from "../../domain/sheet";
import { areaContains, areasIntersect } from "../a1";

/** A cell's font, as far as the fake models it. */
export interface FontModel {
  bold?: boolean;
  size?: number;
  name?: string;
  /** "#RRGGBB" */
  color?: string;
  underline?: string;
}

/** One cell. */
export interface CellModel {
  /** What `range.values` returns (null = empty; Office shows it as ""). */
  value: CellValue;
  /** The formula when the cell was given one. */
  formula?: string;
  /** The number format ("General" by default). */
  format: string;
  /** "#RRGGBB" solid fill, or null for none. */
  fill: string | null;
  font?: FontModel;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  /** Text entered with a leading apostrophe. */
  quotePrefix?: boolean;
  hyperlink?: { address?: string; documentReference?: string; screenTip?: string; textToDisplay?: string };
}

/** A data validation on an area. */
export interface ValidationModel {
  area: CellArea;
  rule?: { list?: { inCellDropDown: boolean; source: string } };
  errorAlert?: { showAlert: boolean; style: string; title: string; message: string };
  prompt?: { showPrompt: boolean; title: string; message: string };
}

/** A "text contains" conditional format. */
export interface ConditionalFormatModel {
  id: string;
  area: CellArea;
  type: "ContainsText";
  rule?: { operator: string; text: string };
  fill?: string;
  fontColor?: string;
}

/** Cells a chart reads: a range of some sheet (followed by identity, so a renamed sheet still counts). */
export interface ChartRangeModel {
  sheet: SheetModel;
  area: CellArea;
}

/** One series of a chart. */
export interface ChartSeriesModel {
  name: string;
  /** The numbers plotted, or null for a series added without values yet. */
  values: ChartRangeModel | null;
  /** The category labels, or null (Excel then numbers the categories 1, 2, 3…). */
  xValues: ChartRangeModel | null;
}

/** A chart on a sheet, as far as the fake models it. */
export interface ChartModel {
  id: string;
  /** Excel.ChartType, e.g. "ColumnClustered". */
  type: string;
  /** The title's text, or null while Excel shows its automatic title. */
  title: string | null;
  series: ChartSeriesModel[];
  /** The value axis's number format ("General" until set). */
  valueAxisNumberFormat: string;
  /** Per axis: plotted last to first, and where the other axis crosses it ("Automatic" until set). */
  axes: Record<"value" | "category", { reversePlotOrder: boolean; position: string }>;
  legendPosition: string;
  /** Cells the chart covers (top-left and bottom-right), or null while Excel places it itself. */
  position: { from: { row: number; col: number }; to: { row: number; col: number } | null } | null;
}

/** One sheet. */
export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<number, Map<number, CellModel>>;
  merges: CellArea[];
  /** Points, by 0-based column. */
  columnWidths: Map<number, number>;
  /** Points, by 0-based row. */
  rowHeights: Map<number, number>;
  freeze: { rows: number; cols: number } | null;
  page: {
    orientation: "Portrait" | "Landscape";
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number } | null;
    printTitleRows: string | null;
  };
  validations: ValidationModel[];
  conditionalFormats: ConditionalFormatModel[];
  borders: { area: CellArea; side: string; style: string; weight?: string }[];
  charts: ChartModel[];
  activeCell: { row: number; col: number };
}

/** The whole workbook. */
export interface BookModel {
  sheets: SheetModel[];
  activeSheetId: string;
  nextId: number;
}

/** A new, empty sheet. */
export function newSheet(book: BookModel, name: string): SheetModel {
  return {
    id: `{sheet-${book.nextId++}}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    merges: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    freeze: null,
    page: { orientation: "Portrait", paperSize: "Letter", zoom: null, printTitleRows: null },
    validations: [],
    conditionalFormats: [],
    borders: [],
    charts: [],
    activeCell: { row: 0, col: 0 },
  };
}

/** The cell, or undefined when it was never touched. */
export function peekCell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.get(row)?.get(col);
}

/** The cell, created empty on first use. */
export function cellAt(sheet: SheetModel, row: number, col: number): CellModel {
  let cols = sheet.cells.get(row);
  if (!cols) {
    cols = new Map();
    sheet.cells.set(row, cols);
  }
  let cell = cols.get(col);
  if (!cell) {
    cell = { value: null, format: "General", fill: null };
    cols.set(col, cell);
  }
  return cell;
}

/** Run `fn` on every cell of the area (creating them). */
export function forEachCell(sheet: SheetModel, area: CellArea, fn: (cell: CellModel, row: number, col: number) => void): void {
  for (let r = area.row; r < area.row + area.rowCount; r++) {
    for (let c = area.col; c < area.col + area.colCount; c++) fn(cellAt(sheet, r, c), r, c);
  }
}

/** Whether a cell carries formatting (for the formats-included used range). */
function isFormatted(cell: CellModel): boolean {
  return cell.format !== "General" || cell.fill !== null || cell.font !== undefined || cell.horizontal !== undefined || cell.wrap !== undefined;
}

/** The used range: the bounding box of cells with values (and, unless `valuesOnly`, formats and merges). */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): CellArea | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  const take = (r: number, c: number, rows = 1, cols = 1) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r + rows - 1);
    right = Math.max(right, c + cols - 1);
  };
  for (const [r, cols] of sheet.cells) {
    for (const [c, cell] of cols) if (cell.value !== null || (!valuesOnly && isFormatted(cell))) take(r, c);
  }
  if (!valuesOnly) for (const m of sheet.merges) take(m.row, m.col, m.rowCount, m.colCount);
  if (bottom < 0) return null;
  return { row: top, col: left, rowCount: bottom - top + 1, colCount: right - left + 1 };
}

/** The merged areas intersecting `area`. */
export function mergesTouching(sheet: SheetModel, area: CellArea): CellArea[] {
  return sheet.merges.filter((m) => areasIntersect(m, area));
}

/** Whether the cell is part of a merge but not its top-left cell. */
export function isMergeSlave(sheet: SheetModel, row: number, col: number): boolean {
  return sheet.merges.some((m) => areaContains(m, row, col) && (m.row !== row || m.col !== col));
}
