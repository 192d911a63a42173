/**
 * OfficeJsWorkbook against what Excel has been seen to do, over the fake host in its observed
 * mode (src/workbook/fake/FakeExcel.ts), and its request budget per command
 * (docs/excel-hosts.md "Sync budget"):
 * - Excel on the web counts a request as office.js serialises it, so a write or a mark that the
 *   adapter thought small enough can be refused (RequestPayloadSizeLimitExceeded): it must be
 *   sent again in smaller requests, never reach the clerk as an error;
 * - print setup: where Excel drops the fit-to-one-page-wide zoom (office-js #1860), a scale
 *   that fits is set instead;
 * - the one-click commands stay within their budget of requests.
 */
import type { CellValue } from "../../src/domain/sheet";
import { checkProgress } from "../../src/features/progress";
import { clearMarks } from "../../src/features/marks";
import { validateSheets } from "../../src/features/validate";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/OfficeJsWorkbook";
import { fittingScale } from "../../src/workbook/officejs/writeSteps";
import type { SheetWrite } from "../../src/workbook/port";
import { generatedLedger } from "../../bench/ledger";

const UNITS = ["县发改委", "县财政局", "县自然资源局", "县生态环境局"];

function table(rows: number): CellValue[][] {
  return [
    ["序号", "工作任务", "责任单位", "完成时限", "进度", "备注"],
    ...Array.from({ length: rows }, (_, i): CellValue[] => [i + 1, `推进第${i + 1}项重点工作任务："农村人居环境整治"提升`, UNITS[i % 4], 45107 + (i % 180), (i % 10) / 10, i % 3 ? null : `备注${i}`]),
  ];
}

describe("a request Excel refuses as too large is sent again in smaller ones", () => {
  const LIMIT = 96 * 1024;

  it("writes, reads, marks and clears 3,000 rows under a 96 KB request limit while planning for 4 MB", async () => {
    const fake = new FakeExcel({ requestLimitBytes: LIMIT });
    const wb = new OfficeJsWorkbook(fake.run);
    const rows = table(3000);
    await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows, styles: [{ area: { row: 0, col: 0, rowCount: 1, colCount: 6 }, fill: "#FFFFFF" }], activate: true });
    expect(fake.refusedCount).toBeGreaterThan(0);
    expect(fake.refusedCount).toBeLessThan(12);
    expect((await wb.readSheet("台账")).values).toEqual(rows);

    fake.resetCounters();
    const marks = Array.from({ length: 2500 }, (_, i) => ({ row: 1 + i, col: i % 6, fill: i % 2 ? "#FFC7CE" : "#FFEB9C" }));
    await wb.markCells("台账", [...marks, { row: 0, col: 2, fill: "#FFC7CE" }]);
    expect(fake.refusedCount).toBeGreaterThan(0);
    expect(fake.cell("台账", 2500, 3)?.fill).toBe("#FFC7CE");
    expect(fake.cell("台账", 2499, 2)?.fill).toBe("#FFEB9C");
    expect(fake.cell("台账", 0, 2)?.fill).toBe("#FFC7CE");

    fake.resetCounters();
    await wb.clearMarks("台账");
    expect(fake.cell("台账", 2500, 3)?.fill ?? null).toBeNull();
    expect(fake.cell("台账", 2499, 2)?.fill ?? null).toBeNull();
    expect(fake.cell("台账", 0, 2)?.fill).toBe("#FFFFFF");
    expect(Math.max(...fake.requestSizes.filter((b) => b <= LIMIT))).toBeLessThanOrEqual(LIMIT);
  });

  it("reads a sheet whose merge lookups do not fit one request, with the settings riding along", async () => {
    const width = 30;
    const values = Array.from({ length: 3000 }, (_, r) => Array.from({ length: width }, (_, c): CellValue => (r % 3 === 0 || c > 2 ? `${r}-${c}` : null)));
    const merges = Array.from({ length: 999 }, (_, i) => ({ row: i * 3, col: 0, rowCount: 3, colCount: 1 }));
    const fake = new FakeExcel({ sheets: [{ name: "台账", values, merges }] });
    const wb = new OfficeJsWorkbook(fake.run);
    await wb.setSetting("year", "2023");
    fake.limits.requestBytes = 48 * 1024;
    fake.resetCounters();
    const { value } = await wb.batch({ sheet: { name: "台账" }, settings: ["year"] }, (found) => ({ value: found, changes: [] }));
    expect(fake.refusedCount).toBeGreaterThan(0);
    expect(value.settings.get("year")).toBe("2023");
    expect(value.snapshot?.merges).toEqual(merges);
    expect(value.snapshot?.values).toEqual(values);
  });

  it("stores a setting longer than one request can carry, cell by cell", async () => {
    const fake = new FakeExcel({ requestLimitBytes: 120 * 1024 });
    const wb = new OfficeJsWorkbook(fake.run);
    const long = "长".repeat(70_000) + "尾";
    await wb.setSetting("big", long);
    expect(fake.refusedCount).toBeGreaterThan(0);
    expect(await wb.getSetting("big")).toBe(long);
  });
});

