/**
 * The workbook port over Excel (Office.js). Each member is one `Excel.run` with a constant
 * number of `context.sync()` calls (bulk values in row chunks under Excel on the web's 5 MB
 * limit, every request retried smaller when Excel refuses it as too large), `batch` runs a
 * whole command in one (session.ts), and every Office error reaches the caller as a
 * `WorkbookError` with a zh-CN sentence.
 * Construct with `Excel.run` in production and with `FakeExcel.run` in tests:
 * `new OfficeJsWorkbook((batch) => Excel.run(batch))`.
 */

import type { CellValue, SheetSnapshot } from "../../domain/sheet";
import { parseCellAddress, cellAddress } from "../a1";
import { hiddenSheetError } from "../common/errors";
import type { Batched, CellMark, Decision, ReadRequest, ReadResult, SheetInfo, SheetWrite, WorkbookPort } from "../port";
import type { StoreRows } from "../common/settingsLayout";
import { DEFAULT_PAYLOAD_BUDGET } from "./batches";
import { toPortError, type ErrorContext } from "./officeErrors";
import { runBatch } from "./session";

/** `Excel.run`'s shape (a batch function in, its result out). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Tuning for the Office adapter. */
export interface OfficeJsOptions {
  /** The most bytes one request (or response) should carry; default 4 MB, under the 5 MB limit. */
  payloadBudgetBytes?: number;
  /** The rows of the store sheet this runtime adds settings to: the ribbon "even", the pane "odd" (settingsLayout.ts). */
  storeRows?: StoreRows;
}

/** Excel through Office.js. */
export class OfficeJsWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  private readonly budget: number;
  private readonly storeRows: StoreRows;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeJsOptions = {},
  ) {
    this.budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
    this.storeRows = options.storeRows ?? "every";
  }

  /** The workbook's sheets in tab order (hidden ones, like the store, as not visible). One request. */
  listSheets(): Promise<SheetInfo[]> {
    return this.exec({ action: "read" }, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility"); // ExcelApi 1.1
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  /** The active sheet's name. One request. */
  activeSheet(): Promise<string> {
    return this.exec({ action: "read" }, async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet(); // ExcelApi 1.1
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  /** Make a (visible) sheet active. Two requests. */
  activateSheet(name: string): Promise<void> {
    return this.exec({ action: "write", sheet: name }, async (context) => {
      const ws = context.workbook.worksheets.getItem(name); // ExcelApi 1.1
      ws.load("name,visibility");
      await context.sync();
      if (ws.visibility !== "Visible") throw hiddenSheetError(ws.name);
      ws.activate(); // ExcelApi 1.1
      await context.sync();
    });
  }

  /** Activate the sheet and select one cell. Two requests. */
  async selectCell(sheet: string, address: string): Promise<void> {
    const { row, col } = parseCellAddress(address);
    return this.exec({ action: "write", sheet }, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.load("name,visibility");
      await context.sync();
      if (ws.visibility !== "Visible") throw hiddenSheetError(ws.name);
      ws.activate();
      ws.getRange(cellAddress(row, col)).select(); // ExcelApi 1.1
      await context.sync();
    });
  }

  /** Read a sheet (the active one when no name is given): two requests, plus one per extra chunk. */
  async readSheet(name?: string): Promise<SheetSnapshot> {
    const { value } = await this.session({ action: "read", sheet: name }, { sheet: { name } }, (found) => ({ value: found.snapshot, changes: [] }));
    if (!value) throw new Error("readSheet: the batch read no cells");
    return value;
  }

  /** Write a sheet of our own; returns the name used. Two requests, plus one per extra 4 MB. */
  async writeSheet(spec: SheetWrite): Promise<string> {
    const { names } = await this.session({ action: "write" }, {}, () => ({ value: undefined, changes: [{ kind: "writeSheet", spec }] }));
    return names[0];
  }

  /** Mark cells (earlier marks on the sheet are cleared first). Four requests for most sheets (three when every cell was marked before). */
  async markCells(sheet: string, marks: CellMark[]): Promise<void> {
    await this.session({ action: "write", sheet }, {}, () => ({ value: undefined, changes: [{ kind: "markCells", sheet, marks }] }));
  }

  /** Restore the cells this product marked on the sheet. Three requests. */
  async clearMarks(sheet: string): Promise<void> {
    await this.session({ action: "write", sheet }, {}, () => ({ value: undefined, changes: [{ kind: "clearMarks", sheet }] }));
  }

  /** Rows under a user's list, from row `at` (docs/letters.md "The 发函登记 register"). Two requests. */
  async appendRows(sheet: string, at: number, rows: CellValue[][]): Promise<void> {
    await this.session({ action: "write", sheet }, {}, () => ({ value: undefined, changes: [{ kind: "appendRows", sheet, at, rows }] }));
  }

  /** A setting stored in the workbook, or null. Two requests (one when there is no store). */
  async getSetting(key: string): Promise<string | null> {
    const { value } = await this.session({ action: "read" }, { settings: [key] }, (found) => ({ value: found.settings.get(key) ?? null, changes: [] }));
    return value;
  }

  /** Store a setting in the workbook. Three requests (two when there is no store yet). */
  async setSetting(key: string, value: string): Promise<void> {
    await this.session({ action: "write" }, {}, () => ({ value: undefined, changes: [{ kind: "setSetting", key, value }] }));
  }

  /**
   * A whole command in one `Excel.run`: one request of lookups, the cells (and settings) in
   * one request per chunk, the changes in one request per chunk, and one more for the mark
   * records when cells are marked for the first time (session.ts; docs/excel-hosts.md).
   */
  batch<T>(request: ReadRequest, decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
    return this.session({ action: "write", sheet: request.sheet?.name }, request, decide);
  }

  private session<T>(errorContext: ErrorContext, request: ReadRequest, decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
    return this.exec(errorContext, (context) => runBatch(context, request, decide, this.budget, this.storeRows));
  }

  private async exec<T>(errorContext: ErrorContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      throw toPortError(error, errorContext);
    }
  }
}
