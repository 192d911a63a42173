/**
 * `duplicate-row` (warning): the same 任务 and 责任单位 (compared without spaces and
 * punctuation) on two rows; on a sheet without 责任单位, the same 任务. Measure rows under one
 * merged task cell are one task, not duplicates. Reported on the later row, naming the
 * earlier one. One pass with a Map (no pairwise comparison).
 */
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError } from "../cells";

/** Every row whose task and unit were already stated on an earlier row. */
export const duplicateRow: Rule = (ctx) => {
  const out: Draft[] = [];
  const first = new Map<string, { row: number; col: number }>();
  const hasUnit = ctx.column("unit") !== undefined;
  for (const row of ctx.rows) {
    const task = ctx.cell(row, "task");
    if (!task || isEmptyText(task.text) || isFormulaError(task.text)) continue;
    if (task.merged && ctx.grid.isMergeCopy(row.row, task.col)) continue;
    const unitText = ctx.cell(row, "unit")?.text ?? "";
    const key = `${ctx.readings.compact(task.text)}\u0001${ctx.readings.compact(unitText)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { row: row.row, col: task.col });
      continue;
    }
    const draft: Draft = {
      rule: "duplicate-row", at: { row: row.row, col: task.col }, field: "task", text: task.text,
      vars: { other: earlier.row + 1, unit: unitText }, related: earlier,
    };
    if (!hasUnit) draft.variant = "no-unit";
    out.push(draft);
  }
  return out;
};
