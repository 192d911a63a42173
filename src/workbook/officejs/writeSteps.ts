/**
 * A SheetWrite as a list of Office.js steps, each with a rough request size (as office.js
 * sends it: `envelopedBytes`) so they can be packed into requests under the budget: values in
 * row blocks (strings protected from Excel's parsing), then widths, heights, number formats,
 * merges, styles, validations, conditional formats, links, freeze panes, print setup and charts
 * (last, once the cells they show and the columns they sit on are final). Value and number
 * format blocks split in halves when Excel refuses one as too large (batches.ts).
 *
 * Requirement sets: `Range.values`, `formulas`, `numberFormat`, `format.font/fill/borders/wrapText`,
 * alignment: ExcelApi 1.1; `merge`, `columnWidth`, `rowHeight`: 1.2; `conditionalFormats`:
 * 1.6; `getRangeByIndexes`, `hyperlink`, `freezePanes`: 1.7; `dataValidation`: 1.8;
 * `pageLayout` (orientation, paperSize, zoom, setPrintTitleRows), `setCellProperties` (links,
 * a column at a time), `getRanges` and `RangeAreas.format` (row heights and link fonts for
 * many rows at once): 1.9.
 *
 * Print setup (docs/excel-hosts.md "Print setup"): the print step reads `pageLayout.zoom` back
 * in its own request; where Excel dropped the fit-to-one-page-wide setting, as office-js #1860
 * reports (https://github.com/OfficeDev/office-js/issues/1860), a scale that fits the written
 * columns on the page is set instead.
 */

import type { CellArea, CellValue } from "../../domain/sheet";
import { quoteSheetName, rowSpanAddress } from "../a1";
import { envelopedBytes } from "../common/jsonBytes";
import { LIST_ERROR_TITLE, listErrorMessage, listPrompt, listSource } from "../common/listValidation";
import type { AreaStyle, CellFormula, ListValidation, SheetWrite, TextConditionalFormat } from "../port";
import { ACTION_BYTES, CALL_BYTES, OBJECT_BYTES } from "./batches";
import { areaAddresses, rowRuns } from "./rangeAreas";
import { toExcelInput } from "./cellInput";
import { charsToPoints } from "./units";
import { chartSteps } from "./writeCharts";

/** One piece of queued work against the written sheet. */
export interface WriteStep {
  bytes: number;
  queue: (ws: Excel.Worksheet) => void;
  /** Smaller steps doing the same (a value or number format block, in halves). */
  split?: () => WriteStep[];
  /** After its request succeeded: more steps to send (the print fallback). */
  done?: () => WriteStep[] | void;
}

/** The steps for everything in `spec` (not the sheet's creation or activation). */
export function writeSteps(spec: SheetWrite, blockBytes: number): WriteStep[] {
  return [
    ...valueSteps(spec.rows, blockBytes),
    ...formulaSteps(spec.formulas ?? []),
    ...runSteps(spec.widths ?? [], (ws, start, count, width) => {
      ws.getRangeByIndexes(0, start, 1, count).format.columnWidth = charsToPoints(width);
    }),
    ...heightSteps(spec.rowHeights ?? []),
    ...(spec.numberFormats ?? []).flatMap((nf) => numberFormatSteps(nf.area, nf.format, blockBytes)),
    ...(spec.merges ?? []).map((m) => step(CALL_BYTES, (ws) => range(ws, m).merge(false))),
    ...(spec.styles ?? []).map((s) => step(CALL_BYTES * 15, (ws) => applyStyle(range(ws, s.area), s))),
    ...(spec.validations ?? []).map((v) => step(CALL_BYTES * 4 + envelopedBytes(v.list) * 2, (ws) => applyValidation(range(ws, v.area), v))),
    ...(spec.conditionalFormats ?? []).map((cf) => step(CALL_BYTES * 6, (ws) => applyConditionalFormat(range(ws, cf.area), cf))),
    ...linkSteps(spec, blockBytes),
    ...freezeSteps(spec.freeze),
    ...printSteps(spec),
    ...chartSteps(spec.charts),
  ];
}

function step(bytes: number, queue: (ws: Excel.Worksheet) => void): WriteStep {
  return { bytes, queue };
}

function range(ws: Excel.Worksheet, a: CellArea): Excel.Range {
  return ws.getRangeByIndexes(a.row, a.col, a.rowCount, a.colCount);
}

/**
 * Values in row blocks of at most `blockBytes`, from sheet row `from`; all-empty blocks are
 * skipped (the sheet is new, or the rows were found empty).
 */
