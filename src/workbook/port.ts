/**
 * The workbook port: the one narrow, host-neutral, asynchronous interface between the
 * features and a spreadsheet host. Adapters: `OfficeJsWorkbook` (Excel via Office.js),
 * `ExcelJsWorkbook` (a .xlsx file in Node or the browser). No Office or ExcelJS type appears
 * here, so a WPS 表格 adapter can join later without touching the domain or the features.
 *
 * Coordinates are 0-based sheet rows/columns unless a name says A1.
 */

import type { CellArea, CellValue, SheetSnapshot } from "../domain/sheet";

export type { CellArea, CellValue, SheetSnapshot };

/** A sheet in the workbook. */
export interface SheetInfo {
  name: string;
  /** Hidden or very hidden sheets are ours or the user's private ones. */
  visible: boolean;
}

/** A style applied to an area of a written sheet. */
export interface AreaStyle {
  area: CellArea;
  bold?: boolean;
  /** Points. */
  fontSize?: number;
  fontName?: string;
  /** "#RRGGBB" */
  fill?: string;
  fontColor?: string;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  wrap?: boolean;
  /** Thin borders on every cell of the area. */
  border?: boolean;
}

/** A drop-down list on an area. */
export interface ListValidation {
  area: CellArea;
  /** The choices, shown in order. */
  list: string[];
  /** Reject other input (true) or only warn (false). */
  strict: boolean;
  /** A prompt shown when the cell is selected. */
  prompt?: string;
}

/** A conditional format: cells of the area whose text contains `text` get the colours. */
export interface TextConditionalFormat {
  area: CellArea;
  text: string;
  fill: string;
  fontColor?: string;
}

/** A link from a cell to a cell of another (or the same) sheet. */
export interface InternalLink {
  row: number;
  col: number;
  /** Target sheet name. */
  sheet: string;
  /** Target cell, A1 ("C7"). */
  address: string;
}

/**
 * A native clustered column (or bar) chart over cells of the written sheet. A bar chart lists its
 * categories top to bottom in the order of the cells, as the table above it reads (the category
 * axis reversed, the value axis kept at the bottom), so a ranking's first is on top.
 */
export interface ChartSpec {
  title: string;
  kind: "column" | "bar";
  /** Category labels: one column of cells (e.g. unit names). */
  categories: CellArea;
  /** Each series: a name and one column of numeric cells, same row span as categories. */
  series: { name: string; values: CellArea }[];
  /** Where the chart sits: top-left cell and size in cells. */
  anchor: { row: number; col: number; rowCount: number; colCount: number };
  /** Value axis number format, e.g. "0%". */
  valueFormat?: string;
}

/** A whole sheet of our own to write: values plus layout, in one request plan. */
export interface SheetWrite {
  /** The name wanted. */
  sheet: string;
  /**
   * What to do when a sheet of that name exists: `replace` only for sheets the product owns
   * (results); `rename` picks a new free name (`…(2)`) and never touches the existing sheet.
   */
  ifExists: "replace" | "rename";
  /** Rows of values from row 0, col 0. Strings are always written as text, never as formulas. */
  rows: CellValue[][];
  /**
   * Cells that hold a formula of ours, so a figure the clerk edits carries the cells computed
   * from it (the lights of 通报排名: docs/ranking.md "Lights"). The formula is the product's own
   * text, never a cell's; `rows` holds what it computes now, which a host that does not
   * calculate on load keeps showing. `formula` starts with `=` and uses A1 references.
   */
  formulas?: CellFormula[];
  /** Column widths in characters (Excel's unit), index = column. */
  widths?: number[];
  /** Number formats for whole column runs: the area's cells get `format`. */
  numberFormats?: { area: CellArea; format: string }[];
  merges?: CellArea[];
  styles?: AreaStyle[];
  validations?: ListValidation[];
  conditionalFormats?: TextConditionalFormat[];
  links?: InternalLink[];
  /** Rows (and columns) frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  /**
   * Print setup: A4, orientation, fit all columns on one page wide (and, with `onePage`, the
   * whole sheet on one page: a 通报排名 is circulated as one page), header rows repeated.
   */
  print?: { orientation: "portrait" | "landscape"; fitToWidth: boolean; onePage?: boolean; repeatRows?: { from: number; to: number } };
  /** Row heights in points, index = row; undefined = default. */
  rowHeights?: (number | undefined)[];
  /** Make the written sheet the active one. */
  activate?: boolean;
  /**
   * Native charts over this sheet's cells (a malformed spec is a RangeError). Excel draws them
   * at once; an .xlsx gets them as chart parts when saved, and keeps them through load and save.
   */
  charts?: ChartSpec[];
}

/** A formula of ours in one cell of a written sheet (0-based row and column). */
export interface CellFormula {
  row: number;
  col: number;
  formula: string;
}

/**
 * Body rows of a sheet given block by block as they are read, for a sheet too large to hold at
 * once (a city's 汇总: docs/merging.md "Scale").
 */
export interface RowBlock {
  /** 0-based sheet row of the block's first row. */
  from: number;
  rows: CellValue[][];
  /** Each row's height in points. */
  heights: number[];
  /** Single cells that keep their own number format (0-based sheet row and column). */
  formats: { row: number; col: number; format: string }[];
}

/** A workbook that can write a sheet whose body comes in blocks (`rows` of the spec in the blocks' place are not used). */
export interface BlockWriter {
  writeSheetInBlocks(spec: SheetWrite, blocks: AsyncIterable<RowBlock>): Promise<string>;
}

