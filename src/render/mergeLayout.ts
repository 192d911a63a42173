/**
 * The 汇总 sheets as layouts (docs/merging.md): one sheet per list in the list's standard
 * template with 来源单位 first and 来源文件, 来源行 at the right end (a link back to the row when
 * the source sheet is in the same workbook), and the 汇总说明 sheet: who was merged, who is
 * missing, who sent twice, what was skipped and the rows with errors.
 */
import type { AreaStyle, CellArea, CellValue, InternalLink, RowBlock, SheetWrite } from "../workbook/port";
import type { StandardColumn, StandardLedger, StandardLine } from "../domain/standardize/types";
import type { MergedList, MergedRow, MergePart, MergePlan } from "../domain/merge/merge";
import { cellAddress } from "../domain/text/a1";
import { UNIT_CATEGORIES } from "../domain/merge/directory";
import { say, type MessageId } from "../messages";

type HeadId = Extract<MessageId, `merge.head.${string}`>;
import { bodyLine, standardLayout, textUnits } from "./standardLayout";
import { heightFor } from "./rowHeight";

/** A sheet or file left out of the merge, with its reason. */
export interface SkippedSource {
  file: string;
  sheet?: string;
  reason: string;
}

/** `汇总` when one list is merged, `汇总（重点工作任务清单）` for each of several. */
export function mergedSheetName(list: MergedList, lists: number): string {
  return lists === 1 ? say("merge.sheet") : say("merge.sheetOfList", { list: list.list.name });
}

const SOURCE_UNIT: StandardColumn = { header: say("merge.col.unit"), kind: "unit", width: 14, role: "extra" };
const SOURCE_FILE: StandardColumn = { header: say("merge.col.file"), kind: "text", width: 22, role: "extra" };
const SOURCE_ROW: StandardColumn = { header: say("merge.col.row"), kind: "number", width: 8, role: "extra" };

/**
 * One list's 汇总 sheet. A row from a sheet of the workbook being written links back to its
 * source row; `several` names the files that gave several sheets (written with the sheet).
 */
export function mergedListLayout(merged: MergedList, name: string, options: { date: string; several?: ReadonlySet<string> }): SheetWrite {
  return listLayout(merged, name, merged.rows.map((r, i) => mergedLine(r, i, options.several)), options);
}

/** The file a row came from as 来源文件 shows it (with the sheet when the file gave several). */
function sourceLabel(file: string, sheet: string, several: ReadonlySet<string> | undefined): string {
  return several?.has(file) ? say("merge.fileWithSheet", { file, sheet }) : file;
}

/** A merged row as a line of the 汇总: 来源单位, the list's cells, 来源文件, 来源行. */
function mergedLine(r: MergedRow, i: number, several: ReadonlySet<string> | undefined): StandardLine & { kind: "data" } {
  return {
    kind: "data",
    sourceRow: i,
    cells: [r.unit, ...r.cells, sourceLabel(r.file, r.sheet, several), r.row],
    // 来源行 is a whole number: General shows it as it is (no format per cell for 180,000 rows).
    formats: r.formats.length ? [undefined, ...r.formats] : r.formats,
  };
}

/** What the 汇总's head decided that its rows, laid out block by block, must follow. */
export interface MergedHead {
  layout: SheetWrite;
  /** The sheet row of the first data row, and each column's width. */
  firstData: number;
  widths: number[];
  several?: ReadonlySet<string>;
}

/**
 * A list's 汇总 whose rows are not held (docs/merging.md "Scale"): the sheet with `rowCount`
 * empty rows in the rows' place, formatted as the rows will be, and what `mergedBlock` needs to
 * lay the rows out when they are read again. `longestOf` gives the widest text of each of a
 * part's ledger columns (`longestTexts`), measured when the part was first read.
 */
export function mergedListHead(merged: MergedList, name: string, options: { date: string; several?: ReadonlySet<string>; longestOf: (part: MergePart) => readonly number[] }): MergedHead {
  const empty = new Array<CellValue>(merged.columns.length + 3).fill(null);
  const lines: StandardLine[] = Array.from({ length: merged.rowCount }, (_, i) => ({ kind: "data", sourceRow: i, cells: empty, formats: [] }));
  const longest = new Array<number>(merged.columns.length + 3).fill(0);
  for (const part of merged.parts) {
    const own = options.longestOf(part);
    longest[0] = Math.max(longest[0], textUnits(part.unit));
    part.at.forEach((i, c) => (longest[c + 1] = Math.max(longest[c + 1], i === undefined ? 0 : (own[i] ?? 0))));
    longest[merged.columns.length + 1] = Math.max(longest[merged.columns.length + 1], textUnits(sourceLabel(part.file, part.sheet, options.several)));
  }
  const layout = listLayout(merged, name, lines, { ...options, longest });
  const widths = layout.widths ?? [];
  const firstData = merged.list.monthGroup && merged.columns.some((c) => c.kind === "month") ? 4 : 3;
  return { layout, firstData, widths, ...(options.several && { several: options.several }) };
}

