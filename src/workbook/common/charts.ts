/**
 * Chart specs as both adapters take them: the checks a `ChartSpec` must pass (a malformed spec
 * is a bad caller, so a `RangeError` before anything is written) and the sheet-qualified
 * absolute references a chart's series point at ("'进度'!$B$2:$B$9").
 */

import type { CellArea } from "../../domain/sheet";
import { areaAddress, cellAddress, quoteSheetName } from "../a1";
import type { ChartSpec } from "../port";

/** Excel's limits for a chart's title, a series name and a number format code. */
export const MAX_CHART_TEXT = 255;
/** Excel draws at most 255 series in one chart. */
export const MAX_CHART_SERIES = 255;

/** Throw a RangeError naming the first problem in `charts`. */
export function checkCharts(charts: readonly ChartSpec[] | undefined): void {
  (charts ?? []).forEach((chart, i) => checkChart(chart, `charts[${i}]`));
}

function checkChart(chart: ChartSpec, where: string): void {
  checkText(chart.title, `${where}.title`, true);
  if (chart.kind !== "column" && chart.kind !== "bar") throw new RangeError(`${where}.kind must be "column" or "bar"`);
  checkColumn(chart.categories, `${where}.categories`);
  if (!Array.isArray(chart.series) || chart.series.length === 0 || chart.series.length > MAX_CHART_SERIES) {
    throw new RangeError(`${where}.series must hold 1 to ${MAX_CHART_SERIES} series`);
  }
  chart.series.forEach((s, j) => {
    checkText(s.name, `${where}.series[${j}].name`);
    checkColumn(s.values, `${where}.series[${j}].values`);
    if (s.values.row !== chart.categories.row || s.values.rowCount !== chart.categories.rowCount) {
      throw new RangeError(`${where}.series[${j}].values must span the same rows as the categories`);
    }
  });
  const { row, col, rowCount, colCount } = chart.anchor;
  if (!(rowCount >= 1 && colCount >= 1)) throw new RangeError(`${where}.anchor must be at least one cell`);
  areaAddress({ row, col, rowCount, colCount });
  if (chart.valueFormat !== undefined) checkText(chart.valueFormat, `${where}.valueFormat`, true);
}

function checkText(text: unknown, where: string, nonEmpty = false): void {
  if (typeof text !== "string" || text.length > MAX_CHART_TEXT || (nonEmpty && text === "")) {
    throw new RangeError(`${where} must be ${nonEmpty ? "non-empty " : ""}text of at most ${MAX_CHART_TEXT} characters`);
  }
}

function checkColumn(area: CellArea, where: string): void {
  areaAddress(area);
  if (area.colCount !== 1) throw new RangeError(`${where} must be one column of cells`);
}

/** A sheet-qualified absolute reference: "'进度'!$B$2:$B$9" (or "'进度'!$B$2" for one cell). */
export function absoluteReference(sheet: string, area: CellArea): string {
  const absolute = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const first = absolute(area.row, area.col);
  const last = absolute(area.row + area.rowCount - 1, area.col + area.colCount - 1);
  return `${quoteSheetName(sheet)}!${first === last ? first : `${first}:${last}`}`;
}
