/**
 * Judging a 完成时限 once per task: rows whose deadline reading a rule selects are grouped by
 * their deadline cell (a deadline merged over several measure rows is one group), and the group
 * is reported at its top-left cell unless some row of it is `covered` (states a stage, a plan…).
 * Shared by `ongoing-without-milestones` and `annual-without-monthly-plan`.
 */
import type { Draft } from "../draft";
import type { RowData, RuleContext } from "../context";
import type { DeadlineReading } from "../../parse/deadlineTypes";
import { isFormulaError, masterKey } from "../cells";

/** The drafts of every selected deadline group that no row covers. */
export function uncoveredDeadlines<R extends DeadlineReading>(
  ctx: RuleContext,
  select: (reading: DeadlineReading) => reading is R,
  draft: (at: { row: number; col: number }, text: string, reading: R) => Draft,
  covered: (row: RowData, reading: R) => boolean,
): Draft[] {
  const col = ctx.column("deadline")?.col;
  if (col === undefined) return [];
  const groups = new Map<number, { draft: Draft; covered: boolean }>();
  for (const row of ctx.rows) {
    const text = ctx.text(row, "deadline");
    if (isFormulaError(text)) continue;
    const reading = ctx.readings.deadline(row);
    if (!reading || !select(reading)) continue;
    const merged = ctx.mergedAt(row.row, col);
    const key = merged ? masterKey(ctx.grid, row.row, col) : row.row * 16384 + col;
    let group = groups.get(key);
    if (!group) {
      const at = merged ? ctx.grid.master(row.row, col) : { row: row.row, col };
      group = { draft: draft(at, text, reading), covered: false };
      groups.set(key, group);
    }
    if (!group.covered) group.covered = covered(row, reading);
  }
  return [...groups.values()].filter((g) => !g.covered).map((g) => g.draft);
}