/** Rows of the 汇总 laid out as its head says, the first being the `index`-th row of the 汇总 (0-based). */
export function mergedBlock(head: MergedHead, rows: readonly MergedRow[], index: number): RowBlock {
  const block: RowBlock = { from: head.firstData + index, rows: [], heights: [], formats: [] };
  rows.forEach((r, i) => {
    const laid = bodyLine(mergedLine(r, index + i, head.several), head.widths);
    block.rows.push(laid.cells);
    block.heights.push(laid.height);
    for (const { col, format } of laid.formats) block.formats.push({ row: block.from + i, col, format });
  });
  return block;
}

function listLayout(merged: MergedList, name: string, lines: StandardLine[], options: { date: string; longest?: readonly number[] }): SheetWrite {
  const ledger: StandardLedger = {
    list: merged.list,
    sourceSheet: name,
    ...(merged.year !== undefined && { year: merged.year }),
    columns: [SOURCE_UNIT, ...merged.columns, SOURCE_FILE, SOURCE_ROW],
    lines,
    notes: [],
    report: {
      rowsCopied: lines.length, sectionsKept: 0, blankRowsDropped: 0, repeatedHeadersDropped: 0, mergedCellsFilled: 0, deadlinesNormalized: 0,
      deadlinesKept: 0, deadlinesUnreadable: [], datesConverted: 0, seqAdded: 0, missingColumns: [], extraColumns: [], notesMoved: 0,
    },
  };
  const rowCol = ledger.columns.length - 1;
  const links: InternalLink[] = [];
  merged.rows.forEach((r, i) => {
    if (r.local) links.push({ row: i, col: rowCol, sheet: r.sheet, address: cellAddress(r.row - 1, 0) });
  });
  const title = merged.year !== undefined ? say("merge.title", { year: merged.year, list: merged.list.name }) : say("merge.titleNoYear", { list: merged.list.name });
  const units = new Set(merged.parts.map((p) => p.unit)).size;
  const fill = { left: say("merge.fillLeft", { units }), right: say("merge.fillRight", { date: options.date }) };
  return standardLayout(ledger, { sheet: name, title, fill, replace: true, links, ...(options.longest && { longest: options.longest }) });
}

