/**
 * `ongoing-without-milestones` (warning): 完成时限 is ongoing (`长期坚持`, `持续推进`, `常态化`)
 * and the row states no dated stage: none in the deadline cell, none in its 目标, 措施 or
 * 进展情况 text (`6月底前完成…`, `三季度`, `年底前`), and none of its 1月…12月 cells filled
 * (a month's plan is a dated stage). A deadline merged over several measure rows is one task:
 * it is judged once, and a stage in any of those rows counts.
 */
import type { Draft, Rule } from "../draft";
import { isFormulaError, masterKey } from "../cells";

interface Group {
  draft: Draft;
  staged: boolean;
}

/** Every ongoing deadline (once per merged cell) whose rows state no dated stage. */
export const ongoingWithoutMilestones: Rule = (ctx) => {
  const groups = new Map<number, Group>();
  const col = ctx.column("deadline")?.col;
  if (col === undefined) return [];
  for (const row of ctx.rows) {
    const text = ctx.text(row, "deadline");
    if (isFormulaError(text)) continue;
    const reading = ctx.readings.deadline(row);
    if (!reading?.ok || reading.kind !== "ongoing") continue;
    const merged = ctx.mergedAt(row.row, col);
    const key = merged ? masterKey(ctx.grid, row.row, col) : row.row * 16384 + col;
    let group = groups.get(key);
    if (!group) {
      const at = merged ? ctx.grid.master(row.row, col) : { row: row.row, col };
      group = {
        draft: { rule: "ongoing-without-milestones", at, field: "deadline", text, reading: reading.explain },
        staged: false,
      };
      groups.set(key, group);
    }
    if (!group.staged) {
      group.staged = reading.milestones.length > 0 || ctx.readings.stages(row).length > 0 || ctx.readings.monthsFilled(row);
    }
  }
  return [...groups.values()].filter((g) => !g.staged).map((g) => g.draft);
};
