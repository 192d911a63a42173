/**
 * The working-day calendar of mainland China (public holidays and 调休 makeup days) from the
 * `chinese-days` package, as the domain's `WorkdayCalendar`.
 *
 * We read the package's shipped data (`dist/chinese-days.json`: `holidays`, `workdays` keyed by
 * `YYYY-MM-DD`) and apply the same rule as its `isWorkday` — a 调休 workday works; otherwise
 * Monday to Friday works unless it is a holiday — but on ISO strings with a UTC weekday. The
 * package's own `isWorkday` parses `YYYY-MM-DD` as UTC midnight and then reads local getters,
 * so west of UTC it is off by a day (docs/progress.md "Working days"); this adapter gives
 * the same answer in every time zone. Data in chinese-days 1.5.7: 2004–2026. A year without
 * data is reported by `hasYear` so the domain can warn and count Monday to Friday.
 */
import raw from "chinese-days/dist/chinese-days.json";
import type { WorkdayCalendar } from "../domain/progress/types";

/** The shape of chinese-days' JSON: date → `English name,中文名,days`. */
interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const data: ChineseDaysData = raw;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The years the shipped data covers (each year's arrangement lists at least 元旦). */
export const CHINESE_DAYS_YEARS: readonly number[] = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort(
  (a, b) => a - b,
);
const years = new Set(CHINESE_DAYS_YEARS);

/** 1 = Monday … 7 = Sunday of an ISO day; throws for anything but `YYYY-MM-DD` (a caller's mistake). */
function weekdayOf(iso: string): number {
  const m = ISO.exec(iso);
  if (!m) throw new Error(`chineseDaysCalendar: not a YYYY-MM-DD day: "${iso}"`);
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).getUTCDay();
  return day === 0 ? 7 : day;
}

/** China's working days from chinese-days' data; Monday to Friday for years it lacks. */
export const chineseDaysCalendar: WorkdayCalendar = {
  isWorkday(iso) {
    const weekday = weekdayOf(iso);
    if (Object.hasOwn(data.workdays, iso)) return true;
    return weekday <= 5 && !Object.hasOwn(data.holidays, iso);
  },
  hasYear: (year) => years.has(year),
};
