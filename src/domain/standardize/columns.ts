/**
 * The columns of a standard sheet: every column of the list in standard order (with the
 * deadline as written right after 完成时限), then the clerk's columns that match none, so no
 * data is dropped.
 */
import type { Grid } from "../recognize/grid";
import type { Recognized } from "../recognize/types";
import { normalizeHeader } from "../text/normalize";
import { columnLetter } from "../text/a1";
import type { ListSchema } from "../lists/schema";
import type { StandardColumn } from "./types";
import { say } from "../../messages";

/** Appended to the deadline column's name for the column that keeps the text as written. */
export const ORIGINAL_SUFFIX = say("standardize.originalHeader", { name: "" });

/** Width of the `完成时限（原文）` column and the default for the clerk's extra columns. */
const ORIGINAL_WIDTH = 14;
const EXTRA_WIDTH = 12;

/** `完成时限（原文）` (or `整改时限（原文）` …); undefined for lists without a deadline. */
export function originalDeadlineHeader(list: ListSchema): string | undefined {
  const deadline = list.columns.find((c) => c.field === "deadline");
  return deadline ? say("standardize.originalHeader", { name: deadline.name }) : undefined;
}

/** The last level of a header (`责任主体/联系方式` → `联系方式`), normalised. */
const lastLevel = (header: string): string => normalizeHeader(header.split("/").pop() ?? header);

/** Columns with text in some data row that have no header at all (each merged area counted once). */
function headerlessColumns(grid: Grid, rec: Recognized, taken: Set<number>): number[] {
  const found: number[] = [];
  for (let col = grid.firstCol; col <= grid.lastCol; col++) {
    if (taken.has(col)) continue;
    const used = rec.dataRows.some((row) => grid.master(row, col).col === col && grid.text(row, col).trim() !== "");
    if (used) found.push(col);
  }
  return found;
}

/**
 * Plan the standard sheet's columns for a recognised sheet. A sheet standardised before
 * carries `完成时限（原文）` already: that column (not the normalised one) feeds the new one.
 */
export function planColumns(grid: Grid, rec: Recognized): StandardColumn[] {
  const sourceOf = new Map(rec.columns.map((c) => [c.field, c.col]));
  const originalHeader = originalDeadlineHeader(rec.list);
  const original = originalHeader
    ? rec.unknownHeaders.find((u) => lastLevel(u.header) === normalizeHeader(originalHeader))
    : undefined;

  const columns: StandardColumn[] = [];
  for (const spec of rec.list.columns) {
    const source = sourceOf.get(spec.field);
    columns.push({
      header: spec.name,
      kind: spec.kind,
      width: spec.width,
      role: "standard",
      field: spec.field,
      ...(spec.choices && { choices: spec.choices }),
      ...(source !== undefined && { source }),
    });
    if (spec.field === "deadline" && originalHeader) {
      const from = original?.col ?? source;
      columns.push({ header: originalHeader, kind: "deadline", width: ORIGINAL_WIDTH, role: "original-deadline", ...(from !== undefined && { source: from }) });
    }
  }

  const unknown = rec.unknownHeaders.filter((u) => u !== original);
  const taken = new Set<number>([...rec.columns.map((c) => c.col), ...rec.unknownHeaders.map((u) => u.col)]);
  const extras = [
    ...unknown.map((u) => ({ col: u.col, header: u.header })),
    ...headerlessColumns(grid, rec, taken).map((col) => ({ col, header: say("standardize.headerlessColumn", { letter: columnLetter(col) }) })),
  ].sort((a, b) => a.col - b.col);
  for (const e of extras) columns.push({ header: e.header, kind: "text", width: EXTRA_WIDTH, role: "extra", source: e.col });

  return columns;
}
