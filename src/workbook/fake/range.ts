/**
 * The fake `Excel.Range`, `Excel.RangeAreas` and `Excel.RangeCollection`: values, text and
 * number formats with Office's shape rules (a wrong-shaped array is InvalidArgument, an
 * unbounded or over-5,000,000-cell read gives null), merges, selection, hyperlinks and
 * `getCellProperties` for fills.
 */

import type { CellArea } from "../../domain/sheet";
import { areaAddress, areaContains, quoteSheetName } from "../a1";
import { formatCellText } from "../common/numberFormat";
import type { FakeRequestQueue } from "./context";
import { FakeConditionalFormatCollection, FakeDataValidation } from "./conditional";
import { FakeRangeFormat } from "./format";
import { writeInput } from "./input";
import { cellAt, forEachCell, mergesTouching, peekCell, type BookModel, type SheetModel } from "./model";
import { FakeNotModeledError, officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";
import { FakeClientResult, FakeObject, type Binding, type Loadable } from "./proxy";

/** What a range proxy is bound to. */
export interface RangeRef {
  sheet: SheetModel;
  area: CellArea;
  /** For the format of a RangeAreas: every area (`area` is the first). */
  areas?: CellArea[];
  /** Whole rows or columns: unbounded for values. */
  entire?: "rows" | "columns";
}

/** Excel's read limit: more cells than this come back as null. */
export const MAX_READ_CELLS = 5_000_000;
const MAX_MERGED_AREAS = 512;
const SHAPE_MESSAGE = "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

type Matrix = (string | number | boolean)[][];

/** The fake Excel.Range. */
export class FakeRange extends FakeObject<RangeRef> {
  private formatProxy?: FakeRangeFormat;
  private validationProxy?: FakeDataValidation;
  private conditionalProxy?: FakeConditionalFormatCollection;

  /** @param shape the range's size when known before the request runs (from an address or indexes) */
  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>, private readonly book: BookModel, private readonly shape?: { rows: number; cols: number; entire?: boolean }) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    return {
      scalars: {
        values: (r) => readMatrix(r, (cell) => (cell?.value ?? "") as string | number | boolean),
        text: (r) => readMatrix(r, (cell) => (cell ? formatCellText(cell.value, cell.format) : "")),
        numberFormat: (r) => readMatrix(r, (cell) => cell?.format ?? "General"),
        formulas: (r) => readMatrix(r, (cell) => cell?.formula ?? ((cell?.value ?? "") as string | number | boolean)),
        rowIndex: (r) => r.area.row,
        columnIndex: (r) => r.area.col,
        rowCount: (r) => r.area.rowCount,
        columnCount: (r) => r.area.colCount,
        cellCount: (r) => r.area.rowCount * r.area.colCount,
        address: (r) => `${quoteSheetName(r.sheet.name)}!${areaAddress(r.area)}`,
      },
      navigations: { format: () => this.format },
    };
  }

  /** Office: raw values (Excel shows an empty cell as ""). */
  get values(): Matrix {
    return this.read("values");
  }
  set values(values: Matrix) {
    this.setMatrix("values", values, (cell, v, where) => writeInput(cell, v, where));
  }

  /** Office: the text shown in each cell. */
  get text(): string[][] {
    return this.read("text");
  }

  /** Office: the number format codes. */
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: string[][]) {
    this.setMatrix("numberFormat", formats, (cell, v, where) => {
      if (v === null) return;
      if (typeof v !== "string") throw officeErrors.invalidArgument("A number format must be text.", where);
      cell.format = v;
    });
  }

  /** Office: formulas (or values where there is none). */
  get formulas(): Matrix {
    return this.read("formulas");
  }
  set formulas(formulas: Matrix) {
    this.setMatrix("formulas", formulas, (cell, v, where) => writeInput(cell, v, where));
  }

  /** Office: 0-based index of the first row. */
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  /** Office: 0-based index of the first column. */
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  /** Office: number of rows. */
  get rowCount(): number {
    return this.read("rowCount");
  }
  /** Office: number of columns. */
  get columnCount(): number {
    return this.read("columnCount");
  }
  /** Office: number of cells. */
  get cellCount(): number {
    return this.read("cellCount");
  }
  /** Office: the sheet-qualified A1 address. */
  get address(): string {
    return this.read("address");
  }

  /** Office: a link on every cell of the range (writes `textToDisplay` as the cell's text). */
  set hyperlink(link: Excel.RangeHyperlink) {
    this.queueSet("hyperlink", link, (r) => {
      if (r.entire) throw officeErrors.invalidArgument("Cannot set a hyperlink on an unbounded range.", "Range.hyperlink");
      forEachCell(r.sheet, r.area, (cell) => setLink(cell, link, "Range.hyperlink"));
    });
  }

  /**
   * Office (ExcelApi 1.9): per-cell properties from a 2-D array the range's shape (an empty
   * object leaves its cell alone). The fake models `hyperlink`, `format.fill.color` and
   * `format.font.{color,underline,bold}`.
   */
  setCellProperties(cellPropertiesData: Excel.SettableCellProperties[][]): void {
    const where = "Range.setCellProperties";
    const only = (o: object | undefined, keys: string[]) => Object.keys(o ?? {}).every((k) => keys.includes(k));
    for (const row of Array.isArray(cellPropertiesData) ? cellPropertiesData : []) {
      for (const props of Array.isArray(row) ? row : []) {
        const modeled =
          only(props, ["hyperlink", "format"]) && only(props?.format, ["fill", "font"]) && only(props?.format?.fill, ["color"]) && only(props?.format?.font, ["color", "underline", "bold"]);
        if (!modeled) throw new FakeNotModeledError(`setCellProperties with ${JSON.stringify(props)}`);
        if ([props.format?.fill?.color, props.format?.font?.color].some((c) => c !== undefined && !/^#[0-9A-Fa-f]{6}$/.test(c))) throw officeErrors.invalidArgument("A colour must be #RRGGBB.", where);
      }
    }
    if (this.shape?.entire) throw officeErrors.invalidArgument("Cannot set cell properties on an unbounded range.", where);
    if (this.shape) checkShape(cellPropertiesData, this.shape.rows, this.shape.cols, where);
    this.queueCall("setCellProperties", [cellPropertiesData], (r) => {
      if (r.entire) throw officeErrors.invalidArgument("Cannot set cell properties on an unbounded range.", where);
      checkShape(cellPropertiesData, r.area.rowCount, r.area.colCount, where);
      cellPropertiesData.forEach((row, i) =>
        row.forEach((props, j) => {
          const cell = cellAt(r.sheet, r.area.row + i, r.area.col + j);
          if (props.hyperlink) setLink(cell, props.hyperlink, where);
          const fillColor = props.format?.fill?.color;
          if (fillColor !== undefined) cell.fill = fillColor.toUpperCase();
          const font = props.format?.font;
          if (font && (font.color !== undefined || font.underline !== undefined || font.bold !== undefined)) {
            cell.font = { ...cell.font, ...(font.color !== undefined && { color: font.color.toUpperCase() }), ...(font.underline !== undefined && { underline: font.underline }), ...(font.bold !== undefined && { bold: font.bold }) };
          }
        }),
      );
    });
  }

  /** Office: the range's formatting. */
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.q, this.child("format", [], (r) => r)));
  }

  /** Office: the range's data validation. */
  get dataValidation(): FakeDataValidation {
    return (this.validationProxy ??= new FakeDataValidation(this.q, this.child("dataValidation", [], (r) => r)));
  }

  /** Office: the range's conditional formats. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.conditionalProxy ??= new FakeConditionalFormatCollection(this.q, this.child("conditionalFormats", [], (r) => r), this.book));
  }

  /** Office: merge the range (each row apart when `across`); only the top-left value stays. */
  merge(across?: boolean): void {
    this.queueCall("merge", [across ?? false], (r) => {
      if (r.entire) throw new FakeNotModeledError("merging whole rows or columns");
      const areas = across
        ? Array.from({ length: r.area.rowCount }, (_, i) => ({ ...r.area, row: r.area.row + i, rowCount: 1 }))
        : [r.area];
      for (const area of areas) mergeArea(r.sheet, area);
    });
  }

  /** Office: select the range (its sheet must be the active one). */
  select(): void {
    this.queueCall("select", [], (r) => {
      if (this.book.activeSheetId !== r.sheet.id) throw officeErrors.invalidOperation("Cannot select a range on a sheet that is not active.", "Range.select");
      r.sheet.activeCell = { row: r.area.row, col: r.area.col };
    });
  }

  /**
   * Office (ExcelApi 1.9): per-cell properties; the fake models `address` and
   * `format.fill.{color,pattern,tintAndShade}`. "No fill" reads as colour #FFFFFF, and in the
   * observed mode so does a white fill, both with a null pattern: nothing but `tintAndShade`
   * (null for no fill, a number for a fill) tells them apart (office-js #4900, the answer
   * https://github.com/OfficeDev/office-js/issues/4900 ; #6218
   * https://github.com/OfficeDev/office-js/issues/6218).
   */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const { address, format, ...rest } = options;
    const { fill, ...otherFormat } = format ?? {};
    const { color, pattern, tintAndShade, ...otherFill } = fill ?? {};
    if (Object.keys(rest).length > 0 || Object.keys(otherFormat).length > 0 || Object.keys(otherFill).length > 0) {
      throw new FakeNotModeledError(`getCellProperties(${JSON.stringify(options)})`);
    }
    const observed = this.q.host.mode === "observed";
    return FakeClientResult.queue(this.q, { action: { object: this.oid, type: "method", name: "getCellProperties", args: [options] } }, () => {
      const r = this.target("getCellProperties");
      if (r.entire) throw new FakeNotModeledError("getCellProperties on whole rows or columns");
      return Array.from({ length: r.area.rowCount }, (_, i) =>
        Array.from({ length: r.area.colCount }, (_, j) => {
          const cell = peekCell(r.sheet, r.area.row + i, r.area.col + j);
          const props: Excel.CellProperties = {};
          if (address) props.address = `${quoteSheetName(r.sheet.name)}!${areaAddress({ row: r.area.row + i, col: r.area.col + j, rowCount: 1, colCount: 1 })}`;
          if (fill) props.format = { fill: fillProperties(cell?.fill ?? null, { color, pattern, tintAndShade }, observed) };
          return props;
        }),
      );
    });
  }

  /**
   * Office (ExcelApi 1.13): the merged areas of the range; fails over 512 areas. Observed mode:
   * only the areas whose top-left cell lies inside the range (office-js #3611,
   * https://github.com/OfficeDev/office-js/issues/3611: a merge starting above or left of the
   * range is not returned although it covers cells of it), and the areas' `address` names
   * their top-left cells only (office-js #1590, https://github.com/OfficeDev/office-js/issues/1590;
   * its `areas` items carry the whole areas, the workaround given there). Documented mode: every
   * area touching the range, with full addresses.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const observed = this.q.host.mode === "observed";
    return new FakeRangeAreas(
      this.q,
      this.child("getMergedAreasOrNullObject", [], (r) => {
        const areas = observed ? r.sheet.merges.filter((m) => areaContains(r.area, m.row, m.col)) : mergesTouching(r.sheet, r.area);
        if (areas.length > MAX_MERGED_AREAS) throw officeErrors.general("The merged areas count in this range is more than 512.", "Range.getMergedAreasOrNullObject");
        return areas.length ? { sheet: r.sheet, areas: areas.map((a) => ({ ...a })), topLeftAddress: observed } : null;
      }),
      this.book,
    );
  }

  /** Office: the whole columns of the range. */
  getEntireColumn(): FakeRange {
    return new FakeRange(
      this.q,
      this.child("getEntireColumn", [], (r) => ({ sheet: r.sheet, area: { row: 0, col: r.area.col, rowCount: 1048576, colCount: r.area.colCount }, entire: "columns" })),
      this.book,
      this.shape && { rows: 1048576, cols: this.shape.cols, entire: true },
    );
  }

  /** Office: the whole rows of the range. */
  getEntireRow(): FakeRange {
    return new FakeRange(
      this.q,
      this.child("getEntireRow", [], (r) => ({ sheet: r.sheet, area: { row: r.area.row, col: 0, rowCount: r.area.rowCount, colCount: 16384 }, entire: "rows" })),
      this.book,
      this.shape && { rows: this.shape.rows, cols: 16384, entire: true },
    );
  }

  private setMatrix(name: string, matrix: unknown, write: (cell: ReturnType<typeof cellAt>, v: unknown, where: string) => void): void {
    const where = `Range.${name}`;
    if (this.shape?.entire) throw officeErrors.invalidArgument(`Cannot set ${name} on an unbounded range.`, where);
    if (this.shape) checkShape(matrix, this.shape.rows, this.shape.cols, where);
    this.queueSet(name, matrix, (r) => {
      if (r.entire) throw officeErrors.invalidArgument(`Cannot set ${name} on an unbounded range.`, where);
      checkShape(matrix, r.area.rowCount, r.area.colCount, where);
      const rows = matrix as unknown[][];
      rows.forEach((row, i) => row.forEach((v, j) => write(cellAt(r.sheet, r.area.row + i, r.area.col + j), v, where)));
    });
  }
}

