/**
 * Official letters as .docx in the GB/T 9704-2012 layout (docs/letters.md "Format: GB/T 9704-2012"):
 * the bytes are unzipped and the WordprocessingML read back with regular expressions.
 */
import JSZip from "jszip";
import { renderLetters, type LetterDocxOptions } from "../../src/render/letterDocx";
import { columnWidths } from "../../src/render/letterDocxTable";
import { DEFAULT_FONTS, type DocFonts, type OfficialDocument } from "../../src/domain/letters/types";

/** A 督办函 with every part: four heading levels, 附件说明 on two lines, 附注, one attachment of 3 rows. */
function letter(overrides: Partial<OfficialDocument> = {}): OfficialDocument {
  return {
    issuer: "冠县人民政府办公室",
    number: "督办〔2023〕7号",
    title: "关于加快推进重点工作任务落实的督办函",
    addressee: "县住房和城乡建设局：",
    body: [
      { kind: "paragraph", text: "根据上半年重点工作任务落实情况阶段检查结果，现将有关情况函告如下。" },
      { kind: "heading", level: 1, text: "一、存在的问题" },
      { kind: "heading", level: 2, text: "（一）老旧小区改造项目" },
      { kind: "heading", level: 3, text: "1.雨污分流改造" },
      { kind: "heading", level: 4, text: "（1）主干管网铺设" },
      { kind: "paragraph", text: "请于2023年7月10日前将整改情况书面报告县政府督查室。" },
    ],
    attachmentNote: ["附件：1.重点工作任务台账明细", "2.整改情况回执"],
    signature: "冠县人民政府办公室",
    date: "2023年7月1日",
    note: "（联系人：王芳，电话：0635-5212345）",
    attachments: [
      {
        mark: "附件1",
        title: "重点工作任务台账明细",
        table: {
          head: ["序号", "任务", "完成时限", "状态"],
          rows: [
            ["1", "完成老旧小区改造12个", "6月底前", "逾期3天"],
            ["2", "完成雨污分流主干管网铺设8公里", "2023年9月30日", "滞后"],
            ["3", "建成智慧停车平台", "2023年12月31日", "滞后"],
          ],
          widths: [1, 6, 3, 2],
        },
      },
    ],
    ...overrides,
  };
}

/** A 通报: the general form (§7.2), not a 函. */
const notice = (): OfficialDocument =>
  letter({ number: "冠政办字〔2023〕12号", title: "关于上半年重点工作任务落实情况的通报", addressee: "各乡镇人民政府，县政府各部门：", note: undefined });

interface Docx {
  document: string;
  settings: string;
  styles: string;
  /** Footer XML by relationship type of the first section: default (odd), even, first. */
  footers: Record<string, string>;
}

async function open(bytes: Uint8Array): Promise<Docx> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => {
    const file = zip.file(name);
    if (!file) throw new Error(`missing ${name}`);
    return file.async("string");
  };
  const document = await read("word/document.xml");
  const rels = await read("word/_rels/document.xml.rels");
  const target = (id: string): string => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.slice(1).find(Boolean) ?? "";
  const footers: Record<string, string> = {};
  const firstSection = sections(document)[0];
  for (const m of firstSection.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)) footers[m[1]] = await read(`word/${target(m[2])}`);
  return { document, settings: await read("word/settings.xml"), styles: await read("word/styles.xml"), footers };
}

async function render(docs: OfficialDocument[], options?: LetterDocxOptions): Promise<Docx> {
  return open(await renderLetters(docs, options));
}

const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The `<w:p>` elements in order (tables' cell paragraphs included). */
function paragraphs(xml: string): string[] {
  return xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
}

/** The text of a paragraph or run: `<w:t>` contents, `\n` for each `<w:br/>`. */
function textOf(xml: string): string {
  let text = "";
  for (const m of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)) text += m[0] === "<w:br/>" ? "\n" : unescapeXml(m[1]);
  return text;
}

function paragraph(xml: string, text: string): string {
  const found = paragraphs(xml).filter((p) => textOf(p) === text);
  if (found.length === 0) throw new Error(`no paragraph reads ${JSON.stringify(text)}`);
  return found[0];
}

function runs(xml: string): string[] {
  return xml.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
}

/** The value of attribute `w:name` on the first `<w:tag …>` in xml. */
function attr(xml: string, tag: string, name: string): string | undefined {
  return new RegExp(`<w:${tag}\\b[^>]*?\\bw:${name}="([^"]*)"`).exec(xml)?.[1];
}

