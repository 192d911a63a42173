/**
 * The workbook port over an .xlsx file held in memory by ExcelJS: for the CLI (Node) and the
 * browser edition. Takes and gives bytes; no file system. Settings and marks live in the very
 * hidden `_luoshi` sheet, laid out exactly as the Office adapter lays them out. Charts live
 * beside the ExcelJS model (which has none) and go into the bytes on save: the ones written
 * through the port, and the ones a loaded file had on its worksheets (chartsheets and the
 * newer chart types, such as waterfall or treemap, are still lost when such a file is saved).
 */

import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot } from "../../domain/sheet";
import { parseCellAddress, cellAddress } from "../a1";
import { checkCharts } from "../common/charts";
import { hiddenSheetError, noSheetError, noVisibleSheetError } from "../common/errors";
import { freeSheetName, sameSheetName, sanitizeSheetName, STORE_SHEET } from "../common/sheetNames";
import { batchByMembers } from "../common/batch";
import type { Batched, CellMark, Decision, ReadRequest, ReadResult, SheetInfo, SheetWrite, WorkbookPort } from "../port";
import { fileKindError, unreadableFileError } from "./fileCheck";
import { orderNoOf, setOrderNo } from "./internals";
import { clearMarks, markCells } from "./marks";
import { snapshotOf } from "./snapshot";
import { getStored, setStored } from "./store";
import { activate, activeWorksheet, selectCell } from "./views";
import { fillWorksheet } from "./writeSheet";
import { SheetCharts } from "./charts/sheetCharts";
import { installFastMerges } from "./fastMerges";
import { gridOf } from "./gridSheet";
import { dropUnwritableRules } from "./unwritableRules";
import { firstFontOf, withDefaultFont } from "./defaultFont";
import { readStyles, withBuiltinFormats } from "./builtinFormats";
import type { GridSheet } from "../grid";

installFastMerges();

