/**
 * A worksheet read for the browser edition's workspace (src/workbook/grid.ts): text as shown,
 * looks, merges, sizes in pixels, frozen panes, this product's marks and notes, the selected cell.
 *
 * Sizes follow Excel's own conversions: a column whose width in the file is `w` is
 * `trunc((256·w + trunc(128/7)) / 256 · 7)` pixels for the 7-pixel maximum digit width of the
 * default font (the file's width includes the cell margins: 8.43 characters are stored as
 * 9.140625, 64 px, the default column); a row of `h` points is `h · 96/72` pixels
 * ("Description of how column widths are determined in Excel", Microsoft Learn, and
 * ECMA-376 Part 1, 18.3.1.13 col). A row without a height of its own whose text wraps is as
 * tall as its longest wrapped text (Excel fits such rows when it opens the file).
 */
import type ExcelJS from "exceljs";
import type { CellArea } from "../../domain/sheet";
import { linesOf } from "../../render/rowHeight";
import { parseAreaAddress, parseCellAddress } from "../a1";
import { decodeMarks, marksKey } from "../common/markRecord";
import type { ChartSpec } from "../port";
import { GRID_MAX_ROWS, type GridCell, type GridSheet, type GridStyle } from "../grid";
import { isMergeSlave, readCell } from "./cellRead";
import { cellsOf, mergedAreas, rowsOf } from "./internals";
import { getStored } from "./store";
import { colourOf } from "./colours";

const MAX_DIGIT_WIDTH = 7;
const DEFAULT_COLUMN_PIXELS = 64;
const DEFAULT_ROW_POINTS = 15;
const PX_PER_POINT = 96 / 72;
/** Blank rows and columns drawn past the used part, so the sheet reads as a sheet and not a table. */
const MARGIN_ROWS = 10;
const MARGIN_COLS = 3;
const MIN_COLS = 8;

/** Pixels of a column whose width in the file is `width` (see the file comment). */
export function columnPixels(width: number): number {
  return Math.trunc(((256 * width + Math.trunc(128 / MAX_DIGIT_WIDTH)) / 256) * MAX_DIGIT_WIDTH);
}

/** Pixels of a row `points` tall. */
export function rowPixels(points: number): number {
  return Math.round(points * PX_PER_POINT);
}

/** Read the sheet for the workspace; `charts`: the specs of the charts this product wrote on it, and how many others it carries. */
export function gridOf(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet, charts: { specs: readonly ChartSpec[]; others: readonly GridAnchor[] }): GridSheet {
  const merges = mergedAreas(ws);
  let usedRows = ws.rowCount;
  for (const m of merges) usedRows = Math.max(usedRows, m.row + m.rowCount);
  const drawnRows = Math.min(usedRows, GRID_MAX_ROWS);
  let usedCols = 0;
  for (const m of merges) usedCols = Math.max(usedCols, m.col + m.colCount);
  const marked = new Set(decodeMarks(getStored(wb, marksKey(ws.name))).map((m) => keyOf(m.row, m.col)));
  const looks = new Looks();
  const cells: (GridCell | undefined)[][] = [];
  const rows = rowsOf(ws);
  for (let r = 0; r < Math.min(rows.length, drawnRows); r++) {
    const row = rows[r];
    if (!row) continue;
    const line: (GridCell | undefined)[] = [];
    const held = cellsOf(row);
    usedCols = Math.max(usedCols, held.length);
    for (let c = 0; c < held.length; c++) {
      const cell = held[c];
      const read = cell && gridCell(cell, looks, marked.size > 0 && marked.has(keyOf(r, c)));
      if (read) line[c] = read;
    }
    cells[r] = line;
  }
  applyConditionalFormats(ws, cells, looks, drawnRows);
  const rowCount = drawnRows + MARGIN_ROWS;
  const colCount = Math.max(usedCols + MARGIN_COLS, MIN_COLS);
  const colWidths = columnWidths(ws, colCount);
  const frozen = frozenOf(ws);
  const selected = selectedOf(ws);
  return {
    name: ws.name,
    rowCount,
    colCount,
    cells,
    styles: looks.all,
    merges: merges.filter((m) => m.row < drawnRows),
    colWidths,
    rowHeights: rowHeights(ws, rowCount, cells, looks.all, colWidths, merges),
    frozenRows: frozen.rows,
    frozenCols: frozen.cols,
    ...(selected && { selected }),
    charts: [...charts.specs.map((spec) => ({ anchor: spec.anchor, spec })), ...charts.others.map((anchor) => ({ anchor }))],
    ...(usedRows > drawnRows && { truncated: { rows: usedRows } }),
  };
}

/** Where a chart the file carried sits (from its drawing anchor). */
export type GridAnchor = GridSheet["charts"][number]["anchor"];