function sections(document: string): string[] {
  return document.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g) ?? [];
}

const twips = (mm: number): number => Math.round((mm / 25.4) * 1440);

describe("renderLetters: the file", () => {
  it("returns the bytes of a .docx as a plain Uint8Array, not a Node Buffer", async () => {
    const bytes = await renderLetters([letter()]);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it("renders without a global Buffer, as in the browser", async () => {
    const saved = globalThis.Buffer;
    let bytes: Uint8Array;
    try {
      delete (globalThis as { Buffer?: unknown }).Buffer;
      // The browser bundle's JSZip (its package's "browser" build), loaded without Buffer as a page loads it.
      let browserRender: typeof renderLetters = renderLetters;
      jest.isolateModules(() => {
        jest.doMock("jszip", () => jest.requireActual("jszip/dist/jszip.min.js"));
        browserRender = (jest.requireActual("../../src/render/letterDocx") as { renderLetters: typeof renderLetters }).renderLetters;
      });
      bytes = await browserRender([letter()]);
    } finally {
      globalThis.Buffer = saved;
      jest.dontMock("jszip");
    }
    expect(textOf((await open(bytes)).document)).toContain("关于加快推进重点工作任务落实的督办函");
  });

  it("rejects an empty list as a programming error", async () => {
    await expect(renderLetters([])).rejects.toBeInstanceOf(RangeError);
  });
});

describe("the page: A4, margins, the 22 × 28 grid", () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await render([letter()]);
  });

  it.each([
    ["pgSz", "w", 11906],
    ["pgSz", "h", 16838],
    ["pgMar", "top", twips(37)],
    ["pgMar", "left", twips(28)],
    ["pgMar", "bottom", twips(35)],
    ["pgMar", "right", twips(26)],
    ["docGrid", "linePitch", 579],
    // The letter form's lower red line sits 20 mm above the page's bottom edge, in the footer.
    ["pgMar", "footer", twips(20)],
  ])("%s %s = %d", (tag, name, value) => {
    expect(Number(attr(sections(docx.document)[0], tag, name))).toBe(value);
  });

  it("leaves a text block of 156 × 225 mm holding 22 lines of 28.95 pt", () => {
    const width = 11906 - twips(28) - twips(26);
    const height = 16838 - twips(37) - twips(35);
    expect(Math.abs(width - twips(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(height - twips(225))).toBeLessThanOrEqual(1);
    expect(22 * 579).toBeLessThanOrEqual(height);
    expect(23 * 579).toBeGreaterThan(height);
  });

  it("sets a lines-and-characters grid whose character pitch fits 28 characters of 16 pt", () => {
    const section = sections(docx.document)[0];
    expect(attr(section, "docGrid", "type")).toBe("linesAndChars");
    const pitchPt = 16 + Number(attr(section, "docGrid", "charSpace")) / 4096;
    const widthPt = (11906 - twips(28) - twips(26)) / 20;
    expect(Math.floor(widthPt / pitchPt)).toBe(28);
  });

  it.each([
    ["the issuer's mark", "冠县人民政府办公室", false],
    ["the title", "关于加快推进重点工作任务落实的督办函", false],
    ["the attachment title", "重点工作任务台账明细", false],
    ["a table cell", "完成老旧小区改造12个", false],
    ["the body", "请于2023年7月10日前将整改情况书面报告县政府督查室。", true],
    ["the date", "2023年7月1日", true],
  ])("snaps %s to the character grid: %s → %s", (_, text, snaps) => {
    for (const run of runs(paragraph(docx.document, text))) expect(run.includes('<w:snapToGrid w:val="false"/>')).toBe(!snaps);
  });

  it("does not stretch a justified line that ends in a line break", () => {
    expect(docx.settings).toContain("<w:doNotExpandShiftReturn/>");
  });

  it("counts the grid from 3号 in the document defaults and the Normal style", () => {
    expect(docx.styles).toMatch(/<w:docDefaults>[\s\S]*<w:sz w:val="32"\/>[\s\S]*<\/w:docDefaults>/);
    expect(docx.styles).toMatch(/<w:style w:type="paragraph" w:styleId="Normal"[^>]*>[\s\S]*?<w:sz w:val="32"\/>[\s\S]*?<\/w:style>/);
  });
});

describe("the letter's parts", () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await render([letter()]);
  });

  it.each([
    ["a paragraph", "根据上半年重点工作任务落实情况阶段检查结果，现将有关情况函告如下。"],
    ["a level-1 heading", "一、存在的问题"],
    ["a level-2 heading", "（一）老旧小区改造项目"],
    ["a level-3 heading", "1.雨污分流改造"],
    ["a level-4 heading", "（1）主干管网铺设"],
    ["the 附注", "（联系人：王芳，电话：0635-5212345）"],
  ])("sets %s on exact 28.95 pt lines, justified, the first line two characters in", (_, text) => {
    const p = paragraph(docx.document, text);
    expect(attr(p, "spacing", "line")).toBe("579");
    expect(attr(p, "spacing", "lineRule")).toBe("exact");
    expect(attr(p, "ind", "firstLineChars")).toBe("200");
    expect(attr(p, "ind", "left")).toBeUndefined();
    expect(attr(p, "jc", "val")).toBe("both");
  });

  it("prints the issuer's mark in red, centred, in the title font, 170 mm double red line under it (letter form)", () => {
    const mark = paragraph(docx.document, "冠县人民政府办公室");
    expect(attr(mark, "jc", "val")).toBe("center");
    for (const run of runs(mark)) expect(attr(run, "color", "val")).toBe("FF0000");
    expect(attr(mark, "bottom", "color")).toBe("FF0000");
    expect(attr(mark, "bottom", "val")).toBe("thickThinSmallGap");
    expect(Number(attr(mark, "ind", "left"))).toBe(-twips(7));
    expect(Number(attr(mark, "ind", "right"))).toBe(-twips(7));
  });

  it("puts a 函's number flush right under the line, and leaves page 1 without a page number", () => {
    expect(attr(paragraph(docx.document, "督办〔2023〕7号"), "jc", "val")).toBe("right");
    expect(sections(docx.document)[0]).toContain("<w:titlePg/>");
    expect(docx.footers.first).toBeDefined();
    expect(docx.footers.first).not.toContain("PAGE");
    expect(attr(docx.footers.first, "bottom", "color")).toBe("FF0000");
  });

  it("puts a 通报's number centred with the red separator line under it (general form), page 1 numbered", async () => {
    const general = await render([notice()]);
    const mark = paragraph(general.document, "冠县人民政府办公室");
    expect(attr(mark, "bottom", "val")).toBeUndefined();
    const number = paragraph(general.document, "冠政办字〔2023〕12号");
    expect(attr(number, "jc", "val")).toBe("center");
    expect(attr(number, "bottom", "val")).toBe("single");
    expect(attr(number, "bottom", "color")).toBe("FF0000");
    expect(sections(general.document)[0]).not.toContain("<w:titlePg/>");
    expect(general.footers.first).toBeUndefined();
  });

  it("centres the title in 2号 after two blank lines, then one blank line and the 主送 flush left", () => {
    const all = paragraphs(docx.document);
    const title = all.findIndex((p) => textOf(p) === "关于加快推进重点工作任务落实的督办函");
    expect(attr(all[title], "jc", "val")).toBe("center");
    for (const run of runs(all[title])) expect(attr(run, "sz", "val")).toBe("44");
    expect([textOf(all[title - 2]), textOf(all[title - 1]), textOf(all[title - 3])]).toEqual(["", "", "督办〔2023〕7号"]);
    expect(textOf(all[title + 1])).toBe("");
    const addressee = all[title + 2];
    expect(textOf(addressee)).toBe("县住房和城乡建设局：");
    expect(addressee).not.toContain("<w:ind");
  });

  it("indents 附件说明 two characters and starts the next name under the first", () => {
    const first = paragraph(docx.document, "附件：1.重点工作任务台账明细");
    const second = paragraph(docx.document, "2.整改情况回执");
    const start = (p: string): number => Number(attr(p, "ind", "left")) - Number(attr(p, "ind", "hanging"));
    const char = (11906 - twips(28) - twips(26)) / 28;
    expect(start(first)).toBeCloseTo(2 * char, -1);
    expect(start(second)).toBeCloseTo(start(first) + 3 * char, -1);
    // Wrapped lines of each name start under its first character, after `1.` / `2.`.
    expect(Number(attr(first, "ind", "left"))).toBe(Number(attr(second, "ind", "left")));
    expect(Number(attr(second, "ind", "left"))).toBeCloseTo(start(second) + char, -1);
  });

  it("sets the date four characters from the right with the office centred over it, the 附注 on the next line", () => {
    const all = paragraphs(docx.document);
    const date = all.findIndex((p) => textOf(p) === "2023年7月1日");
    const char = (11906 - twips(28) - twips(26)) / 28;
    expect(attr(all[date], "jc", "val")).toBe("right");
    expect(Number(attr(all[date], "ind", "right"))).toBeCloseTo(4 * char, -1);
    const signature = all[date - 1];
    expect(textOf(signature)).toBe("冠县人民政府办公室");
    expect(attr(signature, "jc", "val")).toBe("right");
    // 9 characters over 6: 1.5 characters further right than the date.
    expect(Number(attr(signature, "ind", "right"))).toBeCloseTo(2.5 * char, -1);
    expect(textOf(all[date + 1])).toBe("（联系人：王芳，电话：0635-5212345）");
    expect(all[date - 1]).toContain("<w:keepNext/>");
  });

  it("leaves the 附注 out when there is none", async () => {
    const without = await render([letter({ note: undefined })]);
    const all = paragraphs(without.document);
    const date = all.findIndex((p) => textOf(p) === "2023年7月1日");
    expect(all[date + 1]).toMatch(/w:pageBreakBefore/);
  });
});

