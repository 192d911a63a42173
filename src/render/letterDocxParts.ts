/**
 * The paragraphs of one official document (docs/letters.md "What a letter contains" and
 * "Format: GB/T 9704-2012"): the 版头 (red issuer's mark, document number, red line), the title,
 * 主送, the body with its four heading levels, 附件说明, 落款 with the date, 附注, and the
 * odd/even page-number footers. Every word comes from the model.
 */
import { AlignmentType, BorderStyle, Footer, PageNumber, Paragraph, TextRun, type IBorderOptions } from "docx";
import type { DocBlock, DocFonts, OfficialDocument } from "../domain/letters/types";
import { LINE, ON_GRID, RED, SIZE, TEXT_WIDTH, allSlots, blankLine, chars, mm, textRuns, widthInChars } from "./letterDocxStyle";

/**
 * Whether a document takes the letter form (信函格式, GB/T 9704 §10.1, docs/letters.md "Format"):
 * the 提醒函, 督办函 and 问责函 are 函 by their title; a 通报 takes the general form.
 */
export function isLetterForm(doc: OfficialDocument): boolean {
  return /函\s*$/.test(doc.title);
}

/** The red double lines of the letter form are 170 mm long: 7 mm past each side of the text block. */
const LETTER_RULE_OVERHANG = -mm(7);

/** Size of the issuer's mark (half-points): up to 36 pt, smaller for a long name so it fits one line. */
export function markSize(issuer: string): number {
  const longestLine = Math.max(1, ...issuer.split("\n").map(widthInChars));
  const points = Math.floor(TEXT_WIDTH / 20 / longestLine);
  return 2 * Math.max(22, Math.min(36, points));
}

/** The mark's line: two grid lines, the text not spread over the character grid. */
function markParagraph(doc: OfficialDocument, fonts: DocFonts, border?: IBorderOptions, overhang = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...ON_GRID, line: 2 * LINE },
    indent: overhang ? { left: overhang, right: overhang } : undefined,
    border: border ? { bottom: border } : undefined,
    keepNext: true,
    children: textRuns(doc.issuer, { font: fonts.title, size: markSize(doc.issuer), color: RED, snapToGrid: false }),
  });
}

/**
 * The 版头. General form (§7.2): the red mark, two blank lines, the number centred, the red line
 * 4 mm below it as wide as the text block. Letter form (§10.1): the red mark, a red double line
 * (thick over thin) 4 mm below it, 170 mm long, and the number flush right under it.
 */
export function headParagraphs(doc: OfficialDocument, fonts: DocFonts): Paragraph[] {
  const number = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], border?: IBorderOptions): Paragraph =>
    new Paragraph({ alignment, spacing: ON_GRID, border: border ? { bottom: border } : undefined, keepNext: true, children: textRuns(doc.number, { font: fonts.body, size: SIZE.body }) });
  if (isLetterForm(doc)) {
    return [
      markParagraph(doc, fonts, { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: RED, space: 11 }, LETTER_RULE_OVERHANG),
      number(AlignmentType.RIGHT),
    ];
  }
  return [
    markParagraph(doc, fonts),
    blankLine(fonts.body, true),
    blankLine(fonts.body, true),
    number(AlignmentType.CENTER, { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 }),
  ];
}

/** Two blank lines, the title centred in 2号, one blank line, the 主送 flush left ending in `：`. */
export function titleParagraphs(doc: OfficialDocument, fonts: DocFonts): Paragraph[] {
  return [
    blankLine(fonts.body, true),
    blankLine(fonts.body, true),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: ON_GRID,
      keepNext: true,
      children: textRuns(doc.title, { font: fonts.title, size: SIZE.title, snapToGrid: false }),
    }),
    blankLine(fonts.body, true),
    new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: ON_GRID, keepNext: true, children: textRuns(doc.addressee, { font: fonts.body, size: SIZE.body }) }),
  ];
}

/** `一、` 黑体, `（一）` 楷体, `1.` and `（1）` 仿宋: the font of a block. */
function blockFont(block: DocBlock, fonts: DocFonts): string {
  if (block.kind === "heading" && block.level === 1) return fonts.heading1;
  if (block.kind === "heading" && block.level === 2) return fonts.heading2;
  return fonts.body;
}

/** The first line two characters in (in grid characters, and in twips for readers without them). */
const INDENT_TWO = { firstLineChars: 200, firstLine: chars(2) } as const;

/** A body paragraph: justified, first line two characters in, wrapped lines flush left, 28.95 pt. */
export function bodyParagraph(block: DocBlock, fonts: DocFonts, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: ON_GRID,
    indent: INDENT_TWO,
    keepNext: keepNext || block.kind === "heading" || undefined,
    children: textRuns(block.text, { font: blockFont(block, fonts), size: SIZE.body }),
  });
}

