/**
 * `goal-repeats-task` (warning): the 目标 is the same text as the 任务, compared without
 * spaces, punctuation, full-width forms or a leading list number. Reported once per 目标
 * cell (a goal merged over several measure rows is reported at its top-left cell).
 */
import type { Draft, Rule } from "../draft";
import { firstSight, isEmptyText, isFormulaError } from "../cells";

/** Every 目标 that repeats its row's 任务. */
export const goalRepeatsTask: Rule = (ctx) => {
  const out: Draft[] = [];
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    const goal = ctx.cell(row, "goal");
    const task = ctx.cell(row, "task");
    if (!goal || !task || isEmptyText(goal.text) || isEmptyText(task.text)) continue;
    if (isFormulaError(goal.text) || isFormulaError(task.text)) continue;
    const same = ctx.readings.compact(goal.text);
    if (same === "" || same !== ctx.readings.compact(task.text)) continue;
    const at = goal.merged ? firstSight(seen, ctx.grid, row.row, goal.col) : { row: row.row, col: goal.col };
    if (at) out.push({ rule: "goal-repeats-task", at, field: "goal", text: goal.text });
  }
  return out;
};
