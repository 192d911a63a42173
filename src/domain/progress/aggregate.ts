/**
 * Per-unit aggregates of the progress check: T = mean t, P = mean p over the rows that have
 * them, counts per status, 完成率, 到期完成率, 序时达标率 and the 时间过半、任务过半 verdict.
 */
import { say } from "../../messages";
import type { IsoDate } from "../parse/isoDate";
import { EPSILON, NOT_JUDGED, ON_SCHEDULE } from "./status";
import { ROW_STATUSES, type ProgressRow, type Rate, type StatusCounts, type UnitProgress } from "./types";

/** The unit name of the sheet-wide total. */
export const TOTAL_UNIT = say("progress.total");

/** Nine zero counts, in the order of docs/progress.md "Row status". */
export function emptyCounts(): StatusCounts {
  const counts = {} as StatusCounts;
  for (const s of ROW_STATUSES) counts[s] = 0;
  return counts;
}

/** numerator / denominator with both counts; value null when the denominator is 0. */
export function rate(numerator: number, denominator: number): Rate {
  return { value: denominator === 0 ? null : numerator / denominator, numerator, denominator };
}

/** Running sums for one unit. */
interface Acc {
  unit: string;
  rows: number;
  tSum: number;
  tCount: number;
  pSum: number;
  pCount: number;
  counts: StatusCounts;
  dueByCheck: number;
  doneDueByCheck: number;
}

const newAcc = (unit: string): Acc => ({
  unit, rows: 0, tSum: 0, tCount: 0, pSum: 0, pCount: 0, counts: emptyCounts(), dueByCheck: 0, doneDueByCheck: 0,
});

function add(acc: Acc, row: ProgressRow, checkDate: IsoDate): void {
  acc.rows++;
  acc.counts[row.status]++;
  if (row.t !== null) {
    acc.tSum += row.t;
    acc.tCount++;
  }
  if (row.p !== null) {
    acc.pSum += row.p;
    acc.pCount++;
  }
  if (row.deadline.due !== null && row.deadline.due <= checkDate) {
    acc.dueByCheck++;
    if (row.status === "已完成") acc.doneDueByCheck++;
  }
}

function finish(acc: Acc): UnitProgress {
  const T = acc.tCount === 0 ? null : acc.tSum / acc.tCount;
  const P = acc.pCount === 0 ? null : Math.min(1, acc.pSum / acc.pCount);
  let judged = 0;
  let onSchedule = 0;
  for (const s of ROW_STATUSES) {
    if (!NOT_JUDGED.has(s)) judged += acc.counts[s];
    if (ON_SCHEDULE.has(s)) onSchedule += acc.counts[s];
  }
  return {
    unit: acc.unit,
    rows: acc.rows,
    timeProgress: T,
    taskProgress: P,
    gap: T === null || P === null ? null : P - T,
    counts: acc.counts,
    completionRate: rate(acc.counts["已完成"], acc.rows),
    dueCompletionRate: rate(acc.doneDueByCheck, acc.dueByCheck),
    onScheduleRate: rate(onSchedule, judged),
    pass: T === null || P === null ? null : P >= T - EPSILON && acc.counts["逾期"] === 0,
  };
}

/** The aggregates of each unit (in order of first appearance) and of all rows (`合计`). */
export function aggregate(rows: readonly ProgressRow[], checkDate: IsoDate): { units: UnitProgress[]; total: UnitProgress } {
  const byUnit = new Map<string, Acc>();
  const total = newAcc(TOTAL_UNIT);
  for (const row of rows) {
    let acc = byUnit.get(row.unit);
    if (!acc) {
      acc = newAcc(row.unit);
      byUnit.set(row.unit, acc);
    }
    add(acc, row, checkDate);
    add(total, row, checkDate);
  }
  return { units: [...byUnit.values()].map(finish), total: finish(total) };
}