/** The 汇总说明 sheet, dated `date` (yyyy-mm-dd). */
export function mergeSummaryLayout(plan: MergePlan, skipped: readonly SkippedSource[], date: string): SheetWrite {
  const width = 10;
  const widths = [6, 16, 18, 32, 28, 12, 8, 8, 8, 30];
  const fullWidth = widths.reduce((a, b) => a + b, 0);
  const fullRows = new Set<number>();
  const rows: CellValue[][] = [];
  const merges: CellArea[] = [];
  const styles: AreaStyle[] = [];
  const line = (...cells: CellValue[]): CellValue[] => [...cells, ...new Array<CellValue>(width).fill(null)].slice(0, width);
  const full = (text: string, style: Omit<AreaStyle, "area"> = {}) => {
    const row = rows.length;
    merges.push({ row, col: 0, rowCount: 1, colCount: width });
    fullRows.add(row);
    rows.push(line(text));
    styles.push({ area: { row, col: 0, rowCount: 1, colCount: width }, wrap: true, ...style });
  };
  const table = (caption: string, header: string[], body: CellValue[][]) => {
    rows.push(line());
    full(caption, { bold: true, fontSize: 12 });
    if (!body.length) return full(say("merge.summary.none"));
    const top = rows.length;
    rows.push(line(...header));
    for (const b of body) rows.push(line(...b));
    styles.push(
      { area: { row: top, col: 0, rowCount: 1, colCount: header.length }, bold: true, fill: "#D9E2F3", border: true, horizontal: "center", wrap: true },
      { area: { row: top + 1, col: 0, rowCount: body.length, colCount: header.length }, border: true, wrap: true, vertical: "top" },
    );
  };
  const heads = (...ids: HeadId[]): string[] => ids.map((id) => say(id));
  const mergedRows = plan.lists.reduce((n, l) => n + l.rowCount, 0);

  full(say("merge.summary.title"), { bold: true, fontSize: 16, fontName: "黑体", horizontal: "center" });
  full(say("merge.summary.date", { date, units: plan.units.length, rows: mergedRows, missing: plan.missing.length, duplicates: plan.duplicates.length, skipped: skipped.length }));
  if (!plan.hasDirectory) full(say("merge.summary.noDirectory"));

  const note = (u: MergePlan["units"][number]): string =>
    u.match === "unknown" ? say("merge.note.unknown") : u.match === "ambiguous" ? say("merge.note.ambiguous") : "";
  table(say("merge.summary.units"), heads("merge.head.seq", "merge.head.unit", "merge.head.list", "merge.head.file", "merge.head.sheet", "merge.head.fillDate", "merge.head.rows", "merge.head.errors", "merge.head.warnings", "merge.head.note"),
    plan.units.map((u, i) => [i + 1, u.unit, u.list, u.file, u.sheet, u.fillDate ?? null, u.rows, u.errors, u.warnings, note(u)]));
  table(say("merge.summary.missing"), heads("merge.head.seq", "merge.head.unit"), plan.missing.map((u, i) => [i + 1, u]));
  table(say("merge.summary.duplicates"), heads("merge.head.seq", "merge.head.unit", "merge.head.list", "merge.head.kept", "merge.head.dropped", "merge.head.reason"),
    plan.duplicates.map((d, i) => [i + 1, d.unit, d.list, say("merge.fileWithSheet", { file: d.kept.file, sheet: d.kept.sheet }), say("merge.fileWithSheet", { file: d.dropped.file, sheet: d.dropped.sheet }), say(`merge.by.${d.by}`)]));
  table(say("merge.summary.skipped"), heads("merge.head.seq", "merge.head.file", "merge.head.sheet", "merge.head.reason"),
    skipped.map((s, i) => [i + 1, s.file, s.sheet ?? null, s.reason]));
  table(say("merge.summary.errors"), heads("merge.head.seq", "merge.head.unit", "merge.head.file", "merge.head.sheet", "merge.head.cell", "merge.head.rule", "merge.head.message"),
    plan.errorRows.map((e, i) => [i + 1, e.unit, e.file, e.sheet, e.cell ?? null, e.rule, e.message]));

  return {
    sheet: say("merge.summarySheet"),
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    freeze: { rows: 0, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true },
    rowHeights: rows.map((r, i) => (i === 0 ? 30 : fullRows.has(i) ? heightFor([r[0]], [fullWidth]) : heightFor(r, widths))),
    activate: false,
  };
}

/**
 * The 单位名录 template (docs/merging.md "The 单位名录"): 单位, 类别 (a drop-down of the four
 * categories), 排序, 别名, with `rows` empty bordered rows, never over an existing sheet.
 */
export function directoryTemplateLayout(rows = 60): SheetWrite {
  const header = [say("merge.directory.unit"), say("merge.directory.category"), say("merge.directory.order"), say("merge.directory.aliases")];
  const widths = [22, 12, 8, 30];
  const body = Array.from({ length: rows }, (): CellValue[] => [null, null, null, null]);
  return {
    sheet: say("merge.directory.sheet"),
    ifExists: "rename",
    rows: [[say("merge.directory.note"), null, null, null], header, ...body],
    widths,
    merges: [{ row: 0, col: 0, rowCount: 1, colCount: 4 }],
    styles: [
      { area: { row: 0, col: 0, rowCount: 1, colCount: 4 }, wrap: true, fontSize: 10, vertical: "top" },
      { area: { row: 1, col: 0, rowCount: 1, colCount: 4 }, bold: true, fill: "#D9E2F3", border: true, horizontal: "center" },
      { area: { row: 2, col: 0, rowCount: rows, colCount: 4 }, border: true },
    ],
    numberFormats: [{ area: { row: 2, col: 0, rowCount: rows, colCount: 1 }, format: "@" }, { area: { row: 2, col: 3, rowCount: rows, colCount: 1 }, format: "@" }],
    validations: [{ area: { row: 2, col: 1, rowCount: rows, colCount: 1 }, list: [...UNIT_CATEGORIES], strict: false, prompt: say("merge.directory.categoryPrompt") }],
    freeze: { rows: 2, cols: 0 },
    print: { orientation: "portrait", fitToWidth: true, repeatRows: { from: 1, to: 1 } },
    rowHeights: [48, 22],
    activate: true,
  };
}