describe("fonts: all four slots of every run", () => {
  const custom: DocFonts = { title: "Title Font", body: "Body Font", heading1: "Heading One", heading2: "Heading Two", pageNumber: "Page Font" };

  const roles: [string, string, keyof DocFonts, string][] = [
    ["issuer's mark", "冠县人民政府办公室", "title", "72"],
    ["title", "关于加快推进重点工作任务落实的督办函", "title", "44"],
    ["number", "督办〔2023〕7号", "body", "32"],
    ["主送", "县住房和城乡建设局：", "body", "32"],
    ["level-1 heading", "一、存在的问题", "heading1", "32"],
    ["level-2 heading", "（一）老旧小区改造项目", "heading2", "32"],
    ["level-3 heading", "1.雨污分流改造", "body", "32"],
    ["level-4 heading", "（1）主干管网铺设", "body", "32"],
    ["body", "请于2023年7月10日前将整改情况书面报告县政府督查室。", "body", "32"],
    ["附件说明", "附件：1.重点工作任务台账明细", "body", "32"],
    ["date", "2023年7月1日", "body", "32"],
    ["attachment mark", "附件1", "heading1", "32"],
    ["attachment title", "重点工作任务台账明细", "title", "44"],
    ["table header", "完成时限", "body", "24"],
    ["table cell", "完成老旧小区改造12个", "body", "24"],
  ];

  describe.each([
    ["the defaults", undefined, DEFAULT_FONTS],
    ["fonts from the options", { fonts: custom }, custom],
    ["the defaults where an option is empty", { fonts: { title: "", body: " " } }, DEFAULT_FONTS],
  ] as [string, LetterDocxOptions | undefined, DocFonts][])("with %s", (_, options, fonts) => {
    let docx: Docx;
    beforeAll(async () => {
      docx = await render([letter()], options);
    });

    it.each(roles)("%s: %s in the %s font, size %s half-points", (_role, text, role, size) => {
      const rs = runs(paragraph(docx.document, text));
      expect(rs.length).toBeGreaterThan(0);
      for (const run of rs) {
        for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) expect(attr(run, "rFonts", slot)).toBe(fonts[role]);
        expect(attr(run, "sz", "val")).toBe(size);
      }
    });

    it.each(["default", "even"])("%s footer: page number in the page-number font, 4号", (kind) => {
      const rs = runs(docx.footers[kind]);
      expect(rs.length).toBeGreaterThan(0);
      for (const run of rs) {
        for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) expect(attr(run, "rFonts", slot)).toBe(fonts.pageNumber);
        expect(attr(run, "sz", "val")).toBe("28");
      }
    });

    it("body font and 3号 in the document defaults", () => {
      const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(docx.styles)?.[0] ?? "";
      for (const slot of ["ascii", "hAnsi", "eastAsia", "cs"]) expect(attr(defaults, "rFonts", slot)).toBe(fonts.body);
    });
  });
});

