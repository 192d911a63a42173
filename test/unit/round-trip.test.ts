/**
 * What the browser edition's round trip (`ExcelJsWorkbook.load(bytes)` → `save()`, ExcelJS 4.4)
 * keeps of a clerk's workbook, measured feature by feature on the saved package, and the
 * detector (`roundTripLosses`) that tells the clerk before the download: for every fixture of
 * test/fixtures/roundTrip.ts it must report exactly what was measured lost or changed, and
 * nothing for what survives (docs/round-trip.md is the table of these results).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { describeLosses, ROUND_TRIP_LOSS_KINDS, roundTripLosses, type RoundTripLoss, type RoundTripLossKind } from "../../src/workbook/exceljs/roundTripLosses";
import { readRels, resolveTarget } from "../../src/workbook/exceljs/charts/opc";
import { attributesOf, unescapeXml } from "../../src/workbook/exceljs/charts/xml";
import { CATALOGUE } from "../../src/messages";
import { ZH_CN_BUILTIN_FORMATS } from "../../src/workbook/exceljs/builtinFormats";
import {
  buildFixture, CLASSIC_CF, CUSTOM_PROPERTIES, DEFAULT_FONT, FORMULA_CELLS, NOTES, NUMBER_FORMATS, OUTLINE_COLS, PIVOT_SHEET, PNG, PRINT,
  RICH_TEXT, SHEET, THEME, THREADS, XlsxPackage, type FixtureName,
} from "../fixtures/roundTrip";

const ROOT = join(__dirname, "..", "..");

// ---------------------------------------------------------------------------------------------
// Measuring

/** A fixture before and after the round trip. */
interface Trip {
  original: Uint8Array;
  before: XlsxPackage;
  after: XlsxPackage;
}

/** The round trip the browser edition makes: load, then save (no change in between). */
async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  return (await ExcelJsWorkbook.load(bytes)).save();
}

async function trip(...fixtures: FixtureName[]): Promise<Trip> {
  const original = await buildFixture(...fixtures);
  return { original, before: await XlsxPackage.open(original), after: await XlsxPackage.open(await roundTrip(original)) };
}

/** The package's part names. */
function partsOf(pkg: XlsxPackage): string[] {
  return Object.values(pkg.zip.files)
    .filter((f) => !f.dir)
    .map((f) => f.name)
    .sort();
}

function hasPart(pkg: XlsxPackage, part: string): boolean {
  return pkg.zip.file(part) !== null;
}

async function sheetXml(pkg: XlsxPackage, sheet: string): Promise<string> {
  return pkg.text(await pkg.sheetPart(sheet));
}

/** The relationship types (last segment) of a sheet's part. */
async function sheetRelTypes(pkg: XlsxPackage, sheet: string): Promise<string[]> {
  return (await readRels(pkg.zip, await pkg.sheetPart(sheet))).map((r) => r.type.slice(r.type.lastIndexOf("/") + 1));
}

/** The parts a sheet relates to with a relationship of this type (last segment). */
async function sheetTargets(pkg: XlsxPackage, sheet: string, type: string): Promise<string[]> {
  const part = await pkg.sheetPart(sheet);
  const rels = (await readRels(pkg.zip, part)).filter((r) => r.type.endsWith(`/${type}`));
  return rels.map((r) => resolveTarget(part, r.target));
}

/** Elements of a name (`local` with any prefix, or exactly `x14:foo`): attributes and content. */
function elementsOf(xml: string, local: string): { attrs: Map<string, string>; body: string; xml: string }[] {
  const pattern = new RegExp(`<((?:[\\w.-]+:)?${local})(?=[\\s/>])([^>]*?)(?:/>|>([\\s\\S]*?)</\\1>)`, "g");
  return [...xml.matchAll(pattern)].map((m) => ({ attrs: attributesOf(`<x${m[2]}>`), body: m[3] ?? "", xml: m[0] }));
}

function count(xml: string, pattern: RegExp): number {
  return xml.match(pattern)?.length ?? 0;
}

/** A cell as its parts: type, style, formula text and attributes, cached value. */
function cellOf(xml: string, ref: string): { t?: string; s?: string; cm?: string; f?: string; fAttrs: Record<string, string>; v?: string } | undefined {
  const c = elementsOf(xml, "c").find((e) => e.attrs.get("r") === ref);
  if (!c) return undefined;
  const f = elementsOf(c.body, "f")[0];
  const v = elementsOf(c.body, "v")[0];
  return {
    t: c.attrs.get("t"),
    s: c.attrs.get("s"),
    cm: c.attrs.get("cm"),
    f: f ? unescapeXml(f.body) : undefined,
    fAttrs: f ? Object.fromEntries(f.attrs) : {},
    v: v ? unescapeXml(v.body) : undefined,
  };
}

/** The workbook's defined names: name → value and attributes. */
async function definedNames(pkg: XlsxPackage): Promise<Map<string, { value: string; attrs: Map<string, string> }>> {
  const xml = await pkg.text("xl/workbook.xml");
  return new Map(elementsOf(xml, "definedName").map((e) => [e.attrs.get("name") ?? "", { value: unescapeXml(e.body), attrs: e.attrs }]));
}

