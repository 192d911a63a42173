/**
 * The fake `Excel.ChartCollection` and `Excel.Chart` with the parts the adapter sets: title,
 * legend, value axis, series (name, values, category labels) and position. Charts live on
 * their sheet's model (deleting the sheet deletes them) and record the ranges they read, so
 * tests can check what Excel would draw. Excel's rules kept: series ranges are one row or one
 * column, texts at most 255 characters, `getItemAt` only within the series.
 */

import type { CellArea } from "../../domain/sheet";
import { parseAreaAddress } from "../a1";
import type { FakeRequestQueue } from "./context";
import { peekCell, type BookModel, type ChartModel, type ChartRangeModel, type ChartSeriesModel, type SheetModel } from "./model";
import { FakeNotModeledError, officeErrors } from "./officeError";
import type { HonestFake } from "./officeShape";
import { FakeObject, targetOf, type Binding, type Loadable } from "./proxy";
import type { FakeRange } from "./range";

const MAX_TEXT = 255;
const LEGEND_POSITIONS = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

/** What a series proxy is bound to. */
interface SeriesRef {
  chart: ChartModel;
  series: ChartSeriesModel;
}

/** A range argument's cells, when the request runs (one row or one column for a series). */
function rangeArgument(range: FakeRange, where: string, oneDimensional: boolean): ChartRangeModel {
  const r = targetOf(range, where);
  if (r.entire) throw new FakeNotModeledError(`${where} with whole rows or columns`);
  if (oneDimensional && r.area.rowCount > 1 && r.area.colCount > 1) throw officeErrors.invalidArgument("The range must be a single row or column.", where);
  return { sheet: r.sheet, area: { ...r.area } };
}

function checkText(text: unknown, where: string): void {
  if (typeof text !== "string" || text.length > MAX_TEXT) throw officeErrors.invalidArgument(`The text must be at most ${MAX_TEXT} characters.`, where);
}

/** The fake Excel.ChartCollection (a worksheet's charts). */
export class FakeChartCollection extends FakeObject<SheetModel> {
  constructor(q: FakeRequestQueue, binding: Binding<SheetModel>, private readonly book: BookModel) {
    super(q, binding);
  }

  protected loadable(): Loadable<SheetModel> {
    return {};
  }

  /**
   * Office: add a chart of `type` over `sourceData`. The fake models a one-column or one-row
   * source (one series; a text first cell becomes its name, as Excel reads a header).
   */
  add(type: Excel.Chart["chartType"], sourceData: FakeRange, seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"): FakeChart {
    if (typeof type !== "string" || type === "Invalid") throw officeErrors.invalidArgument(`Bad chart type '${String(type)}'.`, "ChartCollection.add");
    if (seriesBy !== undefined && !["Auto", "Columns", "Rows"].includes(seriesBy)) throw officeErrors.invalidArgument(`Bad seriesBy '${seriesBy}'.`, "ChartCollection.add");
    return new FakeChart(
      this.q,
      this.child("add", [type, "<range>", seriesBy ?? "Auto"], (s) => {
        const source = rangeArgument(sourceData, "ChartCollection.add", false);
        if (source.area.rowCount > 1 && source.area.colCount > 1) throw new FakeNotModeledError("a chart added from a two-dimensional range (Excel guesses headers and series)");
        const chart: ChartModel = {
          id: `{chart-${this.book.nextId++}}`,
          type,
          title: null,
          series: [firstSeries(source)],
          valueAxisNumberFormat: "General",
          axes: { value: { reversePlotOrder: false, position: "Automatic" }, category: { reversePlotOrder: false, position: "Automatic" } },
          legendPosition: "Right",
          position: null,
        };
        s.charts.push(chart);
        return chart;
      }),
    );
  }
}

function firstSeries(source: ChartRangeModel): ChartSeriesModel {
  const { sheet, area } = source;
  const head = peekCell(sheet, area.row, area.col)?.value;
  const cells = area.rowCount * area.colCount;
  if (typeof head === "string" && cells > 1) {
    const rest: CellArea = area.rowCount > 1 ? { ...area, row: area.row + 1, rowCount: area.rowCount - 1 } : { ...area, col: area.col + 1, colCount: area.colCount - 1 };
    return { name: head, values: { sheet, area: rest }, xValues: null };
  }
  return { name: "Series1", values: source, xValues: null };
}

/** The fake Excel.Chart. */
export class FakeChart extends FakeObject<ChartModel> {
  private titleProxy?: FakeChartTitle;
  private legendProxy?: FakeChartLegend;
  private axesProxy?: FakeChartAxes;
  private seriesProxy?: FakeChartSeriesCollection;

