/**
 * A new .xlsx written as a stream, for outputs too large to hold as an ExcelJS workbook in memory
 * (a city's 汇总 of 600 files × 300 rows: docs/merging.md "Scale"). Each sheet is written row by
 * row through ExcelJS's streaming writer (`stream.xlsx.WorkbookWriter`) and dropped from memory
 * as soon as it is written; only the zipped bytes are kept. Sheets are written, not read back:
 * reading, marks and settings say so with a `WorkbookError`. Used by the CLI (Node) only.
 */

import ExcelJS from "exceljs";
import { Writable } from "stream";
import { checkCharts } from "../common/charts";
import { freeSheetName, sanitizeSheetName } from "../common/sheetNames";
import { WorkbookError, type Batched, type Decision, type ReadRequest, type ReadResult, type SheetInfo, type SheetSnapshot, type SheetWrite, type WorkbookPort } from "../port";
import { say } from "../../messages";
import { fillSteps, frozenView, pageSetupOf } from "./writeSheet";

function writeOnly(): WorkbookError {
  return new WorkbookError(say("workbook.writeOnly"), "host");
}

/** A new workbook whose sheets go straight into the .xlsx bytes. */
export class StreamedWorkbook implements WorkbookPort {
  readonly kind = "xlsx" as const;
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<void>;
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly names: string[] = [];
  private active = 0;
  private saved = false;

  constructor() {
    const sink = new Writable({
      write: (chunk: Buffer, _encoding, done) => {
        this.chunks.push(chunk);
        done();
      },
    });
    this.finished = new Promise((resolve, reject) => {
      sink.on("finish", resolve);
      sink.on("error", reject);
    });
    // Inline strings, not a shared-string table: the table would hold every text until the end.
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
    this.wb.creator = "落实台账助手";
  }

  /** The sheets written so far, in tab order. */
  async listSheets(): Promise<SheetInfo[]> {
    return this.names.map((name) => ({ name, visible: true }));
  }

  /**
   * Write a sheet after the ones written before; returns the name used. A name already written
   * gets `名称(2)` whatever `ifExists` says: a written sheet cannot be taken back. No charts.
   */
  async writeSheet(spec: SheetWrite): Promise<string> {
    checkCharts(spec.charts);
    if (spec.charts?.length) throw new Error("StreamedWorkbook writes no charts");
    if (this.saved) throw new Error("StreamedWorkbook already saved");
    const name = freeSheetName(sanitizeSheetName(spec.sheet), this.names);
    const frozen = frozenView(spec);
    // The sheet's views and print setup open its XML, before the first row: give them now.
    const ws = this.wb.addWorksheet(name, {
      views: frozen ? [{ state: "frozen", ...frozen }] : [],
      ...(pageSetupOf(spec) && { pageSetup: pageSetupOf(spec) }),
    });
    let n = 0;
    for (const row of fillSteps(ws as unknown as ExcelJS.Worksheet, spec)) {
      row.commit();
      // Let the zip take what was written, so the sheet's XML never piles up in memory.
      if (++n % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    ws.commit();
    if (spec.activate) this.active = this.names.length;
    this.names.push(name);
    return name;
  }

  /** Finish the file and give its bytes (a blank "Sheet1" if nothing was written). */
  async save(): Promise<Uint8Array> {
    if (!this.saved) {
      if (!this.names.length) this.wb.addWorksheet("Sheet1").commit();
      this.wb.views = [{ x: 0, y: 0, width: 24000, height: 14000, firstSheet: 0, activeTab: this.active, visibility: "visible" }];
      this.saved = true;
      await this.wb.commit();
      await this.finished;
    }
    return new Uint8Array(Buffer.concat(this.chunks));
  }

  async activeSheet(): Promise<string> {
    throw writeOnly();
  }

  async activateSheet(): Promise<void> {
    throw writeOnly();
  }

  async selectCell(): Promise<void> {
    throw writeOnly();
  }

  async readSheet(): Promise<SheetSnapshot> {
    throw writeOnly();
  }

  async markCells(): Promise<void> {
    throw writeOnly();
  }

  async clearMarks(): Promise<void> {
    throw writeOnly();
  }

  async getSetting(): Promise<string | null> {
    return null;
  }

  async setSetting(): Promise<void> {
    throw writeOnly();
  }

  batch<T>(_request: ReadRequest, _decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
    return Promise.reject(writeOnly());
  }
}
