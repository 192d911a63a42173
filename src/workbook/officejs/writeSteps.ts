/**
 * A SheetWrite as a list of Office.js steps, each with a rough request size so they can be
 * packed into requests under the budget: values in row blocks (strings protected from
 * Excel's parsing), then widths, heights, number formats, merges, styles, validations,
 * conditional formats, links, freeze panes, print setup and charts (last, once the cells they
 * show and the columns they sit on are final).
 */

import type { CellArea, CellValue } from "../../domain/sheet";
import { quoteSheetName, rowSpanAddress } from "../a1";
import { jsonBytes } from "../common/jsonBytes";
import { LIST_ERROR_TITLE, listErrorMessage, listPrompt, listSource } from "../common/listValidation";
import type { AreaStyle, ListValidation, SheetWrite, TextConditionalFormat } from "../port";
import { CALL_BYTES } from "./batches";
import { toExcelInput } from "./cellInput";
import { charsToPoints } from "./units";
import { chartSteps } from "./writeCharts";

/** One piece of queued work against the written sheet. */
export interface WriteStep {
  bytes: number;
  queue: (ws: Excel.Worksheet) => void;
}

/** The steps for everything in `spec` (not the sheet's creation or activation). */
export function writeSteps(spec: SheetWrite, blockBytes: number): WriteStep[] {
  return [
    ...valueSteps(spec.rows, blockBytes),
    ...runSteps(spec.widths ?? [], (ws, start, count, width) => {
      ws.getRangeByIndexes(0, start, 1, count).getEntireColumn().format.columnWidth = charsToPoints(width);
    }),
    ...runSteps(spec.rowHeights ?? [], (ws, start, count, height) => {
      ws.getRangeByIndexes(start, 0, count, 1).getEntireRow().format.rowHeight = height;
    }),
    ...(spec.numberFormats ?? []).flatMap((nf) => numberFormatSteps(nf.area, nf.format, blockBytes)),
    ...(spec.merges ?? []).map((m) => step(CALL_BYTES, (ws) => range(ws, m).merge(false))),
    ...(spec.styles ?? []).map((s) => step(CALL_BYTES * 12, (ws) => applyStyle(range(ws, s.area), s))),
    ...(spec.validations ?? []).map((v) => step(CALL_BYTES * 4 + jsonBytes(v.list), (ws) => applyValidation(range(ws, v.area), v))),
    ...(spec.conditionalFormats ?? []).map((cf) => step(CALL_BYTES * 6, (ws) => applyConditionalFormat(range(ws, cf.area), cf))),
    ...(spec.links ?? []).map((link) =>
      step(CALL_BYTES * 3, (ws) => {
        const cell = ws.getRangeByIndexes(link.row, link.col, 1, 1);
        const shown = spec.rows[link.row]?.[link.col];
        cell.hyperlink = { documentReference: `${quoteSheetName(link.sheet)}!${link.address}`, textToDisplay: shown === null || shown === undefined ? link.address : String(shown) };
        cell.format.font.color = "#0563C1";
        cell.format.font.underline = "Single";
      }),
    ),
    ...freezeSteps(spec.freeze),
    ...printSteps(spec.print),
    ...chartSteps(spec.charts),
  ];
}

function step(bytes: number, queue: (ws: Excel.Worksheet) => void): WriteStep {
  return { bytes, queue };
}

function range(ws: Excel.Worksheet, a: CellArea): Excel.Range {
  return ws.getRangeByIndexes(a.row, a.col, a.rowCount, a.colCount);
}

/** Values in row blocks of at most `blockBytes`; all-empty blocks are skipped (the sheet is new). */
function valueSteps(rows: CellValue[][], blockBytes: number): WriteStep[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0) return [];
  const steps: WriteStep[] = [];
  let block: (string | number | boolean)[][] = [];
  let start = 0;
  let bytes = 0;
  let empty = true;
  const flush = () => {
    if (block.length > 0 && !empty) {
      const values = block;
      const at = start;
      steps.push(step(bytes + CALL_BYTES, (ws) => (ws.getRangeByIndexes(at, 0, values.length, width).values = values)));
    }
    start += block.length;
    block = [];
    bytes = 0;
    empty = true;
  };
  for (const row of rows) {
    const encoded = Array.from({ length: width }, (_, c) => toExcelInput(row[c] ?? null));
    const rowBytes = jsonBytes(encoded) + 1;
    if (block.length > 0 && bytes + rowBytes > blockBytes) flush();
    if (encoded.some((v) => v !== "")) empty = false;
    block.push(encoded);
    bytes += rowBytes;
  }
  flush();
  return steps;
}