  constructor(q: FakeRequestQueue, binding: Binding<ChartModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ChartModel> {
    return {};
  }

  /** Office: the title. */
  get title(): FakeChartTitle {
    return (this.titleProxy ??= new FakeChartTitle(this.q, this.child("title", [], (c) => c)));
  }
  /** Office: the legend. */
  get legend(): FakeChartLegend {
    return (this.legendProxy ??= new FakeChartLegend(this.q, this.child("legend", [], (c) => c)));
  }
  /** Office: the axes. */
  get axes(): FakeChartAxes {
    return (this.axesProxy ??= new FakeChartAxes(this.q, this.child("axes", [], (c) => c)));
  }
  /** Office: the series. */
  get series(): FakeChartSeriesCollection {
    return (this.seriesProxy ??= new FakeChartSeriesCollection(this.q, this.child("series", [], (c) => c)));
  }

  /** Office: place the chart over the cells from `startCell` to `endCell` (an A1 address or a range on its sheet). */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const describe = (x: FakeRange | string | undefined) => (typeof x === "string" || x === undefined ? x : "<range>");
    this.queueCall("setPosition", [describe(startCell), describe(endCell)], (c) => {
      const from = cellArea(startCell, "Chart.setPosition");
      const to = endCell === undefined ? null : cellArea(endCell, "Chart.setPosition");
      if (to && (to.row + to.rowCount - 1 < from.row || to.col + to.colCount - 1 < from.col)) {
        throw officeErrors.invalidArgument("The end cell must lie below and right of the start cell.", "Chart.setPosition");
      }
      c.position = { from: { row: from.row, col: from.col }, to: to && { row: to.row + to.rowCount - 1, col: to.col + to.colCount - 1 } };
    });
  }
}

function cellArea(cell: FakeRange | string, where: string): CellArea {
  if (typeof cell !== "string") return rangeArgument(cell, where, false).area;
  try {
    return parseAreaAddress(cell);
  } catch {
    throw officeErrors.invalidArgument(`The address '${cell}' is not valid.`, where);
  }
}

/** The fake Excel.ChartTitle. */
export class FakeChartTitle extends FakeObject<ChartModel> {
  constructor(q: FakeRequestQueue, binding: Binding<ChartModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ChartModel> {
    return { scalars: { text: (c) => c.title ?? "" } };
  }

  /** Office: the title's text. */
  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    checkText(text, "ChartTitle.text");
    this.queueSet("text", text, (c) => (c.title = text));
  }
}

/** The fake Excel.ChartLegend. */
export class FakeChartLegend extends FakeObject<ChartModel> {
  constructor(q: FakeRequestQueue, binding: Binding<ChartModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ChartModel> {
    return { scalars: { position: (c) => c.legendPosition } };
  }

  /** Office: where the legend sits. */
  get position(): Excel.ChartLegend["position"] {
    return this.read("position");
  }
  set position(position: Excel.ChartLegend["position"]) {
    if (!LEGEND_POSITIONS.includes(position)) throw officeErrors.invalidArgument(`Bad legend position '${position}'.`, "ChartLegend.position");
    this.queueSet("position", position, (c) => (c.legendPosition = position));
  }
}

/** The fake Excel.ChartAxes. */
export class FakeChartAxes extends FakeObject<ChartModel> {
  private valueProxy?: FakeChartAxis;
  private categoryProxy?: FakeChartAxis;

  constructor(q: FakeRequestQueue, binding: Binding<ChartModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ChartModel> {
    return {};
  }

  /** Office: the value axis. */
  get valueAxis(): FakeChartAxis {
    return (this.valueProxy ??= new FakeChartAxis(this.q, this.child("valueAxis", [], (c) => c), "value"));
  }

  /** Office: the category axis. */
  get categoryAxis(): FakeChartAxis {
    return (this.categoryProxy ??= new FakeChartAxis(this.q, this.child("categoryAxis", [], (c) => c), "category"));
  }
}

/** Excel.ChartAxisPosition (https://learn.microsoft.com/javascript/api/excel/excel.chartaxisposition). */
const AXIS_POSITIONS = ["Automatic", "Maximum", "Minimum", "Custom"];

/**
 * The fake Excel.ChartAxis: the value axis's number format; an axis's plot order and where the
 * other axis crosses it (`position`, ExcelApi 1.8; "Custom" needs `setPositionAt`, not modelled).
 */
export class FakeChartAxis extends FakeObject<ChartModel> {
  constructor(
    q: FakeRequestQueue,
    binding: Binding<ChartModel>,
    private readonly axis: "value" | "category",
  ) {
    super(q, binding);
  }

  protected loadable(): Loadable<ChartModel> {
    return {
      scalars: {
        numberFormat: (c) => (this.axis === "value" ? c.valueAxisNumberFormat : "General"),
        reversePlotOrder: (c) => c.axes[this.axis].reversePlotOrder,
        position: (c) => c.axes[this.axis].position,
      },
    };
  }

