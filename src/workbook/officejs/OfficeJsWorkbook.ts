/**
 * The workbook port over Excel (Office.js). Each member is one `Excel.run` with a constant
 * number of `context.sync()` calls (bulk values in row chunks under Excel on the web's 5 MB
 * limit), and every Office error reaches the caller as a `WorkbookError` with a zh-CN sentence.
 * Construct with `Excel.run` in production and with `FakeExcel.run` in tests:
 * `new OfficeJsWorkbook((batch) => Excel.run(batch))`.
 */

import type { SheetSnapshot } from "../../domain/sheet";
import { parseCellAddress, cellAddress } from "../a1";
import { hiddenSheetError } from "../common/errors";
import type { CellMark, SheetInfo, SheetWrite, WorkbookPort } from "../port";
import { DEFAULT_PAYLOAD_BUDGET } from "./batches";
import { clearMarks, markCells } from "./marks";
import { toPortError, type ErrorContext } from "./officeErrors";
import { readSnapshot } from "./readSnapshot";
import { probeStore, queueSetStored, readProbedStore } from "./store";
import { writeSheet } from "./writeSheet";

/** `Excel.run`'s shape (a batch function in, its result out). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Tuning for the Office adapter. */
export interface OfficeJsOptions {
  /** The most bytes one request (or response) should carry; default 4 MB, under the 5 MB limit. */
  payloadBudgetBytes?: number;
}

/** Excel through Office.js. */
export class OfficeJsWorkbook implements WorkbookPort {
  readonly kind = "excel" as const;
  private readonly budget: number;

  constructor(
    private readonly run: ExcelRun,
    options: OfficeJsOptions = {},
  ) {
    this.budget = options.payloadBudgetBytes ?? DEFAULT_PAYLOAD_BUDGET;
  }

  /** The workbook's sheets in tab order (hidden ones, like the store, as not visible). One request. */
  listSheets(): Promise<SheetInfo[]> {
    return this.exec({ action: "read" }, async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/visibility");
      await context.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" }));
    });
  }

  /** The active sheet's name. One request. */
  activeSheet(): Promise<string> {
    return this.exec({ action: "read" }, async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.load("name");
      await context.sync();
      return ws.name;
    });
  }

  /** Make a (visible) sheet active. Two requests. */
  activateSheet(name: string): Promise<void> {
    return this.exec({ action: "write", sheet: name }, async (context) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.load("name,visibility");
      await context.sync();
      if (ws.visibility !== "Visible") throw hiddenSheetError(ws.name);
      ws.activate();
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
      ws.getRange(cellAddress(row, col)).select();
      await context.sync();
    });
  }

  /** Read a sheet (the active one when no name is given): two requests, plus one per extra chunk. */
  readSheet(name?: string): Promise<SheetSnapshot> {
    return this.exec({ action: "read", sheet: name }, (context) => readSnapshot(context, name, this.budget));
  }

  /** Write a sheet of our own; returns the name used. Two requests, plus one per extra 4 MB. */
  writeSheet(spec: SheetWrite): Promise<string> {
    return this.exec({ action: "write" }, (context) => writeSheet(context, spec, this.budget));
  }

  /** Mark cells (earlier marks on the sheet are cleared first). Three requests for most sheets. */
  markCells(sheet: string, marks: CellMark[]): Promise<void> {
    return this.exec({ action: "write", sheet }, (context) => markCells(context, sheet, marks, this.budget));
  }

  /** Restore the cells this product marked on the sheet. Three requests. */
  clearMarks(sheet: string): Promise<void> {
    return this.exec({ action: "write", sheet }, (context) => clearMarks(context, sheet, this.budget));
  }

  /** A setting stored in the workbook, or null. Two requests. */
  getSetting(key: string): Promise<string | null> {
    return this.exec({ action: "read" }, async (context) => {
      const probe = probeStore(context);
      await context.sync();
      const store = await readProbedStore(context, probe);
      return store.contents.settings.get(key)?.value ?? null;
    });
  }

  /** Store a setting in the workbook. Three requests. */
  setSetting(key: string, value: string): Promise<void> {
    return this.exec({ action: "write" }, async (context) => {
      const probe = probeStore(context);
      await context.sync();
      const store = await readProbedStore(context, probe);
      queueSetStored(context, store, key, value);
      await context.sync();
    });
  }

  private async exec<T>(errorContext: ErrorContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (error) {
      throw toPortError(error, errorContext);
    }
  }
}
