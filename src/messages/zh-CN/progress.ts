/**
 * zh-CN: the progress check's own sentences (src/domain/progress/messages.ts): the time basis
 * printed on every output, the tolerance rule, report warnings, why a sheet cannot be checked,
 * and the pieces of a row's explanation (joined with `；`). Percentages come filled (`49.6%`).
 */
export const PROGRESS = {
  "progress.basis.calendar": "时间进度按日历天数计算",
  "progress.basis.month": "时间进度按月份计算（当月按已过天数折算，6月30日为 6/12）",
  "progress.basis.workday": "时间进度按工作日计算（扣除法定节假日，计入调休上班日）",
  "progress.basis.sinceStart": "{basis}（截至 {checkDate}，各任务自开始日起算）",
  "progress.basis.planYear": "{basis}（{year}-01-01 至 {checkDate}，全年时间进度 {yearProgress}）",
  "progress.rule": "完成进度低于时间进度 {points} 个百分点以上为滞后，高出 {points} 个百分点及以上为超前，其余为正常",
  "progress.year": "{year}年",
  "progress.total": "合计",
  "progress.warning.missingHolidays": "{years}的节假日数据缺失，这些年份的工作日按周一至周五计算（国务院公布节假日安排后请更新节假日数据）",
  "progress.warning.noYear":
    "未能确定计划年度（标题、填报单位行和工作表名都没有写年份，设置中也没有），没写年份的完成时限无法判定，各任务从其完成时限所在年份的1月1日起算；请在标题中写明年度（如“2023年度重点工作任务清单”）或在设置中填写计划年度",
  "progress.warning.checkOutsideYear": "检查日期 {checkDate} 不在计划年度 {year} 年内，时间进度可能全部为 0 或 100%；请核对检查日期或计划年度",
  "progress.warning.noProgressColumn":
    "没有找到“完成进度”或“完成情况”列，所有任务都算“未填报”；请加一列“完成进度”（如 60%）或“完成情况”（如 已完成、未启动）",
  "progress.warning.noRows": "表中没有任务行，无法计算进度；请在表头下逐行填写任务",
  "progress.cannot.listWithoutDeadline":
    "工作表“{sheet}”是{list}，这种清单没有“完成时限”列，不能计算时间进度。进度检查适用于重点工作任务清单、拟向上争取清单等写明完成时限的清单；请切换到这样的工作表再检查。",
  "progress.cannot.noDeadlineColumn":
    "工作表“{sheet}”没有找到“完成时限”列（也没有“时限”“完成时间”“时间节点”等同义列），无法计算时间进度、判断是否逾期。请在表头加一列“完成时限”，逐行写明时限（如“6月底前”“2023年12月31日”），再重新检查。",
  "progress.start.column": "取自开始时间列",
  "progress.start.deadline": "取自完成时限中写的起始时间",
  "progress.start.planYear": "计划年度年初",
  "progress.start.dueYear": "完成时限所在年份年初",
  "progress.explain.deadline": "完成时限：{explain}",
  "progress.explain.completion": "完成进度：{explain}",
  "progress.explain.start": "开始 {start}（{from}）",
  "progress.explain.elapsed": "时间进度 {t}（{elapsed}/{total} {unit}）",
  "progress.explain.elapsedAtOnce": "时间进度 {t}（完成时限不晚于开始日，到期即算 100%）",
  "progress.explain.missingHolidays": "{years}无节假日数据，按周一至周五计",
  "progress.reason.doneLate": "实际完成 {completedOn}，晚于完成时限 {due} → 已完成（逾期完成）",
  "progress.reason.doneInTime": "实际完成 {completedOn}，未超过完成时限 → 已完成",
  "progress.reason.done": "完成 100% → 已完成",
  "progress.reason.undetermined": "完成时限读不出 → 无法判定",
  "progress.reason.unreported": "没有可用的完成进度 → 未填报",
  "progress.reason.ongoing": "长期或定期任务，不按时间进度判定 → 长期",
  "progress.reason.notStarted": "检查日 {checkDate} 早于开始日 {start} → 未到期",
  "progress.reason.overdue": "检查日 {checkDate} 已过完成时限 {due}，尚未完成 → 逾期",
  "progress.reason.lagging": "完成 {p} 低于时间进度 {t} 减 {points} 个百分点 → 滞后",
  "progress.reason.ahead": "完成 {p} 不低于时间进度 {t} 加 {points} 个百分点 → 超前",
  "progress.reason.normal": "完成 {p} 与时间进度 {t} 相差不超过 {points} 个百分点 → 正常",
} as const;
