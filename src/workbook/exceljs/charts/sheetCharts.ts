/**
 * The charts of an .xlsx workbook that ExcelJS cannot hold (ExcelJS 4.4 neither writes charts
 * nor keeps the ones it reads): charts written through the port, as specs, and charts found in
 * the loaded file, as their original parts, both kept per worksheet object and added to the
 * bytes when the workbook is saved. A sheet that is removed or replaced takes its charts with it.
 */

import type ExcelJS from "exceljs";
import type { ChartSpec } from "../../port";
import type { CarriedAnchor } from "./carried";
import { chartData, newChartAnchor } from "./chartXml";
import { readAnchors } from "./readAnchors";
import { writeAnchors } from "./writeAnchors";
import type { GridAnchor } from "../gridSheet";

/** The cells a two-cell drawing anchor spans (its `from` and `to` markers, 0-based), or nothing when it has none. */
export function placeOf(xml: string): GridAnchor[] {
  const at = (tag: string) => {
    const m = new RegExp(`<(?:\\w+:)?${tag}>\\s*<(?:\\w+:)?col>(\\d+)</(?:\\w+:)?col>(?:[\\s\\S]*?)<(?:\\w+:)?row>(\\d+)</(?:\\w+:)?row>`).exec(xml);
    return m ? { col: Number(m[1]), row: Number(m[2]) } : undefined;
  };
  const from = at("from");
  const to = at("to");
  if (!from || !to) return [];
  return [{ row: from.row, col: from.col, rowCount: Math.max(1, to.row - from.row + 1), colCount: Math.max(1, to.col - from.col + 1) }];
}

/** The charts waiting for the next save. */
export class SheetCharts {
  private readonly kept = new Map<ExcelJS.Worksheet, readonly CarriedAnchor[]>();
  private readonly added = new Map<ExcelJS.Worksheet, readonly ChartSpec[]>();

  /**
   * The charts of a loaded file, matched to the workbook's sheets by name. A file whose charts
   * cannot be read keeps none (ExcelJS would have dropped them anyway); the workbook still opens.
   */
  static async fromFile(bytes: Uint8Array, wb: ExcelJS.Workbook): Promise<SheetCharts> {
    const charts = new SheetCharts();
    let found: Map<string, CarriedAnchor[]>;
    try {
      found = await readAnchors(bytes);
    } catch {
      return charts;
    }
    for (const [name, anchors] of found) {
      const ws = wb.getWorksheet(name);
      if (ws) charts.kept.set(ws, anchors);
    }
    return charts;
  }

  /** Give a freshly written sheet its charts (none when `specs` is empty or missing). */
  set(ws: ExcelJS.Worksheet, specs: readonly ChartSpec[] | undefined): void {
    this.kept.delete(ws);
    if (specs && specs.length > 0) this.added.set(ws, [...specs]);
    else this.added.delete(ws);
  }

  /** What the workspace draws of a sheet's charts: the specs this product wrote, and where the file's own charts sit. */
  shownOn(ws: ExcelJS.Worksheet): { specs: readonly ChartSpec[]; others: GridAnchor[] } {
    return { specs: this.added.get(ws) ?? [], others: (this.kept.get(ws) ?? []).flatMap((a) => placeOf(a.xml)) };
  }

  /** Forget a sheet's charts (it was removed). */
  drop(ws: ExcelJS.Worksheet): void {
    this.kept.delete(ws);
    this.added.delete(ws);
  }

  /** The saved bytes with every current sheet's charts added (the bytes unchanged when there are none). */
  async addTo(bytes: Uint8Array, wb: ExcelJS.Workbook): Promise<Uint8Array> {
    const bySheet = new Map<string, CarriedAnchor[]>();
    for (const ws of wb.worksheets) {
      const anchors = [...(this.kept.get(ws) ?? []), ...(this.added.get(ws) ?? []).map((spec) => newChartAnchor(chartData(ws, spec)))];
      if (anchors.length > 0) bySheet.set(ws.name, anchors);
    }
    return bySheet.size === 0 ? bytes : writeAnchors(bytes, bySheet);
  }
}
