/** The zh-CN summary of a standardisation, for the pane, the ribbon and the CLI. */
import type { StandardLedger } from "./types";

/** `第5、8行` (1-based rows as the clerk sees them), at most `max` listed. */
function rowList(rows: readonly number[], max = 5): string {
  const shown = rows.slice(0, max).map((r) => r + 1).join("、");
  return `第${shown}行${rows.length > max ? "等" : ""}`;
}

/** What was done, in one paragraph: `已将工作表“柳林镇”规范为《重点工作任务清单》…`. */
export function describeStandardization(ledger: StandardLedger, newSheet: string): string {
  const r = ledger.report;
  const parts: string[] = [`复制数据${r.rowsCopied}行`];
  if (r.sectionsKept) parts.push(`保留分节行${r.sectionsKept}行`);
  if (r.mergedCellsFilled) parts.push(`填充合并单元格${r.mergedCellsFilled}个`);
  if (r.deadlinesNormalized) parts.push(`规范完成时限${r.deadlinesNormalized}个`);
  if (r.deadlinesKept) parts.push(`长期或定期的完成时限${r.deadlinesKept}个照原样保留`);
  if (r.deadlinesUnreadable.length) {
    parts.push(`读不出日期的完成时限${r.deadlinesUnreadable.length}个照原样保留，请核对原表${rowList(r.deadlinesUnreadable.map((u) => u.row))}`);
  }
  if (r.datesConverted) parts.push(`日期转为日期格式${r.datesConverted}个`);
  if (r.seqAdded) parts.push(`补上序号${r.seqAdded}个`);
  if (r.extraColumns.length) parts.push(`原表其他列${r.extraColumns.length}列（${r.extraColumns.join("、")}）保留在最右侧`);
  if (r.notesMoved) parts.push(`注释${r.notesMoved}行移到表格下方`);
  const dropped = [r.blankRowsDropped && `空行${r.blankRowsDropped}行`, r.repeatedHeadersDropped && `重复表头${r.repeatedHeadersDropped}行`].filter(Boolean);
  if (dropped.length) parts.push(`去掉${dropped.join("、")}`);
  const missing = r.missingColumns.length ? `原表缺少“${r.missingColumns.join("”“")}”列，已加上空列，请补填。` : "";
  return `已将工作表“${ledger.sourceSheet}”规范为《${ledger.list.name}》，写入新工作表“${newSheet}”，原工作表未改动：${parts.join("，")}。${missing}`;
}
