/**
 * `deadline-unreadable` (error): 完成时限 does not parse — unreadable (`下周`, `2月30日`), vague
 * (`待定`, `立行立改`, `10个工作日内`, `春节前`) or without a year anywhere. The parser's
 * explanation is the finding's `reading`. An empty deadline is `missing-item`, not this.
 */
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError, place } from "../cells";

/** Every 完成时限 cell the deadline grammar cannot read. */
export const deadlineUnreadable: Rule = (ctx) => {
  const out: Draft[] = [];
  const col = ctx.column("deadline")?.col;
  if (col === undefined) return out;
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    const text = ctx.text(row, "deadline");
    if (isEmptyText(text) || isFormulaError(text)) continue;
    const reading = ctx.readings.deadline(row);
    if (!reading || reading.ok || reading.reason === "empty") continue;
    const at = place(ctx, seen, row.row, col);
    if (!at) continue;
    const variant = reading.reason === "unreadable" ? "default" : reading.reason;
    out.push({ rule: "deadline-unreadable", at, field: "deadline", variant, text, reading: reading.explain });
  }
  return out;
};
