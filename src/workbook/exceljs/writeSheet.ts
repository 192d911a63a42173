/**
 * Filling a fresh ExcelJS worksheet from a SheetWrite: values (strings stay strings: ExcelJS
 * never parses them), our formulas with their cached results, widths, number formats, merges, styles, list validations, text
 * conditional formats, internal links, freeze panes, print setup and row heights.
 */

import type ExcelJS from "exceljs";
import type { CellArea, CellValue } from "../../domain/sheet";
import { areaAddress, cellAddress, quoteSheetName, rowSpanAddress } from "../a1";
import type { CellFormula, InternalLink, ListValidation, SheetWrite, TextConditionalFormat } from "../port";
import { LIST_ERROR_TITLE, listErrorMessage, listPrompt, listSource } from "../common/listValidation";
import { areaStyleKey, areaStylePatch, argb, patchStyle } from "./cellStyle";
import { addDataValidation } from "./internals";
import { freeze } from "./views";

/** Write everything but the sheet's name, position and activation. */
export function fillWorksheet(ws: ExcelJS.Worksheet, spec: SheetWrite): void {
  for (const _ of fillSteps(ws, spec)) {
    // every row at once
  }
  const views = frozenView(spec);
  if (views) freeze(ws, views.ySplit, views.xSplit, views.topLeftCell);
  const print = pageSetupOf(spec);
  if (print) ws.pageSetup = { ...ws.pageSetup, ...print };
}

/**
 * The sheet's widths, merges, validations and conditional formats, then its rows top to bottom,
 * each complete (values, height, formats, styles, links) before the next and yielded as soon as
 * it is: ExcelJS's streaming writer commits it (writes it out and drops it from memory) and lets
 * the zip take the bytes before more rows come. Freeze panes and print setup are not set here.
 */
export function* fillSteps(ws: ExcelJS.Worksheet, spec: SheetWrite, given?: (row: number) => GivenRow | undefined): Generator<FilledRow> {
  spec.widths?.forEach((w, c) => {
    if (w !== undefined && w !== null && w > 0) ws.getColumn(c + 1).width = w;
  });
  for (const v of spec.validations ?? []) addValidation(ws, v);
  (spec.conditionalFormats ?? []).forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  yield* fillRows(ws, spec, given);
}

/** A row given apart from the spec (a block of a body too large to hold): its cells, height and cells' own formats. */
export interface GivenRow {
  cells: CellValue[];
  height: number;
  formats: { col: number; format: string }[];
}

/** The 0-based sheet row just filled, and the ExcelJS row if anything was written in it. */
export interface FilledRow {
  r: number;
  row?: ExcelJS.Row;
}

/** The frozen panes a sheet asks for, if any. */
export function frozenView(spec: SheetWrite): { ySplit: number; xSplit: number; topLeftCell: string } | undefined {
  const f = spec.freeze;
  return f && (f.rows > 0 || f.cols > 0) ? { ySplit: f.rows, xSplit: f.cols, topLeftCell: cellAddress(f.rows, f.cols) } : undefined;
}

/** The print setup a sheet asks for (A4), if any. */
export function pageSetupOf(spec: SheetWrite): Partial<ExcelJS.PageSetup> | undefined {
  if (!spec.print) return undefined;
  const { orientation, fitToWidth, onePage, repeatRows } = spec.print;
  return {
    paperSize: 9,
    orientation,
    ...(fitToWidth && { fitToPage: true, fitToWidth: 1, fitToHeight: onePage ? 1 : 0 }),
    ...(repeatRows && { printTitlesRow: rowSpanAddress(repeatRows.from, repeatRows.to).replace(/\$/g, "") }),
  };
}

interface CellPatch {
  order: number;
  area: CellArea;
  key: string;
  patch: Parameters<typeof patchStyle>[2];
}

