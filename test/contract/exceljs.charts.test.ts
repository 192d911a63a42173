/**
 * ExcelJsWorkbook's charts in the saved package: well-formed parts with caches a viewer can
 * draw from, declared content types, `<drawing>` in the schema's place, ExcelJS's own drawing
 * (pictures) shared, and a loaded file's charts, with the parts they link to, carried through
 * load and save.
 */
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { SheetWrite } from "../../src/workbook/port";
import { PROGRESS_CHART as CHART, progressSheet as progress, TASK_PROGRESS as P, UNITS } from "./cases/chartFixture";
import { drawingPartOf, parsePart, relsOf, sheetPartOf, xlsxCharts } from "./hosts/xlsxCharts";
import { WORKSHEET_ORDER } from "../fixtures/roundTrip";

async function text(zip: JSZip, part: string): Promise<string> {
  const file = zip.file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async("string");
}

/** Local names of the worksheet's top-level children, in order. */
function topLevelChildren(sheetXml: string): string[] {
  const names: string[] = [];
  let depth = 0;
  for (const m of sheetXml.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    if (m[1] === "/") depth--;
    else {
      if (depth === 1) names.push(m[2].replace(/^.*:/, ""));
      if (m[3] !== "/") depth++;
    }
  }
  return names;
}


