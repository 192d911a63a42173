/**
 * OfficeJsWorkbook at ledger scale over the fake host: a 20,000-row × 15-column table is
 * written and read in a constant number of requests (plus one per extra ~4 MB chunk), and
 * no request or response passes Excel on the web's 5 MB.
 */
import type { CellValue } from "../../src/domain/sheet";
import { jsonBytes } from "../../src/workbook/common/jsonBytes";
import { FakeExcel, OFFICE_PAYLOAD_LIMIT } from "../../src/workbook/fake/FakeExcel";
import { DEFAULT_PAYLOAD_BUDGET } from "../../src/workbook/officejs/batches";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/OfficeJsWorkbook";

const ROWS = 20_000;
const UNITS = ["县发改委", "县财政局", "县自然资源局", "县生态环境局", "县住建局", "县交通运输局", "县农业农村局", "县水利局"];

function ledgerRow(i: number): CellValue[] {
  return [
    i + 1,
    `推进第${i + 1}项重点工作任务：农村人居环境整治提升`,
    UNITS[i % UNITS.length],
    ["张伟", "王芳", "李娜", "刘洋"][i % 4],
    45107 + (i % 180),
    (i % 10) / 10,
    ["未开始", "推进中", "已完成", "逾期"][i % 4],
    "按月报送进展，存在问题及时上报",
    i % 3 === 0 ? "=按计划推进" : "按计划推进",
    `2023-${String((i % 12) + 1).padStart(2, "0")}`,
    i % 7 === 0 ? null : "是",
    i * 1.5,
    "县委办督查室",
    `备注${i}`,
    i % 2 === 0,
  ];
}

describe("OfficeJsWorkbook at 20,000 rows × 15 columns", () => {
  const rows = [["序号", "工作任务", "责任单位", "责任人", "完成时限", "进度", "状态", "工作要求", "措施", "月份", "是否重点", "资金", "督办单位", "备注", "已报送"], ...Array.from({ length: ROWS }, (_, i) => ledgerRow(i))];
  const valueBytes = jsonBytes(rows);
  const chunks = Math.ceil(valueBytes / DEFAULT_PAYLOAD_BUDGET);
  let fake: FakeExcel;
  let wb: OfficeJsWorkbook;

  beforeAll(async () => {
    fake = new FakeExcel();
    wb = new OfficeJsWorkbook(fake.run);
  });

  it("writes in a constant number of requests, each under 5 MB", async () => {
    fake.resetCounters();
    const name = await wb.writeSheet({
      sheet: "台账",
      ifExists: "replace",
      rows,
      widths: [6, 40, 14, 8, 12, 8, 8, 30, 20, 10, 8, 10, 14, 20, 8],
      numberFormats: [
        { area: { row: 1, col: 4, rowCount: ROWS, colCount: 1 }, format: "yyyy-mm-dd" },
        { area: { row: 1, col: 5, rowCount: ROWS, colCount: 1 }, format: "0%" },
      ],
      styles: [{ area: { row: 0, col: 0, rowCount: ROWS + 1, colCount: 15 }, border: true }],
      validations: [{ area: { row: 1, col: 6, rowCount: ROWS, colCount: 1 }, list: ["未开始", "推进中", "已完成", "逾期"], strict: true }],
      conditionalFormats: [{ area: { row: 1, col: 6, rowCount: ROWS, colCount: 1 }, text: "逾期", fill: "#FFC7CE" }],
      freeze: { rows: 1, cols: 2 },
      print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: 0, to: 0 } },
    });
    expect(name).toBe("台账");
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(OFFICE_PAYLOAD_LIMIT);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + chunks);
    expect(fake.syncCount).toBeGreaterThan(1);
    expect(fake.cell("台账", ROWS, 8)?.value).toBe((ROWS - 1) % 3 === 0 ? "=按计划推进" : "按计划推进");
    expect(fake.cell("台账", 4, 8)).toMatchObject({ value: "=按计划推进", quotePrefix: true });
  });

  it("reads it back in a constant number of requests, each response under 5 MB", async () => {
    fake.resetCounters();
    const snap = await wb.readSheet("台账");
    const responseChunks = Math.ceil((valueBytes * 2 + (ROWS + 1) * 15 * 12) / (DEFAULT_PAYLOAD_BUDGET * 0.9));
    expect(fake.maxResponseBytes).toBeLessThanOrEqual(OFFICE_PAYLOAD_LIMIT);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(OFFICE_PAYLOAD_LIMIT);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + responseChunks);
    expect(snap.values).toHaveLength(ROWS + 1);
    expect(snap.values[1]).toEqual(ledgerRow(0));
    expect(snap.values[ROWS]).toEqual(ledgerRow(ROWS - 1));
    expect(snap.text[1][4]).toBe("2023-06-30");
    expect(snap.text[1][5]).toBe("0%");
    expect(snap.formats[2][4]).toBe("yyyy-mm-dd");
  });

  it("marks thousands of cells and restores them in a few requests", async () => {
    const marks = Array.from({ length: 5000 }, (_, i) => ({ row: 1 + i * 4, col: (i * 7) % 15, fill: "#FFC7CE" }));
    fake.resetCounters();
    await wb.markCells("台账", marks);
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(fake.maxRequestBytes).toBeLessThanOrEqual(OFFICE_PAYLOAD_LIMIT);
    expect(fake.cell("台账", 1, 0)?.fill).toBe("#FFC7CE");
    fake.resetCounters();
    await wb.clearMarks("台账");
    expect(fake.syncCount).toBeLessThanOrEqual(4);
    expect(fake.cell("台账", 1, 0)?.fill).toBeNull();
  });
});