/** Whether the workbook writes sheets from blocks. */
export function writesBlocks(wb: WorkbookPort): wb is WorkbookPort & BlockWriter {
  return typeof (wb as Partial<BlockWriter>).writeSheetInBlocks === "function";
}

/** A mark on one cell of a user's sheet (a fill and a short note). */
export interface CellMark {
  row: number;
  col: number;
  /** "#RRGGBB" fill. */
  fill: string;
  /** Why the cell is marked (shown as the mark's note where the host can). */
  note?: string;
}

/** What one batch reads before deciding: a sheet (by name, or the active one) and settings. */
export interface ReadRequest {
  /**
   * A sheet: `{}` for the active one, `{ name }` for one by name (missing: `WorkbookError`
   * "no-sheet"). Its cells are read unless `cells` is false or `skip` accepts its name (one of
   * our result sheets, say), so a command on the wrong sheet costs no read of it.
   */
  sheet?: {
    name?: string;
    cells?: boolean;
    skip?: (name: string) => boolean;
    /**
     * The decision may mark cells of this sheet: a host that must read a cell's fill before
     * painting it may read the fills with the cells (Office does for a small sheet, saving a
     * request: docs/excel-hosts.md "Sync budget"). Changes nothing else.
     */
    marks?: boolean;
  };
  /** Settings to read (keys). */
  settings?: readonly string[];
}

/** What a batch read. */
export interface ReadResult {
  /** The sheet's name as the workbook spells it (when a sheet was asked for). */
  sheet?: string;
  /** Its cells, when read. */
  snapshot?: SheetSnapshot;
  /** Every setting asked for: its value, or null. */
  settings: ReadonlyMap<string, string | null>;
}

/** One change of a batch: what the single members of the port do, as data. */
export type WorkbookChange =
  | { kind: "writeSheet"; spec: SheetWrite }
  | { kind: "markCells"; sheet: string; marks: CellMark[] }
  | { kind: "clearMarks"; sheet: string }
  | { kind: "setSetting"; key: string; value: string }
  | { kind: "appendRows"; sheet: string; at: number; rows: CellValue[][] };

/** What a batch's decision gives: a value for the caller and the changes to make. */
export interface Decision<T> {
  value: T;
  changes: readonly WorkbookChange[];
}

/** A batch's outcome: the decision's value, and per change the name it used (the sheet written, the sheet marked or cleared, the key set). */
export interface Batched<T> {
  value: T;
  names: string[];
}

/**
 * The port. Each member is one round trip for the Office adapter (a constant number of
 * `context.sync()` whatever the number of rows), so a feature calls few of them; `batch` does a
 * whole command (read, decide, write) in one go.
 */
export interface WorkbookPort {
  /** Which host this is, for the pane's mode line ("excel", "xlsx"). */
  readonly kind: "excel" | "xlsx";
  /** The workbook's sheets, in tab order. */
  listSheets(): Promise<SheetInfo[]>;
  /** The active sheet's name. */
  activeSheet(): Promise<string>;
  /** Make a sheet the active one. */
  activateSheet(name: string): Promise<void>;
  /** Select one cell (A1 address) on a sheet, activating the sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Read a sheet (the active one when no name is given). Throws `WorkbookError` when it does not exist. */
  readSheet(name?: string): Promise<SheetSnapshot>;
  /** Write a sheet of our own; returns the name actually used. */
  writeSheet(spec: SheetWrite): Promise<string>;
  /**
   * Mark cells of a user's sheet. The cells' original fills are kept (in the workbook) so
   * that `clearMarks` restores them exactly; marking again first clears the earlier marks.
   */
  markCells(sheet: string, marks: CellMark[]): Promise<void>;
  /** Remove every mark this product made on the sheet, restoring the original fills. */
  clearMarks(sheet: string): Promise<void>;
  /**
   * Add rows to a user's list under its last row (the 发函登记 register: docs/letters.md), from
   * 0-based row `at`, which the caller found empty when it read the sheet (in the same `batch`,
   * so nothing came between). Strings are text, never formulas; every cell above stays as it was.
   */
  appendRows(sheet: string, at: number, rows: CellValue[][]): Promise<void>;
  /** A setting stored in the workbook (JSON text), or null. */
  getSetting(key: string): Promise<string | null>;
  /** Store a setting in the workbook. */
  setSetting(key: string, value: string): Promise<void>;
  /**
   * A whole command at once: read what `request` asks for, let `decide` (synchronous, no
   * host calls) turn it into a value and changes, and make the changes in order, as the single
   * members would. The Office adapter does it in one `Excel.run` with a constant number of
   * requests (docs/excel-hosts.md "Sync budget"); a `WorkbookError` from any part leaves the
   * later changes unmade. When `decide` throws, nothing is changed.
   */
  batch<T>(request: ReadRequest, decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>>;
}

/**
 * What can stand in a command's way on the workbook's side: a sheet that is not there, a sheet
 * too large to read in one go, Excel refusing (protected, editing a cell, over the web's 5 MB),
 * a file that is not an .xlsx, a file with an opening password.
 */
export type WorkbookErrorCode = "no-sheet" | "too-large" | "host" | "unreadable-file" | "protected-file";

/** A host problem the clerk should read: `message` is a zh-CN sentence that says what to do. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: WorkbookErrorCode,
  ) {
    super(message);
    this.name = "WorkbookError";
  }
}
