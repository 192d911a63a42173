/**
 * `parseDeadline`: read one 完成时限 cell (docs/deadline-grammar.md). A number cell is read as a
 * date serial or a year.month number; anything else by its shown text through the deadline
 * grammar (periods.ts). The reading always says how it was read (`explain`, zh-CN).
 */
import { say } from "../../messages";
import type { DeadlineCell, DeadlineContext, DeadlineReading } from "./deadlineTypes";
import { failed, shown, EXAMPLES } from "./deadlineExplain";
import { readNumberCell } from "./deadlineNumber";
import { readDeadlineText } from "./deadlineText";
import { MAX_YEAR, MIN_YEAR } from "./isoDate";

export type {
  DeadlineCell, DeadlineContext, DeadlineFailure, DeadlineReading, FailedDeadline, Frequency,
  OnceDeadline, OngoingDeadline, Precision, RecurringDeadline,
} from "./deadlineTypes";
export type { IsoDate } from "./isoDate";

/** The context with a usable year only (an integer in MIN_YEAR…MAX_YEAR). */
function usableContext(ctx: DeadlineContext | undefined): DeadlineContext {
  const year = ctx?.year;
  const out: DeadlineContext = {};
  if (typeof year === "number" && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) out.year = year;
  if (typeof ctx?.yearFoundIn === "string") out.yearFoundIn = ctx.yearFoundIn;
  return out;
}

/**
 * Read a 完成时限 cell: `6月底前` with plan year 2023 → once, due `2023-06-30`, precision
 * `month`, explain `6月底前 → 2023-06-30（年份取自标题）`. Year-less text takes `ctx.year`
 * (`yearAssumed: true`); without one the reading fails with `no-year`. Never throws.
 */
export function parseDeadline(cell: DeadlineCell, ctx: DeadlineContext = {}): DeadlineReading {
  const context = usableContext(ctx);
  const value = cell?.value ?? null;
  const text = typeof cell?.text === "string" ? cell.text.trim() : "";
  const format = typeof cell?.format === "string" ? cell.format : undefined;
  if (typeof value === "number") {
    const reading = readNumberCell(value, text, format, context);
    if (reading) return reading;
  }
  if (typeof value === "boolean" && text === "") {
    return failed("unreadable", say("parse.deadline.notDate", { source: value ? "TRUE" : "FALSE", examples: EXAMPLES }));
  }
  const written = text !== "" ? text : typeof value === "string" ? value : "";
  if (written.length > 2000) return failed("unreadable", say("parse.deadline.tooLong", { source: shown(written), examples: EXAMPLES }));
  return readDeadlineText(written, context);
}
