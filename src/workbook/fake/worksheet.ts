/**
 * The fake `Excel.Worksheet` with its freeze panes and page layout: name, visibility and tab
 * position with Excel's rules (one visible sheet at least, legal unique names), activation,
 * deletion, and the ranges and charts a sheet hands out.
 */

import type { CellArea } from "../../domain/sheet";
import { columnIndex, parseAreaAddress, parseMultiAreaAddress } from "../a1";
import { FakeChartCollection } from "./chart";
import type { FakeRequestQueue } from "./context";
import { usedArea, type BookModel, type SheetModel } from "./model";
import { FakeNotModeledError, officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";
import { FakeClientObject, FakeObject, targetOf, type Binding, type Loadable } from "./proxy";
import { FakeRange, FakeRangeAreas, type RangeRef } from "./range";
import { checkSheetName } from "./sheetNameRules";

type Visibility = Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden";

/** The most areas, and address characters, `getRanges` was seen to take (office-js #5198). */
const MAX_RANGES_AREAS = 512;
const MAX_RANGES_ADDRESS = 8192;

/** The fake Excel.Worksheet. */
export class FakeWorksheet extends FakeObject<SheetModel> {
  private freezeProxy?: FakeWorksheetFreezePanes;
  private pageProxy?: FakePageLayout;
  private chartsProxy?: FakeChartCollection;

  constructor(q: FakeRequestQueue, binding: Binding<SheetModel>, private readonly book: BookModel) {
    super(q, binding);
  }

  protected loadable(): Loadable<SheetModel> {
    return {
      scalars: {
        name: (s) => s.name,
        id: (s) => s.id,
        visibility: (s) => s.visibility,
        position: (s) => this.book.sheets.indexOf(s),
      },
    };
  }

  /** Office: the sheet's name. */
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.queueSet("name", name, (s) => {
      checkSheetName(this.book, name, s.id);
      s.name = name;
    });
  }

  /** Office: the sheet's id. */
  get id(): string {
    return this.read("id");
  }

  /** Office: Visible, Hidden or VeryHidden. */
  get visibility(): Visibility {
    return this.read("visibility");
  }
  set visibility(visibility: Visibility) {
    this.queueSet("visibility", visibility, (s) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw officeErrors.invalidArgument(`Bad visibility '${visibility}'.`, "Worksheet.visibility");
      if (visibility !== "Visible" && s.visibility === "Visible" && visibleCount(this.book) === 1) {
        throw officeErrors.invalidOperation("A workbook must contain at least one visible worksheet.", "Worksheet.visibility");
      }
      s.visibility = visibility as SheetModel["visibility"];
      if (visibility !== "Visible" && this.book.activeSheetId === s.id) this.book.activeSheetId = firstVisible(this.book).id;
    });
  }

  /** Office: 0-based tab position. */
  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.queueSet("position", position, (s) => {
      if (!Number.isInteger(position) || position < 0 || position >= this.book.sheets.length) {
        throw officeErrors.invalidArgument(`Bad position ${position}.`, "Worksheet.position");
      }
      this.book.sheets.splice(this.book.sheets.indexOf(s), 1);
      this.book.sheets.splice(position, 0, s);
    });
  }

  /** Office: make the sheet the active one (it must be visible). */
  activate(): void {
    this.queueCall("activate", [], (s) => {
      if (s.visibility !== "Visible") throw officeErrors.invalidOperation("Cannot activate a hidden worksheet.", "Worksheet.activate");
      this.book.activeSheetId = s.id;
    });
  }

  /** Office: delete the sheet (not the last visible one). */
  delete(): void {
    this.queueCall("delete", [], (s) => {
      if (s.visibility === "Visible" && visibleCount(this.book) === 1) {
        throw officeErrors.invalidOperation("A workbook must contain at least one visible worksheet.", "Worksheet.delete");
      }
      const index = this.book.sheets.indexOf(s);
      this.book.sheets.splice(index, 1);
      if (this.book.activeSheetId === s.id) {
        const next = this.book.sheets.slice(index).find((x) => x.visibility === "Visible") ?? firstVisible(this.book);
        this.book.activeSheetId = next.id;
      }
    });
  }

  /** Office: a range by A1 address ("B2", "A1:C3", "$1:$4", "A:C"). */
  getRange(address?: string): FakeRange {
    if (address === undefined) throw new FakeNotModeledError("getRange() without an address");
    const parsed = parseRangeAddress(address);
    return new FakeRange(
      this.q,
      this.child("getRange", [address], (s) => ({ sheet: s, ...parsed })),
      this.book,
      { rows: parsed.area.rowCount, cols: parsed.area.colCount, entire: parsed.entire !== undefined },
    );
  }

  /** Office: a range by 0-based indexes and size. */
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    const ok = [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) && startRow >= 0 && startColumn >= 0 && rowCount > 0 && columnCount > 0 && startRow + rowCount <= 1048576 && startColumn + columnCount <= 16384;
    if (!ok) throw officeErrors.invalidArgument(`Bad range indexes ${startRow},${startColumn},${rowCount},${columnCount}.`, "Worksheet.getRangeByIndexes");
    const area: CellArea = { row: startRow, col: startColumn, rowCount, colCount: columnCount };
    return new FakeRange(this.q, this.child("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], (s) => ({ sheet: s, area })), this.book, { rows: rowCount, cols: columnCount });
  }

  /**
   * Office (ExcelApi 1.9): several areas by address ("A1:B2,D5"). Observed mode refuses an
   * address of more than 512 areas or 8,192 characters as InvalidArgument, where office-js #5198
   * saw Excel refuse one (https://github.com/OfficeDev/office-js/issues/5198: 513 areas, 8,207
   * characters, "The argument is invalid or missing or has an incorrect format.").
   */
  getRanges(address?: string): FakeRangeAreas {
    if (address === undefined) throw new FakeNotModeledError("getRanges() without an address");
    let areas: CellArea[];
    try {
      areas = parseMultiAreaAddress(address);
    } catch {
      throw officeErrors.invalidArgument(`The address '${address}' is not valid.`, "Worksheet.getRanges");
    }
    if (areas.length === 0) throw officeErrors.invalidArgument("The argument is invalid or missing or has an incorrect format.", "Worksheet.getRanges");
    const observed = this.q.host.mode === "observed";
    return new FakeRangeAreas(
      this.q,
      this.child("getRanges", [address], (s) => {
        if (observed && (areas.length > MAX_RANGES_AREAS || address.length > MAX_RANGES_ADDRESS)) {
          throw officeErrors.invalidArgument("The argument is invalid or missing or has an incorrect format.", "Worksheet.getRanges");
        }
        return { sheet: s, areas };
      }),
      this.book,
    );
  }

  /** Office: the used range (values only when asked), or a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.q,
      this.child("getUsedRangeOrNullObject", [valuesOnly ?? false], (s): RangeRef | null => {
        const area = usedArea(s, valuesOnly ?? false);
        return area ? { sheet: s, area } : null;
      }),
      this.book,
    );
  }

  /** Office: the freeze panes. */
  get freezePanes(): FakeWorksheetFreezePanes {
    return (this.freezeProxy ??= new FakeWorksheetFreezePanes(this.q, this.child("freezePanes", [], (s) => s)));
  }

  /** Office: the page layout. */
  get pageLayout(): FakePageLayout {
    return (this.pageProxy ??= new FakePageLayout(this.q, this.child("pageLayout", [], (s) => s)));
  }

  /** Office: the sheet's charts. */
  get charts(): FakeChartCollection {
    return (this.chartsProxy ??= new FakeChartCollection(this.q, this.child("charts", [], (s) => s), this.book));
  }
}

