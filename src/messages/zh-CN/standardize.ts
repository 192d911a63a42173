/**
 * zh-CN: what 规范化 did (src/domain/standardize/messages.ts, one `standardize.part.*` per kind
 * of change, joined with `，`) and the headers and readings it writes on the standard sheet.
 */
export const STANDARDIZE = {
  "standardize.done": "已将工作表“{sheet}”规范为《{list}》，写入新工作表“{newSheet}”，原工作表未改动：{parts}。{missing}",
  "standardize.missingColumns": "原表缺少“{columns}”列，已加上空列，请补填。",
  "standardize.rows": "第{rows}行",
  "standardize.rowsAndMore": "第{rows}行等",
  "standardize.part.copied": "复制数据{count}行",
  "standardize.part.sectionsKept": "保留分节行{count}行",
  "standardize.part.mergedCellsFilled": "填充合并单元格{count}个",
  "standardize.part.deadlinesNormalized": "规范完成时限{count}个",
  "standardize.part.deadlinesKept": "长期或定期的完成时限{count}个照原样保留",
  "standardize.part.deadlinesUnreadable": "读不出日期的完成时限{count}个照原样保留，请核对原表{rows}",
  "standardize.part.datesConverted": "日期转为日期格式{count}个",
  "standardize.part.seqAdded": "补上序号{count}个",
  "standardize.part.extraColumns": "原表其他列{count}列（{columns}）保留在最右侧",
  "standardize.part.notesMoved": "注释{count}行移到表格下方",
  "standardize.part.dropped": "去掉{what}",
  "standardize.dropped.blankRows": "空行{count}行",
  "standardize.dropped.repeatedHeaders": "重复表头{count}行",
  "standardize.originalHeader": "{name}（原文）",
  "standardize.headerlessColumn": "（原{letter}列）",
  "standardize.deadlineNotIso": "{explain}（无法写成标准日期，保留原文）",
} as const;
