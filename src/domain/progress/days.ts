/**
 * Date-only arithmetic on ISO days for the progress check: day numbers, weekdays, month
 * positions and working-day counts. No time of day and no time zone ever enters.
 */
import { daysInMonth, isLeapYear, toIso, type IsoDate } from "../parse/isoDate";
import type { WorkdayCalendar } from "./types";

const DAY_MS = 86_400_000;

/** Year, month (1–12) and day of an ISO day. The caller passes a valid `YYYY-MM-DD`. */
export function partsOf(iso: IsoDate): { y: number; m: number; d: number } {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** Days since 1970-01-01 (`1970-01-02` → 1). */
export function dayNumber(iso: IsoDate): number {
  const { y, m, d } = partsOf(iso);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** The ISO day of a day number. */
export function isoOfDay(day: number): IsoDate {
  const date = new Date(day * DAY_MS);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/**
 * The month position at the END of day `iso`, counting months from January of `baseYear`:
 * whole months before it plus day / days-in-month (31 Mar → 3, 30 Jun → 6, 15 Jun → 5.5).
 */
export function monthEndPosition(iso: IsoDate, baseYear: number): number {
  const { y, m, d } = partsOf(iso);
  return (y - baseYear) * 12 + (m - 1) + d / daysInMonth(y, m);
}

/** The month position at the START of day `iso` (1 Jan → 0, 16 Jun → 5.5). */
export function monthStartPosition(iso: IsoDate, baseYear: number): number {
  const { y, m, d } = partsOf(iso);
  return (y - baseYear) * 12 + (m - 1) + (d - 1) / daysInMonth(y, m);
}

/** Counts working days over inclusive ranges, year by year, with prefix sums. */
export interface WorkdayCounter {
  /** Working days in [from, to] (day numbers, inclusive); 0 when to < from. */
  count(from: number, to: number): number;
  /** Years counted so far whose holiday data the calendar lacks (counted Mon–Fri). */
  readonly missingYears: ReadonlySet<number>;
}

/**
 * A counter over `calendar`. Each year touched is read once: 365/366 `isWorkday` calls into a
 * prefix array. A year the calendar lacks is counted Monday to Friday and remembered in
 * `missingYears` (for the report's warning).
 */
export function createWorkdayCounter(calendar: WorkdayCalendar): WorkdayCounter {
  const prefix = new Map<number, Int32Array>();
  const missingYears = new Set<number>();
  const yearPrefix = (year: number): Int32Array => {
    let sums = prefix.get(year);
    if (sums) return sums;
    const first = Math.round(Date.UTC(year, 0, 1) / DAY_MS);
    const length = isLeapYear(year) ? 366 : 365;
    const known = calendar.hasYear(year);
    if (!known) missingYears.add(year);
    sums = new Int32Array(length + 1);
    for (let i = 0; i < length; i++) {
      const day = first + i;
      const works = known ? calendar.isWorkday(isoOfDay(day)) : weekday(day) <= 5;
      sums[i + 1] = sums[i] + (works ? 1 : 0);
    }
    prefix.set(year, sums);
    return sums;
  };
  /** Working days from 1 Jan of the day's year up to and including the day. */
  const upTo = (day: number): { year: number; n: number } => {
    const year = new Date(day * DAY_MS).getUTCFullYear();
    const index = day - Math.round(Date.UTC(year, 0, 1) / DAY_MS);
    return { year, n: yearPrefix(year)[index + 1] };
  };
  return {
    count(from, to) {
      if (to < from) return 0;
      const a = upTo(from - 1);
      const b = upTo(to);
      let total = b.n - a.n;
      for (let y = a.year; y < b.year; y++) {
        const sums = yearPrefix(y);
        total += sums[sums.length - 1];
      }
      return total;
    },
    missingYears,
  };
}
