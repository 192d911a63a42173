/**
 * Building a result sheet line by line: rows as wide as the table (`pad`), and lines of text
 * merged across it (`fullLine`: a title, a note, a summary line), with their merges and styles;
 * `titledLines` also keeps each line's height (a title, notes as tall as they wrap).
 */
import type { AreaStyle, CellArea, CellValue } from "../workbook/port";
import { lineHeight, titleHeight } from "./rowHeight";
import { TITLE_POINTS, TITLE_STYLE } from "./sheetStyle";

export interface SheetLines {
  rows: CellValue[][];
  merges: CellArea[];
  styles: AreaStyle[];
  pad(cells: CellValue[]): CellValue[];
  fullLine(text: string, style?: Omit<AreaStyle, "area">): void;
}

export function sheetLines(width: number): SheetLines {
  const rows: CellValue[][] = [];
  const merges: CellArea[] = [];
  const styles: AreaStyle[] = [];
  const pad = (cells: CellValue[]): CellValue[] => [...cells, ...new Array<CellValue>(width).fill(null)].slice(0, width);
  const fullLine = (text: string, style: Omit<AreaStyle, "area"> = {}) => {
    merges.push({ row: rows.length, col: 0, rowCount: 1, colCount: width });
    styles.push({ area: { row: rows.length, col: 0, rowCount: 1, colCount: width }, wrap: true, ...style });
    rows.push(pad([text]));
  };
  return { rows, merges, styles, pad, fullLine };
}

/** `sheetLines` for a sheet of column `widths`, with a `title` and notes (`line`, which returns its row) as tall as they wrap. */
export function titledLines(widths: readonly number[]) {
  const lines = sheetLines(widths.length);
  const across = widths.reduce((a, b) => a + b, 0);
  const heights = new Map<number, number>();
  const line = (text: string, style: Omit<AreaStyle, "area"> = {}): number => {
    const row = lines.rows.length;
    heights.set(row, lineHeight(text, across));
    lines.fullLine(text, style);
    return row;
  };
  const title = (text: string): void => {
    heights.set(lines.rows.length, titleHeight(text, across, TITLE_POINTS));
    lines.fullLine(text, TITLE_STYLE);
  };
  return { ...lines, heights, line, title };
}
