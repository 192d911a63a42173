/**
 * The clerk-facing sentences of the progress check (zh-CN): the basis label printed on every
 * output, the tolerance rule, report warnings, why a sheet cannot be checked, and the pieces of
 * a row's explanation. One catalogue, so wording changes in one place.
 */
import type { IsoDate } from "../parse/isoDate";
import type { Elapsed } from "./elapsed";
import type { RowStatus, StartSource, TimeBasis } from "./types";

/** A share as a percentage with at most one decimal: 0.4959 → `49.6%`, 0.5 → `50%`. */
export function pct(x: number): string {
  return `${Math.round(x * 1000) / 10}%`;
}

/** Percentage points with at most two decimals: 0.1 → `10`. */
function points(x: number): string {
  return String(Math.round(x * 10_000) / 100);
}

const BASIS_WORDS: Record<TimeBasis, string> = {
  calendar: "时间进度按日历天数计算",
  month: "时间进度按月份计算（当月按已过天数折算，6月30日为 6/12）",
  workday: "时间进度按工作日计算（扣除法定节假日，计入调休上班日）",
};

/**
 * The basis label printed on every output: `时间进度按日历天数计算（2023-01-01 至 2023-06-30，
 * 全年时间进度 49.6%）`; without a plan year, `（截至 2023-06-30，各任务自开始日起算）`.
 */
export function basisLabel(basis: TimeBasis, checkDate: IsoDate, year: number | null, yearProgress: number | null): string {
  const words = BASIS_WORDS[basis];
  if (year === null || yearProgress === null) return `${words}（截至 ${checkDate}，各任务自开始日起算）`;
  return `${words}（${year}-01-01 至 ${checkDate}，全年时间进度 ${pct(yearProgress)}）`;
}

/** The tolerance rule: `完成进度低于时间进度 10 个百分点以上为滞后，高出 10 个百分点及以上为超前`. */
export function ruleLabel(tolerance: number): string {
  const n = points(tolerance);
  return `完成进度低于时间进度 ${n} 个百分点以上为滞后，高出 ${n} 个百分点及以上为超前，其余为正常`;
}

/** Warning: holiday data is missing for some years, counted Monday to Friday. */
export function missingHolidaysWarning(years: readonly number[]): string {
  const list = years.map((y) => `${y}年`).join("、");
  return `${list}的节假日数据缺失，这些年份的工作日按周一至周五计算（国务院公布节假日安排后请更新节假日数据）`;
}

/** Warning: no plan year anywhere. */
export const NO_YEAR_WARNING =
  "未能确定计划年度（标题、填报单位行和工作表名都没有写年份，设置中也没有），没写年份的完成时限无法判定，" +
  "各任务从其完成时限所在年份的1月1日起算；请在标题中写明年度（如“2023年度重点工作任务清单”）或在设置中填写计划年度";

/** Warning: the check date lies outside the plan year. */
export function checkOutsideYearWarning(checkDate: IsoDate, year: number): string {
  return `检查日期 ${checkDate} 不在计划年度 ${year} 年内，时间进度可能全部为 0 或 100%；请核对检查日期或计划年度`;
}

/** Warning: neither a 完成进度 nor a 完成情况 column. */
export const NO_PROGRESS_COLUMN_WARNING =
  "没有找到“完成进度”或“完成情况”列，所有任务都算“未填报”；请加一列“完成进度”（如 60%）或“完成情况”（如 已完成、未启动）";

/** Warning: the table has no data rows. */
export const NO_ROWS_WARNING = "表中没有任务行，无法计算进度；请在表头下逐行填写任务";

/** The sheet's list has no deadline column at all (调研台账 …). */
export function listWithoutDeadlineMessage(sheet: string, listName: string): string {
  return (
    `工作表“${sheet}”是${listName}，这种清单没有“完成时限”列，不能计算时间进度。` +
    `进度检查适用于重点工作任务清单、拟向上争取清单等写明完成时限的清单；请切换到这样的工作表再检查。`
  );
}

/** The list has a deadline column but the sheet lacks it. */
export function missingDeadlineColumnMessage(sheet: string): string {
  return (
    `工作表“${sheet}”没有找到“完成时限”列（也没有“时限”“完成时间”“时间节点”等同义列），无法计算时间进度、判断是否逾期。` +
    `请在表头加一列“完成时限”，逐行写明时限（如“6月底前”“2023年12月31日”），再重新检查。`
  );
}

const START_WORDS: Record<StartSource, string> = {
  column: "取自开始时间列",
  deadline: "取自完成时限中写的起始时间",
  "plan-year": "计划年度年初",
  "due-year": "完成时限所在年份年初",
};

/** `开始 2023-01-01（计划年度年初）`. */
export function startPhrase(start: IsoDate, from: StartSource): string {
  return `开始 ${start}（${START_WORDS[from]}）`;
}

/** `时间进度 49.6%（181/365 天）`; month counts with up to two decimals. */
export function elapsedPhrase(e: Elapsed, basis: TimeBasis): string {
  if (e.degenerate) return `时间进度 ${pct(e.t)}（完成时限不晚于开始日，到期即算 100%）`;
  const n = (x: number): string => (basis === "month" ? String(Math.round(x * 100) / 100) : String(x));
  return `时间进度 ${pct(e.t)}（${n(e.elapsed)}/${n(e.total)} ${e.unit}）`;
}

/** `2027年无节假日数据，按周一至周五计`. */
export function rowMissingHolidays(years: readonly number[]): string {
  return `${years.map((y) => `${y}年`).join("、")}无节假日数据，按周一至周五计`;
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
  const band = points(f.tolerance);
  switch (f.status) {
    case "已完成":
      if (f.lateCompletion === true) return `实际完成 ${f.completedOn}，晚于完成时限 ${f.due} → 已完成（逾期完成）`;
      if (f.lateCompletion === false) return `实际完成 ${f.completedOn}，未超过完成时限 → 已完成`;
      return "完成 100% → 已完成";
    case "无法判定":
      return "完成时限读不出 → 无法判定";
    case "未填报":
      return "没有可用的完成进度 → 未填报";
    case "长期":
      return "长期或定期任务，不按时间进度判定 → 长期";
    case "未到期":
      return `检查日 ${f.checkDate} 早于开始日 ${f.start} → 未到期`;
    case "逾期":
      return `检查日 ${f.checkDate} 已过完成时限 ${f.due}，尚未完成 → 逾期`;
    case "滞后":
      return `完成 ${pct(f.p ?? 0)} 低于时间进度 ${pct(f.t ?? 0)} 减 ${band} 个百分点 → 滞后`;
    case "超前":
      return `完成 ${pct(f.p ?? 0)} 不低于时间进度 ${pct(f.t ?? 0)} 加 ${band} 个百分点 → 超前`;
    case "正常":
      return `完成 ${pct(f.p ?? 0)} 与时间进度 ${pct(f.t ?? 0)} 相差不超过 ${band} 个百分点 → 正常`;
  }
}
