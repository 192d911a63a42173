/**
 * The workbook's default font kept through the round trip (src/workbook/exceljs/defaultFont.ts,
 * docs/round-trip.md): the first font of the styles part read, and put back in place of ExcelJS's.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { defaultFontOf, firstFontOf, withDefaultFont } from "../../src/workbook/exceljs/defaultFont";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";

const SONGTI = '<font><sz val="11"/><color theme="1"/><name val="宋体"/><family val="2"/><charset val="134"/><scheme val="minor"/></font>';

test.each([
  ["the first font", `<styleSheet><fonts count="2">${SONGTI}<font><b/><sz val="16"/><name val="黑体"/></font></fonts></styleSheet>`, SONGTI],
  ["a self-closing one", '<styleSheet><fonts count="1"><font/></fonts></styleSheet>', "<font/>"],
  ["prefixed", '<x:styleSheet><x:fonts count="1"><x:font><x:sz val="12"/></x:font></x:fonts></x:styleSheet>', '<x:font><x:sz val="12"/></x:font>'],
  ["none", "<styleSheet><numFmts/></styleSheet>", undefined],
])("firstFontOf: %s", (_name, xml, font) => {
  expect(firstFontOf(xml)).toBe(font);
});

test("a workbook made with 宋体 as its default font keeps it through load and save; ExcelJS alone would write Calibri", async () => {
  const book = new ExcelJS.Workbook();
  book.addWorksheet("台账").addRow(["柳林镇2023年度重点工作任务清单"]);
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const styles = (await zip.file("xl/styles.xml")!.async("string")).replace(firstFontOf(await zip.file("xl/styles.xml")!.async("string"))!, SONGTI);
  zip.file("xl/styles.xml", styles);
  const original = await zip.generateAsync({ type: "uint8array" });
  expect(await defaultFontOf(original)).toBe(SONGTI);

  const wb = await ExcelJsWorkbook.load(original);
  await wb.writeSheet({ sheet: "校验结果", ifExists: "replace", rows: [["结果"]] });
  const saved = await wb.save();
  expect(await defaultFontOf(saved)).toBe(SONGTI);
  const plain = new ExcelJS.Workbook();
  await plain.xlsx.load(original.slice().buffer as ArrayBuffer);
  expect(await defaultFontOf(new Uint8Array(await plain.xlsx.writeBuffer()))).toMatch(/Calibri/);
});

test("nothing to put back: the bytes as they were", async () => {
  const bytes = new Uint8Array([1, 2, 3]);
  expect(await withDefaultFont(bytes, undefined)).toBe(bytes);
  expect(await defaultFontOf(bytes)).toBeUndefined();
});
