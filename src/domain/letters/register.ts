/**
 * Reading the 发函登记 (docs/letters.md "The 发函登记 register"): the sheet is recognised the way
 * every ledger is (a title above the header, blank rows, notes under the table), must be the 发函登记
 * list, and each data row gives one RegisterEntry. Dates are read as the progress check reads
 * date cells (serials, `2023-07-05`, `2023年7月5日`, `7月5日` with the year of the letter's number
 * or of the title). Bad data is a value: a sheet that is not a register says why and how to fix it.
 */
import type { CellValue, SheetSnapshot } from "../sheet";
import type { RecognizedColumn } from "../recognize/types";
import type { FieldId } from "../lists/schema";
import { LETTERS } from "../lists/catalogue";
import { recognize, HEADER_SCAN_ROWS } from "../recognize/recognize";
import { createGrid } from "../recognize/grid";
import { readRow, type FieldCell } from "../recognize/record";
import { parseDeadline } from "../parse/deadline";
import type { DeadlineContext } from "../parse/deadlineTypes";
import type { IsoDate } from "../parse/isoDate";
import { periodStart } from "../progress/rowCells";
import { collapseSpaces } from "../text/normalize";
import { say } from "../../messages";
import { letterTypeOfText } from "./ladder";
import { parseNumber } from "./numbering";
import type { RegisterEntry } from "./types";

/** The register's rows, or why the sheet cannot be read as one (a zh-CN sentence: what, where, how to fix). */
export type RegisterReading =
  | { ok: true; entries: RegisterEntry[]; place: RegisterPlace }
  | { ok: false; reason: "not-register" | "missing-columns"; message: string };

/** Where new rows go in a register: its columns, and the first row under the table (0-based sheet rows and columns). */
export interface RegisterPlace {
  sheet: string;
  columns: readonly RecognizedColumn[];
  /** The row after the last letter (or the header), where the next letter is written. */
  appendAt: number;
  /** A line under the table (a note, a signature) that appending would write over or above: 1-based row and text. */
  blockedBy?: { row: number; text: string };
}

/** A letter to add to the register, in its fields (dates ISO, written as the clerk reads them). */
export interface NewEntry {
  number: string;
  type: string;
  unit: string;
  date: IsoDate;
  subject: string;
  replyBy: IsoDate | "";
}

/** The register's rows for new letters: each value in its column, the 反馈情况 left for the office. */
export function registerRows(place: RegisterPlace, entries: readonly NewEntry[]): CellValue[][] {
  const width = Math.max(...place.columns.map((c) => c.col)) + 1;
  return entries.map((e) => {
    const row: CellValue[] = new Array<CellValue>(width).fill(null);
    const put = (field: FieldId, value: string) => {
      const c = place.columns.find((x) => x.field === field);
      if (c) row[c.col] = value;
    };
    put("letterNo", e.number);
    put("letterType", e.type);
    put("unit", e.unit);
    put("date", e.date);
    put("reason", e.subject);
    put("deadline", e.replyBy);
    return row;
  });
}

/** The first day a date cell names (`2023年7月` → 07-01), or null. */
function dateOf(cell: FieldCell | undefined, ctx: DeadlineContext, last: boolean): IsoDate | null {
  if (!cell || (cell.text === "" && cell.value === null)) return null;
  const reading = parseDeadline(cell, ctx);
  if (!reading.ok || reading.kind !== "once") return null;
  return last ? reading.due : (reading.start ?? periodStart(reading.due, reading.precision));
}

const textOf = (cell: FieldCell | undefined): string => (cell ? collapseSpaces(cell.text) : "");

/** The standard header names of fields, for the message about missing columns. */
const columnName = (field: FieldId): string => LETTERS.columns.find((c) => c.field === field)?.name ?? field;

/**
 * Read a 发函登记 sheet. A header-only register has no entries; rows that name neither a number,
 * a type nor a unit (a stray remark) are not letters and are passed by.
 */
export function readRegister(snapshot: SheetSnapshot): RegisterReading {
  const recognition = recognize(snapshot);
  if (!recognition.ok) {
    const message = recognition.reason === "empty"
      ? say("letters.register.empty", { sheet: snapshot.name })
      : say("letters.register.notLedger", { sheet: snapshot.name, rows: HEADER_SCAN_ROWS });
    return { ok: false, reason: "not-register", message };
  }
  const headerRow = recognition.headerTop + 1;
  if (recognition.list.id !== LETTERS.id) {
    return { ok: false, reason: "not-register", message: say("letters.register.otherList", { sheet: snapshot.name, list: recognition.list.name, row: headerRow }) };
  }
  if (recognition.missing.length > 0) {
    const columns = recognition.missing.map(columnName).join("、");
    return { ok: false, reason: "missing-columns", message: say("letters.register.missingColumns", { sheet: snapshot.name, columns, row: headerRow }) };
  }
  const grid = createGrid(snapshot);
  const entries: RegisterEntry[] = [];
  for (const row of recognition.dataRows) {
    const cells = readRow(grid, recognition, row);
    const number = textOf(cells.letterNo);
    const typeText = textOf(cells.letterType);
    const unit = textOf(cells.unit);
    if (number === "" && typeText === "" && unit === "") continue;
    // A year-less date (`7月5日`) takes the year of the row's own number, else the register's (title, sheet name).
    const year = parseNumber(number)?.year ?? recognition.year?.value;
    const ctx: DeadlineContext = year === undefined ? {} : { year };
    entries.push({
      number,
      type: letterTypeOfText(typeText) ?? typeText,
      unit,
      date: dateOf(cells.date, ctx, false),
      subject: textOf(cells.reason),
      replyBy: dateOf(cells.deadline, ctx, true),
      feedback: textOf(cells.feedback),
      row: row + 1,
    });
  }
  const last = Math.max(recognition.headerBottom, ...recognition.dataRows);
  const appendAt = last + 1;
  const below = snapshot.text.findIndex((row, r) => r >= appendAt - snapshot.origin.row && row.some((t) => t.trim() !== ""));
  const place: RegisterPlace = {
    sheet: snapshot.name, columns: recognition.columns, appendAt: appendAt,
    ...(below >= 0 && { blockedBy: { row: below + snapshot.origin.row + 1, text: snapshot.text[below].filter((t) => t.trim() !== "").join(" ") } }),
  };
  return { ok: true, entries, place };
}