/**
 * A cell's fill as `getCellProperties` reports it. No fill: colour #FFFFFF, `tintAndShade`
 * null, pattern null when observed ("None" when documented). A fill: its colour, `tintAndShade`
 * 0, pattern "Solid", except that a white fill's pattern reads null when observed (#4900).
 */
function fillProperties(fill: string | null, asked: { color?: boolean; pattern?: boolean; tintAndShade?: boolean }, observed: boolean): Excel.CellPropertiesFill {
  const out: Excel.CellPropertiesFill = {};
  if (asked.color) out.color = fill ?? "#FFFFFF";
  if (asked.pattern) {
    const pattern = fill === null ? (observed ? null : "None") : observed && fill === "#FFFFFF" ? null : "Solid";
    out.pattern = pattern as Excel.CellPropertiesFill["pattern"];
  }
  if (asked.tintAndShade) out.tintAndShade = (fill === null ? null : 0) as number;
  return out;
}

/** A link on a cell, as `Range.hyperlink` sets it: its text becomes the cell's (as typed text). */
function setLink(cell: ReturnType<typeof cellAt>, link: Excel.RangeHyperlink, where: string): void {
  const ref = link.documentReference;
  if (ref !== undefined && !/^('([^']|'')+'|[^'!\s]+)!\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(ref)) {
    throw officeErrors.invalidArgument(`Bad documentReference '${ref}'.`, where);
  }
  cell.hyperlink = { ...link };
  if (link.textToDisplay !== undefined) writeInput(cell, `'${link.textToDisplay}`, where);
}

