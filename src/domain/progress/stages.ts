/**
 * The check date: the four stage checks of the year (31 Mar, 30 Jun, 30 Sep, 31 Dec) and today
 * in China time. Pure: "today" is computed from a `Date` the caller passes.
 */
import type { IsoDate } from "../parse/isoDate";

/** The id of a stage check. */
export type StageId = "q1" | "q2" | "q3" | "q4";

/** A stage check: its label as 通报 write it, and its date with `{year}` for the plan year. */
export interface Stage {
  id: StageId;
  label: string;
  /** `{year}-06-30`. */
  date: string;
}

/** The four stage checks; labels are cumulative, as county 通报 name them. */
export const STAGES: readonly Stage[] = [
  { id: "q1", label: "一季度", date: "{year}-03-31" },
  { id: "q2", label: "上半年", date: "{year}-06-30" },
  { id: "q3", label: "前三季度", date: "{year}-09-30" },
  { id: "q4", label: "全年", date: "{year}-12-31" },
];

/** The date of a stage check in `year`: `stageDate("q2", 2023)` → `2023-06-30`. Throws for an unknown id. */
export function stageDate(stage: Stage | StageId, year: number): IsoDate {
  const found = typeof stage === "string" ? STAGES.find((s) => s.id === stage) : stage;
  if (!found) throw new Error(`stageDate: unknown stage "${String(stage)}"`);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`stageDate: bad year ${year}`);
  return found.date.replace("{year}", String(year));
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The calendar day in China (UTC+8 all year; China keeps no daylight saving) at the instant
 * `now`: `todayInChina(new Date("2023-06-29T16:30:00Z"))` → `2023-06-30`.
 */
export function todayInChina(now: Date): IsoDate {
  const t = now.getTime();
  if (!Number.isFinite(t)) throw new Error("todayInChina: invalid Date");
  const china = new Date(t + CHINA_OFFSET_MS);
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${china.getUTCFullYear()}-${pad(china.getUTCMonth() + 1)}-${pad(china.getUTCDate())}`;
}
