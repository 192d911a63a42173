/**
 * The fake `Excel.RangeFormat` and its font, fill and borders: widths and heights by column
 * and row (points), alignment, wrapping, fonts and fills per cell, borders per area. The
 * format of a RangeAreas (`getRanges`) applies widths, heights, fonts and fills to every area.
 */

import type { FakeRequestQueue } from "./context";
import { forEachCell, peekCell, type CellModel, type FontModel } from "./model";
import { FakeNotModeledError, officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";
import { FakeObject, type Binding, type Loadable } from "./proxy";
import type { RangeRef } from "./range";

const COLOUR = /^#[0-9A-Fa-f]{6}$/;

function cellsOf(r: RangeRef, what: string, fn: (cell: CellModel) => void): void {
  if (r.entire) throw new FakeNotModeledError(`${what} on whole rows or columns`);
  for (const area of r.areas ?? [r.area]) forEachCell(r.sheet, area, fn);
}

function colour(value: string, where: string): string {
  if (typeof value !== "string" || !COLOUR.test(value)) throw officeErrors.invalidArgument(`'${value}' is not a colour the fake accepts (#RRGGBB).`, where);
  return value.toUpperCase();
}

/** The fake Excel.RangeFormat. */
export class FakeRangeFormat extends FakeObject<RangeRef> {
  private fontProxy?: FakeRangeFont;
  private fillProxy?: FakeRangeFill;
  private bordersProxy?: FakeRangeBorderCollection;

  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    return {
      scalars: {
        columnWidth: (r) => r.sheet.columnWidths.get(r.area.col) ?? 48,
        rowHeight: (r) => r.sheet.rowHeights.get(r.area.row) ?? 15,
        wrapText: (r) => peekCell(r.sheet, r.area.row, r.area.col)?.wrap ?? false,
      },
      navigations: { font: () => this.font, fill: () => this.fill },
    };
  }

  /** Office: column width in points. */
  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.queueSet("columnWidth", points, (r) => {
      if (!(points >= 0 && points <= 1800)) throw officeErrors.invalidArgument(`Bad column width ${points}.`, "RangeFormat.columnWidth");
      for (const area of r.areas ?? [r.area]) for (let c = area.col; c < area.col + area.colCount; c++) r.sheet.columnWidths.set(c, points);
    });
  }

  /** Office: row height in points. */
  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.queueSet("rowHeight", points, (r) => {
      if (!(points >= 0 && points <= 409)) throw officeErrors.invalidArgument(`Bad row height ${points}.`, "RangeFormat.rowHeight");
      for (const area of r.areas ?? [r.area]) for (let row = area.row; row < area.row + area.rowCount; row++) r.sheet.rowHeights.set(row, points);
    });
  }

  /** Office: wrap text. */
  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.queueSet("wrapText", wrap, (r) => cellsOf(r, "wrapText", (cell) => (cell.wrap = wrap)));
  }

  /** Office: horizontal alignment. */
  set horizontalAlignment(value: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed") {
    this.queueSet("horizontalAlignment", value, (r) => cellsOf(r, "horizontalAlignment", (cell) => (cell.horizontal = value)));
  }

  /** Office: vertical alignment. */
  set verticalAlignment(value: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed") {
    this.queueSet("verticalAlignment", value, (r) => cellsOf(r, "verticalAlignment", (cell) => (cell.vertical = value)));
  }

  /** Office: the font. */
  get font(): FakeRangeFont {
    return (this.fontProxy ??= new FakeRangeFont(this.q, this.child("font", [], (r) => r)));
  }
  /** Office: the fill. */
  get fill(): FakeRangeFill {
    return (this.fillProxy ??= new FakeRangeFill(this.q, this.child("fill", [], (r) => r)));
  }
  /** Office: the borders. */
  get borders(): FakeRangeBorderCollection {
    return (this.bordersProxy ??= new FakeRangeBorderCollection(this.q, this.child("borders", [], (r) => r)));
  }
}

/** The fake Excel.RangeFont. */
export class FakeRangeFont extends FakeObject<RangeRef> {
  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    const first = (r: RangeRef) => peekCell(r.sheet, r.area.row, r.area.col)?.font ?? {};
    return {
      scalars: {
        bold: (r) => first(r).bold ?? false,
        color: (r) => first(r).color ?? "#000000",
        size: (r) => first(r).size ?? 11,
        name: (r) => first(r).name ?? "等线",
      },
    };
  }

  private setFont(name: string, value: unknown, change: FontModel): void {
    this.queueSet(name, value, (r) => cellsOf(r, `font.${name}`, (cell) => (cell.font = { ...cell.font, ...change })));
  }

  /** Office: bold. */
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.setFont("bold", bold, { bold });
  }
  /** Office: size in points. */
  get size(): number {
    return this.read("size");
  }
  set size(size: number) {
    this.setFont("size", size, { size });
  }
  /** Office: font name. */
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.setFont("name", name, { name });
  }
  /** Office: colour "#RRGGBB". */
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.queueSet("color", value, (r) => {
      const c = colour(value, "RangeFont.color");
      cellsOf(r, "font.color", (cell) => (cell.font = { ...cell.font, color: c }));
    });
  }
  /** Office: underline style. */
  set underline(value: Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant") {
    this.setFont("underline", value, { underline: value });
  }
}

