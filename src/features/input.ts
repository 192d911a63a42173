/**
 * What a clerk types, checked the same way wherever it is typed: the pane's fields and the
 * CLI's options go through these, so `2023-02-30` is refused with the same sentence in both
 * (dates through the domain's own day check). `field` names the place for the sentence
 * (`检查日期`, `--date`).
 */
import { isIsoDate, type IsoDate } from "../domain/parse/isoDate";
import { TIME_BASES, type TimeBasis } from "../domain/progress/types";
import { toHalfWidth } from "../domain/text/normalize";
import { say } from "../messages";
import { cannot, done, type Outcome } from "./outcome";

/** Plan years a clerk may give (the template's and settings' range). */
export const YEAR_RANGE = { min: 2000, max: 2100 } as const;

/** A check date `YYYY-MM-DD` that is a real day (full-width digits allowed). */
export function readDate(text: string, field: string): Outcome<IsoDate> {
  const t = toHalfWidth(text.trim());
  return isIsoDate(t) ? done(t) : cannot("bad-input", say("input.date", { field, text }));
}

/** A four-digit plan year in 2000–2100 (full-width digits allowed). */
export function readYear(text: string, field: string): Outcome<number> {
  const t = toHalfWidth(text.trim());
  const y = Number(t);
  return /^\d{4}$/.test(t) && y >= YEAR_RANGE.min && y <= YEAR_RANGE.max ? done(y) : cannot("bad-input", say("input.year", { field, text }));
}

/** The progress tolerance in percent, 0–50 → a share (10 → 0.1). */
export function readTolerancePercent(text: string, field: string): Outcome<number> {
  const t = toHalfWidth(text.trim());
  const n = Number(t);
  return t !== "" && Number.isFinite(n) && n >= 0 && n <= 50 ? done(n / 100) : cannot("bad-input", say("input.tolerance", { field, text }));
}

/** How time progress is counted: `calendar`, `month` or `workday`. */
export function readBasis(text: string, field: string): Outcome<TimeBasis> {
  const t = text.trim() as TimeBasis;
  return TIME_BASES.includes(t) ? done(t) : cannot("bad-input", say("input.basis", { field, text }));
}
