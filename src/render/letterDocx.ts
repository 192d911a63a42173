/**
 * Official documents as one .docx in the GB/T 9704-2012 layout (docs/letters.md "Format:
 * GB/T 9704-2012"): one section per document, each starting on a new page with its page numbers
 * restarting at 1, on A4 with the 156 × 225 mm text block, a grid of 22 lines × 28 characters,
 * and `— 1 —` page numbers, odd pages right and even pages left. Letters (函) take the letter
 * form of §10.1, a 通报 the general form. Works in Node and in the browser: the bytes come from
 * docx's Uint8Array output, never from a Node Buffer.
 */
import { Document, DocumentGridType, Packer, SectionType, type ISectionOptions } from "docx";
import type { DocFonts, OfficialDocument } from "../domain/letters/types";
import { FOOTER_DISTANCE, footers, isLetterForm, letterParagraphs } from "./letterDocxParts";
import { CHAR_SPACE, LINE, MARGIN, ON_GRID, PAGE, SIZE, allSlots, mm, resolveFonts } from "./letterDocxStyle";
import { attachmentBlocks } from "./letterDocxTable";

export interface LetterDocxOptions {
  /** Font names per role over DEFAULT_FONTS (an empty name keeps the default). */
  fonts?: Partial<DocFonts>;
}

/** One document's section: next-page break, A4, margins, the 22 × 28 grid, page numbers from 1. */
function section(doc: OfficialDocument, fonts: DocFonts): ISectionOptions {
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: isLetterForm(doc),
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { ...MARGIN, header: mm(15), footer: FOOTER_DISTANCE, gutter: 0 },
        pageNumbers: { start: 1 },
      },
      grid: { type: DocumentGridType.LINES_AND_CHARS, linePitch: LINE, charSpace: CHAR_SPACE },
    },
    footers: footers(doc, fonts),
    children: [...letterParagraphs(doc, fonts), ...attachmentBlocks(doc, fonts)],
  };
}

/** One .docx: one section per document, page numbers restarting at 1 in each. */
export async function renderLetters(docs: readonly OfficialDocument[], options?: LetterDocxOptions): Promise<Uint8Array> {
  if (docs.length === 0) throw new RangeError("renderLetters: no documents to render");
  const fonts = resolveFonts(options?.fonts);
  const normalRun = { font: allSlots(fonts.body), size: SIZE.body, sizeComplexScript: SIZE.body, language: { value: "en-US", eastAsia: "zh-CN" } };
  const file = new Document({
    evenAndOddHeaderAndFooters: true,
    // A line ended by a line break (Alt+Enter) is not stretched to the full width when justified.
    compatibility: { doNotExpandShiftReturn: true },
    // The grid's character pitch counts from the size of the defaults and of the Normal style
    // (LibreOffice reads the latter only): 3号 in both.
    styles: {
      default: { document: { run: normalRun, paragraph: { spacing: ON_GRID } } },
      paragraphStyles: [{ id: "Normal", name: "Normal", quickFormat: true, run: normalRun, paragraph: { spacing: ON_GRID } }],
    },
    sections: docs.map((doc) => section(doc, fonts)),
  });
  return Packer.pack(file, "uint8array");
}
