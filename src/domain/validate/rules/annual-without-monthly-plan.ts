/**
 * `annual-without-monthly-plan` (warning): an annual task — a dated 完成时限 due on or after
 * 1 October of the plan year — whose row fills none of the 1月…12月 columns and states no
 * dated stage before the due month (in the deadline cell, or in 目标/措施/进展情况 text).
 * The seed: 年度任务具体到月份进展; short-term tasks need only their deadline.
 * Only lists whose schema has month columns (重点工作任务清单); on a sheet of such a list
 * without month columns, only the stages count. A merged deadline is judged once, over all its rows.
 */
import type { Draft, Rule } from "../draft";
import type { OnceDeadline } from "../../parse/deadlineTypes";
import { uncoveredDeadlines } from "./deadlineGroups";

/** Every annual deadline (once per merged cell) with neither a monthly plan nor a stage. */
export const annualWithoutMonthlyPlan: Rule = (ctx) => {
  if (!ctx.year || !ctx.list.columns.some((c) => c.kind === "month")) return [];
  const year = ctx.year.value;
  const from = `${year}-10-01`;
  const hasMonths = ctx.recognized.columns.some((c) => c.field.startsWith("month"));
  return uncoveredDeadlines(
    ctx,
    (r): r is OnceDeadline => r.ok && r.kind === "once" && r.due >= from,
    (at, text, reading) => {
      const draft: Draft = { rule: "annual-without-monthly-plan", at, field: "deadline", text, reading: reading.explain, vars: { due: reading.due } };
      if (!hasMonths) draft.variant = "no-months";
      return draft;
    },
    (row, reading) => {
      const dueYear = Number(reading.due.slice(0, 4));
      const dueMonth = Number(reading.due.slice(5, 7));
      return reading.milestones.length > 0 || ctx.readings.monthsFilled(row) || ctx.readings.stages(row).some((m) => dueYear > year || m < dueMonth);
    },
  );
};