/** An .xlsx workbook in memory. */
export class ExcelJsWorkbook implements WorkbookPort {
  readonly kind = "xlsx" as const;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    private readonly charts: SheetCharts,
    /** The opened file's default font (its first `<font>`), put back on save: defaultFont.ts. */
    private readonly defaultFont?: string,
  ) {}

  /**
   * Open .xlsx bytes. Throws `WorkbookError` "protected-file" for a password-protected
   * workbook and "unreadable-file" for anything else that is not an .xlsx (.xls, .et, damaged).
   */
  static async load(data: ArrayBuffer | Uint8Array): Promise<ExcelJsWorkbook> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const kindError = fileKindError(bytes);
    if (kindError) throw kindError;
    const wb = new ExcelJS.Workbook();
    // The styles part read once: its missing built-in formats defined, its default font kept for the save.
    const styles = await readStyles(bytes);
    const defaultFont = styles && firstFontOf(styles.styles);
    try {
      const defined = await withBuiltinFormats(bytes, styles);
      const copy = defined.buffer.slice(defined.byteOffset, defined.byteOffset + defined.byteLength) as ArrayBuffer;
      await wb.xlsx.load(copy);
    } catch {
      throw unreadableFileError();
    }
    if (wb.worksheets.length === 0) throw unreadableFileError();
    for (const ws of wb.worksheets) dropUnwritableRules(ws);
    return new ExcelJsWorkbook(wb, await SheetCharts.fromFile(bytes, wb), defaultFont);
  }

  /** A new, empty workbook (no sheets until one is written). */
  static create(): ExcelJsWorkbook {
    const wb = new ExcelJS.Workbook();
    wb.creator = "落实台账助手";
    return new ExcelJsWorkbook(wb, new SheetCharts());
  }

  /** The workbook as .xlsx bytes (a blank "Sheet1" is added if it has no visible sheet). */
  async save(): Promise<Uint8Array> {
    if (!this.wb.worksheets.some((ws) => ws.state === "visible")) {
      const ws = this.wb.addWorksheet(freeSheetName("Sheet1", this.names()));
      activate(this.wb, ws);
    }
    const buffer = await this.wb.xlsx.writeBuffer();
    return withDefaultFont(await this.charts.addTo(new Uint8Array(buffer), this.wb), this.defaultFont);
  }

  /** The ExcelJS workbook itself, for tests and tools that inspect what was written (charts are not in it: see `save`). */
  get exceljs(): ExcelJS.Workbook {
    return this.wb;
  }

  /** The workbook's sheets in tab order (the store sheet included, as not visible). */
  async listSheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map((ws) => ({ name: ws.name, visible: ws.state === "visible" }));
  }

  /** The active sheet's name. */
  async activeSheet(): Promise<string> {
    const ws = activeWorksheet(this.wb);
    if (!ws) throw noVisibleSheetError();
    return ws.name;
  }

  /** Make a (visible) sheet the active one. */
  async activateSheet(name: string): Promise<void> {
    activate(this.wb, this.visibleSheet(name));
  }

  /** Activate the sheet and select one of its cells. */
  async selectCell(sheet: string, address: string): Promise<void> {
    const { row, col } = parseCellAddress(address);
    const ws = this.visibleSheet(sheet);
    activate(this.wb, ws);
    selectCell(ws, cellAddress(row, col));
  }

  /** A sheet as the browser edition's workspace draws it (src/workbook/grid.ts). */
  async gridOf(name: string): Promise<GridSheet> {
    const ws = this.sheet(name);
    return gridOf(this.wb, ws, this.charts.shownOn(ws));
  }

  /** Read a sheet (the active one when no name is given). */
  async readSheet(name?: string): Promise<SheetSnapshot> {
    if (name === undefined) {
      const ws = activeWorksheet(this.wb);
      if (!ws) throw noVisibleSheetError();
      return snapshotOf(ws);
    }
    return snapshotOf(this.sheet(name));
  }

  /** Write a sheet of our own; returns the name used. */
  async writeSheet(spec: SheetWrite): Promise<string> {
    checkCharts(spec.charts);
    const wanted = sanitizeSheetName(spec.sheet);
    const existing = this.find(wanted);
    let name = wanted;
    let orderNo: number | undefined;
    let wasActive = false;
    if (existing && spec.ifExists === "replace" && !sameSheetName(existing.name, STORE_SHEET)) {
      orderNo = orderNoOf(existing);
      wasActive = activeWorksheet(this.wb) === existing;
      name = existing.name;
      this.charts.drop(existing);
      this.wb.removeWorksheet(existing.id);
    } else {
      name = freeSheetName(wanted, this.names());
    }
    const ws = this.wb.addWorksheet(name);
    if (orderNo !== undefined) setOrderNo(ws, orderNo);
    fillWorksheet(ws, spec);
    this.charts.set(ws, spec.charts);
    if (spec.activate || wasActive || this.wb.worksheets.filter((s) => s.state === "visible").length === 1) {
      activate(this.wb, ws);
    } else {
      const active = activeWorksheet(this.wb);
      if (active) activate(this.wb, active);
    }
    return name;
  }

  /** Mark cells of a sheet (earlier marks on it are cleared first). */
  async markCells(sheet: string, marks: CellMark[]): Promise<void> {
    markCells(this.wb, this.sheet(sheet), marks);
  }

  /** Remove this product's marks from a sheet, restoring the cells. */
  async clearMarks(sheet: string): Promise<void> {
    clearMarks(this.wb, this.sheet(sheet));
  }

  /**
   * Rows under a user's list from row `at` (docs/letters.md "The 发函登记 register"). ExcelJS
   * never parses a string, so text stays text. A cell there that is not empty is the caller's
   * mistake (it read the sheet just before): a RangeError, nothing written.
   */
  async appendRows(sheet: string, at: number, rows: CellValue[][]): Promise<void> {
    const ws = this.sheet(sheet);
    const cells = rows.flatMap((row, i) => row.map((v, c) => ({ cell: ws.getRow(at + i + 1).getCell(c + 1), v })));
    const taken = cells.find(({ cell }) => cell.value !== null && cell.value !== undefined && cell.value !== "");
    if (taken) throw new RangeError(`appendRows: ${taken.cell.address} of ${sheet} is not empty`);
    for (const { cell, v } of cells) if (v !== null && v !== "" && !(typeof v === "number" && !Number.isFinite(v))) cell.value = v;
  }

  /** A setting stored in the workbook, or null. */
  async getSetting(key: string): Promise<string | null> {
    return getStored(this.wb, key);
  }

  /** Store a setting in the workbook. */
  async setSetting(key: string, value: string): Promise<void> {
    setStored(this.wb, key, value);
  }

  /** Read, decide and change, through the members above (an .xlsx in memory has no round trips to save). */
  batch<T>(request: ReadRequest, decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
    return batchByMembers(this, request, decide);
  }

  private names(): string[] {
    return this.wb.worksheets.map((ws) => ws.name);
  }

  private find(name: string): ExcelJS.Worksheet | undefined {
    const sheets = this.wb.worksheets;
    return sheets.find((ws) => ws.name === name) ?? sheets.find((ws) => sameSheetName(ws.name, name));
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.find(name);
    if (!ws) throw noSheetError(name);
    return ws;
  }

  private visibleSheet(name: string): ExcelJS.Worksheet {
    const ws = this.sheet(name);
    if (ws.state !== "visible") throw hiddenSheetError(ws.name);
    return ws;
  }
}
