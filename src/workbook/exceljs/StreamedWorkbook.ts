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
import {
  WorkbookError,
  type Batched,
  type BlockWriter,
  type Decision,
  type ReadRequest,
  type ReadResult,
  type RowBlock,
  type SheetInfo,
  type SheetSnapshot,
  type SheetWrite,
  type WorkbookPort,
} from "../port";
import { say } from "../../messages";
import { fillSteps, frozenView, pageSetupOf, type GivenRow } from "./writeSheet";

function writeOnly(): WorkbookError {
  return new WorkbookError(say("workbook.writeOnly"), "host");
}

/** A new workbook whose sheets go straight into the .xlsx bytes. */
export class StreamedWorkbook implements WorkbookPort, BlockWriter {
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
    return this.writeSheetInBlocks(spec, []);
  }

  /**
   * Write a sheet whose body rows come in blocks, each laid in its rows' place as it comes (rows
   * of `spec` in a block's place are not used); the blocks are asked for one at a time, so only
   * one is held. Blocks come in row order.
   */
  async writeSheetInBlocks(spec: SheetWrite, blocks: AsyncIterable<RowBlock> | Iterable<RowBlock>): Promise<string> {
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
    const given = new Map<number, GivenRow>();
    const steps = fillSteps(ws as unknown as ExcelJS.Worksheet, spec, (r) => given.get(r));
    let filled = -1;
    /** Fill and write out the rows up to `through` (0-based sheet row). */
    const fillThrough = async (through: number) => {
      while (filled < through) {
        const next = steps.next();
        if (next.done) return;
        next.value.row?.commit();
        filled = next.value.r;
        // Let the zip take what was written, so the sheet's XML never piles up in memory.
        if (filled % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    };
    for await (const block of blocks) {
      await fillThrough(block.from - 1);
      given.clear();
      block.rows.forEach((cells, i) => given.set(block.from + i, { cells, height: block.heights[i], formats: [] }));
      for (const f of block.formats) given.get(f.row)?.formats.push({ col: f.col, format: f.format });
      await fillThrough(block.from + block.rows.length - 1);
    }
    given.clear();
    await fillThrough(Number.POSITIVE_INFINITY);
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

  async appendRows(): Promise<void> {
    throw writeOnly();
  }

  batch<T>(_request: ReadRequest, _decide: (found: ReadResult) => Decision<T>): Promise<Batched<T>> {
    return Promise.reject(writeOnly());
  }
}
