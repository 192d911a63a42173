/**
 * `merged-cells` (info): a merged area that covers data rows within the table's columns. One
 * finding per area, at its top-left cell. (Merged titles, section rows and header cells are
 * not data and are not reported.)
 */
import { cellAddress } from "../../text/a1";
import type { Draft, Rule } from "../draft";

/** Every merged area inside the data. */
export const mergedCells: Rule = (ctx) => {
  const out: Draft[] = [];
  const { recognized } = ctx;
  const data = new Set(recognized.dataRows);
  const fieldAt = new Map(recognized.columns.map((c) => [c.col, c.field]));
  const seen = new Set<number>();
  for (const area of ctx.snapshot.merges) {
    if (area.rowCount * area.colCount < 2) continue;
    if (area.col > recognized.lastCol || area.col + area.colCount - 1 < recognized.firstCol) continue;
    let inData = false;
    for (let r = area.row; r < area.row + area.rowCount && !inData; r++) inData = data.has(r);
    const key = area.row * 16384 + area.col;
    if (!inData || seen.has(key)) continue;
    seen.add(key);
    const lastRow = area.row + area.rowCount - 1;
    const range = `${cellAddress(area.row, area.col)}:${cellAddress(lastRow, area.col + area.colCount - 1)}`;
    const rows = lastRow === area.row ? `${area.row + 1}` : `${area.row + 1}—${lastRow + 1}`;
    const draft: Draft = { rule: "merged-cells", at: { row: area.row, col: area.col }, vars: { range, rows } };
    const field = fieldAt.get(area.col);
    if (field !== undefined) draft.field = field;
    const text = ctx.grid.text(area.row, area.col);
    if (text !== "") draft.text = text;
    out.push(draft);
  }
  return out;
};
