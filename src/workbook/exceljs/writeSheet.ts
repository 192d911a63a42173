/**
 * Filling a fresh ExcelJS worksheet from a SheetWrite: values (strings stay strings: ExcelJS
 * never parses them), widths, number formats, merges, styles, list validations, text
 * conditional formats, internal links, freeze panes, print setup and row heights.
 */

import type ExcelJS from "exceljs";
import type { CellArea, CellValue } from "../../domain/sheet";
import { areaAddress, cellAddress, quoteSheetName, rowSpanAddress } from "../a1";
import type { InternalLink, ListValidation, SheetWrite, TextConditionalFormat } from "../port";
import { LIST_ERROR_TITLE, listErrorMessage, listPrompt, listSource } from "../common/listValidation";
import { areaStyleKey, areaStylePatch, argb, patchStyle } from "./cellStyle";
import { addDataValidation } from "./internals";
import { freeze } from "./views";

/** Write everything but the sheet's name, position and activation. */
export function fillWorksheet(ws: ExcelJS.Worksheet, spec: SheetWrite): void {
  writeValues(ws, spec.rows);
  spec.widths?.forEach((w, c) => {
    if (w !== undefined && w !== null && w > 0) ws.getColumn(c + 1).width = w;
  });
  spec.rowHeights?.forEach((h, r) => {
    if (h !== undefined && h > 0) ws.getRow(r + 1).height = h;
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rowCount, m.col + m.colCount);
  for (const nf of spec.numberFormats ?? []) {
    eachCell(ws, nf.area, (cell) => patchStyle(cell, `numFmt:${nf.format}`, () => ({ numFmt: nf.format })));
  }
  for (const s of spec.styles ?? []) {
    const key = areaStyleKey(s);
    const patch = areaStylePatch(s);
    eachCell(ws, s.area, (cell) => patchStyle(cell, key, patch));
  }
  for (const v of spec.validations ?? []) addValidation(ws, v);
  (spec.conditionalFormats ?? []).forEach((cf, i) => addConditionalFormat(ws, cf, i + 1));
  for (const link of spec.links ?? []) addLink(ws, link);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    freeze(ws, spec.freeze.rows, spec.freeze.cols, cellAddress(spec.freeze.rows, spec.freeze.cols));
  }
  if (spec.print) {
    const { orientation, fitToWidth, repeatRows } = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9,
      orientation,
      ...(fitToWidth && { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      ...(repeatRows && { printTitlesRow: rowSpanAddress(repeatRows.from, repeatRows.to).replace(/\$/g, "") }),
    };
  }
}

function writeValues(ws: ExcelJS.Worksheet, rows: CellValue[][]): void {
  rows.forEach((cells, r) => {
    let row: ExcelJS.Row | undefined;
    cells.forEach((v, c) => {
      if (v === null || v === undefined || v === "" || (typeof v === "number" && !Number.isFinite(v))) return;
      row ??= ws.getRow(r + 1);
      row.getCell(c + 1).value = v;
    });
  });
}

function eachCell(ws: ExcelJS.Worksheet, area: CellArea, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = area.row; r < area.row + area.rowCount; r++) {
    const row = ws.getRow(r + 1);
    for (let c = area.col; c < area.col + area.colCount; c++) fn(row.getCell(c + 1));
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
function addLink(ws: ExcelJS.Worksheet, link: InternalLink): void {
  const cell = ws.getCell(link.row + 1, link.col + 1);
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
