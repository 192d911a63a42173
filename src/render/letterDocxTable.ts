/**
 * Attachments (附件, GB/T 9704 §7.3.7, docs/letters.md "What a letter contains"): each on a new
 * page, its mark (`附件1`) flush left on the first line in 黑体, its title centred in the title
 * font on the third, then its table: thin borders, the header row bold and repeated on every page,
 * text in the body font at 小四, column widths from `widths` across the 156 mm text block.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
} from "docx";
import type { DocFonts, DocTable, OfficialDocument } from "../domain/letters/types";
import { ON_GRID, SIZE, TEXT_WIDTH, blankLine, textRuns } from "./letterDocxStyle";

/** Column widths in twips summing to the text block: `widths` when one positive number per column, else equal. */
export function columnWidths(columns: number, widths: readonly number[] | undefined, total = TEXT_WIDTH): number[] {
  const usable = widths !== undefined && widths.length === columns && widths.every((w) => Number.isFinite(w) && w > 0);
  const shares = usable ? widths : Array.from({ length: columns }, () => 1);
  const sum = shares.reduce((a, b) => a + b, 0);
  // Rounded on the running total so the columns add up to the block exactly.
  let running = 0;
  let before = 0;
  return shares.map((share) => {
    running += share;
    const end = Math.round((total * running) / sum);
    const width = end - before;
    before = end;
    return width;
  });
}

const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

/** Table text: 12 pt on exact 20 pt lines, not spread over the page's character grid. */
function cell(text: string, width: number, fonts: DocFonts, head: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    children: [
      new Paragraph({
        alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 400, lineRule: ON_GRID.lineRule, before: 0, after: 0 },
        children: textRuns(text, { font: fonts.body, size: SIZE.table, bold: head || undefined, snapToGrid: false }),
      }),
    ],
  });
}

/** The table of an attachment; rows shorter than the header are padded with empty cells. */
export function attachmentTable(table: DocTable, fonts: DocFonts): Table {
  const columns = Math.max(1, table.head.length, ...table.rows.map((r) => r.length));
  const widths = columnWidths(columns, table.widths);
  const row = (texts: readonly string[], head: boolean): TableRow =>
    new TableRow({
      tableHeader: head || undefined,
      cantSplit: head || undefined,
      children: widths.map((w, i) => cell(texts[i] ?? "", w, fonts, head)),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    // 1 mm each side (Word's default is 1.9 mm): a 4-character heading fits a narrow column.
    margins: { left: 57, right: 57 },
    borders: { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN },
    rows: [row(table.head, true), ...table.rows.map((r) => row(r, false))],
  });
}

/** Each attachment on a new page: mark, blank line, title, blank line, table (none when it has no cells). */
export function attachmentBlocks(doc: OfficialDocument, fonts: DocFonts): (Paragraph | Table)[] {
  return doc.attachments.flatMap((attachment) => {
    const hasTable = attachment.table.head.length + attachment.table.rows.length > 0;
    return [
      new Paragraph({
        pageBreakBefore: true,
        alignment: AlignmentType.LEFT,
        spacing: ON_GRID,
        keepNext: true,
        children: textRuns(attachment.mark, { font: fonts.heading1, size: SIZE.body }),
      }),
      blankLine(fonts.body, true),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: ON_GRID,
        keepNext: hasTable || undefined,
        children: textRuns(attachment.title, { font: fonts.title, size: SIZE.title, snapToGrid: false }),
      }),
      ...(hasTable ? [blankLine(fonts.body, true), attachmentTable(attachment.table, fonts)] : []),
    ];
  });
}