/** Values, heights, number formats, styles and links, row by row (each patch in the order the spec lists it). */
function* fillRows(ws: ExcelJS.Worksheet, spec: SheetWrite, given?: (row: number) => GivenRow | undefined): Generator<FilledRow> {
  const patches: CellPatch[] = [
    ...(spec.numberFormats ?? []).map((nf) => ({ area: nf.area, key: `numFmt:${nf.format}`, patch: () => ({ numFmt: nf.format }) })),
    ...(spec.styles ?? []).map((s) => ({ area: s.area, key: areaStyleKey(s), patch: areaStylePatch(s) })),
  ].map((p, order) => ({ ...p, order }));
  // The patches over the row being filled, in the spec's order (a 汇总 has one per row of 来源行:
  // scanning them all for every row would take minutes).
  const startingAt = new Map<number, CellPatch[]>();
  for (const p of patches) if (p.area.rowCount > 0) startingAt.set(p.area.row, [...(startingAt.get(p.area.row) ?? []), p]);
  let active: CellPatch[] = [];
  const formulasByRow = new Map<number, CellFormula[]>();
  for (const f of spec.formulas ?? []) formulasByRow.set(f.row, [...(formulasByRow.get(f.row) ?? []), f]);
  const linksByRow = new Map<number, InternalLink[]>();
  for (const link of spec.links ?? []) linksByRow.set(link.row, [...(linksByRow.get(link.row) ?? []), link]);
  // A value in a merged area's other cells is dropped, as Excel drops it when the cells are merged.
  const covered = new Map<number, CellArea[]>();
  for (const m of spec.merges ?? []) {
    for (let r = m.row; r < m.row + m.rowCount; r++) covered.set(r, [...(covered.get(r) ?? []), m]);
  }
  const hidden = (r: number, c: number): boolean =>
    covered.get(r)?.some((m) => c >= m.col && c < m.col + m.colCount && (r !== m.row || c !== m.col)) ?? false;
  let last = Math.max(spec.rows.length, spec.rowHeights?.length ?? 0) - 1;
  for (const r of formulasByRow.keys()) last = Math.max(last, r);
  for (const p of patches) last = Math.max(last, p.area.row + p.area.rowCount - 1);
  for (const r of linksByRow.keys()) last = Math.max(last, r);
  // Each merge when its top row comes: the streaming writer creates every row a merge covers,
  // and rows held ahead of the one being written make each commit slower (ExcelJS shifts them).
  const mergesAt = new Map<number, CellArea[]>();
  for (const m of spec.merges ?? []) mergesAt.set(m.row, [...(mergesAt.get(m.row) ?? []), m]);
  for (const r of mergesAt.keys()) last = Math.max(last, r);
  for (let r = 0; r <= last; r++) {
    for (const m of mergesAt.get(r) ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
    let row: ExcelJS.Row | undefined;
    const apart = given?.(r);
    const cells = apart ? apart.cells : spec.rows[r];
    cells?.forEach((v, c) => {
      if (v === null || v === undefined || v === "" || (typeof v === "number" && !Number.isFinite(v)) || hidden(r, c)) return;
      row ??= ws.getRow(r + 1);
      row.getCell(c + 1).value = v;
    });
    for (const f of formulasByRow.get(r) ?? []) {
      if (hidden(r, f.col)) continue;
      // With the value computed now as the cached result, which hosts show until they recalculate.
      const v = cells?.[f.col];
      (row ??= ws.getRow(r + 1)).getCell(f.col + 1).value = { formula: f.formula.replace(/^=/, ""), result: v === null || v === undefined ? "" : v };
    }
    const height = apart ? apart.height : spec.rowHeights?.[r];
    if (height !== undefined && height > 0) (row ??= ws.getRow(r + 1)).height = height;
    for (const { col, format } of apart?.formats ?? []) patchStyle((row ??= ws.getRow(r + 1)).getCell(col + 1), `numFmt:${format}`, () => ({ numFmt: format }));
    const starting = startingAt.get(r);
    if (starting || active.some((p) => p.area.row + p.area.rowCount <= r)) {
      active = [...active.filter((p) => p.area.row + p.area.rowCount > r), ...(starting ?? [])].sort((a, b) => a.order - b.order);
    }
    for (const p of active) {
      row ??= ws.getRow(r + 1);
      for (let c = p.area.col; c < p.area.col + p.area.colCount; c++) patchStyle(row.getCell(c + 1), p.key, p.patch);
    }
    for (const link of linksByRow.get(r) ?? []) addLink((row ??= ws.getRow(r + 1)), link);
    yield { r, row };
  }
}

function addValidation(ws: ExcelJS.Worksheet, v: ListValidation): void {
  const source = listSource(v);
  const prompt = listPrompt(v);
  addDataValidation(ws, areaAddress(v.area), {
    type: "list",
    allowBlank: true,
    formulae: [`"${source.replace(/"/g, '""')}"`],
    showErrorMessage: true,
    errorStyle: v.strict ? "stop" : "warning",
    errorTitle: LIST_ERROR_TITLE,
    error: listErrorMessage(v),
    ...(prompt !== undefined && { showInputMessage: true, prompt }),
  });
}

/**
 * A "text contains" format as an expression rule: ExcelJS 4.4 writes containsText rules without
 * their `text` attribute (and reads none back), so the rule is the formula Excel itself uses.
 */
function addConditionalFormat(ws: ExcelJS.Worksheet, cf: TextConditionalFormat, priority: number): void {
  const topLeft = cellAddress(cf.area.row, cf.area.col);
  ws.addConditionalFormatting({
    ref: areaAddress(cf.area),
    rules: [
      {
        type: "expression",
        priority,
        formulae: [containsTextFormula(cf.text, topLeft)],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          ...(cf.fontColor !== undefined && { font: { color: { argb: argb(cf.fontColor) } } }),
        },
      },
    ],
  });
}

/** Excel's formula for "the cell's text contains `text`" (relative to the area's top-left cell). */
export function containsTextFormula(text: string, topLeft: string): string {
  return `NOT(ISERROR(SEARCH("${text.replace(/"/g, '""')}",${topLeft})))`;
}

/**
 * A link as a HYPERLINK formula: ExcelJS 4.4 writes internal hyperlinks with both a relationship
 * and a location, which Excel opens as a broken external link (exceljs#3027); the formula works
 * in Excel, WPS and LibreOffice and keeps the cell's value as its cached result.
 */
function addLink(row: ExcelJS.Row, link: InternalLink): void {
  const cell = row.getCell(link.col + 1);
  const target = `#${quoteSheetName(link.sheet)}!${link.address}`;
  const current = cell.value;
  const shown: string | number | boolean =
    typeof current === "number" || typeof current === "boolean" ? current : clip(typeof current === "string" ? current : link.address, 255);
  const friendly = typeof shown === "string" ? `"${shown.replace(/"/g, '""')}"` : typeof shown === "boolean" ? String(shown).toUpperCase() : String(shown);
  cell.value = { formula: `HYPERLINK("${target.replace(/"/g, '""')}",${friendly})`, result: shown };
  patchStyle(cell, "link", (base) => ({ font: { ...base.font, color: { argb: "FF0563C1" }, underline: true } }));
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}
