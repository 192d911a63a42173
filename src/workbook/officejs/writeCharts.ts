/**
 * Native charts through Office.js, queued as write steps into the sheet's existing requests
 * (no request of their own). Each chart is added from its first series' cells, then every
 * series is set explicitly (name, values, category labels) so Excel never guesses the layout.
 *
 * Members and requirement sets:
 * - `Worksheet.charts`, `ChartCollection.add(type, source, "Columns")`: ExcelApi 1.1
 * - `Chart.title.text`, `Chart.legend.position`, `Chart.setPosition(start, end)`: ExcelApi 1.1
 * - `ChartSeriesCollection.getItemAt`, `ChartSeries.name`: ExcelApi 1.1
 * - `ChartSeriesCollection.add(name)`, `ChartSeries.setValues`, `ChartSeries.setXAxisValues`: ExcelApi 1.7
 * - `Chart.axes.valueAxis.numberFormat`: ExcelApi 1.8 (only when the spec has a `valueFormat`)
 * - `ChartAxis.reversePlotOrder`: ExcelApi 1.7; `ChartAxis.position`: ExcelApi 1.8 (bar charts:
 *   the first category on top, https://learn.microsoft.com/javascript/api/excel/excel.chartaxis)
 * So charts need ExcelApi 1.8 (1.7 without a `valueFormat`): below the ExcelApi 1.13 every read
 * needs (Excel 2021 or later; docs/excel-hosts.md "Requirement sets"), so every host the add-in
 * runs on has them. The pane still checks the set and writes a sheet without its chart where it
 * is missing (`withoutCharts`, hostSupport.ts).
 */

import type { CellArea } from "../../domain/sheet";
import { jsonBytes } from "../common/jsonBytes";
import { cellAddress } from "../a1";
import type { ChartSpec } from "../port";
import { CALL_BYTES } from "./batches";
import type { WriteStep } from "./writeSteps";

/** One step per chart (a handful of calls each: small, so they share the last request). */
export function chartSteps(charts: readonly ChartSpec[] | undefined): WriteStep[] {
  return (charts ?? []).map((chart) => ({
    bytes: CALL_BYTES * (8 + 4 * chart.series.length) + jsonBytes([chart.title, chart.series.map((s) => s.name), chart.valueFormat ?? ""]),
    queue: (ws: Excel.Worksheet) => queueChart(ws, chart),
  }));
}

function queueChart(ws: Excel.Worksheet, spec: ChartSpec): void {
  const range = (a: CellArea) => ws.getRangeByIndexes(a.row, a.col, a.rowCount, a.colCount);
  const categories = range(spec.categories);
  const chart = ws.charts.add(spec.kind === "bar" ? "BarClustered" : "ColumnClustered", range(spec.series[0].values), "Columns");
  chart.title.text = spec.title;
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    if (i === 0) series.name = s.name;
    series.setValues(range(s.values));
    series.setXAxisValues(categories);
  });
  if (spec.valueFormat !== undefined) chart.axes.valueAxis.numberFormat = spec.valueFormat;
  if (spec.kind === "bar") {
    // First category on top, the value axis crossing at the last category so it stays at the bottom.
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum";
  }
  chart.legend.position = "Bottom";
  const { row, col, rowCount, colCount } = spec.anchor;
  chart.setPosition(cellAddress(row, col), cellAddress(row + rowCount - 1, col + colCount - 1));
}