describe("ExcelJsWorkbook charts in the saved file", () => {
  it("writes well-formed chart parts whose caches hold the cells' labels, numbers and format", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet(progress("进度"));
    const zip = await JSZip.loadAsync(await wb.save());
    const drawing = await drawingPartOf(zip, "进度");
    expect(drawing).toBe("xl/drawings/drawing1.xml");
    const chartPart = [...(await relsOf(zip, drawing!)).values()][0];
    expect(chartPart).toEqual({ type: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart", part: "xl/charts/chart1.xml" });

    const xml = await text(zip, "xl/charts/chart1.xml");
    await parsePart(zip, "xl/charts/chart1.xml");
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).toContain('<c:roundedCorners val="0"/>');
    const caches = [...xml.matchAll(/<c:(str|num)Cache>([\s\S]*?)<\/c:\1Cache>/g)].map((m) => [...m[2].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => v[1]));
    expect(caches).toEqual([UNITS, ["0.5", "0.5", "0.5", "0.5", "0.5"], UNITS, P.map(String)]);
    expect(xml).toContain("<c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val=\"5\"/>");
    expect(xml).toContain('<c:valAx><c:axId val="500000002"/>');
    expect(xml).toContain('<c:numFmt formatCode="0%" sourceLinked="0"/>');

    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });

  it("puts <drawing> in the schema's place, before the notes' <legacyDrawing>", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet(progress("进度", [CHART], { print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: 0, to: 0 } }, links: [{ row: 1, col: 0, sheet: "进度", address: "A1" }] }));
    await wb.markCells("进度", [{ row: 2, col: 2, fill: "#FFC7CE", note: "进度滞后" }]);
    const zip = await JSZip.loadAsync(await wb.save());
    const children = topLevelChildren(await text(zip, await sheetPartOf(zip, "进度")));
    expect(children).toEqual(expect.arrayContaining(["pageSetup", "drawing", "legacyDrawing"]));
    const at = children.indexOf("drawing");
    expect(children.slice(0, at).every((c) => WORKSHEET_ORDER.indexOf(c) < WORKSHEET_ORDER.indexOf("drawing"))).toBe(true);
    expect(children.slice(at + 1).every((c) => WORKSHEET_ORDER.indexOf(c) > WORKSHEET_ORDER.indexOf("drawing"))).toBe(true);
  });

  it("numbers drawings and charts across sheets without clashes", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet(progress("一季度", [CHART, { ...CHART, title: "第二张", kind: "bar", anchor: { row: 20, col: 4, rowCount: 10, colCount: 6 } }]));
    await wb.writeSheet(progress("二季度"));
    const bytes = await wb.save();
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((p) => /^xl\/(drawings|charts)\/[^/]+\.xml$/.test(p)).sort();
    expect(parts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    expect((await xlsxCharts(bytes, "一季度")).map((c) => c.title)).toEqual(["各单位任务进度", "第二张"]);
    expect((await xlsxCharts(bytes, "二季度")).map((c) => c.series[1].values)).toEqual(["'二季度'!$C$2:$C$6"]);
  });

  it("adds nothing to a workbook without charts", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet(progress("进度", []));
    const zip = await JSZip.loadAsync(await wb.save());
    expect(Object.keys(zip.files).filter((p) => p.startsWith("xl/drawings/") || p.startsWith("xl/charts/"))).toEqual([]);
  });

  it("shares the drawing ExcelJS writes for a sheet's pictures, with unique shape ids", async () => {
    const loaded = await ExcelJsWorkbook.load(await savedWith(progress("进度")));
    const png = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
    const image = loaded.exceljs.addImage({ buffer: Buffer.from(png) as unknown as ArrayBuffer, extension: "png" });
    loaded.exceljs.getWorksheet("进度")!.addImage(image, "A10:B14");
    const bytes = await loaded.save();
    const zip = await JSZip.loadAsync(bytes);
    const drawing = (await drawingPartOf(zip, "进度"))!;
    const xml = await text(zip, drawing);
    await parsePart(zip, drawing);
    expect(xml).toContain("<xdr:pic>");
    const ids = [...xml.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const types = [...(await relsOf(zip, drawing)).values()].map((r) => r.type.replace(/.*\//, "")).sort();
    expect(types).toEqual(["chart", "image"]);
    expect(await xlsxCharts(bytes, "进度")).toHaveLength(1);
  });

  it("carries a loaded file's chart with the style and colour parts it links to", async () => {
    const zip = await JSZip.loadAsync(await savedWith(progress("进度")));
    // As other writers have it: namespaces declared on the drawing's root only, another relationships prefix, another id.
    const drawing = (await text(zip, "xl/drawings/drawing1.xml"))
      .replace(/<xdr:wsDr [^>]*>/, '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships">')
      .replace(/<xdr:twoCellAnchor\b[^>]*>/, '<xdr:twoCellAnchor editAs="oneCell">')
      .replace(/<c:chart [^>]*\/>/, '<c:chart rel:id="rId7"/>');
    zip.file("xl/drawings/drawing1.xml", drawing);
    zip.file("xl/drawings/_rels/drawing1.xml.rels", (await text(zip, "xl/drawings/_rels/drawing1.xml.rels")).replace('Id="rId1"', 'Id="rId7"'));
    zip.file("xl/charts/style1.xml", '<?xml version="1.0" encoding="UTF-8"?><cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>');
    zip.file("xl/charts/colors1.xml", '<?xml version="1.0" encoding="UTF-8"?><cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>');
    zip.file(
      "xl/charts/_rels/chart1.xml.rels",
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2011/relationships/chartColorStyle" Target="colors1.xml"/>' +
        '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/></Relationships>',
    );
    const types = (await text(zip, "[Content_Types].xml")).replace(
      "</Types>",
      '<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/><Override PartName="/xl/charts/colors1.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/></Types>',
    );
    zip.file("[Content_Types].xml", types);
    const edited = await zip.generateAsync({ type: "uint8array" });

    const wb = await ExcelJsWorkbook.load(edited);
    await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["工作任务"]] });
    await wb.setSetting("year", "2023");
    const saved = await wb.save();
    const out = await JSZip.loadAsync(saved);
    expect(await xlsxCharts(saved, "进度")).toEqual([expect.objectContaining({ title: "各单位任务进度", from: "E1", to: "L18" })]);
    const chartPart = [...(await relsOf(out, (await drawingPartOf(out, "进度"))!)).values()][0].part;
    const linked = [...(await relsOf(out, chartPart)).values()].map((r) => [r.type.replace(/.*\//, ""), r.part]).sort();
    expect(linked).toEqual([
      ["chartColorStyle", "xl/charts/colors1.xml"],
      ["chartStyle", "xl/charts/style1.xml"],
    ]);
    expect(await text(out, "xl/charts/style1.xml")).toContain('id="201"');
    const outDrawing = await text(out, (await drawingPartOf(out, "进度"))!);
    const anchorTag = /<xdr:twoCellAnchor\b[^>]*>/.exec(outDrawing)?.[0] ?? "";
    expect(anchorTag).toContain('editAs="oneCell"');
    expect(anchorTag).toContain('xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"');
    expect(anchorTag).toContain('xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"');
    expect(outDrawing).toMatch(/<c:chart rel:id="rId1"\/>/);
    const outTypes = await text(out, "[Content_Types].xml");
    expect(outTypes).toContain('<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/>');
    expect(outTypes).toContain('<Override PartName="/xl/charts/colors1.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/>');
  });

  it("keeps charts through several load and save cycles, and drops them with their sheet", async () => {
    let bytes = await savedWith(progress("进度"));
    for (let i = 0; i < 3; i++) bytes = await (await ExcelJsWorkbook.load(bytes)).save();
    expect(await xlsxCharts(bytes, "进度")).toHaveLength(1);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toEqual(["xl/charts/chart1.xml"]);

    const wb = await ExcelJsWorkbook.load(bytes);
    await wb.writeSheet(progress("进度", []));
    const replaced = await JSZip.loadAsync(await wb.save());
    expect(Object.keys(replaced.files).filter((p) => p.startsWith("xl/charts/"))).toEqual([]);
  });

  it("opens a file whose chart parts are broken, without the charts", async () => {
    const zip = await JSZip.loadAsync(await savedWith(progress("进度")));
    zip.remove("xl/charts/chart1.xml");
    const wb = await ExcelJsWorkbook.load(await zip.generateAsync({ type: "uint8array" }));
    expect((await wb.readSheet("进度")).values[1]).toEqual(["县发改委", 0.5, 0.62]);
    expect(await xlsxCharts(await wb.save(), "进度")).toEqual([]);
  });
});

async function savedWith(spec: SheetWrite): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet(spec);
  return wb.save();
}
