/**
 * Time elapsed t = clamp((C − S) / (D − S), 0, 1) in the chosen basis, with whole days: S counts
 * from the start of its day, C and D to the end of theirs, so the check date itself has passed
 * and t = 1 exactly on the due date (docs/progress.md "Time progress").
 */
import type { IsoDate } from "../parse/isoDate";
import { dayNumber, monthEndPosition, monthStartPosition, partsOf, type WorkdayCounter } from "./days";
import type { TimeBasis } from "./types";

/** t with the figures it was computed from, for the row's explanation. */
export interface Elapsed {
  /** In [0, 1]. */
  t: number;
  /** Elapsed amount (clamped to 0…total) and total amount, in `unit`. */
  elapsed: number;
  total: number;
  unit: "天" | "个月" | "个工作日";
  /** True when D ≤ S, or the period has no working day: t is 1 from D on, else 0. */
  degenerate: boolean;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Round away float noise in month arithmetic (5.999999999 → 6). */
const tidy = (x: number): number => Math.round(x * 1e9) / 1e9;

/**
 * Time elapsed of the period S…D at check date C (all ISO days):
 * - `calendar`: days in [S, C] / days in [S, D], i.e. (C − S + 1) / (D − S + 1);
 * - `month`: months from the start of S to the end of C over months from the start of S to the
 *   end of D, a month counting day / days-in-month (S = 1 Jan: 31 Mar → 3/12, 30 Jun → 6/12);
 * - `workday`: working days in [S, C] / working days in [S, D] (via `counter`).
 * When D ≤ S (or there is no working day in [S, D]), t = 1 if C ≥ D, else 0.
 */
export function elapsed(start: IsoDate, check: IsoDate, due: IsoDate, basis: TimeBasis, counter?: WorkdayCounter): Elapsed {
  const unit = basis === "calendar" ? "天" : basis === "month" ? "个月" : "个工作日";
  const degenerate = (total: number): Elapsed => {
    const t = check >= due ? 1 : 0;
    return { t, elapsed: t * total, total, unit, degenerate: true };
  };
  if (due <= start) return degenerate(0);
  let done: number;
  let total: number;
  if (basis === "month") {
    const base = partsOf(start).y;
    const from = monthStartPosition(start, base);
    done = tidy(monthEndPosition(check, base) - from);
    total = tidy(monthEndPosition(due, base) - from);
  } else {
    const s = dayNumber(start);
    const c = dayNumber(check);
    const d = dayNumber(due);
    if (basis === "calendar") {
      done = c - s + 1;
      total = d - s + 1;
    } else {
      if (!counter) throw new Error("elapsed: the workday basis needs a workday counter");
      done = c < s ? 0 : counter.count(s, Math.min(c, d));
      total = counter.count(s, d);
    }
  }
  if (total <= 0) return degenerate(0);
  const clamped = Math.min(Math.max(done, 0), total);
  return { t: clamp01(clamped / total), elapsed: clamped, total, unit, degenerate: false };
}
