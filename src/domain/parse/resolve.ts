/**
 * Giving the scanned periods their years and turning them into ISO days. A period without a
 * year takes the last year written before it in the cell, else the plan year from the
 * context, else the first year written later in the cell; `明年`/`次年` count from that base.
 */
import { say } from "../../messages";
import type { Precision } from "./deadlineTypes";
import { daysInMonth, MAX_YEAR, MIN_YEAR, toIso, type IsoDate } from "./isoDate";
import type { MonthDay, PeriodSpec, YearSpec } from "./periods";
import type { Token } from "./scan";

/** A period with its year: the due day, the first day of a range, where the year came from. */
export interface ResolvedPeriod {
  due: IsoDate;
  start?: IsoDate;
  precision: Precision;
  /** The text as scanned (normalised). */
  text: string;
  /** `cell`: a year written in the cell; `context`: the plan year. */
  yearFrom: "cell" | "context";
  /** A two-digit year as written (`23年`), for the explanation. */
  twoDigitYear?: number;
  warning?: string;
}

/** All periods resolved, or why not. */
export type Resolution =
  | { ok: true; periods: ResolvedPeriod[] }
  | { ok: false; problem: "no-year"; text: string }
  | { ok: false; problem: "invalid"; why: string };

interface YearChoice {
  year: number;
  from: "cell" | "context";
}

type DayResult = { iso: IsoDate } | { invalid: string };

function dayOf(md: MonthDay, year: number): DayResult {
  if (year < MIN_YEAR || year > MAX_YEAR) return { invalid: say("parse.deadline.yearOutOfRange", { year, min: MIN_YEAR, max: MAX_YEAR }) };
  if (!Number.isInteger(md.month) || md.month < 1 || md.month > 12) return { invalid: say("parse.deadline.noSuchMonth", { month: md.month }) };
  const last = daysInMonth(year, md.month);
  const day = md.day === "last" ? last : md.day;
  if (!Number.isInteger(day) || day < 1 || day > last) return { invalid: say("parse.deadline.noSuchDay", { year, month: md.month, day }) };
  return { iso: toIso(year, md.month, day) };
}

/** The first day of a period: its written start, else the start of its month/quarter/half/year. */
function beginning(spec: PeriodSpec): MonthDay {
  if (spec.start) return spec.start;
  const { month } = spec.end;
  switch (spec.precision) {
    case "day": return spec.end;
    case "month": return { month, day: 1 };
    case "quarter": return { month: month - 2, day: 1 };
    case "half": return { month: month - 5, day: 1 };
    case "year": return { month: 1, day: 1 };
  }
}

class YearTracker {
  private last: number | undefined;

  constructor(private readonly contextYear: number | undefined, private readonly firstWritten: number | undefined) {}

  private base(): YearChoice | undefined {
    if (this.last !== undefined) return { year: this.last, from: "cell" };
    if (this.contextYear !== undefined) return { year: this.contextYear, from: "context" };
    if (this.firstWritten !== undefined) return { year: this.firstWritten, from: "cell" };
    return undefined;
  }

  /** The year for `spec`, remembering a written one for the periods after it. */
  choose(spec: YearSpec): YearChoice | undefined {
    if (spec.kind === "written") {
      this.last = spec.year;
      return { year: spec.year, from: "cell" };
    }
    const base = this.base();
    if (!base) return undefined;
    return spec.kind === "relative" ? { year: base.year + spec.offset, from: base.from } : base;
  }
}

function firstWrittenYear(tokens: readonly Token[]): number | undefined {
  for (const token of tokens) {
    if (token.kind !== "period") continue;
    for (const spec of [token.from, token.spec]) {
      if (spec?.year.kind === "written") return spec.year.year;
    }
  }
  return undefined;
}

function twoDigit(...specs: (PeriodSpec | undefined)[]): number | undefined {
  for (const spec of specs) if (spec?.year.kind === "written" && spec.year.twoDigit) return spec.year.year;
  return undefined;
}

type Resolved = ResolvedPeriod | { invalid: string } | { noYear: true };

function resolveOne(token: Extract<Token, { kind: "period" }>, years: YearTracker): Resolved {
  const { spec, from } = token;
  const startSpec = from ?? (spec.start ? spec : undefined);
  const startYear = from ? years.choose(from.year) : undefined;
  if (from && !startYear) return { noYear: true };
  let endYear = from && spec.year.kind === "none" ? startYear : years.choose(spec.year);
  if (!endYear) return { noYear: true };
  let end = dayOf(spec.end, endYear.year);
  let start: DayResult | undefined;
  if (startSpec) start = dayOf(beginning(startSpec), (startYear ?? endYear).year);
  if (start && "invalid" in start) return start;
  if ("invalid" in end) return end;
  if (start && "iso" in start && start.iso > end.iso && from && spec.year.kind === "none") {
    endYear = { ...endYear, year: endYear.year + 1 };
    end = dayOf(spec.end, endYear.year);
    if ("invalid" in end) return end;
  }
  if (start && "iso" in start && start.iso > end.iso) return { invalid: say("parse.deadline.rangeReversed", { text: token.text }) };
  const resolved: ResolvedPeriod = {
    due: end.iso,
    precision: spec.precision,
    text: token.text,
    yearFrom: startYear?.from === "context" || endYear.from === "context" ? "context" : "cell",
  };
  if (start && "iso" in start) resolved.start = start.iso;
  const two = twoDigit(from, spec);
  if (two !== undefined) resolved.twoDigitYear = two;
  if (spec.warning) resolved.warning = spec.warning;
  return resolved;
}

/** Resolve every period token in order; the first invalid or year-less one decides a failure. */
export function resolvePeriods(tokens: readonly Token[], contextYear: number | undefined): Resolution {
  const years = new YearTracker(contextYear, firstWrittenYear(tokens));
  const periods: ResolvedPeriod[] = [];
  let missing: string | undefined;
  for (const token of tokens) {
    if (token.kind !== "period") continue;
    const one = resolveOne(token, years);
    if ("invalid" in one) return { ok: false, problem: "invalid", why: one.invalid };
    if ("noYear" in one) missing ??= token.text;
    else periods.push(one);
  }
  if (missing !== undefined) return { ok: false, problem: "no-year", text: missing };
  return { ok: true, periods };
}