export function valueSteps(rows: CellValue[][], blockBytes: number, from = 0): WriteStep[] {
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  if (width === 0) return [];
  const steps: WriteStep[] = [];
  let block: (string | number | boolean)[][] = [];
  let sizes: number[] = [];
  let start = from;
  let bytes = 0;
  let empty = true;
  const flush = () => {
    if (block.length > 0 && !empty) steps.push(valueBlock(start, block, sizes, width));
    start += block.length;
    block = [];
    sizes = [];
    bytes = 0;
    empty = true;
  };
  for (const row of rows) {
    const encoded = Array.from({ length: width }, (_, c) => toExcelInput(row[c] ?? null));
    const rowBytes = envelopedBytes(encoded) + 1;
    if (block.length > 0 && bytes + rowBytes > blockBytes) flush();
    if (encoded.some((v) => v !== "")) empty = false;
    block.push(encoded);
    sizes.push(rowBytes);
    bytes += rowBytes;
  }
  flush();
  return steps;
}

/** One block of rows from sheet row `at`; splits into halves. */
function valueBlock(at: number, values: (string | number | boolean)[][], sizes: number[], width: number): WriteStep {
  return {
    bytes: sizes.reduce((a, b) => a + b, 0) + CALL_BYTES,
    queue: (ws) => (ws.getRangeByIndexes(at, 0, values.length, width).values = values),
    split: values.length > 1
      ? () => {
          const half = Math.ceil(values.length / 2);
          return [valueBlock(at, values.slice(0, half), sizes.slice(0, half), width), valueBlock(at + half, values.slice(half), sizes.slice(half), width)];
        }
      : undefined,
  };
}

/**
 * Our formulas (`Range.formulas`, ExcelApi 1.1), one range per run of rows in a column, after the
 * values they replace: Excel calculates them when they are set.
 */
function formulaSteps(formulas: readonly CellFormula[]): WriteStep[] {
  const byCell = new Map(formulas.map((f) => [`${f.row}:${f.col}`, f.formula]));
  const steps: WriteStep[] = [];
  for (const f of [...formulas].sort((a, b) => a.col - b.col || a.row - b.row)) {
    if (byCell.get(`${f.row - 1}:${f.col}`) !== undefined) continue; // inside a run started above
    const run: string[][] = [];
    for (let r = f.row; byCell.has(`${r}:${f.col}`); r++) run.push([byCell.get(`${r}:${f.col}`) as string]);
    steps.push(step(envelopedBytes(run) + CALL_BYTES, (ws) => (ws.getRangeByIndexes(f.row, f.col, run.length, 1).formulas = run)));
  }
  return steps;
}

/** Row heights: the rows of each height together, as `getRanges` addresses (rangeAreas.ts). */
function heightSteps(heights: (number | undefined)[]): WriteStep[] {
  const byHeight = new Map<number, CellArea[]>();
  heights.forEach((h, row) => {
    if (h === undefined || h === null || !(h > 0)) return;
    const runs = byHeight.get(h) ?? [];
    const last = runs[runs.length - 1];
    if (last && last.row + last.rowCount === row) last.rowCount++;
    else runs.push({ row, col: 0, rowCount: 1, colCount: 1 });
    byHeight.set(h, runs);
  });
  const steps: WriteStep[] = [];
  for (const [height, runs] of byHeight) {
    for (const address of areaAddresses(runs)) {
      steps.push(step(OBJECT_BYTES * 2 + ACTION_BYTES + address.length, (ws) => (ws.getRanges(address).format.rowHeight = height)));
    }
  }
  return steps;
}

/** A column's run of rows that carry links (a few rows without one in between). */
const LINK_GAP = 20;

/**
 * Links: `setCellProperties` (ExcelApi 1.9) with a column of hyperlinks per call (`{}` for a
 * row without one), in blocks that split in halves; then the link cells' blue underlined font
 * through `getRanges` addresses.
 */
function linkSteps(spec: SheetWrite, blockBytes: number): WriteStep[] {
  const links = spec.links ?? [];
  const byCol = new Map<number, Map<number, Excel.RangeHyperlink>>();
  for (const link of links) {
    const shown = spec.rows[link.row]?.[link.col];
    const hyperlink = { documentReference: `${quoteSheetName(link.sheet)}!${link.address}`, textToDisplay: shown === null || shown === undefined ? link.address : String(shown) };
    const column = byCol.get(link.col) ?? new Map<number, Excel.RangeHyperlink>();
    column.set(link.row, hyperlink);
    byCol.set(link.col, column);
  }
  const steps: WriteStep[] = [];
  for (const [col, column] of byCol) {
    const rows = [...column.keys()].sort((a, b) => a - b);
    let block: { first: number; cells: Excel.SettableCellProperties[]; bytes: number } | undefined;
    const flush = () => {
      if (block) steps.push(linkBlock(block.first, col, block.cells));
      block = undefined;
    };
    for (const row of rows) {
      const cell: Excel.SettableCellProperties = { hyperlink: column.get(row) };
      const bytes = envelopedBytes(cell) + 1;
      if (block && (row - (block.first + block.cells.length) > LINK_GAP || block.bytes + bytes > blockBytes)) flush();
      if (!block) block = { first: row, cells: [], bytes: 0 };
      while (block.first + block.cells.length < row) {
        block.cells.push({});
        block.bytes += 3;
      }
      block.cells.push(cell);
      block.bytes += bytes;
    }
    flush();
  }
  for (const address of areaAddresses(rowRuns(links))) {
    steps.push(
      step(OBJECT_BYTES * 3 + ACTION_BYTES * 2 + address.length, (ws) => {
        const font = ws.getRanges(address).format.font;
        font.color = "#0563C1";
        font.underline = "Single";
      }),
    );
  }
  return steps;
}

