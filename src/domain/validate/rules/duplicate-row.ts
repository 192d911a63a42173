/**
 * `duplicate-row` (warning): the same 任务 and 责任单位 (compared without spaces and
 * punctuation) on two rows; on a sheet without 责任单位, the same 任务. Measure rows under one
 * merged task cell are one task, not duplicates; so are rows that carry the task down by hand
 * (the same 序号, or the very next data row with other 措施), as standardized sheets and many
 * clerks write one task's several measures. Reported on the later row, naming the earlier one.
 * One pass with a Map (no pairwise comparison).
 */
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError } from "../cells";

/** Every row whose task and unit were already stated on an earlier row. */
export const duplicateRow: Rule = (ctx) => {
  const out: Draft[] = [];
  const first = new Map<string, { row: number; col: number; seq: string; last: number; measures: string }>();
  const hasUnit = ctx.column("unit") !== undefined;
  const col = ctx.column("task")?.col;
  if (col === undefined) return out;
  ctx.rows.forEach((row, index) => {
    const task = ctx.text(row, "task");
    if (isEmptyText(task) || isFormulaError(task)) return;
    if (ctx.mergedAt(row.row, col) && ctx.grid.isMergeCopy(row.row, col)) return;
    const unitText = ctx.text(row, "unit");
    const key = `${ctx.readings.compact(task)}\u0001${ctx.readings.compact(unitText)}`;
    const seq = ctx.readings.compact(ctx.text(row, "seq"));
    const measures = ctx.readings.compact(ctx.text(row, "measures"));
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { row: row.row, col, seq, last: index, measures });
      return;
    }
    const sameSeq = seq !== "" && seq === earlier.seq;
    const nextMeasure = index === earlier.last + 1 && measures !== earlier.measures;
    if (sameSeq || nextMeasure) {
      earlier.last = index;
      earlier.measures = measures;
      return;
    }
    const draft: Draft = {
      rule: "duplicate-row", at: { row: row.row, col }, field: "task", text: task,
      vars: { other: earlier.row + 1, unit: unitText }, related: earlier,
    };
    if (!hasUnit) draft.variant = "no-unit";
    out.push(draft);
  });
  return out;
};
