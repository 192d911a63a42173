/**
 * `annual-without-monthly-plan` (warning): an annual task — a dated 完成时限 due on or after
 * 1 October of the plan year — whose row fills none of the 1月…12月 columns and states no
 * dated stage before the due month (in the deadline cell, or in 目标/措施/进展情况 text).
 * The seed: 年度任务具体到月份进展; short-term tasks need only their deadline.
 * Only lists whose schema has month columns (重点工作任务清单); on a sheet of such a list
 * without month columns, only the stages count. A merged deadline is judged once, over all its rows.
 */
import type { Draft, Rule } from "../draft";
import { isFormulaError, masterKey } from "../cells";

interface Group {
  draft: Draft;
  planned: boolean;
}

/** Every annual deadline (once per merged cell) with neither a monthly plan nor a stage. */
export const annualWithoutMonthlyPlan: Rule = (ctx) => {
  if (!ctx.year || !ctx.list.columns.some((c) => c.kind === "month")) return [];
  const year = ctx.year.value;
  const from = `${year}-10-01`;
  const hasMonths = ctx.recognized.columns.some((c) => c.field.startsWith("month"));
  const groups = new Map<number, Group>();
  const col = ctx.column("deadline")?.col;
  if (col === undefined) return [];
  for (const row of ctx.rows) {
    const text = ctx.text(row, "deadline");
    if (isFormulaError(text)) continue;
    const reading = ctx.readings.deadline(row);
    if (!reading?.ok || reading.kind !== "once" || reading.due < from) continue;
    const merged = ctx.mergedAt(row.row, col);
    const key = merged ? masterKey(ctx.grid, row.row, col) : row.row * 16384 + col;
    let group = groups.get(key);
    if (!group) {
      const at = merged ? ctx.grid.master(row.row, col) : { row: row.row, col };
      const draft: Draft = {
        rule: "annual-without-monthly-plan", at, field: "deadline", text, reading: reading.explain,
        vars: { due: reading.due },
      };
      if (!hasMonths) draft.variant = "no-months";
      group = { draft, planned: false };
      groups.set(key, group);
    }
    if (group.planned) continue;
    const dueYear = Number(reading.due.slice(0, 4));
    const dueMonth = Number(reading.due.slice(5, 7));
    group.planned =
      reading.milestones.length > 0 ||
      ctx.readings.monthsFilled(row) ||
      ctx.readings.stages(row).some((m) => dueYear > year || m < dueMonth);
  }
  return [...groups.values()].filter((g) => !g.planned).map((g) => g.draft);
};
