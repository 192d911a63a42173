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
  return offGrid(await Packer.pack(file, "uint8array"));
}

/**
 * Paragraphs whose runs keep off the character grid (the mark, the title, tables: text larger
 * or smaller than 3号) keep off it as paragraphs too. Word honours the runs' `snapToGrid`;
 * LibreOffice only the paragraph's, and without it spreads a 2号 title over two grid cells a
 * character (14 to a line instead of 20). docx writes no paragraph `snapToGrid`, so it is added
 * to the XML here.
 */
async function offGrid(bytes: Uint8Array): Promise<Uint8Array> {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("word/document.xml");
  if (!part) return bytes;
  zip.file("word/document.xml", offGridXml(await part.async("string")));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** What follows `w:snapToGrid` in a paragraph's properties (ECMA-376 CT_PPr's sequence), so it goes before the first of them. */
const AFTER_SNAP = ["spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"];

/** Each `<w:p>` with a run off the grid gets `<w:snapToGrid w:val="0"/>` in its paragraph properties, in schema order. */
export function offGridXml(xml: string): string {
  const SNAP = '<w:snapToGrid w:val="0"/>';
  return xml.replace(/<w:p>([\s\S]*?)<\/w:p>/g, (p, inner: string) => {
    if (!inner.includes('<w:snapToGrid w:val="false"/>')) return p;
    if (!inner.startsWith("<w:pPr>")) return `<w:p><w:pPr>${SNAP}</w:pPr>${inner}</w:p>`;
    const end = inner.indexOf("</w:pPr>");
    const props = inner.slice(0, end);
    const at = Math.min(...AFTER_SNAP.map((name) => props.search(new RegExp(`<w:${name}[ />]`))).filter((i) => i >= 0), end);
    return `<w:p>${inner.slice(0, at)}${SNAP}${inner.slice(at)}</w:p>`;
  });
}
