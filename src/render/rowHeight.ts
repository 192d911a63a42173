/** Row heights for wrapped text, estimated from the text (ExcelJS and LibreOffice do not auto-fit). */
import type { CellValue } from "../workbook/port";

/** Display width of a text in Excel's column units (a Han character is about two). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/** A row's height (points) so its wrapped text shows whole: 15 pt a line, at most `maxLines`. */
export function heightFor(row: readonly CellValue[], widths: readonly number[], maxLines = 8): number {
  let lines = 1;
  row.forEach((v, col) => {
    if (v === null || v === undefined || typeof v !== "string") return;
    lines = Math.max(lines, Math.ceil(displayWidth(v) / Math.max((widths[col] ?? 8) - 1, 1)));
  });
  return Math.min(lines, maxLines) * 15;
}
