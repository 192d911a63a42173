/**
 * Building a result sheet line by line: rows as wide as the table (`pad`), and lines of text
 * merged across it (`fullLine`: a title, a note, a summary line), with their merges and styles.
 */
import type { AreaStyle, CellArea, CellValue } from "../workbook/port";

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
