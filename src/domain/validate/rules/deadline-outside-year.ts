/**
 * `deadline-outside-year` (warning): a dated 完成时限 whose due day falls outside the plan year
 * (`2024年6月底` in a 2023 plan, `明年3月`, `2022年12月`). Needs a plan year; repeating and
 * ongoing deadlines have no due day of their own and are not judged.
 */
import type { Draft, Rule } from "../draft";
import { isFormulaError, place } from "../cells";

/** Every dated deadline due before 1 January or after 31 December of the plan year. */
export const deadlineOutsideYear: Rule = (ctx) => {
  const out: Draft[] = [];
  if (!ctx.year) return out;
  const year = ctx.year.value;
  const col = ctx.column("deadline")?.col;
  if (col === undefined) return out;
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    const text = ctx.text(row, "deadline");
    if (isFormulaError(text)) continue;
    const reading = ctx.readings.deadline(row);
    if (!reading?.ok || reading.kind !== "once" || Number(reading.due.slice(0, 4)) === year) continue;
    const at = place(ctx, seen, row.row, col);
    if (!at) continue;
    out.push({
      rule: "deadline-outside-year", at, field: "deadline", text, reading: reading.explain,
      vars: { due: reading.due, year },
    });
  }
  return out;
};
