/**
 * The progress check (时间过半、任务过半) as data: the options, one reading per data row, the
 * per-unit aggregates and the report. See docs/progress.md for the formulas.
 */
import type { IsoDate } from "../parse/isoDate";
import type { SelfAssessment } from "../parse/statusPhrases";
import type { Recognition } from "../recognize/types";

/** How time progress t is counted: calendar days (default), months, or working days. */
export type TimeBasis = "calendar" | "month" | "workday";

/** The time bases, for settings and argument checks. */
export const TIME_BASES: readonly TimeBasis[] = ["calendar", "month", "workday"];

/** Row statuses in the order of docs/progress.md "Row status": the first rule that applies wins. */
export const ROW_STATUSES = ["已完成", "无法判定", "未填报", "长期", "未到期", "逾期", "滞后", "超前", "正常"] as const;

/** A row's status (docs/progress.md "Row status"). */
export type RowStatus = (typeof ROW_STATUSES)[number];

/** The default 滞后/超前 band: 10 percentage points. */
export const DEFAULT_TOLERANCE = 0.1;

/**
 * Which days are working days (Chinese public holidays and 调休). The domain never imports a
 * holiday package; an adapter (src/calendar/chineseDays.ts) implements this.
 */
export interface WorkdayCalendar {
  /** True when `iso` (`2024-02-04`) is a working day, 调休 included. */
  isWorkday(iso: IsoDate): boolean;
  /** True when the calendar holds the holiday arrangement of `year`; else the domain counts Mon–Fri. */
  hasYear(year: number): boolean;
}

/** What the caller chooses for one check. */
export interface ProgressOptions {
  /** The check date C (a stage date, or today in China: `todayInChina`). */
  checkDate: IsoDate;
  /** How time progress is counted. */
  basis: TimeBasis;
  /** The 滞后/超前 band in [0, 1]; default 0.10. */
  tolerance?: number;
  /** The plan year when the sheet states none (a setting), as in `recognize`. */
  year?: number;
  /** Required for `basis: "workday"`. */
  calendar?: WorkdayCalendar;
  /** The sheet's recognition when the caller already has it (else it is recognised here). */
  recognition?: Recognition;
}

/** A row's 完成时限 as read. */
export interface RowDeadline {
  /** `once` has a due date; `none`: empty or unreadable. */
  kind: "once" | "recurring" | "ongoing" | "none";
  /** The due date D (inclusive), for `once` only. */
  due: IsoDate | null;
  /** zh-CN: how the cell was read (`6月底前 → 2023-06-30（年份取自标题）`). */
  explain: string;
}

/**
 * Where S came from: the row's 开始时间 cell, a range written in the 完成时限 (`3-6月`), 1 January
 * of the plan year, or 1 January of the due date's year when no plan year is known.
 */
export type StartSource = "column" | "deadline" | "plan-year" | "due-year";

/** One data row of the check. */
export interface ProgressRow {
  /** 1-based sheet row, as the clerk sees it. */
  row: number;
  /** The reporting unit: the row's 责任单位, else the sheet's unit, else the sheet's name. */
  unit: string;
  /** The 任务 text (whitespace collapsed); "" without one. */
  task: string;
  /** The 完成时限 cell as shown. */
  deadlineText: string;
  deadline: RowDeadline;
  /** The start date S; null when there is no due date to measure against. */
  start: IsoDate | null;
  startFrom: StartSource | null;
  /** The 实际完成时间 (earliest day it names); null when absent or unreadable. */
  completedOn: IsoDate | null;
  /** Time elapsed in [0, 1]; null without a due date, or for 长期 rows. */
  t: number | null;
  /** Completion in [0, 1]; null when unknown. */
  p: number | null;
  status: RowStatus;
  /** p − t; null when either is null. */
  gap: number | null;
  /** The clerk's own word on the pace (`序时推进` → 正常), when written. */
  selfAssessment?: SelfAssessment;
  /** 已完成 rows only: true when the completion date is after D (逾期完成), false when on time. */
  lateCompletion?: boolean;
  /** zh-CN: how the row was judged, step by step. */
  explain: string;
}

/** How many rows have each status (all nine keys present). */
export type StatusCounts = Record<RowStatus, number>;

/** A rate with the counts it is made of (通报 print both: 19/20, 95%). */
export interface Rate {
  /** numerator / denominator; null when the denominator is 0. */
  value: number | null;
  numerator: number;
  denominator: number;
}

/** One unit's aggregates. */
export interface UnitProgress {
  unit: string;
  /** Rows of the unit. */
  rows: number;
  /** T: mean t over the unit's rows with a t; null when none has one. */
  timeProgress: number | null;
  /** P: mean p over the unit's rows with a known p; null when none has one. */
  taskProgress: number | null;
  /** P − T; null when either is null. */
  gap: number | null;
  counts: StatusCounts;
  /** 完成率: 已完成 / all rows. */
  completionRate: Rate;
  /** 到期完成率: 已完成 among rows due by C (D ≤ C) / rows due by C. */
  dueCompletionRate: Rate;
  /** 序时达标率: (已完成 + 正常 + 超前 + 未到期) / rows not 无法判定, 未填报 or 长期. */
  onScheduleRate: Rate;
  /** 时间过半、任务过半: P ≥ T and nothing 逾期; null when P or T is unknown. */
  pass: boolean | null;
}

/** The plan year and where it was found (`title`, `fill-line`, `sheet-name`, `setting`). */
export interface ReportYear {
  value: number;
  foundIn: string;
}

/** A sheet checked. */
export interface ProgressReady {
  ok: true;
  sheet: string;
  /** The list's id (`tasks`). */
  list: string;
  checkDate: IsoDate;
  basis: TimeBasis;
  /** zh-CN, printed on every output: `时间进度按日历天数计算（2023-01-01 至 2023-06-30，全年时间进度 49.6%）`. */
  basisLabel: string;
  /** zh-CN: the 滞后/超前 rule with the tolerance (`完成进度低于时间进度 10 个百分点以上为滞后…`). */
  ruleLabel: string;
  tolerance: number;
  year: ReportYear | null;
  /** Time progress of the whole plan year (1 Jan – 31 Dec) at C; null without a plan year. */
  yearProgress: number | null;
  /** zh-CN report-level warnings (missing holiday data, no progress column …). */
  warnings: string[];
  /** Data rows in sheet order. */
  rows: ProgressRow[];
  /** Units in order of first appearance. */
  units: UnitProgress[];
  /** All rows of the sheet together (unit `合计`). */
  total: UnitProgress;
  /** The 0-based sheet column of the 任务, when the sheet has one (a letter cites a row by its task's cell). */
  taskCol?: number;
}

/** Why a sheet cannot be checked. */
export type NotReadyReason = "empty" | "not-ledger" | "no-deadline-column";

/** A sheet that cannot be checked, with a zh-CN sentence: what is missing and how to fix it. */
export interface ProgressNotReady {
  ok: false;
  sheet: string;
  reason: NotReadyReason;
  message: string;
  checkDate: IsoDate;
  basis: TimeBasis;
}

/** The result of `progressOfSheet`. */
export type ProgressReport = ProgressReady | ProgressNotReady;
