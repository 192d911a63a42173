/**
 * The East Asian built-in number formats (src/workbook/exceljs/builtinFormats.ts,
 * docs/round-trip.md): a cell that names id 31 without a definition reads as the date it shows
 * (2023年6月30日), not the number 45107, and keeps its format through the save.
 */
import { definingBuiltinFormats, withBuiltinFormats, ZH_CN_BUILTIN_FORMATS } from "../../src/workbook/exceljs/builtinFormats";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { buildFixture, SHEET } from "../fixtures/roundTrip";

const xf = (id: number) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"/>`;

test.each([
  [
    "added to the file's own numFmts",
    `<styleSheet><numFmts count="1"><numFmt numFmtId="176" formatCode="0.0%"/></numFmts><cellXfs count="2">${xf(0)}${xf(31)}</cellXfs></styleSheet>`,
    `<styleSheet><numFmts count="2"><numFmt numFmtId="31" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="176" formatCode="0.0%"/></numFmts><cellXfs count="2">${xf(0)}${xf(31)}</cellXfs></styleSheet>`,
  ],
  [
    "numFmts made first when the file has none",
    `<styleSheet xmlns="x"><fonts count="0"/><cellXfs count="2">${xf(58)}${xf(27)}</cellXfs></styleSheet>`,
    `<styleSheet xmlns="x"><numFmts count="2"><numFmt numFmtId="27" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="58" formatCode="m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="0"/><cellXfs count="2">${xf(58)}${xf(27)}</cellXfs></styleSheet>`,
  ],
  ["nothing when the file defines it", `<styleSheet><numFmts count="1"><numFmt numFmtId="31" formatCode="yyyy/m/d"/></numFmts><cellXfs count="1">${xf(31)}</cellXfs></styleSheet>`, undefined],
  ["nothing when no cell uses one", `<styleSheet><cellXfs count="2">${xf(0)}${xf(14)}</cellXfs></styleSheet>`, undefined],
])("definingBuiltinFormats: %s", (_name, xml, patched) => {
  expect(definingBuiltinFormats(xml)).toBe(patched);
});

test("every East Asian id has a date or time code", () => {
  for (const code of Object.values(ZH_CN_BUILTIN_FORMATS)) expect(code).toMatch(/[ymdhs]/);
});

test("a cell with format 31 and no definition reads as the date it shows, and keeps its format when saved", async () => {
  const original = await buildFixture("numberFormats");
  const wb = await ExcelJsWorkbook.load(original);
  const snapshot = await wb.readSheet(SHEET.ledger);
  const at = (a1: string) => {
    const col = a1.charCodeAt(0) - 65;
    const row = Number(a1.slice(1)) - 1;
    return { text: snapshot.text[row - snapshot.origin.row][col - snapshot.origin.col], format: snapshot.formats[row - snapshot.origin.row][col - snapshot.origin.col] };
  };
  expect(at("D5")).toEqual({ text: "2023年6月30日", format: 'yyyy"年"m"月"d"日"' });
  const again = await (await ExcelJsWorkbook.load(await wb.save())).readSheet(SHEET.ledger);
  expect(again.text[4 - again.origin.row][3 - again.origin.col]).toBe("2023年6月30日");
});

test("a package that cannot be read is left as it is (ExcelJS says what is wrong)", async () => {
  const bytes = new Uint8Array([80, 75, 3, 4, 0]);
  expect(await withBuiltinFormats(bytes)).toBe(bytes);
});
