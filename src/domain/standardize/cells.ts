/**
 * One cell of the clerk's sheet as the standard sheet writes it. Text columns get the text as
 * shown (never a formula, never a number Excel could reformat); numbers stay numbers where the
 * column's format shows them the same; date columns get real dates (Excel serials).
 */
import type { CellValue } from "../sheet";
import type { ColumnKind } from "../lists/schema";
import { isDateFormat, parseDeadline, serialToIso, type DeadlineContext } from "../parse";
import type { StandardColumnRole } from "./types";

/** A cell read through the grid (merged areas filled in). */
export interface SourceCell {
  value: CellValue;
  /** The text as shown. */
  text: string;
  format: string;
}

/** The value to write, a format for that cell alone, and whether a date was made of text. */
export interface WrittenCell {
  value: CellValue;
  format?: string;
  dateConverted?: boolean;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** `2023-06-30` → 45107 (the 1900 date system). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / 86_400_000);
}

/** The text as shown, trimmed ("" for an empty cell). */
export function shownText(cell: SourceCell): string {
  const text = cell.text !== "" ? cell.text : cell.value === null ? "" : String(cell.value);
  return text.trim();
}

/** A cell of a date column: a date serial where the cell names one day, else the text. */
function dateCell(cell: SourceCell, text: string, ctx: DeadlineContext): WrittenCell {
  if (typeof cell.value === "number") {
    if (serialToIso(cell.value) === undefined) return { value: text };
    if (isDateFormat(cell.format)) return { value: Math.floor(cell.value) };
    return Number.isInteger(cell.value) ? { value: cell.value, dateConverted: true } : { value: text };
  }
  const reading = parseDeadline({ value: cell.value, text, format: cell.format }, ctx);
  const oneDay = reading.ok && reading.kind === "once" && reading.precision === "day" &&
    reading.milestones.length === 0 && !reading.start && !reading.warnings?.length;
  return oneDay ? { value: isoToSerial(reading.due), dateConverted: true } : { value: text };
}

/** The value to write for `cell` in a column of `kind` and `role`. */
export function writtenCell(kind: ColumnKind, role: StandardColumnRole, cell: SourceCell, ctx: DeadlineContext): WrittenCell {
  const text = shownText(cell);
  if (text === "") return { value: null };
  const { value } = cell;
  if (role === "extra") {
    if (typeof value !== "number") return { value: text };
    return cell.format && cell.format !== "General" ? { value, format: cell.format } : { value };
  }
  switch (kind) {
    case "date":
      return dateCell(cell, text, ctx);
    case "seq":
      return typeof value === "number" && Number.isInteger(value) ? { value } : { value: text };
    case "number":
      return typeof value === "number" ? { value } : { value: text };
    case "percent":
      // The column shows 0%: a ratio or a %-formatted number shows the same; `45` would not.
      return typeof value === "number" && (cell.format.includes("%") || Math.abs(value) <= 1) ? { value } : { value: text };
    default:
      return { value: text };
  }
}
