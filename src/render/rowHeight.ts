/**
 * Row heights for wrapped text, estimated from the text (ExcelJS and LibreOffice do not auto-fit).
 * The estimate errs on the tall side: a row a little too tall costs a few millimetres of paper, a
 * row too short cuts the last line off.
 */
import type { CellValue } from "../workbook/port";

/** Display width of a text in Excel's column units (a Han character is about two). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/**
 * Points per wrapped line of 11-point text. 宋体 needs 14.25 in Excel; a CJK face with taller
 * ascenders (Noto CJK, which LibreOffice and WPS on Linux put in 宋体's place) needs about 16.
 */
export const LINE_POINTS = 16;

/**
 * Lines a text takes wrapped in a column `width` characters wide. A Han character of 11-point
 * 宋体 is 15 px where a column unit is 7 px, so it counts 2.2 units (other characters 1.1); a line
 * holds the width less a unit of cell margins; an explicit line break starts a new line.
 */
export function linesOf(text: string, width: number): number {
  const room = Math.max(width - 1, 2.2);
  let lines = 1;
  let used = 0;
  for (const ch of text) {
    if (ch === "\n") {
      lines++;
      used = 0;
      continue;
    }
    const w = ch.charCodeAt(0) > 0x2e80 ? 2.2 : 1.1;
    if (used > 0 && used + w > room) {
      lines++;
      used = 0;
    }
    used += w;
  }
  return lines;
}

/** A row's height (points) so its wrapped text shows whole: `LINE_POINTS` a line, at most `maxLines`. */
export function heightFor(row: readonly CellValue[], widths: readonly number[], maxLines = 8): number {
  let lines = 1;
  row.forEach((v, col) => {
    if (v === null || v === undefined || typeof v !== "string") return;
    lines = Math.max(lines, linesOf(v, widths[col] ?? 8));
  });
  return Math.min(lines, maxLines) * LINE_POINTS;
}

/** A line of text merged across `width` units (a note under the title): as tall as it wraps, at least a line and a little. */
export function lineHeight(text: string, width: number, maxLines = 6): number {
  return heightFor([text], [width], maxLines) + 4;
}

/** A header row: as tall as its longest wrapped name, at least two lines. */
export function headerHeight(names: readonly CellValue[], widths: readonly number[]): number {
  return Math.max(2 * LINE_POINTS, heightFor(names, widths, 4)) + 4;
}

/** A body row of a table: as tall as its longest wrapped cell, up to `maxLines`. */
export function bodyHeight(row: readonly CellValue[], widths: readonly number[], maxLines = 8): number {
  return heightFor(row, widths, maxLines) + 3;
}

/** A title of `points` across `width` units: a line of that size per wrapped line (at 11/points of the room). */
export function titleHeight(text: string, width: number, points: number): number {
  return Math.min(linesOf(text, (width * 11) / points), 3) * Math.ceil(points * 1.5) + 8;
}
