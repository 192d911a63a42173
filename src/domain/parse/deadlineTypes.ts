/**
 * What reading a 完成时限 cell gives: a due date with its precision, a repeating frequency,
 * an ongoing task, or the reason it could not be read. Bad cell content is a value here,
 * never an exception; `explain` (zh-CN) always says how the cell was read.
 */
import type { CellValue } from "../sheet";
import type { IsoDate } from "./isoDate";

/** How finely the clerk stated the deadline (`6月30日` day, `6月底` month, `三季度` quarter …). */
export type Precision = "day" | "month" | "quarter" | "half" | "year";

/** How often a recurring task is due (`每周` … `每年`). */
export type Frequency = "week" | "month" | "quarter" | "half" | "year";

/** The cell as the parsers need it: raw value, shown text, number format. */
export interface DeadlineCell {
  /** The raw value; date cells hold Excel serial numbers. */
  value: CellValue;
  /** The text as Excel shows it. */
  text: string;
  /** The number format (`yyyy-mm-dd`, `General`, `@` …), when known. */
  format?: string;
}

/** Where a year-less deadline takes its year from. */
export interface DeadlineContext {
  /** The plan year (from the sheet's title, the fill line or a setting). */
  year?: number;
  /**
   * Where `year` was found: `title`, `fill-line`, `sheet-name`, `setting` (as in
   * `Recognized.year.foundIn`), or any zh-CN phrase to quote in the explanation.
   */
  yearFoundIn?: string;
}

/** A deadline with one due date (possibly with dated stages before it). */
export interface OnceDeadline {
  ok: true;
  kind: "once";
  /** The last day by which the task is due, inclusive. */
  due: IsoDate;
  /** How finely the due date was stated. */
  precision: Precision;
  /** The other dated stages written in the cell, sorted, each before `due`. */
  milestones: IsoDate[];
  /** zh-CN: how the cell was read, e.g. `6月底前 → 2023-06-30（年份取自标题）`. */
  explain: string;
  /** True when some year in the reading came from the context (the cell wrote none). */
  yearAssumed: boolean;
  /** The first day of a written range (`3-6月` → 03-01); absent otherwise. */
  start?: IsoDate;
  /** zh-CN doubts the clerk should check (Excel number traps, out-of-order stages …). */
  warnings?: string[];
}

/** A task due again and again (`每月`, `按季度`, `每月5日前`). */
export interface RecurringDeadline {
  ok: true;
  kind: "recurring";
  frequency: Frequency;
  /** Reserved: the parser does not compute a next occurrence (always absent). */
  due?: IsoDate;
  /** Dated stages written beside the repetition, sorted. */
  milestones: IsoDate[];
  explain: string;
}

/** A task with no due date of its own (`长期坚持`, `常态化`), with any dated stages. */
export interface OngoingDeadline {
  ok: true;
  kind: "ongoing";
  /** Dated stages written in the cell (`长期坚持，6月底前完成阶段目标`), sorted. */
  milestones: IsoDate[];
  explain: string;
}

/** Why a cell is not a usable deadline. */
export type DeadlineFailure = "empty" | "vague" | "unreadable" | "no-year";

/** A cell that gives no deadline; `explain` (zh-CN) says why and how to write it. */
export interface FailedDeadline {
  ok: false;
  reason: DeadlineFailure;
  explain: string;
}

/** The reading of one 完成时限 cell. */
export type DeadlineReading = OnceDeadline | RecurringDeadline | OngoingDeadline | FailedDeadline;
