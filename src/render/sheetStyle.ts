/**
 * The look every result sheet shares (校验结果, 进度分析, 阶段检查, 通报排名 and their 明细 sheets): one
 * font over every cell, the title in the same face bold and larger, a table's header bold on blue.
 * 宋体 ships with every Chinese Windows since Windows 95 and is WPS 表格's default, so Excel and WPS
 * on any office PC print it as laid out; 等线 comes only with Office 2016 and Windows 10, not on the
 * Windows 7 PCs some county offices still use (docs/progress.md "The sheets").
 */
import type { AreaStyle, SheetWrite } from "../workbook/port";

export const SHEET_FONT = "宋体";
/** Points of the body text. */
export const BODY_POINTS = 11;
/** Points of the title. */
export const TITLE_POINTS = 16;

/** The title line: bold and larger, centred. */
export const TITLE_STYLE = { bold: true, fontSize: TITLE_POINTS, horizontal: "center", vertical: "middle" } as const;
/** A table's header: bold on blue, bordered, wrapped and centred. */
export const HEADER_STYLE = { bold: true, fill: "#D9E2F3", border: true, wrap: true, horizontal: "center", vertical: "middle" } as const;

/**
 * The layout with `SHEET_FONT` over every cell it writes (every row, as wide as its widest row or
 * its widths), given before its other styles so a bold title, a colour or a link keeps the face.
 */
export function inSheetFont(spec: SheetWrite): SheetWrite {
  const cols = spec.rows.reduce((n, r) => Math.max(n, r.length), spec.widths?.length ?? 0);
  const font: AreaStyle = { area: { row: 0, col: 0, rowCount: Math.max(spec.rows.length, 1), colCount: Math.max(cols, 1) }, fontName: SHEET_FONT, fontSize: BODY_POINTS };
  return { ...spec, styles: [font, ...(spec.styles ?? [])] };
}
