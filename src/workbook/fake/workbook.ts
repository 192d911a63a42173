/**
 * The fake `Excel.RequestContext`, `Excel.Workbook` and `Excel.WorksheetCollection`: the entry
 * points a batch starts from, and the sheet lookups (by name, active, add).
 */

import type { FakeRequestQueue } from "./context";
import { newSheet, type BookModel, type SheetModel } from "./model";
import { officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";
import { FakeObject, type Binding, type Loadable } from "./proxy";
import { checkSheetName } from "./sheetNameRules";
import { FakeWorksheet } from "./worksheet";

/** The fake Excel.RequestContext handed to a batch. */
export class FakeRequestContext {
  /** Office: the workbook. */
  readonly workbook: FakeWorkbook;

  constructor(
    private readonly queue: FakeRequestQueue,
    book: BookModel,
  ) {
    this.workbook = new FakeWorkbook(queue, book);
  }

  /** Office: send the queued requests. */
  sync(): Promise<void> {
    return this.queue.sync();
  }
}

/** The fake Excel.Workbook. */
export class FakeWorkbook extends FakeObject<BookModel> {
  /** Office: the worksheets. */
  readonly worksheets: FakeWorksheetCollection;

  constructor(q: FakeRequestQueue, book: BookModel) {
    super(q, { target: book });
    this.worksheets = new FakeWorksheetCollection(q, { target: book }, book);
  }

  protected loadable(): Loadable<BookModel> {
    return {};
  }
}

/** The fake Excel.WorksheetCollection. */
export class FakeWorksheetCollection extends FakeObject<BookModel> {
  constructor(q: FakeRequestQueue, binding: Binding<BookModel>, private readonly book: BookModel) {
    super(q, binding);
  }

  protected loadable(): Loadable<BookModel> {
    return { items: (b) => b.sheets.map((s) => new FakeWorksheet(this.q, { target: s }, this.book)) };
  }

  /** Office: the loaded sheets, in tab order. */
  get items(): FakeWorksheet[] {
    return this.readItems();
  }

  /** Office: add a sheet at the end (it does not become active). */
  add(name?: string): FakeWorksheet {
    return new FakeWorksheet(
      this.q,
      this.child("add", [name], (b) => {
        let chosen = name;
        if (chosen === undefined) {
          let n = b.sheets.length + 1;
          while (b.sheets.some((s) => s.name.toUpperCase() === `SHEET${n}`)) n++;
          chosen = `Sheet${n}`;
        }
        checkSheetName(b, chosen);
        const sheet = newSheet(b, chosen);
        b.sheets.push(sheet);
        return sheet;
      }),
      this.book,
    );
  }

  /** Office: the active sheet. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.q, this.child("getActiveWorksheet", [], (b) => byId(b, b.activeSheetId)), this.book);
  }

  /** Office: a sheet by name (case-insensitive); ItemNotFound when missing. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.q,
      this.child("getItem", [key], (b) => {
        const sheet = byName(b, key);
        if (!sheet) throw officeErrors.itemNotFound("The requested resource doesn't exist.", "WorksheetCollection.getItem");
        return sheet;
      }),
      this.book,
    );
  }

  /** Office: a sheet by name, or a null object. */
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.q, this.child("getItemOrNullObject", [key], (b) => byName(b, key) ?? null), this.book);
  }
}

function byName(book: BookModel, name: string): SheetModel | undefined {
  return book.sheets.find((s) => s.name.toLocaleUpperCase() === name.toLocaleUpperCase() || s.id === name);
}

function byId(book: BookModel, id: string): SheetModel {
  const sheet = book.sheets.find((s) => s.id === id);
  if (!sheet) throw officeErrors.general("The active sheet is missing.");
  return sheet;
}

const _workbook: HonestFake<FakeWorkbook, Excel.Workbook> = true;
const _sheets: HonestFake<FakeWorksheetCollection, Excel.WorksheetCollection> = true;
const _context: HonestFake<FakeRequestContext, Excel.RequestContext> = true;