/**
 * 附件说明 (§7.3.4): one blank line, then `附件：1.…` two characters in; the next names start under
 * the first, and a name's wrapped lines start under its first character.
 */
function attachmentNoteParagraphs(lines: readonly string[], fonts: DocFonts): Paragraph[] {
  if (lines.length === 0) return [];
  const lead = /^[^：:]*[：:]/.exec(lines[0])?.[0] ?? "";
  const leadWidth = widthInChars(lead);
  const numberWidth = (text: string): number => widthInChars(/^\s*\d+[.．、]?/.exec(text)?.[0] ?? "");
  return [
    blankLine(fonts.body),
    ...lines.map((line, i) => {
      const name = i === 0 ? line.slice(lead.length) : line;
      const hangs = (i === 0 ? leadWidth : 0) + numberWidth(name);
      return new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        spacing: ON_GRID,
        indent: { left: chars(2 + leadWidth + numberWidth(name)), hanging: chars(hangs) },
        keepNext: i === lines.length - 1 || undefined,
        children: textRuns(line, { font: fonts.body, size: SIZE.body }),
      });
    }),
  ];
}

/**
 * 落款 (§7.3.5.1, with a seal): two blank lines for the seal, the date four characters from the
 * right and the issuing office centred over the date; then the 附注 two characters in on the next line.
 */
function closingParagraphs(doc: OfficialDocument, fonts: DocFonts): Paragraph[] {
  const dateWidth = widthInChars(doc.date);
  const rightAligned = (text: string, fromRight: number, keepNext: boolean): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: ON_GRID,
      indent: { right: chars(Math.max(0, fromRight)) },
      keepNext: keepNext || undefined,
      children: textRuns(text, { font: fonts.body, size: SIZE.body }),
    });
  const note = doc.note && doc.note.trim() !== "" ? doc.note : undefined;
  return [
    blankLine(fonts.body, true),
    blankLine(fonts.body, true),
    rightAligned(doc.signature, 4 + (dateWidth - widthInChars(doc.signature)) / 2, true),
    rightAligned(doc.date, 4, note !== undefined),
    ...(note === undefined ? [] : [bodyParagraph({ kind: "paragraph", text: note }, fonts)]),
  ];
}

/** The letter itself, from the mark to the 附注 (attachments follow on their own pages). */
export function letterParagraphs(doc: OfficialDocument, fonts: DocFonts): Paragraph[] {
  return [
    ...headParagraphs(doc, fonts),
    ...titleParagraphs(doc, fonts),
    // The last lines of text keep with the 落款, so a seal never stands on a page without text.
    ...doc.body.map((block, i) => bodyParagraph(block, fonts, i === doc.body.length - 1 && doc.attachmentNote.length === 0)),
    ...attachmentNoteParagraphs(doc.attachmentNote, fonts),
    ...closingParagraphs(doc, fonts),
  ];
}

/** Footer distance: 20 mm from the page's bottom edge, where the letter form's lower double line sits. */
export const FOOTER_DISTANCE = mm(20);

/** `— 1 —` in 4号, one character (of 4号) in from the outer edge; its line sits about 7 mm below the text block. */
function pageNumberFooter(odd: boolean, fonts: DocFonts): Footer {
  const look = { font: allSlots(fonts.pageNumber), size: SIZE.pageNumber, sizeComplexScript: SIZE.pageNumber, snapToGrid: false };
  return new Footer({
    children: [
      new Paragraph({
        alignment: odd ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: odd ? { right: SIZE.pageNumber * 10 } : { left: SIZE.pageNumber * 10 },
        spacing: { line: 400, lineRule: ON_GRID.lineRule, before: 0, after: mm(4.5) },
        children: [new TextRun({ ...look, children: ["— ", PageNumber.CURRENT, " —"] })],
      }),
    ],
  });
}

/** The letter form's first page: no page number, the lower red double line (thin over thick), 170 mm. */
function letterFirstFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        spacing: { line: 20, lineRule: ON_GRID.lineRule, before: 0, after: 0 },
        indent: { left: LETTER_RULE_OVERHANG, right: LETTER_RULE_OVERHANG },
        border: { bottom: { style: BorderStyle.THIN_THICK_SMALL_GAP, size: 24, color: RED, space: 0 } },
        children: [],
      }),
    ],
  });
}

/** Odd pages flush right, even pages flush left; the letter form's first page has its own. */
export function footers(doc: OfficialDocument, fonts: DocFonts): { default: Footer; even: Footer; first?: Footer } {
  const pages = { default: pageNumberFooter(true, fonts), even: pageNumberFooter(false, fonts) };
  return isLetterForm(doc) ? { ...pages, first: letterFirstFooter() } : pages;
}
