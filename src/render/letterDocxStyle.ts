/**
 * The measures and text runs of an official document in the GB/T 9704-2012 layout
 * (docs/letters.md "Format: GB/T 9704-2012"): A4, the 156 × 225 mm text block, 22 lines of
 * 28 characters, the type sizes, and runs that carry a font in all four `w:rFonts` slots and turn
 * a `\n` (Excel's Alt+Enter) into a line break.
 */
import { LineRuleType, Paragraph, TextRun, type IRunOptions } from "docx";
import { DEFAULT_FONTS, type DocFonts } from "../domain/letters/types";

/** Millimetres to twips (1/1440 inch), rounded. */
export function mm(value: number): number {
  return Math.round((value / 25.4) * 1440);
}

/** A4 in twips (210 × 297 mm; Word's own figures). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 天头 37 mm, 订口 28 mm, bottom 35 mm, right 26 mm: a text block of 156 × 225 mm. */
export const MARGIN = { top: mm(37), left: mm(28), bottom: mm(35), right: mm(26) } as const;

/** Width of the text block (版心) in twips. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** 28 characters per line. */
export const CHARS_PER_LINE = 28;

/** One line of the 22-line grid: 28.95 pt, so 22 lines fill the 225 mm block (29 pt would give 21). */
export const LINE = 579;

/**
 * The character grid's `w:charSpace`: how far (in 1/4096 pt) a character cell is narrower than
 * the 16 pt body size so that 28 of them fill the block; rounded down so the 28th always fits.
 */
export const CHAR_SPACE = Math.floor(4096 * (TEXT_WIDTH / 20 / CHARS_PER_LINE - 16));

/** Width of `n` cells of the grid, in twips (for indents the grid does not count in characters). */
export function chars(n: number): number {
  return Math.round((n * TEXT_WIDTH) / CHARS_PER_LINE);
}

/** Type sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt (tables). */
export const SIZE = { title: 44, body: 32, pageNumber: 28, table: 24 } as const;

/** The red of the issuer's mark and the separator lines. */
export const RED = "FF0000";

/** The fonts of the four roles and the page numbers: the options over the defaults. */
export function resolveFonts(fonts: Partial<DocFonts> | undefined): DocFonts {
  const chosen = { ...DEFAULT_FONTS };
  for (const key of Object.keys(chosen) as (keyof DocFonts)[]) {
    const name = fonts?.[key];
    if (typeof name === "string" && name.trim() !== "") chosen[key] = name;
  }
  return chosen;
}

/** One font in all four slots: CJK text resolves through eastAsia, digits and dashes through ascii/hAnsi. */
export function allSlots(name: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: name, hAnsi: name, eastAsia: name, cs: name };
}

/** How a run looks: its font, size (half-points) and the rest of docx's run options. */
export type RunLook = Omit<IRunOptions, "text" | "children" | "break" | "font"> & { font: string; size: number };

/**
 * The runs of one text: each `\n` (or `\r\n`) becomes a `w:br`, so a cell's Alt+Enter lines stay
 * lines; everything else is kept as given (docx escapes `&<>`).
 */
export function textRuns(text: string, look: RunLook): TextRun[] {
  const { font, size, ...rest } = look;
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((part, i) => new TextRun({ ...rest, text: part, font: allSlots(font), size, sizeComplexScript: size, break: i > 0 ? 1 : undefined }));
}

/** Exact spacing of one grid line, nothing before or after. */
export const ON_GRID = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** An empty line of the grid (the standard's 空一行). */
export function blankLine(font: string, keepNext = false): Paragraph {
  return new Paragraph({ spacing: ON_GRID, keepNext: keepNext || undefined, children: textRuns("", { font, size: SIZE.body }) });
}

/** Printed width of a text in body characters: ASCII is half a character. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) < 0x80 ? 0.5 : 1;
  return width;
}
