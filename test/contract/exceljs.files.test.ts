/** ExcelJsWorkbook with real files: what a clerk's .xlsx holds, and files that are not .xlsx. */
import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { WorkbookError } from "../../src/workbook/port";

async function bytesOf(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function oleFile(streamName: string): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < streamName.length; i++) bytes[1024 + i * 2] = streamName.charCodeAt(i);
  return bytes;
}

describe("ExcelJsWorkbook files", () => {
  it("reads what a clerk's workbook holds: rich text, formulas, links, errors, dates, merges", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("台账");
      ws.getCell("A1").value = { richText: [{ text: "XX镇" }, { text: "重点工作", font: { bold: true } }] };
      ws.getCell("A2").value = { formula: "B2*2", result: 42 };
      ws.getCell("B2").value = 21;
      ws.getCell("A3").value = { text: "附件", hyperlink: "https://example.org" };
      ws.getCell("A4").value = { error: "#REF!" };
      ws.getCell("A5").value = new Date(Date.UTC(2023, 5, 30));
      ws.getCell("A5").numFmt = 'yyyy"年"m"月"d"日"';
      ws.getCell("B5").value = 0.6;
      ws.getCell("B5").numFmt = "0%";
      ws.getCell("A6").value = { formula: "A4", result: { error: "#N/A" } };
      ws.mergeCells("C1:D2");
      ws.getCell("C1").value = "合并";
    });
    const wb = await ExcelJsWorkbook.load(bytes);
    const snap = await wb.readSheet("台账");
    expect(snap.origin).toEqual({ row: 0, col: 0 });
    expect(snap.values.map((r) => r[0])).toEqual(["XX镇重点工作", 42, "附件", "#REF!", 45107, "#N/A"]);
    expect(snap.text.map((r) => r[0])).toEqual(["XX镇重点工作", "42", "附件", "#REF!", "2023年6月30日", "#N/A"]);
    expect(snap.text[4][1]).toBe("60%");
    expect(snap.merges).toEqual([{ row: 0, col: 2, rowCount: 2, colCount: 2 }]);
    expect(snap.values[0][2]).toBe("合并");
    expect(snap.values[1][3]).toBeNull();
  });

  it("keeps the store sheet very hidden and the active tab in the file", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.writeSheet({ sheet: "甲", ifExists: "replace", rows: [["1"]] });
    await wb.writeSheet({ sheet: "乙", ifExists: "replace", rows: [["2"]], activate: true });
    await wb.setSetting("year", "2023");
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load((await wb.save()).buffer as ArrayBuffer);
    expect(reread.getWorksheet("_luoshi")?.state).toBe("veryHidden");
    expect(reread.views[0].activeTab).toBe(1);
  });

  it("adds a visible sheet when saving a workbook that has none", async () => {
    const wb = ExcelJsWorkbook.create();
    await wb.setSetting("k", "v");
    const again = await ExcelJsWorkbook.load(await wb.save());
    expect((await again.listSheets()).filter((s) => s.visible)).toHaveLength(1);
    expect(await again.getSetting("k")).toBe("v");
  });

  it.each([
    { what: "an encrypted workbook", bytes: oleFile("EncryptedPackage"), code: "protected-file", hint: "密码" },
    { what: "an old .xls", bytes: oleFile("Workbook"), code: "unreadable-file", hint: ".xlsx" },
    { what: "random bytes", bytes: new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), code: "unreadable-file", hint: "另存为 .xlsx" },
    { what: "an empty file", bytes: new Uint8Array(0), code: "unreadable-file", hint: "另存为 .xlsx" },
    { what: "a damaged zip", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0]), code: "unreadable-file", hint: "另存为 .xlsx" },
  ])("refuses $what with a WorkbookError $code", async ({ bytes, code, hint }) => {
    const error = await ExcelJsWorkbook.load(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe(code);
    expect((error as WorkbookError).message).toContain(hint);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array view into a larger buffer", async () => {
    const bytes = await bytesOf((wb) => (wb.addWorksheet("S").getCell("A1").value = "x"));
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 5);
    expect((await (await ExcelJsWorkbook.load(padded.subarray(5, 5 + bytes.length))).readSheet("S")).values).toEqual([["x"]]);
    expect((await (await ExcelJsWorkbook.load(bytes.slice().buffer)).readSheet("S")).values).toEqual([["x"]]);
  });

  it("restores a theme-coloured fill exactly after marking", async () => {
    const bytes = await bytesOf((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "x";
      ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.6 } as Partial<ExcelJS.Color> };
    });
    const wb = await ExcelJsWorkbook.load(bytes);
    await wb.markCells("S", [{ row: 0, col: 0, fill: "#FFC7CE" }]);
    await wb.clearMarks("S");
    expect(wb.exceljs.getWorksheet("S")?.getCell("A1").fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.6 } });
  });
});