describe("page numbers", () => {
  let docx: Docx;
  beforeAll(async () => {
    docx = await render([letter()]);
  });

  it("turns on separate odd and even footers in settings.xml", () => {
    expect(docx.settings).toContain("<w:evenAndOddHeaders/>");
  });

  it.each([
    ["default", "right", "right"],
    ["even", "left", "left"],
  ])("%s footer (odd pages for default): `— PAGE —` flush %s, one 4号 character in", (kind, align, side) => {
    const footer = docx.footers[kind];
    expect(footer).toBeDefined();
    expect(attr(footer, "jc", "val")).toBe(align);
    expect(Number(attr(footer, "ind", side))).toBe(280);
    expect(footer).toMatch(/<w:t[^>]*>— <\/w:t>[\s\S]*<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>[\s\S]*<w:t[^>]*> —<\/w:t>/);
  });
});

describe("one section per document", () => {
  it("gives 3 documents 3 next-page sections, each numbering its pages from 1 with its own footers", async () => {
    const docx = await render([letter(), notice(), letter({ number: "督办〔2023〕8号", addressee: "县交通运输局：" })]);
    const all = sections(docx.document);
    expect(all).toHaveLength(3);
    for (const section of all) {
      expect(attr(section, "type", "val")).toBe("nextPage");
      expect(attr(section, "pgNumType", "start")).toBe("1");
      expect(section).toMatch(/<w:footerReference w:type="default"/);
      expect(section).toMatch(/<w:footerReference w:type="even"/);
      expect(attr(section, "docGrid", "linePitch")).toBe("579");
      expect(attr(section, "pgMar", "top")).toBe(String(twips(37)));
    }
    expect(all.map((s) => s.includes("<w:titlePg/>"))).toEqual([true, false, true]);
    expect(textOf(docx.document).match(/关于加快推进重点工作任务落实的督办函/g)).toHaveLength(2);
  });
});