function gridCell(cell: ExcelJS.Cell, looks: Looks, marked: boolean): GridCell | undefined {
  const style = looks.indexOf(cell.style);
  const note = noteText(cell.note);
  if (isMergeSlave(cell)) return style === 0 ? undefined : { text: "", style };
  const read = readCell(cell);
  if (read.text === "" && style === 0 && !note && !marked) return undefined;
  return {
    text: read.text,
    style,
    ...(note && { note }),
    ...(marked && { marked }),
    ...(typeof read.value === "number" && { value: read.value }),
  };
}

function noteText(note: ExcelJS.Cell["note"]): string | undefined {
  if (!note) return undefined;
  if (typeof note === "string") return note || undefined;
  const texts = (note as { texts?: { text?: string }[] }).texts;
  const text = texts?.map((t) => t.text ?? "").join("") ?? "";
  return text || undefined;
}

/** The distinct looks of a sheet's cells, each once (ExcelJS shares style objects, so most lookups hit the object cache). */
class Looks {
  readonly all: GridStyle[] = [{}];
  private readonly byKey = new Map<string, number>([["{}", 0]]);

  private readonly partIds = new WeakMap<object, number>();
  private nextPart = 1;
  private readonly byParts = new Map<string, number>();

  /**
   * The index of a cell's look. A loaded cell has a style object of its own, but its parts (font,
   * fill, alignment, border) are shared between cells of one style: the look is found by the parts'
   * identities, and worked out once per combination (a 20,000-row sheet has a handful).
   */
  indexOf(style: Partial<ExcelJS.Style> | undefined): number {
    if (!style) return 0;
    const parts = `${this.partId(style.font)},${this.partId(style.fill)},${this.partId(style.alignment)},${this.partId(style.border)}`;
    let index = this.byParts.get(parts);
    if (index === undefined) {
      index = this.add(lookOf(style));
      this.byParts.set(parts, index);
    }
    return index;
  }

  private partId(part: object | undefined): number {
    if (!part) return 0;
    let id = this.partIds.get(part);
    if (id === undefined) {
      id = this.nextPart++;
      this.partIds.set(part, id);
    }
    return id;
  }

  /** The index of a look, added if new. */
  add(look: GridStyle): number {
    const key = JSON.stringify(look);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.all.length;
      this.all.push(look);
      this.byKey.set(key, index);
    }
    return index;
  }
}

/** A conditional format's test of a cell's shown text, where the workspace can tell it. */
type TextTest = (text: string) => boolean;

/**
 * The text rules of a conditional format the workspace follows (the ones a ledger's lights and
 * statuses use): "the text contains …" as Excel writes it (`containsText`, or the expression
 * `NOT(ISERROR(SEARCH("…",A1)))` this product writes), and "the cell equals "…"". Other rules
 * (numbers, dates, colour scales, data bars, formulas) are not drawn (docs/workspace.md).
 */
function textTestOf(rule: ExcelJS.ConditionalFormattingRule): TextTest | undefined {
  // The formula is as Excel reads it: SEARCH is not case-sensitive.
  const r = rule as { type: string; operator?: string; text?: string; formulae?: unknown[] };
  if (r.type === "containsText" && r.operator === "containsText" && typeof r.text === "string") {
    const text = r.text;
    return (t) => t.includes(text);
  }
  const formula = typeof r.formulae?.[0] === "string" ? (r.formulae[0] as string) : "";
  // ExcelJS reads a `containsText` rule back without its text, with the formula Excel keeps beside it.
  if (r.type === "expression" || (r.type === "containsText" && r.operator === "containsText")) {
    const m = /^NOT\(ISERROR\(SEARCH\("((?:[^"]|"")*)",\$?[A-Z]{1,3}\$?\d+\)\)\)$/i.exec(formula);
    if (m) {
      const text = m[1].replace(/""/g, '"');
      return (t) => t.toLowerCase().includes(text.toLowerCase());
    }
  }
  if (r.type === "cellIs" && r.operator === "equal") {
    const m = /^"((?:[^"]|"")*)"$/.exec(formula);
    if (m) {
      const text = m[1].replace(/""/g, '"');
      return (t) => t === text;
    }
  }
  return undefined;
}

