/**
 * `missing-item` (error): one of the five explicit items (任务, 目标, 措施, 完成时限, 具体责任人)
 * is empty, on lists that need them (`fiveItems`); on the other lists, a required column's cell
 * is empty. `/`, `无`, `——` count as empty. A merged empty cell is reported once, at its
 * top-left cell. A cell showing a formula error is left to `formula-error`.
 */
import { FIVE_ITEMS, type FieldId } from "../../lists/schema";
import type { RowData, RuleContext } from "../context";
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError, place } from "../cells";

/** The fields this rule checks on the sheet's list, those the sheet has a column for. */
function checkedFields(ctx: RuleContext): FieldId[] {
  const fields: readonly FieldId[] = ctx.list.fiveItems
    ? FIVE_ITEMS
    : ctx.list.columns.filter((c) => c.required).map((c) => c.field);
  return fields.filter((f) => ctx.column(f) !== undefined);
}

/** Empty text, or what the cell's parser reads as nothing (`暂无`, `待定` in 责任人). */
function isEmpty(ctx: RuleContext, field: FieldId, text: string, row: RowData): boolean {
  if (isEmptyText(text)) return true;
  if (field === "deadline") {
    const reading = ctx.readings.deadline(row);
    return reading !== undefined && !reading.ok && reading.reason === "empty";
  }
  if (field === "owner") return ctx.readings.owner(row)?.kind === "empty";
  return false;
}

/** Every empty required cell of every data row. */
export const missingItem: Rule = (ctx) => {
  const out: Draft[] = [];
  const fields = checkedFields(ctx).map((field) => ({
    field,
    col: ctx.column(field)?.col ?? -1,
    variant: (FIVE_ITEMS as readonly string[]).includes(field) ? field : "default",
  }));
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    for (const { field, col, variant } of fields) {
      const text = ctx.text(row, field);
      if (isFormulaError(text) || !isEmpty(ctx, field, text, row)) continue;
      const at = place(ctx, seen, row.row, col);
      if (!at) continue;
      const draft: Draft = { rule: "missing-item", at, field, variant };
      if (text !== "") draft.text = text;
      out.push(draft);
    }
  }
  return out;
};