describe("attachments", () => {
  let docx: Docx;
  let table: string;
  beforeAll(async () => {
    docx = await render([letter()]);
    table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(docx.document)?.[0] ?? "";
  });

  it("starts each on a new page with its mark flush left, then its title centred on the third line", () => {
    const all = paragraphs(docx.document);
    const mark = all.findIndex((p) => textOf(p) === "附件1");
    expect(all[mark]).toContain("<w:pageBreakBefore/>");
    expect(all[mark]).not.toContain("<w:ind");
    expect(attr(all[mark], "jc", "val")).toBe("left");
    expect(textOf(all[mark + 1])).toBe("");
    expect(textOf(all[mark + 2])).toBe("重点工作任务台账明细");
    expect(attr(all[mark + 2], "jc", "val")).toBe("center");
  });

  it("sets a table of the header row and 3 rows, the header repeated on each page and bold", () => {
    const rows: string[] = table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain("<w:tblHeader/>");
    for (const row of rows.slice(1)) expect(row).not.toContain("<w:tblHeader");
    for (const run of runs(rows[0])) expect(run).toContain("<w:b/>");
    for (const run of runs(rows[1])) expect(run).not.toContain("<w:b/>");
    expect(rows.map((r) => paragraphs(r).map(textOf))).toEqual([
      ["序号", "任务", "完成时限", "状态"],
      ["1", "完成老旧小区改造12个", "6月底前", "逾期3天"],
      ["2", "完成雨污分流主干管网铺设8公里", "2023年9月30日", "滞后"],
      ["3", "建成智慧停车平台", "2023年12月31日", "滞后"],
    ]);
  });

  it.each(["top", "bottom", "left", "right", "insideH", "insideV"])("draws a thin single %s border", (side) => {
    const borders = /<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(table)?.[0] ?? "";
    expect(attr(borders, side, "val")).toBe("single");
    expect(Number(attr(borders, side, "sz"))).toBeLessThanOrEqual(8);
  });

  it("sizes the columns from `widths` across the text block", () => {
    const cols = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const block = 11906 - twips(28) - twips(26);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(block);
    expect(cols.map((c) => Math.round((c / block) * 12))).toEqual([1, 6, 3, 2]);
  });

  it("adds no attachment pages when there are none", async () => {
    const plain = await render([letter({ attachments: [], attachmentNote: [] })]);
    expect(plain.document).not.toContain("<w:tbl>");
    expect(plain.document).not.toContain("w:pageBreakBefore");
    expect(textOf(plain.document)).not.toContain("附件");
  });
});