/** Give the cells a conditional text rule matches that rule's fill and font colour (the first matching rule by priority). */
function applyConditionalFormats(ws: ExcelJS.Worksheet, cells: (GridCell | undefined)[][], looks: Looks, drawnRows: number): void {
  const formats = (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? [];
  const rules = formats
    .flatMap((cf) => cf.rules.map((rule) => ({ ref: cf.ref, rule, test: textTestOf(rule) })))
    .filter((r): r is { ref: string; rule: ExcelJS.ConditionalFormattingRule; test: TextTest } => r.test !== undefined)
    .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  const done = new Set<number>();
  for (const { ref, rule, test } of rules) {
    const style = (rule as { style?: Partial<ExcelJS.Style> }).style;
    const fill = style?.fill?.type === "pattern" ? colourOf(style.fill.bgColor ?? style.fill.fgColor) : undefined;
    const color = colourOf(style?.font?.color);
    if (!fill && !color) continue;
    for (const part of ref.split(/\s+/).filter(Boolean)) {
      let area: CellArea;
      try {
        area = parseAreaAddress(part);
      } catch {
        continue;
      }
      for (let r = area.row; r < Math.min(area.row + area.rowCount, drawnRows); r++) {
        for (let c = area.col; c < area.col + area.colCount; c++) {
          const cell = cells[r]?.[c];
          if (!cell?.text || done.has(keyOf(r, c)) || !test(cell.text)) continue;
          done.add(keyOf(r, c));
          cell.style = looks.add({ ...looks.all[cell.style], ...(fill && { fill }), ...(color && { color }) });
        }
      }
    }
  }
}

function lookOf(style: Partial<ExcelJS.Style>): GridStyle {
  const look: GridStyle = {};
  const fill = style.fill;
  if (fill?.type === "pattern" && fill.pattern !== "none") {
    const colour = colourOf(fill.pattern === "solid" ? fill.fgColor : (fill.fgColor ?? fill.bgColor));
    if (colour) look.fill = colour;
  }
  const font = style.font;
  if (font) {
    const colour = colourOf(font.color);
    if (colour && colour !== "#000000") look.color = colour;
    if (font.bold) look.bold = true;
    if (font.italic) look.italic = true;
    if (typeof font.size === "number" && font.size !== 11) look.size = font.size;
  }
  const align = style.alignment;
  if (align) {
    if (align.wrapText) look.wrap = true;
    const h = align.horizontal;
    if (h === "left" || h === "right") look.horizontal = h;
    else if (h === "center" || h === "centerContinuous") look.horizontal = "center";
    const v = align.vertical;
    if (v === "top" || v === "bottom") look.vertical = v;
    else if (v === "middle" || v === "distributed" || v === "justify") look.vertical = "middle";
  }
  const border = style.border;
  if (border && (border.top?.style || border.bottom?.style || border.left?.style || border.right?.style)) look.border = true;
  return look;
}

function columnWidths(ws: ExcelJS.Worksheet, count: number): number[] {
  const own = ws.properties.defaultColWidth;
  const fallback = own ? columnPixels(own) : DEFAULT_COLUMN_PIXELS;
  const widths: number[] = [];
  // The columns the sheet defines (`getColumn` would create the missing ones; `columnCount` reads every row).
  const defined: (Partial<ExcelJS.Column> | undefined)[] = ws.columns ?? [];
  for (let c = 0; c < count; c++) {
    const column = defined[c];
    if (column?.hidden) widths.push(0);
    else widths.push(column?.width ? columnPixels(column.width) : fallback);
  }
  return widths;
}

function rowHeights(ws: ExcelJS.Worksheet, count: number, cells: (GridCell | undefined)[][], looks: GridStyle[], colWidths: number[], merges: CellArea[]): number[] {
  const fallback = rowPixels(ws.properties.defaultRowHeight || DEFAULT_ROW_POINTS);
  const inMerge = mergedCellsOf(merges);
  const heights: number[] = new Array<number>(count).fill(fallback);
  for (let r = 0; r < count && r < cells.length; r++) {
    const row = ws.findRow(r + 1);
    if (!row) continue;
    if (row.hidden) heights[r] = 0;
    else if (row.height) heights[r] = rowPixels(row.height);
    else heights[r] = Math.max(fallback, fittedHeight(cells[r], looks, colWidths, inMerge, r));
  }
  return heights;
}

/** The height of a row's longest wrapped text (cells of merged areas left out: their text spreads over the area). */
function fittedHeight(row: (GridCell | undefined)[] | undefined, looks: GridStyle[], colWidths: number[], inMerge: Set<number>, r: number): number {
  let lines = 1;
  row?.forEach((cell, c) => {
    if (!cell?.text || !looks[cell.style]?.wrap || inMerge.has(keyOf(r, c))) return;
    lines = Math.max(lines, linesOf(cell.text, colWidths[c] / MAX_DIGIT_WIDTH));
  });
  return lines === 1 ? 0 : rowPixels(lines * 14.25) + 2;
}

function mergedCellsOf(merges: CellArea[]): Set<number> {
  const set = new Set<number>();
  for (const m of merges) if (m.rowCount * m.colCount <= 10_000) for (let r = m.row; r < m.row + m.rowCount; r++) for (let c = m.col; c < m.col + m.colCount; c++) set.add(keyOf(r, c));
  return set;
}

/** One number for a cell (a sheet has at most 16,384 columns). */
function keyOf(row: number, col: number): number {
  return row * 16384 + col;
}

function frozenOf(ws: ExcelJS.Worksheet): { rows: number; cols: number } {
  const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
  if (view?.state !== "frozen") return { rows: 0, cols: 0 };
  return { rows: Math.max(0, Math.trunc(view.ySplit ?? 0)), cols: Math.max(0, Math.trunc(view.xSplit ?? 0)) };
}

function selectedOf(ws: ExcelJS.Worksheet): { row: number; col: number } | undefined {
  const active = (ws.views?.[0] as { activeCell?: string } | undefined)?.activeCell;
  if (!active) return undefined;
  try {
    return parseCellAddress(active.split(":")[0]);
  } catch {
    return undefined;
  }
}
