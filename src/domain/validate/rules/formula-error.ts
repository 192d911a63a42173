/**
 * `formula-error` (error): a cell of the table — header included, from the header's first row
 * to the table's last row, over the table's columns — shows a formula error (`#REF!`, `#N/A`,
 * `#VALUE!`, `#DIV/0!`, `#NAME?`, `#NULL!`, `#NUM!`, `#SPILL!`, `#CALC!` …). A merged cell is
 * reported once. The other rules do not judge such a cell.
 */
import type { Draft, Rule } from "../draft";
import { isFormulaError } from "../cells";
import { say, type MessageId } from "../../../messages";

/** What each error means, for the message (catalogue `rules.formula.*`). */
const WHY: Readonly<Record<string, Extract<MessageId, `rules.formula.${string}`>>> = {
  "#REF!": "rules.formula.REF",
  "#N/A": "rules.formula.NA",
  "#VALUE!": "rules.formula.VALUE",
  "#DIV/0!": "rules.formula.DIV0",
  "#NAME?": "rules.formula.NAME",
  "#NULL!": "rules.formula.NULL",
  "#NUM!": "rules.formula.NUM",
  "#SPILL!": "rules.formula.SPILL",
  "#CALC!": "rules.formula.CALC",
};

/** The last row of the table: the last data, section, blank or repeated-header row, else the header. */
function lastTableRow(ctx: Parameters<Rule>[0]): number {
  const r = ctx.recognized;
  const lasts = [r.headerBottom, r.dataRows.at(-1), r.sections.at(-1)?.row, r.blankRows.at(-1), r.repeatedHeaders.at(-1)];
  return Math.max(...lasts.filter((x): x is number => x !== undefined));
}

/**
 * Every cell of the table showing a formula error. Reads the snapshot's arrays directly (a
 * large ledger has hundreds of thousands of cells); a hit inside a merged area is kept only at
 * its top-left cell.
 */
export const formulaError: Rule = (ctx) => {
  const out: Draft[] = [];
  const { grid, recognized, snapshot } = ctx;
  const { origin, values, text } = snapshot;
  const fieldAt = new Map(recognized.columns.map((c) => [c.col, c.field]));
  const width = values.length > 0 ? values[0].length : 0;
  const r0 = Math.max(recognized.headerTop, origin.row) - origin.row;
  const r1 = Math.min(lastTableRow(ctx), origin.row + values.length - 1) - origin.row;
  const c0 = Math.max(recognized.firstCol, origin.col) - origin.col;
  const c1 = Math.min(recognized.lastCol, origin.col + width - 1) - origin.col;
  for (let r = r0; r <= r1; r++) {
    const shownRow = text[r];
    const valueRow = values[r];
    for (let c = c0; c <= c1; c++) {
      let shown = shownRow?.[c] ?? "";
      if (shown === "") {
        const v = valueRow[c];
        if (typeof v !== "string") continue;
        shown = v;
      }
      if (shown.indexOf("#") < 0) continue;
      const cellText = shown.trim();
      const row = r + origin.row;
      const col = c + origin.col;
      if (!isFormulaError(cellText) || grid.isMergeCopy(row, col)) continue;
      const draft: Draft = { rule: "formula-error", at: { row, col }, text: cellText, vars: { why: say(Object.hasOwn(WHY, cellText) ? WHY[cellText] : "rules.formula.other") } };
      const field = fieldAt.get(col);
      if (field !== undefined) draft.field = field;
      out.push(draft);
    }
  }
  return out;
};