describe("columnWidths", () => {
  it.each([
    [[1, 1, 1], 3, 900, [300, 300, 300]],
    [[1, 2], 2, 900, [300, 600]],
    [[1, 1, 1], 3, 1000, [333, 334, 333]],
    [undefined, 4, 1000, [250, 250, 250, 250]],
    [[1, 2], 3, 900, [300, 300, 300]],
    [[1, 0, 2], 3, 900, [300, 300, 300]],
    [[1, Number.NaN, 2], 3, 900, [300, 300, 300]],
  ])("widths %j over %d columns of %d twips → %j", (widths, columns, total, expected) => {
    expect(columnWidths(columns, widths, total)).toEqual(expected);
  });
});

describe("text kept exactly as given", () => {
  const awkward: [string, string][] = [
    ["quotes", `他说"立即整改"，'马上办'，“中文引号”‘单引号’`],
    ["brackets", "〔2023〕【重点】[A1]{x}（括号）<<>>"],
    ["markup characters", "A&B <tag> &amp; &lt; ]]>"],
    ["characters outside GB2312", "𠮷野家 王堃 镕"],
    ["a formula", "=SUM(A1:A3)"],
    ["a phone number", "+86 0635-5212345"],
    ["leading signs", "-1 @cmd"],
    ["spaces", "  两端有空格  "],
  ];

  it.each(awkward)("%s: %s in a body paragraph, a table cell and the title", async (_, text) => {
    const doc = letter({
      title: text,
      body: [{ kind: "paragraph", text }],
      attachments: [{ mark: "附件1", title: "明细", table: { head: ["任务"], rows: [[text]] } }],
    });
    const docx = await render([doc]);
    const all = paragraphs(docx.document).map(textOf);
    expect(all.filter((t) => t === text).length).toBe(3);
  });

  it("escapes &, < and > in the XML", async () => {
    const docx = await render([letter({ body: [{ kind: "paragraph", text: "A&B <tag>" }] })]);
    expect(docx.document).toContain("A&amp;B &lt;tag&gt;");
    expect(docx.document).not.toContain("<tag>");
  });

  it.each([
    ["a body paragraph", (t: string) => letter({ body: [{ kind: "paragraph", text: t }] })],
    ["a heading", (t: string) => letter({ body: [{ kind: "heading", level: 1, text: t }] })],
    ["the title", (t: string) => letter({ title: t })],
    ["a table cell", (t: string) => letter({ attachments: [{ mark: "附件1", title: "明细", table: { head: ["任务"], rows: [[t]] } }] })],
    ["the 附注", (t: string) => letter({ note: t })],
  ])("turns Alt+Enter (\\n, \\r\\n) in %s into line breaks", async (_, make) => {
    const docx = await render([make("第一行\n第二行\r\n第三行")]);
    const p = paragraph(docx.document, "第一行\n第二行\n第三行");
    expect(p.match(/<w:br\/>/g)).toHaveLength(2);
    expect(p).not.toMatch(/<w:t[^>]*>[^<]*[\r\n][^<]*<\/w:t>/);
  });

  it("keeps a very long task in one paragraph to wrap normally", async () => {
    const long = "完成全县农村人居环境整治提升五年行动方案确定的各项年度目标任务".repeat(20);
    const docx = await render([letter({ body: [{ kind: "paragraph", text: long }] })]);
    const p = paragraph(docx.document, long);
    expect(p).not.toContain("<w:br/>");
    expect(attr(p, "spacing", "lineRule")).toBe("exact");
  });
});

describe("paragraphs off the grid", () => {
  it("the mark, the title and table cells keep off the character grid as paragraphs too, in schema order (before spacing and alignment)", async () => {
    const { document } = await render([letter()]);
    const paragraphs = document.match(/<w:p>[\s\S]*?<\/w:p>/g) ?? [];
    const title = paragraphs.find((p) => textOf(p) === "关于加快推进重点工作任务落实的督办函") as string;
    const props = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(title)?.[1] ?? "";
    expect(props).toContain('<w:snapToGrid w:val="0"/>');
    const order = ["snapToGrid", "spacing", "jc"].map((name) => props.indexOf(`<w:${name}`)).filter((i) => i >= 0);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const body = paragraphs.find((p) => textOf(p).startsWith("根据")) as string;
    expect(body).not.toContain('<w:snapToGrid w:val="0"/>');
  });
});