function checkShape(matrix: unknown, rows: number, cols: number, where: string): void {
  const ok = Array.isArray(matrix) && matrix.length === rows && matrix.every((row) => Array.isArray(row) && row.length === cols);
  if (!ok) throw officeErrors.invalidArgument(SHAPE_MESSAGE, where);
}

function readMatrix<V>(r: RangeRef, pick: (cell: ReturnType<typeof peekCell>) => V): V[][] | null {
  if (r.entire || r.area.rowCount * r.area.colCount > MAX_READ_CELLS) return null;
  return Array.from({ length: r.area.rowCount }, (_, i) => {
    const row = r.sheet.cells.get(r.area.row + i);
    return Array.from({ length: r.area.colCount }, (_, j) => pick(row?.get(r.area.col + j)));
  });
}

function mergeArea(sheet: SheetModel, area: CellArea): void {
  if (area.rowCount * area.colCount < 2) return;
  const touching = mergesTouching(sheet, area);
  for (const m of touching) {
    const inside = m.row >= area.row && m.col >= area.col && m.row + m.rowCount <= area.row + area.rowCount && m.col + m.colCount <= area.col + area.colCount;
    if (!inside) throw officeErrors.invalidOperation("Cannot merge a range that partly covers a merged area.", "Range.merge");
  }
  sheet.merges = sheet.merges.filter((m) => !touching.includes(m));
  forEachCell(sheet, area, (cell, row, col) => {
    if (row !== area.row || col !== area.col) {
      cell.value = null;
      delete cell.formula;
    }
  });
  sheet.merges.push({ ...area });
}

