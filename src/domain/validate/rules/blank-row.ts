/** `blank-row` (info): a blank row inside the table (after the header, before the last data row). */
import type { Rule } from "../draft";

/** One finding per blank row, at the table's first column. */
export const blankRow: Rule = (ctx) =>
  ctx.recognized.blankRows.map((row) => ({ rule: "blank-row", at: { row, col: ctx.recognized.firstCol } }));
