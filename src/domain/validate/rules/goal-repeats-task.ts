/**
 * `goal-repeats-task` (warning): the 目标 is the same text as the 任务, compared without
 * spaces, punctuation, full-width forms or a leading list number. Reported once per 目标
 * cell (a goal merged over several measure rows is reported at its top-left cell).
 */
import { toHalfWidth } from "../../text/normalize";
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError, place } from "../cells";

const NOT_WORD = /[\p{P}\p{S}\s]/u;

/** The last character that is not punctuation or space, half-width: equal texts end alike (a cheap first test). */
function lastWordChar(text: string): string {
  let i = text.length - 1;
  while (i >= 0) {
    const low = text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff && i > 0;
    const ch = low ? text.slice(i - 1, i + 1) : text.charAt(i);
    i -= ch.length;
    if (!NOT_WORD.test(ch)) return toHalfWidth(ch);
  }
  return "";
}

/** Every 目标 that repeats its row's 任务. */
export const goalRepeatsTask: Rule = (ctx) => {
  const out: Draft[] = [];
  const col = ctx.column("goal")?.col;
  if (col === undefined || !ctx.column("task")) return out;
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    const goal = ctx.text(row, "goal");
    const task = ctx.text(row, "task");
    if (isEmptyText(goal) || isEmptyText(task) || isFormulaError(goal) || isFormulaError(task)) continue;
    if (goal !== task && lastWordChar(goal) !== lastWordChar(task)) continue;
    const same = ctx.readings.compact(goal);
    if (same === "" || same !== ctx.readings.compact(task)) continue;
    const at = place(ctx, seen, row.row, col);
    if (at) out.push({ rule: "goal-repeats-task", at, field: "goal", text: goal });
  }
  return out;
};
