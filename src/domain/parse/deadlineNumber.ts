/**
 * Reading a 完成时限 cell whose value is a number: a date cell (a serial with a date format),
 * a serial that lost its format, `2023.06` stored as a number, and the Excel trap where a typed
 * `2023.10` becomes the number 2023.1 (docs/deadline-grammar.md "Number cells").
 */
import { say } from "../../messages";
import type { DeadlineContext, DeadlineReading, Precision } from "./deadlineTypes";
import { EXAMPLES, failed, noYearExplain, shown, yearNote } from "./deadlineExplain";
import { isValidDay, MAX_YEAR, MIN_YEAR, monthEnd, serialToIso, toIso, type IsoDate } from "./isoDate";

/** A number format's date tokens, after quoted text, escapes and `[...]` sections are removed. */
function dateTokens(format: string | undefined): string {
  if (!format) return "";
  const first = format.split(";")[0] ?? "";
  const bare = first.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "");
  return /general/i.test(bare) ? "" : bare;
}

/** True for a number format that shows a date (`yyyy-mm-dd`, `m/d/yy`, `yyyy"年"m"月"`), not a time or number. */
export function isDateFormat(format: string | undefined): boolean {
  const bare = dateTokens(format);
  return /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs0#]/i.test(bare));
}

function once(due: IsoDate, precision: Precision, explain: string, yearAssumed: boolean, warnings: string[] = []): DeadlineReading {
  const reading: DeadlineReading = { ok: true, kind: "once", due, precision, milestones: [], explain, yearAssumed };
  if (warnings.length > 0) reading.warnings = warnings;
  return reading;
}

const TEXT_TIP = say("parse.deadline.textTip");

/** `<as written> → <reading>`. */
const read = (source: string, reading: string): string => say("parse.deadline.read", { source, reading });

function readDateCell(value: number, text: string, format: string | undefined): DeadlineReading | undefined {
  const iso = serialToIso(value);
  if (!iso) return undefined;
  const source = text === "" ? say("parse.deadline.serial", { value }) : shown(text);
  const tokens = dateTokens(format);
  if (!/d/i.test(tokens) && /y/i.test(tokens) && /m/i.test(tokens)) {
    const due = monthEnd(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
    return once(due, "month", say("parse.deadline.yearMonthFormat", { source, due }), false);
  }
  return once(iso, "day", read(source, iso), false);
}

/** `2023.06`, `2023.1` (maybe 2023.10), `2023.10` shown for the number 2023.1. */
function readYearMonth(value: number, text: string): DeadlineReading {
  const digits = /^\d{4}\.\d{1,2}$/.test(text) ? text : String(value);
  const m = /^(\d{4})\.(\d{1,2})$/.exec(digits);
  const source = shown(text === "" ? String(value) : text);
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12) return failed("unreadable", say("parse.deadline.noYearMonth", { source, examples: EXAMPLES }));
  const year = Number(m[1]);
  const due = monthEnd(year, month);
  if (m[2] === "1") {
    const doubt = say("parse.deadline.maybeOctober", { year, due });
    return once(due, "month", read(source, doubt), false, [say("parse.deadline.withTip", { warning: doubt, tip: TEXT_TIP })]);
  }
  if (String(value) !== digits) {
    const note = say("parse.deadline.storedNumber", { value, digits, due, tip: TEXT_TIP });
    return once(due, "month", read(source, due), false, [note]);
  }
  return once(due, "month", read(source, due), false);
}

/** `6.3` stored as a number: June 3rd, though a typed `6.30` is stored the same way. */
function readMonthDay(value: number, text: string, ctx: DeadlineContext): DeadlineReading {
  const digits = /^\d{1,2}\.\d{1,2}$/.test(text) ? text : String(value);
  const m = /^(\d{1,2})\.(\d{1,2})$/.exec(digits);
  const source = shown(text === "" ? String(value) : text);
  if (!m) return failed("unreadable", say("parse.deadline.noMonthDay", { source, examples: EXAMPLES }));
  if (ctx.year === undefined) return failed("no-year", noYearExplain(source));
  const [month, day] = [Number(m[1]), Number(m[2])];
  if (!isValidDay(ctx.year, month, day)) return failed("unreadable", read(source, say("parse.deadline.noSuchDay", { year: ctx.year, month, day })));
  const due = toIso(ctx.year, month, day);
  const warnings: string[] = [];
  if (m[2].length === 1 && isValidDay(ctx.year, month, day * 10)) {
    warnings.push(say("parse.deadline.maybeTens", { month, day, value, due, tip: TEXT_TIP }));
  }
  return once(due, "day", read(source, due + yearNote(ctx)), true, warnings);
}

/**
 * Read a numeric 完成时限 cell. Undefined means "read the shown text instead" (a number whose
 * text is not a plain number, e.g. a custom format).
 */
export function readNumberCell(value: number, text: string, format: string | undefined, ctx: DeadlineContext): DeadlineReading | undefined {
  const source = shown(text === "" ? String(value) : text);
  if (!Number.isFinite(value)) return failed("unreadable", say("parse.deadline.notDate", { source, examples: EXAMPLES }));
  const plainNumber = text === "" || /^-?\d+(?:\.\d+)?$/.test(text);
  if (isDateFormat(format)) {
    const reading = readDateCell(value, text, format);
    if (reading) return reading;
    if (!plainNumber) return undefined;
    return failed("unreadable", say("parse.deadline.dateOutOfRange", { source, value, min: MIN_YEAR, max: MAX_YEAR }));
  }
  if (!plainNumber) return undefined;
  const whole = Math.trunc(value);
  const isInt = Number.isInteger(value);
  if (isInt && value >= 19_900_101 && value <= 21_001_231) {
    const [y, mo, d] = [Math.floor(value / 10_000), Math.floor(value / 100) % 100, value % 100];
    if (isValidDay(y, mo, d)) return once(toIso(y, mo, d), "day", read(source, toIso(y, mo, d)), false);
  }
  if (isInt && value >= MIN_YEAR && value <= MAX_YEAR) {
    return once(`${value}-12-31`, "year", say("parse.deadline.yearOnly", { source, year: value }), false);
  }
  if (!isInt && whole >= MIN_YEAR && whole <= MAX_YEAR) return readYearMonth(value, text);
  const serial = isInt ? serialToIso(value) : undefined;
  if (serial && value >= 36_526) {
    const warning = say("parse.deadline.serialWithoutFormat", { value, due: serial });
    return once(serial, "day", say("parse.deadline.serialRead", { source, due: serial }), false, [warning]);
  }
  if (!isInt && value > 1 && value < 13) return readMonthDay(value, text, ctx);
  return failed("unreadable", say("parse.deadline.oneNumber", { source, examples: EXAMPLES }));
}
