/**
 * `formula-error` (error): a cell of the table — header included, from the header's first row
 * to the table's last row, over the table's columns — shows a formula error (`#REF!`, `#N/A`,
 * `#VALUE!`, `#DIV/0!`, `#NAME?`, `#NULL!`, `#NUM!`, `#SPILL!`, `#CALC!` …). A merged cell is
 * reported once. The other rules do not judge such a cell.
 */
import type { Draft, Rule } from "../draft";
import { isFormulaError } from "../cells";

/** What each error means, for the message. */
const WHY: Readonly<Record<string, string>> = {
  "#REF!": "公式引用的单元格已被删除或移动",
  "#N/A": "公式要查找的值不存在（如 VLOOKUP 没有找到）",
  "#VALUE!": "参与计算的内容类型不对（如文字参与了加减）",
  "#DIV/0!": "除数为 0 或为空",
  "#NAME?": "公式中的函数名或名称写错了",
  "#NULL!": "公式引用的两个区域没有交集",
  "#NUM!": "数值无效或超出范围",
  "#SPILL!": "公式结果要溢出的区域已被占用",
  "#CALC!": "公式无法计算出结果（如结果为空）",
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
      const draft: Draft = { rule: "formula-error", at: { row, col }, text: cellText, vars: { why: WHY[cellText] ?? "公式计算出错" } };
      const field = fieldAt.get(col);
      if (field !== undefined) draft.field = field;
      out.push(draft);
    }
  }
  return out;
};
