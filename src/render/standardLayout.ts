/**
 * A standardised ledger (规范化) as a sheet layout: the list's template frame (title, fill
 * line, one- or two-level header, formats, drop-downs, print setup; `ledgerSheetLayout`)
 * around the clerk's rows, with section lines merged across and notes below. Widths of short
 * columns and row heights follow the text so nothing is cut off on screen or on paper.
 */
import type { CellArea, CellValue, InternalLink, SheetWrite } from "../workbook/port";
import type { ColumnKind } from "../domain/lists/schema";
import type { StandardColumn, StandardLedger, StandardLine } from "../domain/standardize/types";
import { FIVE_ITEMS_NOTE, ledgerSheetLayout, templateTitle, type LayoutColumn } from "./templateLayout";
import { say } from "../messages";

/** Notes the product writes itself, so standardising again does not count or repeat them. */
export const OWN_NOTES: readonly string[] = [FIVE_ITEMS_NOTE];

/** The name wanted for the standard sheet: `柳林镇（规范）` (the adapter adds `(2)` when taken). */
export function standardSheetName(ledger: StandardLedger): string {
  return say("sheets.standard.name", { sheet: ledger.sourceSheet });
}

/** `{单位}{年}年度{清单名}`; without a year, `{单位}{清单名}`. */
export function standardTitle(ledger: StandardLedger): string {
  return ledger.year !== undefined ? templateTitle(ledger.list, ledger.year, ledger.unit) : say("sheets.template.titleNoYear", { unit: ledger.unit ?? "", list: ledger.list.name });
}

/** Short columns widen to their longest text up to these widths; text columns keep theirs and wrap. */
const MAX_WIDTH: Partial<Record<ColumnKind, number>> = {
  seq: 8, month: 10, person: 16, unit: 18, deadline: 16, date: 12, percent: 10, number: 10, choice: 12,
};
const EXTRA_MAX_WIDTH = 30;
const LINE_HEIGHT = 14.5;
const MAX_ROW_HEIGHT = 409;

/** Display width in Excel's character units: Han characters and full-width forms count two. */
export function textUnits(text: string): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return units;
}

const shown = (v: CellValue): string => (v === null ? "" : typeof v === "number" ? String(Math.round(v * 100) / 100) : String(v));

/** How many lines a text takes in a column `width` characters wide (wrapped). */
function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split(/\r?\n/).reduce((n, line) => n + Math.max(1, Math.ceil(textUnits(line) / usable)), 0);
}

/** The widest text of each column of the lines, in character units (what a column's width follows). */
export function longestTexts(columns: readonly StandardColumn[], lines: readonly StandardLine[]): number[] {
  return columns.map((column, index) => {
    let longest = 0;
    for (const line of lines) {
      if (line.kind !== "data") continue;
      const text = column.kind === "date" && typeof line.cells[index] === "number" ? "2023-06-30" : shown(line.cells[index]);
      for (const part of text.split(/\r?\n/)) longest = Math.max(longest, textUnits(part));
    }
    return longest;
  });
}

function columnWidth(column: StandardColumn, longest: number): number {
  const max = column.role === "extra" ? EXTRA_MAX_WIDTH : MAX_WIDTH[column.kind];
  if (max === undefined) return column.width;
  return Math.min(max, Math.max(column.width, longest + 2));
}

/** A data line as the sheet shows it: its cells, a height that shows all its text, its cells' own formats. */
export interface BodyLine {
  cells: CellValue[];
  height: number;
  formats: { col: number; format: string }[];
}

/** Lay out one data line in columns of these widths. */
export function bodyLine(line: { cells: CellValue[]; formats: readonly (string | undefined)[] }, widths: readonly number[]): BodyLine {
  let lines = 1;
  line.cells.forEach((v, c) => (lines = Math.max(lines, linesIn(shown(v), widths[c]))));
  const formats: BodyLine["formats"] = [];
  line.formats.forEach((format, col) => {
    if (format) formats.push({ col, format });
  });
  return { cells: line.cells, height: Math.min(MAX_ROW_HEIGHT, Math.max(30, lines * LINE_HEIGHT + 6)), formats };
}

