/**
 * Reading a recognised data row by field: what the rules, progress and merge code work on.
 * A cell merged over several rows belongs to each of them, so every row sees its value.
 */
import type { CellValue } from "../sheet";
import type { FieldId } from "../lists/schema";
import type { Grid } from "./grid";
import type { Recognized } from "./types";

/** One field's cell in a data row. */
export interface FieldCell {
  /** 0-based sheet column. */
  col: number;
  /** The raw value (the merged area's value when the cell is merged). */
  value: CellValue;
  /** The text as shown, trimmed. */
  text: string;
  /** The number format (dates hide behind serial numbers). */
  format: string;
  /** The cell is part of a merged area (for the `merged-cells` finding). */
  merged: boolean;
}

/** The cells of data row `row`, by field; a field without a column is absent. */
export function readRow(grid: Grid, recognized: Recognized, row: number): Partial<Record<FieldId, FieldCell>> {
  const out: Partial<Record<FieldId, FieldCell>> = {};
  for (const { field, col } of recognized.columns) {
    out[field] = {
      col,
      value: grid.value(row, col),
      text: grid.text(row, col).trim(),
      format: grid.format(row, col),
      merged: grid.isMergedData(row, col),
    };
  }
  return out;
}
