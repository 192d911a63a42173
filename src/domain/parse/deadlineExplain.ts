/**
 * The zh-CN sentences that say how a 完成时限 cell was read. One place, so every reading
 * speaks the same way: `<as written> → <reading>（<where the year came from>）`.
 */
import type { DeadlineContext, DeadlineFailure, FailedDeadline } from "./deadlineTypes";

/** How a context's `yearFoundIn` is named in an explanation. */
const YEAR_SOURCES: Readonly<Record<string, string>> = {
  title: "标题",
  "fill-line": "填报行",
  "sheet-name": "工作表名称",
  setting: "设置",
};

/** `（年份取自标题）`, naming where the context's year was found (a setting when unsaid). */
export function yearNote(ctx: DeadlineContext): string {
  const where = ctx.yearFoundIn === undefined ? "设置" : YEAR_SOURCES[ctx.yearFoundIn] ?? ctx.yearFoundIn;
  return `（年份取自${where}）`;
}

/** The cell text as quoted in an explanation: one line, at most 40 characters. */
export function shown(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/** Forms a clerk can write, quoted when a cell cannot be read. */
export const EXAMPLES = "可写成 2023年6月30日、6月底前、三季度末、年底前、每月、长期坚持 等";

/** A failed reading. */
export function failed(reason: DeadlineFailure, explain: string): FailedDeadline {
  return { ok: false, reason, explain };
}

/** The explanation of a cell without a year when the context has none either. */
export function noYearExplain(source: string): string {
  return `${source} → 缺少年份：单元格没有写年份，标题和设置里也没有计划年度；请写明年份，如 2023年6月30日，或在设置中填写计划年度`;
}
