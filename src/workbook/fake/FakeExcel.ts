/**
 * A fake Excel host for tests and the benchmark: an in-memory workbook behind the subset of
 * Office.js the Office adapter uses, with Office's request semantics (queued writes and loads,
 * `sync()`, properties readable only after sync, wrong-shaped arrays rejected, 5 MB request and
 * response limits, null for over-5,000,000-cell reads). `fake.run` has `Excel.run`'s shape, so
 * `new OfficeJsWorkbook(fake.run)` runs the real adapter code against it. Charts the adapter
 * adds are recorded on their sheet: `fake.sheet(name).charts`.
 *
 * By default the fake plays Excel as it has been seen to behave ("observed"), where that
 * differs from the reference, each behaviour with its public source where it is modelled:
 * - requests are measured as office.js serialises them (context.ts);
 * - `getMergedAreasOrNullObject` returns only the merged areas whose top-left cell lies in the
 *   range, and their `address` names those top-left cells only (range.ts; office-js #3611, #1590);
 * - "no fill" and a white fill read alike, colour #FFFFFF with a null pattern; only
 *   `tintAndShade` (null for no fill) tells them apart (range.ts, format.ts; office-js #4900, #6218).
 * `mode: "documented"` plays the reference instead (our JSON measured, merges touching the
 * range, full addresses, pattern "None"), so a test can show what a naive adapter would miss.
 * `ignoreFitToPages` drops fit-to-pages zoom as Excel did in office-js #1860 (worksheet.ts).
 */

import type { CellArea, CellValue } from "../../domain/sheet";
import type { FakeHostState, FakeMode } from "./context";
import { FakeRequestQueue } from "./context";
import { writeInput } from "./input";
import { cellAt, newSheet, peekCell, type BookModel, type CellModel, type SheetModel } from "./model";
import { FakeRequestContext } from "./workbook";

/** Excel on the web's request and response limit. */
export const OFFICE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** A sheet to start the fake with. */
export interface SeedSheet {
  name: string;
  /** Values from A1 (strings are taken as typed text, never parsed). */
  values?: CellValue[][];
  /** Number formats from A1, same shape as values where given. */
  formats?: string[][];
  merges?: CellArea[];
  fills?: { row: number; col: number; fill: string }[];
  visibility?: SheetModel["visibility"];
}

/** Options for a fake host. */
export interface FakeExcelOptions {
  /** Sheets to start with (default: one empty "Sheet1", as a new Excel workbook has). */
  sheets?: SeedSheet[];
  /** Request limit in bytes (default 5 MB). */
  requestLimitBytes?: number;
  /** Response limit in bytes (default 5 MB). */
  responseLimitBytes?: number;
  /** Excel as seen ("observed", the default and the contract's) or as documented. */
  mode?: FakeMode;
  /** Ignore `pageLayout.zoom` fit-to-pages settings, as office-js #1860 reports (default false). */
  ignoreFitToPages?: boolean;
}

/** The fake host. */
export class FakeExcel {
  private readonly book: BookModel = { sheets: [], activeSheetId: "", nextId: 1 };
  private readonly state: FakeHostState;

  constructor(options: FakeExcelOptions = {}) {
    this.state = {
      limits: { requestBytes: options.requestLimitBytes ?? OFFICE_PAYLOAD_LIMIT, responseBytes: options.responseLimitBytes ?? OFFICE_PAYLOAD_LIMIT },
      stats: { syncCount: 0, maxRequestBytes: 0, maxResponseBytes: 0, requests: [], refused: 0 },
      mode: options.mode ?? "observed",
      ignoreFitToPages: options.ignoreFitToPages ?? false,
    };
    for (const seed of options.sheets ?? [{ name: "Sheet1" }]) this.addSheet(seed);
  }

  /**
   * `Excel.run`'s shape: runs the batch with a fresh request context and sends whatever the
   * batch left queued when it ends, as Excel.run does.
   */
  readonly run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const queue = new FakeRequestQueue(this.state);
    const context = new FakeRequestContext(queue, this.book);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (queue.pending) await queue.sync();
    return result;
  };

  /** How many `context.sync()` calls were made (since the last reset). */
  get syncCount(): number {
    return this.state.stats.syncCount;
  }
  /** The largest request sent (refused ones included), in bytes as Office sends it (see context.ts). */
  get maxRequestBytes(): number {
    return this.state.stats.maxRequestBytes;
  }
  /** The largest response delivered (refused ones are not), in bytes of UTF-8 JSON. */
  get maxResponseBytes(): number {
    return this.state.stats.maxResponseBytes;
  }
  /** Every request's size, in order. */
  get requestSizes(): readonly number[] {
    return this.state.stats.requests;
  }
  /** How many requests were refused as too large (counted in `syncCount` too). */
  get refusedCount(): number {
    return this.state.stats.refused;
  }
  /** Which Excel the fake plays. */
  get mode(): FakeMode {
    return this.state.mode;
  }
  /** The limits in force (changeable). */
  get limits(): FakeHostState["limits"] {
    return this.state.limits;
  }

  /** Zero the counters. */
  resetCounters(): void {
    Object.assign(this.state.stats, { syncCount: 0, maxRequestBytes: 0, maxResponseBytes: 0, requests: [], refused: 0 });
  }

  /** Add a sheet at the end (the first sheet added becomes active). */
  addSheet(seed: SeedSheet): void {
    const sheet = newSheet(this.book, seed.name);
    sheet.visibility = seed.visibility ?? "Visible";
    seed.formats?.forEach((row, r) => row.forEach((f, c) => (cellAt(sheet, r, c).format = f)));
    seed.values?.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        writeInput(cellAt(sheet, r, c), typeof v === "string" ? `'${v}` : v, "seed");
        delete cellAt(sheet, r, c).quotePrefix;
      }),
    );
    sheet.merges = (seed.merges ?? []).map((m) => ({ ...m }));
    for (const f of seed.fills ?? []) cellAt(sheet, f.row, f.col).fill = f.fill.toUpperCase();
    this.book.sheets.push(sheet);
    if (!this.book.activeSheetId && sheet.visibility === "Visible") this.book.activeSheetId = sheet.id;
  }

  /** Make a sheet active (as the user clicking its tab). */
  activate(name: string): void {
    this.book.activeSheetId = this.sheet(name).id;
  }

  /** The sheets' names in tab order. */
  sheetNames(): string[] {
    return this.book.sheets.map((s) => s.name);
  }

  /** The active sheet's name. */
  activeSheetName(): string {
    return this.book.sheets.find((s) => s.id === this.book.activeSheetId)?.name ?? "";
  }

  /** A sheet's model, for inspection (do not change it behind the adapter's back). */
  sheet(name: string): Readonly<SheetModel> {
    const sheet = this.book.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`FakeExcel has no sheet named ${name}`);
    return sheet;
  }

  /** A cell's model, or undefined if never touched. */
  cell(sheet: string, row: number, col: number): Readonly<CellModel> | undefined {
    return peekCell(this.sheet(sheet) as SheetModel, row, col);
  }
}
