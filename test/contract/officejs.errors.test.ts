/** OfficeJsWorkbook's handling of Excel's limits and errors, over the fake host. */
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import { FakeOfficeError } from "../../src/workbook/fake/officeError";
import { OfficeJsWorkbook, type ExcelRun } from "../../src/workbook/officejs/OfficeJsWorkbook";
import { WorkbookError } from "../../src/workbook/port";

describe("OfficeJsWorkbook errors and limits", () => {
  it("turns an Office refusal it cannot get under into a WorkbookError 'host' with a zh-CN sentence naming the code", async () => {
    const fake = new FakeExcel({ requestLimitBytes: 4_000 });
    const wb = new OfficeJsWorkbook(fake.run);
    // One row of one 3,000-character cell: a request no smaller request can carry.
    const rows = [["长".repeat(3000)], ...Array.from({ length: 20 }, (_, i) => [`第${i}行`])];
    const error = await wb.writeSheet({ sheet: "结果", ifExists: "replace", rows }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect((error as WorkbookError).code).toBe("host");
    expect((error as WorkbookError).message).toContain("RequestPayloadSizeLimitExceeded");
    expect((error as WorkbookError).message).toContain("Excel 拒绝了这次写入");
  });

  it.each([
    ["InvalidOperation", "按 Enter 或 Esc"],
    ["AccessDenied", "撤销保护"],
    ["GeneralException", "请重试"],
    ["ApiNotFound", "升级 Excel"],
  ])("says what to do about %s", async (code, advice) => {
    const run: ExcelRun = async () => {
      throw new FakeOfficeError(code, "boom");
    };
    const error = await new OfficeJsWorkbook(run).listSheets().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "host" });
    expect((error as Error).message).toContain(code);
    expect((error as Error).message).toContain(advice);
  });

  it("lets programming errors through unchanged", async () => {
    const wb = new OfficeJsWorkbook(new FakeExcel().run);
    const tooLong = Array.from({ length: 60 }, (_, i) => `选项${i}`);
    await expect(
      wb.writeSheet({ sheet: "x", ifExists: "replace", rows: [["a"]], validations: [{ area: { row: 0, col: 0, rowCount: 1, colCount: 1 }, list: tooLong, strict: true }] }),
    ).rejects.toBeInstanceOf(RangeError);
  });

  it("halves a read chunk that Excel refuses as too large, and still reads everything", async () => {
    const values = Array.from({ length: 3000 }, (_, i) => [`第${i}行：推进农村人居环境整治`, i, "县发改委"]);
    const fake = new FakeExcel({ sheets: [{ name: "台账", values }], responseLimitBytes: 150_000 });
    const wb = new OfficeJsWorkbook(fake.run, { payloadBudgetBytes: 1_000_000 });
    const snap = await wb.readSheet("台账");
    expect(snap.values).toEqual(values);
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(150_000);
    expect(fake.syncCount).toBeGreaterThan(2);
  });

  it("reads a sheet with more than 512 merged areas (merges looked up in blocks)", async () => {
    const values = Array.from({ length: 1400 }, (_, i) => [i % 2 === 0 ? `任务${i / 2}` : null, "单位", "说明"]);
    const merges = Array.from({ length: 700 }, (_, i) => ({ row: i * 2, col: 0, rowCount: 2, colCount: 1 }));
    const fake = new FakeExcel({ sheets: [{ name: "台账", values, merges }] });
    const snap = await new OfficeJsWorkbook(fake.run).readSheet("台账");
    expect(snap.merges).toHaveLength(700);
    expect(snap.merges[699]).toEqual({ row: 1398, col: 0, rowCount: 2, colCount: 1 });
    expect(fake.syncCount).toBe(2);
  });

  it("refuses to activate a hidden sheet with a sentence", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "台账" }, { name: "隐藏", visibility: "Hidden" }] });
    const error = await new OfficeJsWorkbook(fake.run).activateSheet("隐藏").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "no-sheet" });
    expect((error as Error).message).toContain("取消隐藏");
  });

  it("reads text Excel would show as #### from the number format instead", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [[45107]], formats: [["yyyy-mm-dd"]] }] });
    const snap = await new OfficeJsWorkbook(fake.run).readSheet("S");
    expect(snap.text).toEqual([["2023-06-30"]]);
  });
});