/** What a range-areas proxy is bound to. */
export interface AreasRef {
  sheet: SheetModel;
  areas: CellArea[];
  /** `address` names each area's top-left cell only (office-js #1590). */
  topLeftAddress?: boolean;
}

/** The fake Excel.RangeAreas. */
export class FakeRangeAreas extends FakeObject<AreasRef> {
  private areasProxy?: FakeRangeCollection;
  private formatProxy?: FakeRangeFormat;

  constructor(q: FakeRequestQueue, binding: Binding<AreasRef>, private readonly book: BookModel) {
    super(q, binding);
  }

  protected loadable(): Loadable<AreasRef> {
    return {
      scalars: {
        address: (a) =>
          a.areas.map((area) => `${quoteSheetName(a.sheet.name)}!${areaAddress(a.topLeftAddress ? { ...area, rowCount: 1, colCount: 1 } : area)}`).join(","),
        areaCount: (a) => a.areas.length,
      },
      navigations: { areas: () => this.areas },
    };
  }

  /** Office: the areas' addresses, comma separated, sheet-qualified. */
  get address(): string {
    return this.read("address");
  }
  /** Office: how many areas. */
  get areaCount(): number {
    return this.read("areaCount");
  }
  /** Office: the areas as ranges. */
  get areas(): FakeRangeCollection {
    return (this.areasProxy ??= new FakeRangeCollection(this.q, this.child("areas", [], (a) => a), this.book));
  }

  /** Office (ExcelApi 1.9): the format of every area (the fake models fills and fonts on it). */
  get format(): FakeRangeFormat {
    return (this.formatProxy ??= new FakeRangeFormat(this.q, this.child("format", [], (a) => ({ sheet: a.sheet, area: a.areas[0], areas: a.areas }))));
  }
}

/** The fake Excel.RangeCollection. */
export class FakeRangeCollection extends FakeObject<AreasRef> {
  constructor(q: FakeRequestQueue, binding: Binding<AreasRef>, private readonly book: BookModel) {
    super(q, binding);
  }

  protected loadable(): Loadable<AreasRef> {
    return { items: (a) => a.areas.map((area) => new FakeRange(this.q, { target: { sheet: a.sheet, area } }, this.book)) };
  }

  /** Office: the loaded ranges. */
  get items(): FakeRange[] {
    return this.readItems();
  }
}

const _range: HonestFake<FakeRange, Excel.Range> = true;
const _areas: HonestFake<FakeRangeAreas, Excel.RangeAreas> = true;
const _collection: HonestFake<FakeRangeCollection, Excel.RangeCollection> = true;
