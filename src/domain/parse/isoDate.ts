/**
 * Calendar dates as the parsers hand them on: ISO strings (`2023-06-30`), no time, no zone.
 * Plain arithmetic on year/month/day, so nothing depends on the machine's time zone.
 */

/** A calendar day as `YYYY-MM-DD` (`2023-06-30`). */
export type IsoDate = string;

/** The earliest and latest years a ledger deadline may plausibly name. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

/** True for a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`: `daysInMonth(2024, 2)` → 29. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year/month/day name a real day (`2023-02-29` does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** `toIso(2023, 6, 30)` → `2023-06-30`. The caller makes sure the day is valid. */
export function toIso(year: number, month: number, day: number): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The last day of a month as an ISO date: `monthEnd(2024, 2)` → `2024-02-29`. */
export function monthEnd(year: number, month: number): IsoDate {
  return toIso(year, month, daysInMonth(year, month));
}

/** True for a string that is a real `YYYY-MM-DD` day. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isValidDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Excel serials (1900 system, days since 1899-12-30) that fall in MIN_YEAR…MAX_YEAR. */
export const MIN_SERIAL = 32874; // 1990-01-01
export const MAX_SERIAL = 73415; // 2100-12-31

/**
 * An Excel serial number (1900 date system: days since 1899-12-30, a time of day as the
 * fraction) → the ISO day, or undefined outside MIN_SERIAL…MAX_SERIAL (where the 1900
 * leap-year bug and nonsense values live).
 */
export function serialToIso(serial: number): IsoDate | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial);
  if (days < MIN_SERIAL || days > MAX_SERIAL) return undefined;
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