function visibleCount(book: BookModel): number {
  return book.sheets.filter((s) => s.visibility === "Visible").length;
}

function firstVisible(book: BookModel): SheetModel {
  const sheet = book.sheets.find((s) => s.visibility === "Visible");
  if (!sheet) throw officeErrors.general("No visible worksheet.");
  return sheet;
}

function parseRangeAddress(address: string): { area: CellArea; entire?: "rows" | "columns" } {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { area: { row: Math.min(a, b), col: 0, rowCount: Math.abs(a - b) + 1, colCount: 16384 }, entire: "rows" };
  }
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(local);
  if (cols) {
    const a = columnIndex(cols[1]);
    const b = columnIndex(cols[2]);
    return { area: { row: 0, col: Math.min(a, b), rowCount: 1048576, colCount: Math.abs(a - b) + 1 }, entire: "columns" };
  }
  try {
    return { area: parseAreaAddress(local) };
  } catch {
    throw officeErrors.invalidArgument(`The address '${address}' is not valid.`, "Worksheet.getRange");
  }
}

/** The fake Excel.WorksheetFreezePanes. */
export class FakeWorksheetFreezePanes extends FakeClientObject<SheetModel> {
  constructor(q: FakeRequestQueue, binding: Binding<SheetModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<SheetModel> {
    return {};
  }

  /** Office: freeze the top rows. */
  freezeRows(count?: number): void {
    this.queueCall("freezeRows", [count ?? 1], (s) => (s.freeze = (count ?? 1) > 0 ? { rows: count ?? 1, cols: 0 } : null));
  }
  /** Office: freeze the left columns. */
  freezeColumns(count?: number): void {
    this.queueCall("freezeColumns", [count ?? 1], (s) => (s.freeze = (count ?? 1) > 0 ? { rows: 0, cols: count ?? 1 } : null));
  }
  /** Office: freeze the rows and columns of a top-left range. */
  freezeAt(frozenRange: FakeRange | string): void {
    this.queueCall("freezeAt", [typeof frozenRange === "string" ? frozenRange : "<range>"], (s) => {
      const area = typeof frozenRange === "string" ? parseAreaAddress(frozenRange) : targetOf(frozenRange, "freezeAt").area;
      if (area.row !== 0 || area.col !== 0) throw new FakeNotModeledError("freezeAt a range not starting at A1");
      s.freeze = { rows: area.rowCount, cols: area.colCount };
    });
  }
  /** Office: remove the freeze. */
  unfreeze(): void {
    this.queueCall("unfreeze", [], (s) => (s.freeze = null));
  }
}

/** The fake Excel.PageLayout. */
export class FakePageLayout extends FakeObject<SheetModel> {
  constructor(q: FakeRequestQueue, binding: Binding<SheetModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<SheetModel> {
    return { scalars: { orientation: (s) => s.page.orientation, paperSize: (s) => s.page.paperSize, zoom: (s) => ({ ...(s.page.zoom ?? { scale: 100 }) }) } };
  }

  /** Office: page orientation. */
  get orientation(): Excel.PageOrientation | "Portrait" | "Landscape" {
    return this.read("orientation");
  }
  set orientation(value: Excel.PageOrientation | "Portrait" | "Landscape") {
    this.queueSet("orientation", value, (s) => {
      if (value !== "Portrait" && value !== "Landscape") throw officeErrors.invalidArgument(`Bad orientation '${value}'.`, "PageLayout.orientation");
      s.page.orientation = value;
    });
  }

  /** Office: paper size ("A4", "Letter", …). */
  get paperSize(): Excel.PaperType {
    return this.read("paperSize");
  }
  set paperSize(value: Excel.PaperType) {
    this.queueSet("paperSize", value, (s) => (s.page.paperSize = value));
  }

  /**
   * Office (ExcelApi 1.9): zoom or fit-to-pages. With `ignoreFitToPages` the fit-to-pages part
   * is dropped and a scale kept, as office-js #1860 reports for a sheet whose Page Layout tab is
   * not shown (https://github.com/OfficeDev/office-js/issues/1860: "Scale to Fit > Width does not
   * get set", orientation does, `{ scale: 200 }` does).
   */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(zoom: Excel.PageLayoutZoomOptions) {
    this.queueSet("zoom", zoom, (s) => {
      const { horizontalFitToPages: h, verticalFitToPages: v, scale } = zoom;
      const count = (n: number | undefined) => n === undefined || (Number.isInteger(n) && n >= 0 && n <= 32767);
      if (!count(h) || !count(v) || (scale !== undefined && !(scale >= 10 && scale <= 400))) {
        throw officeErrors.invalidArgument("Bad zoom options.", "PageLayout.zoom");
      }
      if (this.q.host.ignoreFitToPages && (h !== undefined || v !== undefined)) {
        if (scale !== undefined) s.page.zoom = { scale };
        return;
      }
      s.page.zoom = { ...zoom };
    });
  }

  /** Office: rows repeated on every printed page (must be whole rows, e.g. "$1:$4"). */
  setPrintTitleRows(printTitleRows: FakeRange | string): void {
    if (typeof printTitleRows !== "string") throw new FakeNotModeledError("setPrintTitleRows with a Range");
    this.queueCall("setPrintTitleRows", [printTitleRows], (s) => {
      if (!/^\$?\d+:\$?\d+$/.test(printTitleRows)) throw officeErrors.invalidArgument("The range must span entire rows.", "PageLayout.setPrintTitleRows");
      s.page.printTitleRows = printTitleRows;
    });
  }
}

const _sheet: HonestFake<FakeWorksheet, Excel.Worksheet> = true;
const _freeze: HonestFake<FakeWorksheetFreezePanes, Excel.WorksheetFreezePanes> = true;
const _page: HonestFake<FakePageLayout, Excel.PageLayout> = true;
