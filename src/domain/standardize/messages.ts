/** The summary of a standardisation, for the pane, the ribbon and the CLI (catalogue `standardize.*`). */
import { say } from "../../messages";
import type { StandardLedger } from "./types";

/** `第5、8行` (1-based rows as the clerk sees them), at most `max` listed. */
function rowList(rows: readonly number[], max = 5): string {
  const shown = rows.slice(0, max).map((r) => r + 1).join("、");
  return say(rows.length > max ? "standardize.rowsAndMore" : "standardize.rows", { rows: shown });
}

/** What was done, in one paragraph: `已将工作表“柳林镇”规范为《重点工作任务清单》…`. */
export function describeStandardization(ledger: StandardLedger, newSheet: string): string {
  const r = ledger.report;
  const parts: string[] = [say("standardize.part.copied", { count: r.rowsCopied })];
  if (r.sectionsKept) parts.push(say("standardize.part.sectionsKept", { count: r.sectionsKept }));
  if (r.mergedCellsFilled) parts.push(say("standardize.part.mergedCellsFilled", { count: r.mergedCellsFilled }));
  if (r.deadlinesNormalized) parts.push(say("standardize.part.deadlinesNormalized", { count: r.deadlinesNormalized }));
  if (r.deadlinesKept) parts.push(say("standardize.part.deadlinesKept", { count: r.deadlinesKept }));
  if (r.deadlinesUnreadable.length) {
    const rows = rowList(r.deadlinesUnreadable.map((u) => u.row));
    parts.push(say("standardize.part.deadlinesUnreadable", { count: r.deadlinesUnreadable.length, rows }));
  }
  if (r.datesConverted) parts.push(say("standardize.part.datesConverted", { count: r.datesConverted }));
  if (r.seqAdded) parts.push(say("standardize.part.seqAdded", { count: r.seqAdded }));
  if (r.extraColumns.length) parts.push(say("standardize.part.extraColumns", { count: r.extraColumns.length, columns: r.extraColumns.join("、") }));
  if (r.notesMoved) parts.push(say("standardize.part.notesMoved", { count: r.notesMoved }));
  const dropped = [
    r.blankRowsDropped && say("standardize.dropped.blankRows", { count: r.blankRowsDropped }),
    r.repeatedHeadersDropped && say("standardize.dropped.repeatedHeaders", { count: r.repeatedHeadersDropped }),
  ].filter(Boolean);
  if (dropped.length) parts.push(say("standardize.part.dropped", { what: dropped.join("、") }));
  const missing = r.missingColumns.length ? say("standardize.missingColumns", { columns: r.missingColumns.join("”“") }) : "";
  return say("standardize.done", { sheet: ledger.sourceSheet, list: ledger.list.name, newSheet, parts: parts.join("，"), missing });
}