  /** Office (ExcelApi 1.8): the axis labels' number format. */
  get numberFormat(): string {
    return this.read("numberFormat");
  }
  set numberFormat(format: string) {
    checkText(format, "ChartAxis.numberFormat");
    if (this.axis !== "value") throw new FakeNotModeledError("a category axis's number format");
    this.queueSet("numberFormat", format, (c) => (c.valueAxisNumberFormat = format));
  }

  /** Office (ExcelApi 1.7): plot the categories (or values) from last to first. */
  get reversePlotOrder(): boolean {
    return this.read("reversePlotOrder");
  }
  set reversePlotOrder(reversed: boolean) {
    if (typeof reversed !== "boolean") throw officeErrors.invalidArgument("reversePlotOrder must be a boolean.", "ChartAxis.reversePlotOrder");
    this.queueSet("reversePlotOrder", reversed, (c) => (c.axes[this.axis].reversePlotOrder = reversed));
  }

  /** Office (ExcelApi 1.8): where the other axis crosses this one. */
  get position(): Excel.ChartAxis["position"] {
    return this.read("position");
  }
  set position(position: Excel.ChartAxis["position"]) {
    if (!AXIS_POSITIONS.includes(position)) throw officeErrors.invalidArgument(`Bad axis position '${position}'.`, "ChartAxis.position");
    if (position === "Custom") throw new FakeNotModeledError("a custom axis position (setPositionAt)");
    this.queueSet("position", position, (c) => (c.axes[this.axis].position = position));
  }
}

/** The fake Excel.ChartSeriesCollection. */
export class FakeChartSeriesCollection extends FakeObject<ChartModel> {
  constructor(q: FakeRequestQueue, binding: Binding<ChartModel>) {
    super(q, binding);
  }

  protected loadable(): Loadable<ChartModel> {
    return {};
  }

  /** Office: the series at a 0-based position. */
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(
      this.q,
      this.child("getItemAt", [index], (chart) => {
        const series = chart.series[index];
        if (!Number.isInteger(index) || !series) throw officeErrors.invalidArgument(`No series at index ${index}.`, "ChartSeriesCollection.getItemAt");
        return { chart, series };
      }),
    );
  }

  /** Office (ExcelApi 1.7): add an empty series, at the end or at `index`. */
  add(name?: string, index?: number): FakeChartSeries {
    if (name !== undefined) checkText(name, "ChartSeriesCollection.add");
    return new FakeChartSeries(
      this.q,
      this.child("add", [name, index], (chart) => {
        const at = index ?? chart.series.length;
        if (!Number.isInteger(at) || at < 0 || at > chart.series.length) throw officeErrors.invalidArgument(`Bad series index ${at}.`, "ChartSeriesCollection.add");
        const series: ChartSeriesModel = { name: name ?? `Series${chart.series.length + 1}`, values: null, xValues: null };
        chart.series.splice(at, 0, series);
        return { chart, series };
      }),
    );
  }
}

/** The fake Excel.ChartSeries. */
export class FakeChartSeries extends FakeObject<SeriesRef> {
  constructor(q: FakeRequestQueue, binding: Binding<SeriesRef>) {
    super(q, binding);
  }

  protected loadable(): Loadable<SeriesRef> {
    return { scalars: { name: (s) => s.series.name } };
  }

  /** Office: the series' name (shown in the legend). */
  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    checkText(name, "ChartSeries.name");
    this.queueSet("name", name, (s) => (s.series.name = name));
  }

  /** Office (ExcelApi 1.7): the cells plotted (one row or one column). */
  setValues(sourceData: FakeRange): void {
    this.queueCall("setValues", ["<range>"], (s) => (s.series.values = rangeArgument(sourceData, "ChartSeries.setValues", true)));
  }

  /** Office (ExcelApi 1.7): the category labels (one row or one column). */
  setXAxisValues(sourceData: FakeRange): void {
    this.queueCall("setXAxisValues", ["<range>"], (s) => (s.series.xValues = rangeArgument(sourceData, "ChartSeries.setXAxisValues", true)));
  }
}

const _charts: HonestFake<FakeChartCollection, Excel.ChartCollection> = true;
const _chart: HonestFake<FakeChart, Excel.Chart> = true;
const _title: HonestFake<FakeChartTitle, Excel.ChartTitle> = true;
const _legend: HonestFake<FakeChartLegend, Excel.ChartLegend> = true;
const _axes: HonestFake<FakeChartAxes, Excel.ChartAxes> = true;
const _axis: HonestFake<FakeChartAxis, Excel.ChartAxis> = true;
const _seriesCollection: HonestFake<FakeChartSeriesCollection, Excel.ChartSeriesCollection> = true;
const _series: HonestFake<FakeChartSeries, Excel.ChartSeries> = true;