/** Runs of equal values in a sparse list (widths, heights), one step per run. */
function runSteps(list: (number | undefined)[], apply: (ws: Excel.Worksheet, start: number, count: number, value: number) => void): WriteStep[] {
  const steps: WriteStep[] = [];
  let i = 0;
  while (i < list.length) {
    const v = list[i];
    if (v === undefined || v === null || !(v > 0)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < list.length && list[j] === v) j++;
    const start = i;
    const count = j - i;
    steps.push(step(CALL_BYTES * 2, (ws) => apply(ws, start, count, v)));
    i = j;
  }
  return steps;
}

/** A number format over an area as 2-D arrays, split into row blocks of at most `blockBytes`. */
function numberFormatSteps(area: CellArea, format: string, blockBytes: number): WriteStep[] {
  const rowBytes = (jsonBytes(format) + 1) * area.colCount + 2;
  const rowsPerBlock = Math.max(1, Math.floor(blockBytes / rowBytes));
  const steps: WriteStep[] = [];
  for (let r = 0; r < area.rowCount; r += rowsPerBlock) {
    const rows = Math.min(rowsPerBlock, area.rowCount - r);
    const part = { ...area, row: area.row + r, rowCount: rows };
    steps.push(step(rows * rowBytes + CALL_BYTES, (ws) => (range(ws, part).numberFormat = Array.from({ length: rows }, () => new Array<string>(area.colCount).fill(format)))));
  }
  return steps;
}

function applyStyle(r: Excel.Range, s: AreaStyle): void {
  const font = r.format.font;
  if (s.bold !== undefined) font.bold = s.bold;
  if (s.fontSize !== undefined) font.size = s.fontSize;
  if (s.fontName !== undefined) font.name = s.fontName;
  if (s.fontColor !== undefined) font.color = s.fontColor;
  if (s.fill !== undefined) r.format.fill.color = s.fill;
  if (s.horizontal !== undefined) r.format.horizontalAlignment = s.horizontal === "left" ? "Left" : s.horizontal === "center" ? "Center" : "Right";
  if (s.vertical !== undefined) r.format.verticalAlignment = s.vertical === "top" ? "Top" : "Center";
  if (s.wrap !== undefined) r.format.wrapText = s.wrap;
  if (s.border) {
    const sides: ("EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical")[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
    if (s.area.rowCount > 1) sides.push("InsideHorizontal");
    if (s.area.colCount > 1) sides.push("InsideVertical");
    for (const side of sides) {
      const border = r.format.borders.getItem(side);
      border.style = "Continuous";
      border.weight = "Thin";
    }
  }
}

function applyValidation(r: Excel.Range, v: ListValidation): void {
  r.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(v) } };
  r.dataValidation.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", title: LIST_ERROR_TITLE, message: listErrorMessage(v) };
  const prompt = listPrompt(v);
  if (prompt !== undefined) r.dataValidation.prompt = { showPrompt: true, title: "", message: prompt };
}

function applyConditionalFormat(r: Excel.Range, cf: TextConditionalFormat): void {
  const format = r.conditionalFormats.add("ContainsText");
  format.textComparison.format.fill.color = cf.fill;
  if (cf.fontColor !== undefined) format.textComparison.format.font.color = cf.fontColor;
  format.textComparison.rule = { operator: "Contains", text: cf.text };
}

function freezeSteps(freeze: SheetWrite["freeze"]): WriteStep[] {
  if (!freeze || (freeze.rows <= 0 && freeze.cols <= 0)) return [];
  return [
    step(CALL_BYTES * 2, (ws) => {
      if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
      else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else ws.freezePanes.freezeColumns(freeze.cols);
    }),
  ];
}

function printSteps(print: SheetWrite["print"]): WriteStep[] {
  if (!print) return [];
  return [
    step(CALL_BYTES * 4, (ws) => {
      const layout = ws.pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.repeatRows) layout.setPrintTitleRows(rowSpanAddress(print.repeatRows.from, print.repeatRows.to));
    }),
  ];
}
