/**
 * The letters as a sheet (docs/letters.md "Getting the file to the clerk"): where the host cannot
 * hand over a file (Excel on Mac and iPad), each letter issued is written out paragraph by
 * paragraph, ready to copy into the office's Word template: number, title, addressee, body,
 * attachment note, 落款, date and 附注, then its 附件 table, a blank row between letters.
 */
import type { CellValue } from "../domain/sheet";
import type { OfficialDocument } from "../domain/letters/types";
import type { AreaStyle, SheetWrite } from "../workbook/port";
import { heightFor } from "./rowHeight";
import { say } from "../messages";

/** `函件（2023-07-05）`: one sheet per letter date, replaced when issued again that day. */
export function lettersSheetName(date: string): string {
  return say("letters.sheet", { date });
}

/** Whether a sheet is one of the letters sheets (any date). */
export function isLettersSheet(name: string): boolean {
  return name.startsWith(say("letters.sheet", { date: "" }).slice(0, -1));
}

/** The body column is as wide as a line of the letter (28 characters of 3号, about 60 of Excel's width). */
const TEXT_WIDTH = 60;

/** Lay the letters out, one under the other. */
export function lettersSheetLayout(docs: readonly OfficialDocument[], date: string): SheetWrite {
  const width = Math.max(1, ...docs.flatMap((d) => d.attachments.map((a) => a.table.head.length)));
  const rows: CellValue[][] = [];
  const styles: AreaStyle[] = [];
  const heights: (number | undefined)[] = [];
  const line = (text: string, style?: Omit<AreaStyle, "area">) => {
    const r = rows.length;
    rows.push([text, ...new Array<CellValue>(width - 1).fill(null)]);
    heights[r] = heightFor([text], [TEXT_WIDTH], 4);
    if (style) styles.push({ area: { row: r, col: 0, rowCount: 1, colCount: 1 }, ...style });
  };
  for (const doc of docs) {
    line(doc.issuer, { bold: true, fontSize: 16, fontColor: "#C00000", horizontal: "center" });
    line(doc.number, { horizontal: "right" });
    line(doc.title, { bold: true, fontSize: 14, horizontal: "center" });
    line(doc.addressee);
    for (const block of doc.body) line(block.text, block.kind === "heading" && block.level === 1 ? { bold: true } : undefined);
    for (const note of doc.attachmentNote) line(note);
    line(doc.signature, { horizontal: "right" });
    line(doc.date, { horizontal: "right" });
    if (doc.note) line(doc.note);
    for (const a of doc.attachments) {
      line(a.mark, { bold: true });
      line(a.title, { bold: true, horizontal: "center" });
      const top = rows.length;
      rows.push([...a.table.head, ...new Array<CellValue>(width - a.table.head.length).fill(null)]);
      for (const r of a.table.rows) rows.push([...r, ...new Array<CellValue>(width - r.length).fill(null)]);
      styles.push(
        { area: { row: top, col: 0, rowCount: 1, colCount: a.table.head.length }, bold: true, fill: "#D9E2F3" },
        { area: { row: top, col: 0, rowCount: a.table.rows.length + 1, colCount: a.table.head.length }, border: true, wrap: true, vertical: "top" },
      );
    }
    line("");
  }
  styles.unshift({ area: { row: 0, col: 0, rowCount: Math.max(1, rows.length), colCount: 1 }, wrap: true, vertical: "top" });
  return {
    sheet: lettersSheetName(date),
    ifExists: "replace",
    rows,
    widths: [TEXT_WIDTH, ...new Array<number>(width - 1).fill(12)],
    styles,
    rowHeights: heights,
    print: { orientation: "portrait", fitToWidth: true },
    activate: true,
  };
}