describe("print setup: what Excel applied is checked (office-js #1860)", () => {
  const spec: SheetWrite = {
    sheet: "进度分析",
    ifExists: "replace",
    rows: table(30),
    widths: [6, 80, 30, 14, 10, 40],
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: 0, to: 0 } },
  };

  it("fits the columns on one page wide in one request where Excel takes the setting", async () => {
    const fake = new FakeExcel();
    await new OfficeJsWorkbook(fake.run).writeSheet(spec);
    expect(fake.sheet("进度分析").page).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$1" });
    expect(fake.syncCount).toBe(2);
  });

  it("sets a scale that fits the columns where Excel dropped fit-to-page", async () => {
    const fake = new FakeExcel({ ignoreFitToPages: true });
    await new OfficeJsWorkbook(fake.run).writeSheet(spec);
    const scale = fittingScale(spec, "landscape");
    expect(scale).toBeGreaterThanOrEqual(10);
    expect(scale).toBeLessThan(100);
    expect(fake.sheet("进度分析").page).toMatchObject({ orientation: "Landscape", paperSize: "A4", zoom: { scale }, printTitleRows: "$1:$1" });
    expect(fake.syncCount).toBe(3);
  });
});

describe("one-click commands within their request budget (docs/excel-hosts.md)", () => {
  it.each([
    [200, 3, 3],
    [2000, 4, 3],
  ])("on a %i-row ledger: 一键校验 in %i requests (%i again), 进度分析 in 3, 清除标记 in 3, and every fill comes back", async (rows, first, again) => {
    const book = ExcelJsWorkbook.create();
    await book.writeSheet(generatedLedger(rows));
    const snapshot = await book.readSheet("重点任务");
    // White fills on the title, the header and every fourth row's first cells; no fill elsewhere.
    const fills = [0, 2, 3, ...Array.from({ length: rows / 4 }, (_, i) => 4 + i * 4)].flatMap((row) => [0, 1, 2, 3, 4, 5].map((col) => ({ row, col, fill: "#FFFFFF" })));
    const fake = new FakeExcel({ sheets: [{ name: "重点任务", values: snapshot.values, formats: snapshot.formats, merges: snapshot.merges, fills }] });
    const wb = new OfficeJsWorkbook(fake.run);
    const fillsNow = () => snapshot.values.map((cells, row) => cells.map((_, col) => fake.cell("重点任务", row, col)?.fill ?? null));
    const original = fillsNow();
    const count = async (run: () => Promise<{ ok: boolean }>) => {
      fake.resetCounters();
      expect((await run()).ok).toBe(true);
      expect(fake.refusedCount).toBe(0);
      expect(fake.maxRequestBytes).toBeLessThanOrEqual(4 * 1024 * 1024);
      return fake.syncCount;
    };
    expect(await count(() => validateSheets(wb, { checkedOn: "2023-06-30" }))).toBe(first);
    expect(await count(() => validateSheets(wb, { checkedOn: "2023-06-30" }))).toBe(again);
    expect(await count(() => checkProgress(wb, { checkDate: "2023-06-30" }))).toBe(3);
    expect(fillsNow()).not.toEqual(original);
    expect(await count(() => clearMarks(wb))).toBe(3);
    expect(fillsNow()).toEqual(original);
  }, 30_000);
});