/** The 填报日期 as written, or the template's blank `2023年   月   日` (also when it was that blank). */
function fillDate(ledger: StandardLedger): string {
  const date = ledger.fillDate?.trim();
  if (date && !/^(?:\d{4}年)?\s*月\s*日$/.test(date)) return date;
  return ledger.year !== undefined ? say("sheets.template.blankDate", { year: ledger.year }) : "";
}

/**
 * The layout of the standard sheet for a standardised ledger. `sheet` and `title` replace the
 * `（规范）` name and the ledger's title (the 汇总 writes its own); `replace` replaces a sheet of
 * that name instead of adding `(2)`.
 */
export function standardLayout(
  ledger: StandardLedger,
  options: {
    units?: readonly string[];
    sheet?: string;
    title?: string;
    fill?: { left: string; right: string };
    replace?: boolean;
    links?: InternalLink[];
    /** The widest text per column when the lines are not all here (`longestTexts` of every line). */
    longest?: readonly number[];
  } = {},
): SheetWrite {
  const longest = options.longest ?? longestTexts(ledger.columns, ledger.lines);
  const widths = ledger.columns.map((c, i) => columnWidth(c, longest[i] ?? 0));
  const columns: LayoutColumn[] = ledger.columns.map((c, i) => ({
    name: c.header,
    kind: c.kind,
    width: widths[i],
    ...(c.field && { field: c.field }),
    ...(c.choices && { choices: c.choices }),
    ...(c.role === "extra" && { ownFormats: true }),
    ...((c.kind === "seq" || c.kind === "percent") && { centered: true }),
  }));
  const width = columns.length;
  const totalWidth = widths.reduce((a, b) => a + b, 0);
  const firstData = ledger.list.monthGroup && columns.some((c) => c.kind === "month") ? 4 : 3;

  const body: CellValue[][] = [];
  const sections: number[] = [];
  const bodyHeights: number[] = [];
  const cellFormats: { area: CellArea; format: string }[] = [];
  ledger.lines.forEach((line, r) => {
    if (line.kind === "section") {
      sections.push(r);
      body.push([line.text, ...new Array<CellValue>(width - 1).fill(null)]);
      bodyHeights.push(Math.max(24, linesIn(line.text, totalWidth) * LINE_HEIGHT + 6));
      return;
    }
    const laid = bodyLine(line, widths);
    body.push(laid.cells); // the layout never changes a row: no copy (a 汇总 has 180,000)
    bodyHeights.push(laid.height);
    for (const { col, format } of laid.formats) cellFormats.push({ area: { row: firstData + r, col, rowCount: 1, colCount: 1 }, format });
  });

  if (body.length === 0) {
    // A header without rows: one empty bordered row, as the template draws them.
    body.push(new Array<CellValue>(width).fill(null));
    bodyHeights.push(30);
  }
  const notes = ledger.list.fiveItems ? [FIVE_ITEMS_NOTE, ...ledger.notes] : [...ledger.notes];
  const extras = [ledger.person && say("sheets.template.fillPerson", { person: ledger.person }), ledger.phone && say("sheets.template.fillPhone", { phone: ledger.phone })].filter(Boolean);
  const layout = ledgerSheetLayout({
    sheet: options.sheet ?? standardSheetName(ledger),
    columns,
    monthGroup: ledger.list.monthGroup,
    title: options.title ?? standardTitle(ledger),
    fillLeft: options.fill?.left ?? [say("sheets.template.fillUnit", { unit: ledger.unit ?? "" }), ...extras].join("　　"),
    fillRight: options.fill?.right ?? say("sheets.template.fillDate", { date: fillDate(ledger) }),
    body,
    sections,
    bodyHeights,
    notes,
    noteHeights: notes.map((n) => Math.max(24, linesIn(n, totalWidth) * LINE_HEIGHT + 8)),
    formattedRows: body.length,
    units: options.units,
    cellFormats,
  });
  if (options.replace) layout.ifExists = "replace";
  if (options.links?.length) layout.links = options.links.map((l) => ({ ...l, row: l.row + firstData }));
  return layout;
}

