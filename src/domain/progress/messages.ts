/**
 * The clerk-facing sentences of the progress check: the basis label printed on every output,
 * the tolerance rule, report warnings, why a sheet cannot be checked, and the pieces of a row's
 * explanation. The sentences are the catalogue's `progress.*` (src/messages/zh-CN/progress.ts);
 * this module picks the id and fills it.
 */
import { say, type MessageId } from "../../messages";
import type { IsoDate } from "../parse/isoDate";
import type { Elapsed } from "./elapsed";
import type { RowStatus, StartSource, TimeBasis } from "./types";

/** A share as a percentage with at most one decimal: 0.4959 → `49.6%`, 0.5 → `50%`. */
export function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** Percentage points with at most two decimals: 0.1 → `10`. */
function pointsOf(x: number): string {
  return String(Math.round(x * 10_000) / 100);
}

const BASIS_WORDS = {
  calendar: "progress.basis.calendar",
  month: "progress.basis.month",
  workday: "progress.basis.workday",
} as const satisfies Record<TimeBasis, MessageId>;

/**
 * The basis label printed on every output: `时间进度按日历天数计算（2023-01-01 至 2023-06-30，
 * 全年时间进度 49.6%）`; without a plan year, `（截至 2023-06-30，各任务自开始日起算）`.
 */
export function basisLabel(basis: TimeBasis, checkDate: IsoDate, year: number | null, yearProgress: number | null): string {
  const words = say(BASIS_WORDS[basis]);
  if (year === null || yearProgress === null) return say("progress.basis.sinceStart", { basis: words, checkDate });
  return say("progress.basis.planYear", { basis: words, year, checkDate, yearProgress: pct(yearProgress) });
}

/** The tolerance rule: `完成进度低于时间进度 10 个百分点以上为滞后，高出 10 个百分点及以上为超前`. */
export function ruleLabel(tolerance: number): string {
  return say("progress.rule", { points: pointsOf(tolerance) });
}

/** `2023年、2024年`. */
function yearList(years: readonly number[]): string {
  return years.map((year) => say("progress.year", { year })).join("、");
}

/** Warning: holiday data is missing for some years, counted Monday to Friday. */
export function missingHolidaysWarning(years: readonly number[]): string {
  return say("progress.warning.missingHolidays", { years: yearList(years) });
}

/** Warning: no plan year anywhere. */
export const NO_YEAR_WARNING = say("progress.warning.noYear");

/** Warning: the check date lies outside the plan year. */
export function checkOutsideYearWarning(checkDate: IsoDate, year: number): string {
  return say("progress.warning.checkOutsideYear", { checkDate, year });
}

/** Warning: neither a 完成进度 nor a 完成情况 column. */
export const NO_PROGRESS_COLUMN_WARNING = say("progress.warning.noProgressColumn");

/** Warning: the table has no data rows. */
export const NO_ROWS_WARNING = say("progress.warning.noRows");

/** The sheet's list has no deadline column at all (调研台账 …). */
export function listWithoutDeadlineMessage(sheet: string, listName: string): string {
  return say("progress.cannot.listWithoutDeadline", { sheet, list: listName });
}

/** The list has a deadline column but the sheet lacks it. */
export function missingDeadlineColumnMessage(sheet: string): string {
  return say("progress.cannot.noDeadlineColumn", { sheet });
}

const START_WORDS = {
  column: "progress.start.column",
  deadline: "progress.start.deadline",
  "plan-year": "progress.start.planYear",
  "due-year": "progress.start.dueYear",
} as const satisfies Record<StartSource, MessageId>;

/** `完成时限：6月底前 → 2023-06-30（年份取自标题）`: the first piece of a row's explanation. */
export function deadlinePhrase(explain: string): string {
  return say("progress.explain.deadline", { explain });
}

/** `完成进度：60% → 完成 60%`: the completion piece of a row's explanation. */
export function completionPhrase(explain: string): string {
  return say("progress.explain.completion", { explain });
}

/** `开始 2023-01-01（计划年度年初）`. */
export function startPhrase(start: IsoDate, from: StartSource): string {
  return say("progress.explain.start", { start, from: say(START_WORDS[from]) });
}

/** `时间进度 49.6%（181/365 天）`; month counts with up to two decimals. */
export function elapsedPhrase(e: Elapsed, basis: TimeBasis): string {
  if (e.degenerate) return say("progress.explain.elapsedAtOnce", { t: pct(e.t) });
  const n = (x: number): string => (basis === "month" ? String(Math.round(x * 100) / 100) : String(x));
  return say("progress.explain.elapsed", { t: pct(e.t), elapsed: n(e.elapsed), total: n(e.total), unit: e.unit });
}

/** `2027年无节假日数据，按周一至周五计`. */
export function rowMissingHolidays(years: readonly number[]): string {
  return say("progress.explain.missingHolidays", { years: yearList(years) });
}

/** What the facts behind a status say (the last piece of a row's explanation). */
export interface StatusFacts {
  status: RowStatus;
  checkDate: IsoDate;
  due: IsoDate | null;
  start: IsoDate | null;
  p: number | null;
  t: number | null;
  tolerance: number;
  completedOn: IsoDate | null;
  lateCompletion?: boolean;
}

/** Why the row has its status: `完成 30% 低于时间进度 49.6% 减 10 个百分点 → 滞后`. */
export function statusReason(f: StatusFacts): string {
  const points = pointsOf(f.tolerance);
  const [checkDate, due, start, completedOn] = [f.checkDate, String(f.due), String(f.start), String(f.completedOn)];
  const [p, t] = [pct(f.p ?? 0), pct(f.t ?? 0)];
  switch (f.status) {
    case "已完成":
      if (f.lateCompletion === true) return say("progress.reason.doneLate", { completedOn, due });
      if (f.lateCompletion === false) return say("progress.reason.doneInTime", { completedOn });
      return say("progress.reason.done");
    case "无法判定":
      return say("progress.reason.undetermined");
    case "未填报":
      return say("progress.reason.unreported");
    case "长期":
      return say("progress.reason.ongoing");
    case "未到期":
      return say("progress.reason.notStarted", { checkDate, start });
    case "逾期":
      return say("progress.reason.overdue", { checkDate, due });
    case "滞后":
      return say("progress.reason.lagging", { p, t, points });
    case "超前":
      return say("progress.reason.ahead", { p, t, points });
    case "正常":
      return say("progress.reason.normal", { p, t, points });
  }
}
