/**
 * A row's status: the seven rules of docs/progress.md in order, the first that applies wins. Comparisons
 * with the tolerance band allow for float noise (EPSILON), so p exactly at t − tolerance is
 * 正常 and p exactly at t + tolerance is 超前 however the sums round.
 */
import type { IsoDate } from "../parse/isoDate";
import type { RowDeadline, RowStatus } from "./types";

/** Float noise allowed when comparing progress figures (far below any figure a clerk writes). */
export const EPSILON = 1e-9;

/** What the rules look at. */
export interface StatusInput {
  /** Completion in [0, 1], or null when unknown. */
  p: number | null;
  /** Time elapsed in [0, 1] (null without a due date). */
  t: number | null;
  kind: RowDeadline["kind"];
  due: IsoDate | null;
  start: IsoDate | null;
  checkDate: IsoDate;
  tolerance: number;
}

/**
 * 1 已完成 p = 1; 2 无法判定 no readable deadline; 3 未填报 p unknown; 4 长期 ongoing or
 * recurring; 5 未到期 C < S; 6 逾期 C > D and p < 1; 7 滞后 p < t − tol, 超前 p ≥ t + tol,
 * else 正常.
 */
export function rowStatus(input: StatusInput): RowStatus {
  const { p, t, kind, due, start, checkDate, tolerance } = input;
  if (p !== null && p >= 1) return "已完成";
  if (kind === "none") return "无法判定";
  if (p === null) return "未填报";
  if (kind === "ongoing" || kind === "recurring") return "长期";
  if (due === null || t === null) return "无法判定"; // a once deadline always has both
  if (start !== null && checkDate < start) return "未到期";
  if (checkDate > due) return "逾期";
  if (p < t - tolerance - EPSILON) return "滞后";
  if (p >= t + tolerance - EPSILON) return "超前";
  return "正常";
}

/** The statuses that count as on schedule for 序时达标率. */
export const ON_SCHEDULE: ReadonlySet<RowStatus> = new Set<RowStatus>(["已完成", "正常", "超前", "未到期"]);

/** The statuses that are not judged against time (left out of 序时达标率's denominator). */
export const NOT_JUDGED: ReadonlySet<RowStatus> = new Set<RowStatus>(["无法判定", "未填报", "长期"]);
