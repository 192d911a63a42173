/**
 * Judging one data row: S, t, p, the status and the explanation. Everything here depends only
 * on the row's 完成时限, completion, 开始时间 and 实际完成时间 readings (not on its unit or task), so
 * rows that read alike share one judgment: a 20,000-row county ledger repeats `年底前` and `60%`.
 */
import type { IsoDate } from "../parse/isoDate";
import type { CompletionReading } from "../parse/completion";
import type { DeadlineReading } from "../parse/deadlineTypes";
import { toIso } from "../parse/isoDate";
import { partsOf, type WorkdayCounter } from "./days";
import { elapsed } from "./elapsed";
import * as say from "./messages";
import type { RowCells } from "./rowCells";
import { rowStatus } from "./status";
import type { ProgressRow, ReportYear, RowDeadline, StartSource, TimeBasis } from "./types";

/** What every row's judgment needs from the sheet and the options. */
export interface Frame {
  checkDate: IsoDate;
  basis: TimeBasis;
  tolerance: number;
  year: ReportYear | null;
  counter?: WorkdayCounter;
}

/** A row's judgment: the ProgressRow without its row number, unit, task and deadline text. */
export type Judgment = Omit<ProgressRow, "row" | "unit" | "task" | "deadlineText">;

/** S and where it came from: 开始时间 column, a range in the 完成时限, the plan year, the due year. */
function startOf(cells: RowCells, due: IsoDate, year: ReportYear | null): { start: IsoDate; from: StartSource } {
  if (cells.start) return { start: cells.start, from: "column" };
  if (cells.deadline.ok && cells.deadline.kind === "once" && cells.deadline.start) return { start: cells.deadline.start, from: "deadline" };
  if (year) return { start: toIso(year.value, 1, 1), from: "plan-year" };
  return { start: toIso(partsOf(due).y, 1, 1), from: "due-year" };
}

function deadlineOf(r: DeadlineReading): RowDeadline {
  if (!r.ok) return { kind: "none", due: null, explain: r.explain };
  return { kind: r.kind, due: r.kind === "once" ? r.due : null, explain: r.explain };
}

/** Years from S to D (the years counted for the row) that the calendar lacks: Mon–Fri was counted. */
function missingYearsOf(start: IsoDate, end: IsoDate, counter: WorkdayCounter): number[] {
  const out: number[] = [];
  for (let y = partsOf(start).y; y <= partsOf(end).y; y++) if (counter.missingYears.has(y)) out.push(y);
  return out;
}

/** Judge one row (docs/progress.md "Row status", rules 1–7). */
function judge(cells: RowCells, deadline: RowDeadline, frame: Frame): Judgment {
  const { checkDate, basis, tolerance } = frame;
  const { p, selfAssessment } = cells.completion;
  const explain: string[] = [say.deadlinePhrase(deadline.explain)];
  let start: IsoDate | null = null;
  let startFrom: StartSource | null = null;
  let t: number | null = null;
  if (deadline.due !== null) {
    const s = startOf(cells, deadline.due, frame.year);
    start = s.start;
    startFrom = s.from;
    const e = elapsed(start, checkDate, deadline.due, basis, frame.counter);
    t = e.t;
    explain.push(say.startPhrase(start, startFrom), say.elapsedPhrase(e, basis));
    if (frame.counter) {
      const missing = missingYearsOf(start, deadline.due, frame.counter);
      if (missing.length > 0) explain.push(say.rowMissingHolidays(missing));
    }
  }
  explain.push(say.completionPhrase(cells.completion.explain));
  const status = rowStatus({ p, t, kind: deadline.kind, due: deadline.due, start, checkDate, tolerance });
  const completedOn = cells.completedOn ?? null;
  if (status === "长期") t = null;
  const out: Judgment = { deadline, start, startFrom, completedOn, t, p, status, gap: t !== null && p !== null ? p - t : null, explain: "" };
  if (selfAssessment) out.selfAssessment = selfAssessment;
  if (status === "已完成" && completedOn !== null && deadline.due !== null) out.lateCompletion = completedOn > deadline.due;
  explain.push(say.statusReason({ status, checkDate, due: deadline.due, start, p, t, tolerance, completedOn, lateCompletion: out.lateCompletion }));
  out.explain = explain.join("；");
  return out;
}

/**
 * A judge for the sheet's rows, memoised by the readings it depends on (the readings are
 * themselves memoised by cell content, so equal cells give the same objects).
 */
export function createJudge(frame: Frame): (cells: RowCells) => Judgment {
  const byReading = new Map<DeadlineReading, { deadline: RowDeadline; byCompletion: Map<CompletionReading, Map<string, Judgment>> }>();
  return (cells) => {
    let d = byReading.get(cells.deadline);
    if (!d) {
      d = { deadline: deadlineOf(cells.deadline), byCompletion: new Map() };
      byReading.set(cells.deadline, d);
    }
    let byDates = d.byCompletion.get(cells.completion);
    if (!byDates) {
      byDates = new Map();
      d.byCompletion.set(cells.completion, byDates);
    }
    const dates = cells.start === undefined && cells.completedOn === undefined ? "" : `${cells.start ?? ""}|${cells.completedOn ?? ""}`;
    let j = byDates.get(dates);
    if (!j) {
      j = judge(cells, d.deadline, frame);
      byDates.set(dates, j);
    }
    return j;
  };
}