/** Links of one column from sheet row `first` (one cell per row); splits into halves. */
function linkBlock(first: number, col: number, cells: Excel.SettableCellProperties[]): WriteStep {
  return {
    bytes: CALL_BYTES + cells.reduce((sum, c) => sum + envelopedBytes(c) + 1, 0),
    queue: (ws) => ws.getRangeByIndexes(first, col, cells.length, 1).setCellProperties(cells.map((c) => [c])),
    split: cells.length > 1
      ? () => {
          const half = Math.ceil(cells.length / 2);
          return [linkBlock(first, col, cells.slice(0, half)), linkBlock(first + half, col, cells.slice(half))];
        }
      : undefined,
  };
}

/** Runs of equal values in a sparse list (widths), one step per run. */
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
    steps.push(step(OBJECT_BYTES * 2 + ACTION_BYTES, (ws) => apply(ws, start, count, v)));
    i = j;
  }
  return steps;
}

/** A number format over an area as 2-D arrays, split into row blocks of at most `blockBytes`. */
function numberFormatSteps(area: CellArea, format: string, blockBytes: number): WriteStep[] {
  const rowBytes = (envelopedBytes(format) + 1) * area.colCount + 2;
  const rowsPerBlock = Math.max(1, Math.floor(blockBytes / rowBytes));
  const steps: WriteStep[] = [];
  for (let r = 0; r < area.rowCount; r += rowsPerBlock) {
    steps.push(numberFormatBlock({ ...area, row: area.row + r, rowCount: Math.min(rowsPerBlock, area.rowCount - r) }, format, rowBytes));
  }
  return steps;
}

function numberFormatBlock(part: CellArea, format: string, rowBytes: number): WriteStep {
  return {
    bytes: part.rowCount * rowBytes + CALL_BYTES,
    queue: (ws) => (range(ws, part).numberFormat = Array.from({ length: part.rowCount }, () => new Array<string>(part.colCount).fill(format))),
    split: part.rowCount > 1
      ? () => {
          const half = Math.ceil(part.rowCount / 2);
          return [numberFormatBlock({ ...part, rowCount: half }, format, rowBytes), numberFormatBlock({ ...part, row: part.row + half, rowCount: part.rowCount - half }, format, rowBytes)];
        }
      : undefined,
  };
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

/** A4 in points (ISO 216), and Excel's "Normal" side margins (0.7 inch each). */
const A4_POINTS = { short: 595.3, long: 841.9 };
const SIDE_MARGINS_POINTS = 2 * 0.7 * 72;
/** Excel's default column width in the port's unit (shown as 8.43). */
const DEFAULT_WIDTH_CHARS = 9.14;

function printSteps(spec: SheetWrite): WriteStep[] {
  const print = spec.print;
  if (!print) return [];
  let layout: Excel.PageLayout | undefined;
  return [
    {
      bytes: CALL_BYTES * 6,
      queue: (ws) => {
        layout = ws.pageLayout;
        layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
        layout.paperSize = "A4";
        if (print.fitToWidth) {
          layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: print.onePage ? 1 : 0 };
          layout.load("zoom");
        }
        if (print.repeatRows) layout.setPrintTitleRows(rowSpanAddress(print.repeatRows.from, print.repeatRows.to));
      },
      done: () => {
        if (!print.fitToWidth || layout?.zoom?.horizontalFitToPages === 1) return;
        const scale = fittingScale(spec, print.orientation);
        return [step(CALL_BYTES * 2, (ws) => (ws.pageLayout.zoom = { scale }))];
      },
    },
  ];
}

/** The zoom (10–100 %) that fits the written columns on one A4 page wide. */
export function fittingScale(spec: SheetWrite, orientation: "portrait" | "landscape"): number {
  const columns = spec.rows.reduce((w, r) => Math.max(w, r.length), spec.widths?.length ?? 0);
  let total = 0;
  for (let c = 0; c < columns; c++) {
    const w = spec.widths?.[c];
    total += charsToPoints(w !== undefined && w > 0 ? w : DEFAULT_WIDTH_CHARS);
  }
  const page = (orientation === "landscape" ? A4_POINTS.long : A4_POINTS.short) - SIDE_MARGINS_POINTS;
  if (total <= 0) return 100;
  return Math.max(10, Math.min(100, Math.floor((100 * page) / total)));
}