function loss(kind: RoundTripLossKind, sheets: string[], count: number, names: string[] = []): RoundTripLoss {
  return { kind, sheets, count, names };
}

// ---------------------------------------------------------------------------------------------
// Pictures and shapes

describe("pictures, shapes and WPS cell images", () => {
  it("keeps both pictures (two-cell and one-cell anchors) with their image, but not their names or alt text", async () => {
    const { original, before, after } = await trip("images");
    const [drawingBefore] = await sheetTargets(before, SHEET.ledger, "drawing");
    expect(count(await before.text(drawingBefore), /<xdr:pic>/g)).toBe(2);
    const [drawing] = await sheetTargets(after, SHEET.ledger, "drawing");
    const xml = await after.text(drawing);
    expect(count(xml, /<xdr:twoCellAnchor\b/g)).toBe(1);
    expect(count(xml, /<xdr:oneCellAnchor\b/g)).toBe(1);
    expect(count(xml, /<xdr:pic>/g)).toBe(2);
    const [media] = (await readRels(after.zip, drawing)).map((r) => resolveTarget(drawing, r.target));
    expect(Buffer.from(await after.zip.file(media)!.async("uint8array")).equals(Buffer.from(PNG))).toBe(true);
    expect(xml).not.toContain("descr=");
    expect(xml).not.toContain("图片 1");
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("loses text boxes and shapes: the whole drawing goes", async () => {
    const { original, before, after } = await trip("shapes");
    const [drawingBefore] = await sheetTargets(before, SHEET.ledger, "drawing");
    expect(count(await before.text(drawingBefore), /<xdr:sp\b/g)).toBe(2);
    expect(await sheetRelTypes(after, SHEET.ledger)).not.toContain("drawing");
    expect(partsOf(after).filter((p) => p.startsWith("xl/drawings/"))).toEqual([]);
    expect(await sheetXml(after, SHEET.ledger)).not.toMatch(/<drawing\b/);
    expect(await roundTripLosses(original)).toEqual([loss("shapes", [SHEET.ledger], 2)]);
  });

  it("loses WPS's pictures embedded in cells (xl/cellimages.xml); the DISPIMG formula stays, pointing at nothing", async () => {
    const { original, before, after } = await trip("wpsCellImages");
    expect(hasPart(before, "xl/cellimages.xml")).toBe(true);
    expect(hasPart(after, "xl/cellimages.xml")).toBe(false);
    expect((await readRels(after.zip, "xl/workbook.xml")).map((r) => r.type)).not.toContain("http://www.wps.cn/officeDocument/2020/cellImage");
    expect(cellOf(await sheetXml(after, SHEET.ledger), "F2")?.f).toMatch(/^_xlfn\.DISPIMG\("ID_/);
    expect(await roundTripLosses(original)).toEqual([loss("cell-images", [SHEET.ledger], 1)]);
  });
});

// ---------------------------------------------------------------------------------------------
// Notes and threaded comments

describe("notes (批注) and threaded comments", () => {
  it("keeps notes with formatted text, empties a plain-text note, hides an always-shown one, and forgets the authors", async () => {
    const { original, before, after } = await trip("notes");
    const notesBefore = elementsOf(await before.text("xl/comments1.xml"), "comment");
    expect(notesBefore).toHaveLength(NOTES.length);
    const [comments] = await sheetTargets(after, SHEET.ledger, "comments");
    const xml = await after.text(comments);
    const textOf = (ref: string) => elementsOf(elementsOf(xml, "comment").find((c) => c.attrs.get("ref") === ref)?.body ?? "", "t").map((t) => unescapeXml(t.body)).join("");
    for (const note of NOTES.filter((n) => !n.plain)) expect(textOf(note.ref)).toBe(`${note.author}:\n${note.text}`);
    const plain = NOTES.find((n) => n.plain);
    expect(plain && textOf(plain.ref)).toBe("");
    expect(elementsOf(xml, "author").map((a) => a.body)).toEqual(["Author"]);
    const [vml] = await sheetTargets(after, SHEET.ledger, "vmlDrawing");
    expect(await before.text("xl/drawings/vmlDrawing1.vml")).toContain("<x:Visible/>");
    expect(await after.text(vml)).not.toContain("x:Visible");
    expect(await roundTripLosses(original)).toEqual([loss("plain-notes", [SHEET.ledger], 1), loss("shown-notes", [SHEET.ledger], 1)]);
  });

  it("loses threaded comments and their persons; the notes Excel writes beside them come back empty", async () => {
    const { original, before, after } = await trip("threadedComments");
    expect(partsOf(before)).toEqual(expect.arrayContaining(["xl/threadedComments/threadedComment1.xml", "xl/persons/person.xml"]));
    expect(partsOf(after).filter((p) => /threadedComments|persons/.test(p))).toEqual([]);
    expect(await sheetRelTypes(after, SHEET.ledger)).not.toContain("threadedComment");
    const [comments] = await sheetTargets(after, SHEET.ledger, "comments");
    const notes = elementsOf(await after.text(comments), "comment");
    expect(notes.map((n) => n.attrs.get("ref"))).toEqual(THREADS.map((t) => t.ref));
    expect(notes.map((n) => elementsOf(n.body, "t").length)).toEqual([0, 0]);
    expect(await roundTripLosses(original)).toEqual([loss("threaded-comments", [SHEET.ledger], THREADS.length)]);
  });
});

// ---------------------------------------------------------------------------------------------
// Names and formulas

describe("defined names (名称)", () => {
  it("keeps workbook-scoped ranges and the print titles and area; drops constants, formulas and whole columns; forgets sheet scopes", async () => {
    const { original, before, after } = await trip("definedNames");
    expect(count(await before.text("xl/workbook.xml"), /<definedName /g)).toBe(9);
    const names = await definedNames(after);
    expect(names.get("单位名录")?.value).toBe("'名录'!$A$1:$A$5");
    // 任务列 of 汇总 and 任务列 of 名录 become one workbook-wide 任务列: the last one read
    expect(count(await after.text("xl/workbook.xml"), /<definedName name="任务列"/g)).toBe(1);
    expect(names.get("任务列")?.value).toBe("'名录'!$A$1:$A$5");
    expect(names.get("任务列")?.attrs.has("localSheetId")).toBe(false);
    expect(names.has("目标进度")).toBe(false);
    expect(names.has("全部单位")).toBe(false);
    // the formula is not dropped but cut at its first comma into a name of a sheet that does not exist
    expect(names.get("动态名录")?.value).toBe("'OFFSET(名录'!$A$1");
    // a hidden name with a comment comes back visible and without its comment
    expect([...(names.get("检查日期")?.attrs.keys() ?? [])]).toEqual(["name"]);
    expect(names.get("_xlnm.Print_Titles")).toEqual({ value: "'汇总'!$1:$1", attrs: new Map([["name", "_xlnm.Print_Titles"], ["localSheetId", "0"]]) });
    expect(names.get("_xlnm.Print_Area")?.value).toBe("'汇总'!$A1:$E6");
    expect(await roundTripLosses(original)).toEqual([
      loss("names-lost", [], 3, ["目标进度", "动态名录", "全部单位"]),
      loss("names-scope", [SHEET.ledger, SHEET.units], 2, ["任务列"]),
    ]);
  });
});

describe("formulas", () => {
  it("keeps plain, shared, array, text, boolean and error formulas with their cached values", async () => {
    const { original, before, after } = await trip("formulas");
    const [xmlBefore, xmlAfter] = [await sheetXml(before, SHEET.ledger), await sheetXml(after, SHEET.ledger)];
    const refs = [...FORMULA_CELLS.map((c) => /r="(\w+)"/.exec(c)?.[1] ?? ""), "H3", "H4"];
    for (const ref of refs) {
      expect(cellOf(xmlBefore, ref)?.f).toBeDefined();
      expect({ ref, ...cellOf(xmlAfter, ref) }).toEqual({ ref, ...cellOf(xmlBefore, ref) });
    }
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("turns an Excel 365 dynamic array formula into a legacy array formula: cm and xl/metadata.xml go", async () => {
    const { original, before, after } = await trip("dynamicArray");
    expect(cellOf(await sheetXml(before, SHEET.ledger), "G2")?.cm).toBe("1");
    const g2 = cellOf(await sheetXml(after, SHEET.ledger), "G2");
    expect(g2).toMatchObject({ f: "_xlfn.UNIQUE(C2:C6)", fAttrs: { t: "array", ref: "G2:G6" }, v: "县交通局" });
    expect(g2?.cm).toBeUndefined();
    expect(hasPart(after, "xl/metadata.xml")).toBe(false);
    expect(await roundTripLosses(original)).toEqual([loss("dynamic-arrays", [SHEET.ledger], 1)]);
  });

  it("loses external links: the part and <externalReferences> go, the formula [1]Sheet1!$A$1 stays, pointing at nothing", async () => {
    const { original, before, after } = await trip("externalLink");
    expect(await before.text("xl/workbook.xml")).toContain("<externalReferences>");
    expect(partsOf(after).filter((p) => p.startsWith("xl/externalLinks/"))).toEqual([]);
    expect(await after.text("xl/workbook.xml")).not.toContain("externalReference");
    expect(cellOf(await sheetXml(after, SHEET.ledger), "G2")).toMatchObject({ f: "[1]Sheet1!$A$1", v: "42" });
    expect(await roundTripLosses(original)).toEqual([loss("external-links", [], 1)]);
  });
});

// ---------------------------------------------------------------------------------------------
// Conditional formats, data validation, sparklines

describe("conditional formats (条件格式)", () => {
  it("keeps the classic rules and the x14-only icon set; splits an Excel 2010 data bar in two, each missing part of its look", async () => {
    const { original, before, after } = await trip("conditionalFormats");
    const xml = await sheetXml(after, SHEET.ledger);
    /** The classic rules (no prefix): "sqref type body", their dxf ids left out (ExcelJS renumbers them). */
    const classic = (sheet: string) =>
      elementsOf(sheet, "conditionalFormatting")
        .filter((cf) => cf.xml.startsWith("<conditionalFormatting"))
        .flatMap((cf) => elementsOf(cf.body, "cfRule").filter((r) => r.xml.startsWith("<cfRule")).map((r) => ({ sqref: cf.attrs.get("sqref"), type: r.attrs.get("type"), body: r.body })));
    const rules = classic(xml);
    const others = (list: ReturnType<typeof classic>) => list.filter((r) => r.type !== "dataBar").map((r) => `${r.sqref} ${r.type} ${r.body}`);
    expect(others(rules)).toEqual(others(classic(await sheetXml(before, SHEET.ledger))));
    expect(others(rules).map((r) => r.split(" ").slice(0, 2).join(" "))).toEqual(CLASSIC_CF.filter((cf) => !cf.includes("dataBar")).map((cf) => `${/sqref="([^"]+)"/.exec(cf)?.[1]} ${/type="(\w+)"/.exec(cf)?.[1]}`));
    // one data bar before, two after (the classic one, and the x14 twin made a rule of its own)
    expect(count(await sheetXml(before, SHEET.ledger), /<cfRule type="dataBar"/g)).toBe(1);
    const bars = rules.filter((r) => r.type === "dataBar");
    expect(bars.map((b) => b.sqref)).toEqual(["E2:E6", "E2:E6"]);
    // the second has no <color> and x14-only cfvo types: both against CT_DataBar of sml.xsd (color required; ST_CfvoType has no autoMin)
    expect(bars.map((b) => elementsOf(b.body, "color").length)).toEqual([1, 0]);
    expect(elementsOf(bars[1]?.body ?? "", "cfvo").map((c) => c.attrs.get("type"))).toEqual(["autoMin", "autoMax"]);
    const x14Bars = elementsOf(xml, "x14:dataBar");
    expect(x14Bars).toHaveLength(2);
    expect(x14Bars.map((b) => [/negativeFillColor/.test(b.body), /axisColor/.test(b.body), /x14:fillColor/.test(b.body), b.attrs.get("gradient")])).toEqual([
      [false, false, false, undefined],
      [true, true, false, "0"],
    ]);
    expect(elementsOf(xml, "x14:iconSet").map((i) => i.attrs.get("iconSet"))).toEqual(["3Stars"]);
    expect(await roundTripLosses(original)).toEqual([loss("data-bars", [SHEET.ledger], 1)]);
  });

  it("x14 rules with formulas (rules referring to another sheet), which ExcelJS cannot write (save() threw a TypeError), are dropped on load: the workbook saves without them", async () => {
    const original = await buildFixture("crossSheetConditionalFormats");
    const wb = await ExcelJsWorkbook.load(original);
    const xml = await sheetXml(await XlsxPackage.open(await wb.save()), SHEET.ledger);
    expect(xml).not.toMatch(/x14:cfRule|<cfRule/);
    expect(await roundTripLosses(original)).toEqual([loss("cross-sheet-conditional-formats", [SHEET.ledger], 2)]);
  });
});

describe("data validation (数据有效性)", () => {
  it("keeps the classic rules with their messages; drops the x14 list that refers to another sheet", async () => {
    const { original, before, after } = await trip("dataValidation");
    expect(await sheetXml(before, SHEET.ledger)).toContain("<x14:dataValidation ");
    const xml = await sheetXml(after, SHEET.ledger);
    const rules = elementsOf(xml, "dataValidation").map((d) => ({ sqref: d.attrs.get("sqref"), type: d.attrs.get("type"), formula: unescapeXml(elementsOf(d.body, "formula1")[0]?.body ?? ""), prompt: d.attrs.get("prompt"), error: d.attrs.get("error") }));
    expect(rules).toEqual([
      { sqref: "A2:A6", type: "whole", formula: "1", prompt: "从 1 开始编号", error: "请填写整数" },
      { sqref: "F2:F6", type: "list", formula: '"是,否"', prompt: undefined, error: undefined },
      { sqref: "G2:G6", type: "list", formula: "$B$2:$B$6", prompt: undefined, error: undefined },
    ]);
    expect(xml).not.toContain("x14:dataValidation");
    expect(await roundTripLosses(original)).toEqual([loss("cross-sheet-validations", [SHEET.ledger], 1)]);
  });

  it("writes a rule over rows 2–20 as two overlapping rules (F2:F20 and F10:F20), an ExcelJS range-merging fault (not reported)", async () => {
    const pkg = await XlsxPackage.open(await buildFixture());
    await pkg.setSheetChild(SHEET.ledger, `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="F2:F20"><formula1>"是,否"</formula1></dataValidation></dataValidations>`);
    const original = await pkg.bytes();
    const after = await XlsxPackage.open(await roundTrip(original));
    const sqrefs = elementsOf(await sheetXml(after, SHEET.ledger), "dataValidation").map((d) => d.attrs.get("sqref"));
    expect(sqrefs.sort()).toEqual(["F10:F20", "F2:F20"]);
    expect(await roundTripLosses(original)).toEqual([]);
  });
});

describe("sparklines (迷你图)", () => {
  it("loses the sparkline group in the worksheet's extension list", async () => {
    const { original, after } = await trip("sparklines");
    expect(await sheetXml(after, SHEET.ledger)).not.toContain("sparkline");
    expect(await roundTripLosses(original)).toEqual([loss("sparklines", [SHEET.ledger], 5)]);
  });
});

// ---------------------------------------------------------------------------------------------
// Sheets

describe("sheets: visibility, tab colour, panes, protection, grouping, print setup, filter, ignored errors", () => {
  it("keeps hidden and very hidden sheets", async () => {
    const { original, after } = await trip("hiddenSheets");
    const states = elementsOf(await after.text("xl/workbook.xml"), "sheet").map((s) => `${s.attrs.get("name")} ${s.attrs.get("state")}`);
    expect(states).toEqual(["汇总 visible", "名录 visible", "底稿 hidden", "参数 veryHidden"]);
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("keeps the tab colour and the frozen panes", async () => {
    const { original, after } = await trip("tabColourAndPanes");
    const xml = await sheetXml(after, SHEET.ledger);
    expect(elementsOf(xml, "tabColor")[0]?.attrs.get("rgb")).toBe("FFFF0000");
    expect(Object.fromEntries(elementsOf(xml, "pane")[0]?.attrs ?? [])).toEqual({ xSplit: "2", ySplit: "1", topLeftCell: "C2", activePane: "bottomRight", state: "frozen" });
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("keeps the sheet's password protection; loses the editable ranges (允许用户编辑区域) and the workbook's structure protection", async () => {
    const { original, before, after } = await trip("protection");
    const [protBefore, protAfter] = [elementsOf(await sheetXml(before, SHEET.ledger), "sheetProtection")[0], elementsOf(await sheetXml(after, SHEET.ledger), "sheetProtection")[0]];
    expect(Object.fromEntries(protAfter?.attrs ?? [])).toEqual(Object.fromEntries(protBefore?.attrs ?? []));
    expect(await sheetXml(after, SHEET.ledger)).not.toContain("protectedRange");
    expect(await before.text("xl/workbook.xml")).toContain("<workbookProtection ");
    expect(await after.text("xl/workbook.xml")).not.toContain("workbookProtection");
    expect(await roundTripLosses(original)).toEqual([loss("protected-ranges", [SHEET.ledger], 1), loss("workbook-protection", [], 1)]);
  });

  it("keeps column and row groups and their levels; moves the collapsed flags onto the grouped columns and rows", async () => {
    const { original, after } = await trip("outline");
    const xml = await sheetXml(after, SHEET.ledger);
    expect(elementsOf(xml, "outlinePr")[0]?.attrs.get("summaryBelow")).toBe("0");
    const cols = elementsOf(xml, "col").map((c) => Object.fromEntries(c.attrs));
    expect(elementsOf(OUTLINE_COLS, "col").map((c) => c.attrs.get("collapsed"))).toEqual([undefined, "1"]);
    expect(cols).toEqual([
      { min: "2", max: "3", width: "14", hidden: "1", outlineLevel: "1", collapsed: "1", customWidth: "1" },
      { min: "4", max: "4", width: "12", customWidth: "1" },
    ]);
    const rows = elementsOf(xml, "row").filter((r) => r.attrs.get("outlineLevel") === "1");
    expect(rows.map((r) => [r.attrs.get("r"), r.attrs.get("collapsed"), r.attrs.get("hidden")])).toEqual([
      ["3", "1", undefined],
      ["4", "1", undefined],
    ]);
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("keeps paper, orientation, fit, margins, header and footer, print options, titles and area; loses manual page breaks", async () => {
    const { original, after } = await trip("printSetup");
    const xml = await sheetXml(after, SHEET.ledger);
    const attrs = (local: string) => Object.fromEntries(elementsOf(xml, local)[0]?.attrs ?? []);
    expect(attrs("pageSetup")).toMatchObject(Object.fromEntries(elementsOf(PRINT.pageSetup, "pageSetup")[0]?.attrs ?? []));
    expect(attrs("pageMargins")).toEqual(Object.fromEntries(elementsOf(PRINT.margins, "pageMargins")[0]?.attrs ?? []));
    expect(attrs("printOptions")).toEqual({ gridLines: "1", horizontalCentered: "1" });
    expect(attrs("pageSetUpPr")).toEqual({ fitToPage: "1" });
    expect(elementsOf(xml, "oddHeader").map((h) => unescapeXml(h.body))).toEqual(['&C&"宋体,加粗"&16重点工作任务清单']);
    expect(elementsOf(xml, "oddFooter").map((h) => unescapeXml(h.body))).toEqual(["&C第 &P 页，共 &N 页"]);
    const names = await definedNames(after);
    expect([names.get("_xlnm.Print_Titles")?.value, names.get("_xlnm.Print_Area")?.value]).toEqual(["'汇总'!$1:$1", "'汇总'!$A1:$E6"]);
    expect(xml).not.toMatch(/<(rowBreaks|colBreaks|brk)\b/);
    expect(await roundTripLosses(original)).toEqual([loss("page-breaks", [SHEET.ledger], 2)]);
  });

  it("keeps the autofilter's range but not its criteria; the rows it hid stay hidden", async () => {
    const { original, after } = await trip("filter");
    const xml = await sheetXml(after, SHEET.ledger);
    expect(elementsOf(xml, "autoFilter").map((f) => [f.attrs.get("ref"), f.body])).toEqual([["A1:E6", ""]]);
    expect(elementsOf(xml, "row").filter((r) => r.attrs.get("hidden") === "1").map((r) => r.attrs.get("r"))).toEqual(["3", "5", "6"]);
    expect(await roundTripLosses(original)).toEqual([loss("filter-criteria", [SHEET.ledger], 1)]);
  });

  it("loses ignored errors (the green triangles come back)", async () => {
    const { original, after } = await trip("ignoredErrors");
    expect(await sheetXml(after, SHEET.ledger)).not.toContain("ignoredError");
    expect(await roundTripLosses(original)).toEqual([loss("ignored-errors", [SHEET.ledger], 1)]);
  });
});

// ---------------------------------------------------------------------------------------------
// Cells

describe("cells: hyperlinks, rich text, number formats, default font, theme", () => {
  it("keeps a link to a web page; loses a link to a place in the workbook", async () => {
    const { original, after } = await trip("hyperlinks");
    const links = elementsOf(await sheetXml(after, SHEET.ledger), "hyperlink").map((h) => h.attrs.get("ref"));
    expect(links).toEqual(["B2"]);
    expect((await readRels(after.zip, await after.sheetPart(SHEET.ledger))).map((r) => [r.target, r.external])).toEqual([["http://www.guanxian.gov.cn/", true]]);
    expect(await roundTripLosses(original)).toEqual([loss("internal-hyperlinks", [SHEET.ledger], 1)]);
  });

  it("keeps rich text runs", async () => {
    const { original, after } = await trip("richText");
    const strings = await after.text("xl/sharedStrings.xml");
    const si = elementsOf(strings, "si").find((s) => s.body.includes(RICH_TEXT[0].text));
    expect(elementsOf(si?.body ?? "", "r").map((r) => [elementsOf(r.body, "t")[0]?.body, /<b\/>/.test(r.body), /FFFF0000/.test(r.body)])).toEqual([
      ["【滞后】", true, true],
      ["预算绩效管理", false, false],
    ]);
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("keeps WPS's custom formats word for word; rewrites 0\\% as 0% (a percentage); keeps the East Asian built-in id 31 (defined on load, builtinFormats.ts); drops the built-in accounting id 44", async () => {
    const { original, after } = await trip("numberFormats");
    const styles = await after.text("xl/styles.xml");
    const codes = new Map(elementsOf(styles, "numFmt").map((n) => [n.attrs.get("numFmtId") ?? "", n.attrs.get("formatCode") ?? ""]));
    const xfs = elementsOf(elementsOf(styles, "cellXfs")[0]?.body ?? "", "xf").map((x) => x.attrs.get("numFmtId") ?? "0");
    const xml = await sheetXml(after, SHEET.ledger);
    const formatOf = (ref: string) => {
      const id = xfs[Number(cellOf(xml, ref)?.s ?? "0")];
      return codes.get(id) ?? `builtin ${id}`;
    };
    expect(NUMBER_FORMATS.map((f) => [f.cell, formatOf(f.cell)])).toEqual([
      ["D2", `[DBNum1][$-804]yyyy"年"m"月"d"日"`],
      ["D3", "[$-804]aaaa"],
      ["D4", `yyyy"年"m"月"`],
      ["A2", "[DBNum1][$-804]G/通用格式"],
      ["E3", "builtin 9"],
      ["D5", `yyyy"年"m"月"d"日"`],
      ["D6", "builtin 0"],
    ]);
    expect(await roundTripLosses(original)).toEqual([loss("builtin-number-formats", [SHEET.ledger], 1), loss("escaped-number-formats", [SHEET.ledger], 1)]);
  });

  it("keeps the workbook's default font (宋体 12), which ExcelJS alone replaced with Calibri 11 (defaultFont.ts puts it back)", async () => {
    const { original, after } = await trip("defaultFont");
    const styles = await after.text("xl/styles.xml");
    const fonts = elementsOf(elementsOf(styles, "fonts")[0]?.body ?? "", "font").map((f) => [elementsOf(f.body, "name")[0]?.attrs.get("val"), elementsOf(f.body, "sz")[0]?.attrs.get("val")]);
    expect(fonts[0]).toEqual([DEFAULT_FONT.name, String(DEFAULT_FONT.size)]);
    const xfs = elementsOf(elementsOf(styles, "cellXfs")[0]?.body ?? "", "xf").map((x) => x.attrs.get("fontId"));
    expect(xfs[0]).toBe("0");
    expect(await roundTripLosses(original)).toEqual([]);
  });

  it("keeps a custom theme (colours and fonts)", async () => {
    const { original, after } = await trip("customTheme");
    const theme = await after.text("xl/theme/theme1.xml");
    expect(theme).toContain(`<a:clrScheme name="${THEME.name}">`);
    expect(/<a:accent1>\s*<a:srgbClr val="(\w+)"/.exec(theme)?.[1]).toBe(THEME.accent1);
    expect(/<a:minorFont>[\s\S]*?<a:ea typeface="([^"]*)"/.exec(theme)?.[1]).toBe(THEME.eastAsianFont);
    expect(await roundTripLosses(original)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Tables, slicers, pivot tables, document properties

describe("tables, slicers, pivot tables, custom properties", () => {
  it("keeps a table but turns its header row off and hides its filter buttons (ExcelJS reads a missing headerRowCount as 0)", async () => {
    const { original, before, after } = await trip("table");
    const [tableBefore] = elementsOf(await before.text("xl/tables/table1.xml"), "table");
    expect(tableBefore?.attrs.has("headerRowCount")).toBe(false);
    const [table] = await sheetTargets(after, SHEET.ledger, "table");
    const xml = await after.text(table);
    expect(elementsOf(xml, "table")[0]?.attrs.get("headerRowCount")).toBe("0");
    expect(elementsOf(xml, "filterColumn").map((f) => f.attrs.get("hiddenButton"))).toEqual(["1", "1", "1", "1", "1"]);
    expect(elementsOf(xml, "tableColumn").map((c) => c.attrs.get("name"))).toEqual(["序号", "重点任务", "责任单位", "完成时限", "完成进度"]);
    expect(await roundTripLosses(original)).toEqual([loss("tables", [SHEET.ledger], 1, ["表1"])]);
  });

  it("loses a slicer: its parts, relationships, extension lists, name and drawing", async () => {
    const { original, before, after } = await trip("slicer");
    expect(partsOf(before)).toEqual(expect.arrayContaining(["xl/slicers/slicer1.xml", "xl/slicerCaches/slicerCache1.xml"]));
    expect(partsOf(after).filter((p) => /slicer|drawings/.test(p))).toEqual([]);
    expect(await after.text("xl/workbook.xml")).not.toMatch(/slicer|切片器/i);
    expect(await sheetXml(after, SHEET.ledger)).not.toMatch(/slicer/i);
    expect(await roundTripLosses(original)).toEqual([loss("slicers", [SHEET.ledger], 1), loss("tables", [SHEET.ledger], 1, ["表1"])]);
  });

  it("loses a pivot table and its cache; the cells keep the figures it showed", async () => {
    const { original, before, after } = await trip("pivotTable");
    expect(partsOf(before).filter((p) => /pivot/i.test(p))).toHaveLength(5);
    expect(partsOf(after).filter((p) => /pivot/i.test(p))).toEqual([]);
    expect(await after.text("xl/workbook.xml")).not.toContain("pivotCache");
    const xml = await sheetXml(after, PIVOT_SHEET);
    expect(cellOf(xml, "B7")?.v).toBe("12");
    expect(await roundTripLosses(original)).toEqual([loss("pivot-tables", [PIVOT_SHEET], 1)]);
  });

  it("loses custom document properties (WPS's own two are not reported)", async () => {
    const { original, after } = await trip("customProperties");
    expect(hasPart(after, "docProps/custom.xml")).toBe(false);
    const own = CUSTOM_PROPERTIES.slice(0, 2).map((p) => p.name);
    expect(await roundTripLosses(original)).toEqual([loss("custom-properties", [], 2, own)]);
  });
});

// ---------------------------------------------------------------------------------------------
// The detector

/** The fixture whose measured loss each kind reports (the type makes every kind have one). */
const MEASURED_BY: { readonly [K in RoundTripLossKind]: FixtureName } = {
  "cross-sheet-conditional-formats": "crossSheetConditionalFormats",
  "pivot-tables": "pivotTable",
  slicers: "slicer",
  shapes: "shapes",
  "cell-images": "wpsCellImages",
  "threaded-comments": "threadedComments",
  "plain-notes": "notes",
  "external-links": "externalLink",
  "names-lost": "definedNames",
  "names-scope": "definedNames",
  "cross-sheet-validations": "dataValidation",
  sparklines: "sparklines",
  tables: "table",
  "builtin-number-formats": "numberFormats",
  "escaped-number-formats": "numberFormats",
  "data-bars": "conditionalFormats",
  "dynamic-arrays": "dynamicArray",
  "internal-hyperlinks": "hyperlinks",
  "filter-criteria": "filter",
  "page-breaks": "printSetup",
  "protected-ranges": "protection",
  "workbook-protection": "protection",
  "shown-notes": "notes",
  "ignored-errors": "ignoredErrors",
  "custom-properties": "customProperties",
};

/** Fixtures that combine (no shared drawing, notes part or sheetPr): a clerk's workbook with many things at once. */
const COMBINED: FixtureName[] = [
  "customProperties", "numberFormats", "printSetup", "hyperlinks", "protection", "sparklines", "dataValidation",
  "definedNames", "threadedComments", "shapes", "pivotTable", "defaultFont",
];

describe("roundTripLosses", () => {
  it("reports nothing for the sample ledger, which the round trip carries whole", async () => {
    const sample = new Uint8Array(readFileSync(join(ROOT, "assets", "sample-ledger.xlsx")));
    await expect(roundTrip(sample)).resolves.toBeInstanceOf(Uint8Array);
    expect(await roundTripLosses(sample)).toEqual([]);
  });

  it.each(ROUND_TRIP_LOSS_KINDS.map((k) => [k, MEASURED_BY[k]] as const))("reports %s for the %s fixture, measured lost or changed above", async (kind, fixture) => {
    expect((await roundTripLosses(await buildFixture(fixture))).map((l) => l.kind)).toContain(kind);
  });

  it("merges what a workbook with many things carries, by kind, in the order of ROUND_TRIP_LOSS_KINDS", async () => {
    const separate = (await Promise.all(COMBINED.map(async (f) => roundTripLosses(await buildFixture(f))))).flat();
    expect(new Set(separate.map((l) => l.kind)).size).toBe(separate.length);
    const order = (l: RoundTripLoss) => ROUND_TRIP_LOSS_KINDS.indexOf(l.kind);
    expect(await roundTripLosses(await buildFixture(...COMBINED))).toEqual([...separate].sort((a, b) => order(a) - order(b)));
    expect(await roundTripLosses(await buildFixture(...[...COMBINED].reverse()))).toEqual([...separate].sort((a, b) => order(a) - order(b)));
  });

  it("names the sheets in tab order and counts across them", async () => {
    const pkg = await XlsxPackage.open(await buildFixture("sparklines"));
    await pkg.setSheetChild(SHEET.units, `<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>`);
    await pkg.setSheetChild(SHEET.ledger, `<rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"/><brk id="4" max="16383" man="1"/></rowBreaks>`);
    await pkg.addDefinedNames([`<definedName name="乙" localSheetId="1">名录!$A$1</definedName>`, `<definedName name="甲" localSheetId="0">汇总!$A$1</definedName>`]);
    expect(await roundTripLosses(await pkg.bytes())).toEqual([
      loss("names-scope", [SHEET.ledger, SHEET.units], 2, ["乙", "甲"]),
      loss("sparklines", [SHEET.ledger], 5),
      loss("page-breaks", [SHEET.ledger, SHEET.units], 3),
    ]);
  });

  it("reads the package only (no ExcelJS)", () => {
    const source = readFileSync(join(ROOT, "src", "workbook", "exceljs", "roundTripLosses.ts"), "utf8");
    expect(source).not.toMatch(/from "exceljs"|require\("exceljs"\)/);
  });

  it("knows the built-in number formats ExcelJS 4.4 resolves by id, and no others", async () => {
    const table = readFileSync(join(ROOT, "node_modules", "exceljs", "lib", "xlsx", "defaultnumformats.js"), "utf8");
    const known = [...table.matchAll(/^\s*(\d+): \{f: /gm)].map((m) => Number(m[1]));
    expect(known).toContain(49);
    const pkg = await XlsxPackage.open(await buildFixture());
    await pkg.edit("xl/styles.xml", (xml) =>
      xml.replace(/<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/, () => `<cellXfs count="164">${Array.from({ length: 164 }, (_, id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`).join("")}</cellXfs>`),
    );
    await pkg.edit(await pkg.sheetPart(SHEET.units), (xml) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${Array.from({ length: 164 }, (_, id) => `<row r="${id + 1}"><c r="A${id + 1}" s="${id}"><v>1</v></c></row>`).join("")}</sheetData>`));
    const builtin = (await roundTripLosses(await pkg.bytes())).find((l) => l.kind === "builtin-number-formats");
    expect(builtin?.count).toBe(164 - known.length - Object.keys(ZH_CN_BUILTIN_FORMATS).length);
  });
});

describe("describeLosses", () => {
  it("says each loss in one sentence from the catalogue: what, where, and what to do", async () => {
    const losses = await roundTripLosses(await buildFixture("shapes"));
    expect(describeLosses(losses)).toEqual([
      "下载的文件中将没有工作表“汇总”上的 2 个文本框、形状或组合（图片和图表会保留）；如需保留，请把下载文件中的结果工作表复制到原文件。",
    ]);
    const names = await roundTripLosses(await buildFixture("definedNames"));
    expect(describeLosses(names)).toEqual([
      "名称管理器中的 3 个名称（“目标进度”、“动态名录”、“全部单位”）不是单纯的单元格区域（如常量、公式或整列），下载的文件中将没有它们，用到它们的公式会显示 #NAME?；请在下载后重新定义（公式 → 名称管理器）。",
      "名称“任务列”原来只用于工作表“汇总”、“名录”，下载的文件中将变为整个工作簿通用，同名的只保留一个；请在下载后核对（公式 → 名称管理器）。",
    ]);
  });

  it("gives every kind a filled sentence naming its sheets", () => {
    for (const kind of ROUND_TRIP_LOSS_KINDS) {
      const [sentence] = describeLosses([loss(kind, ["汇总", "名录"], 3, ["甲", "乙"])]);
      expect(sentence).toBe(sentence.trim());
      expect(sentence).not.toMatch(/\{\w+\}|undefined/);
      expect(sentence).toMatch(/。$/);
      if (CATALOGUE[`roundTrip.${kind}`].includes("{sheets}")) expect(sentence).toContain("“汇总”、“名录”");
    }
  });
});

describe("docs/round-trip.md", () => {
  it("lists every kind the detector reports", () => {
    const page = readFileSync(join(ROOT, "docs", "round-trip.md"), "utf8");
    expect(ROUND_TRIP_LOSS_KINDS.filter((k) => !page.includes(`\`${k}\``))).toEqual([]);
  });
});