/**
 * The fake Excel.RangeFill (of the range's top-left cell). Office reads "no fill" as colour
 * #FFFFFF; observed, a white fill reads the same, pattern null for both, and only
 * `tintAndShade` (ExcelApi 1.9) is null for no fill and a number for a fill (office-js #4900,
 * https://github.com/OfficeDev/office-js/issues/4900 ; #6218,
 * https://github.com/OfficeDev/office-js/issues/6218).
 */
export class FakeRangeFill extends FakeObject<RangeRef> {
  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    const fill = (r: RangeRef) => peekCell(r.sheet, r.area.row, r.area.col)?.fill ?? null;
    const observed = this.q.host.mode === "observed";
    return {
      scalars: {
        color: (r) => fill(r) ?? "#FFFFFF",
        pattern: (r) => {
          const f = fill(r);
          if (f === null) return observed ? null : "None";
          return observed && f === "#FFFFFF" ? null : "Solid";
        },
        tintAndShade: (r) => (fill(r) === null ? null : 0),
      },
    };
  }

  /** Office: the fill pattern (observed: null for no fill and for white). */
  get pattern(): Excel.FillPattern | "None" | "Solid" | "Gray50" | "Gray75" | "Gray25" | "Horizontal" | "Vertical" | "Down" | "Up" | "Checker" | "SemiGray75" | "LightHorizontal" | "LightVertical" | "LightDown" | "LightUp" | "Grid" | "CrissCross" | "Gray16" | "Gray8" | "LinearGradient" | "RectangularGradient" {
    return this.read("pattern");
  }

  /** Office (ExcelApi 1.9): lightens or darkens the fill colour; null for no fill (office-js #4900). */
  get tintAndShade(): number {
    return this.read("tintAndShade");
  }

  /** Office: fill colour "#RRGGBB". */
  get color(): string {
    return this.read("color");
  }
  set color(value: string) {
    this.queueSet("color", value, (r) => {
      const c = colour(value, "RangeFill.color");
      cellsOf(r, "fill.color", (cell) => (cell.fill = c));
    });
  }

  /** Office: remove the fill. */
  clear(): void {
    this.queueCall("clear", [], (r) => cellsOf(r, "fill.clear", (cell) => (cell.fill = null)));
  }
}

/** What a border proxy is bound to. */
interface BorderRef {
  range: RangeRef;
  side: string;
}

/** The fake Excel.RangeBorderCollection. */
export class FakeRangeBorderCollection extends FakeObject<RangeRef> {
  constructor(q: FakeRequestQueue, binding: Binding<RangeRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<RangeRef> {
    return {};
  }

  /** Office: one edge's border. */
  getItem(index: Excel.BorderIndex | "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal" | "DiagonalDown" | "DiagonalUp"): FakeRangeBorder {
    return new FakeRangeBorder(this.q, this.child("getItem", [index], (r) => ({ range: r, side: index })));
  }
}

/** The fake Excel.RangeBorder: each setting is recorded against the area and edge. */
export class FakeRangeBorder extends FakeObject<BorderRef> {
  constructor(q: FakeRequestQueue, binding: Binding<BorderRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<BorderRef> {
    return {};
  }

  private record(b: BorderRef, change: { style?: string; weight?: string }): void {
    if (b.range.entire) throw new FakeNotModeledError("borders on whole rows or columns");
    const list = b.range.sheet.borders;
    const same = list.find((x) => x.side === b.side && JSON.stringify(x.area) === JSON.stringify(b.range.area));
    if (same) Object.assign(same, change);
    else list.push({ area: { ...b.range.area }, side: b.side, style: change.style ?? "Continuous", ...(change.weight && { weight: change.weight }) });
  }

  /** Office: line style. */
  set style(style: Excel.BorderLineStyle | "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot") {
    this.queueSet("style", style, (b) => this.record(b, { style }));
  }
  /** Office: line weight. */
  set weight(weight: Excel.BorderWeight | "Hairline" | "Thin" | "Medium" | "Thick") {
    this.queueSet("weight", weight, (b) => this.record(b, { weight }));
  }
}

const _format: HonestFake<FakeRangeFormat, Excel.RangeFormat> = true;
const _font: HonestFake<FakeRangeFont, Excel.RangeFont> = true;
const _fill: HonestFake<FakeRangeFill, Excel.RangeFill> = true;
const _borders: HonestFake<FakeRangeBorderCollection, Excel.RangeBorderCollection> = true;
const _border: HonestFake<FakeRangeBorder, Excel.RangeBorder> = true;
