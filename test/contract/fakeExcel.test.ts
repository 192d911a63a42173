/**
 * The fake Excel host keeps Office's rules: reads need load + sync, wrong shapes and oversized
 * requests are refused, big or unbounded reads come back null, strings are parsed like typed
 * input. If the fake were lenient, the adapter's contract run over it would prove little.
 */
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import type { HonestFake } from "../../src/workbook/fake/officeShape";
import type { FakeWorksheet } from "../../src/workbook/fake/worksheet";

function codeOf(e: unknown): string | undefined {
  return (e as { code?: string }).code;
}

describe("FakeExcel", () => {
  it("refuses to read a property before load and sync (PropertyNotLoaded)", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      ws.load("name");
      expect(() => ws.name).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(ws.name).toBe("Sheet1");
    });
  });

  it("rejects a values array whose shape differs from the range's when it is queued (InvalidArgument)", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      expect(() => (ws.getRange("A1:B2").values = [[1, 2]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => (ws.getRangeByIndexes(0, 0, 2, 2).numberFormat = [["0", "0"], ["0"]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      expect(() => (ws.getRange("A:A").values = [[1]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
    });
    expect(fake.cell("Sheet1", 0, 0)).toBeUndefined();
  });

  it("checks a used range's shape when the request runs", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["a", "b"]] }] });
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true).values = [["x"]];
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("InvalidArgument");
  });

  it("parses strings like typed input unless they start with an apostrophe", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getActiveWorksheet();
      ws.getRange("A1:F1").values = [["=SUM(B1)", "001", "60%", "2023-06-30", "TRUE", "'=SUM(B1)"]];
      await context.sync();
    });
    expect(fake.cell("Sheet1", 0, 0)).toMatchObject({ formula: "=SUM(B1)", value: 0 });
    expect(fake.cell("Sheet1", 0, 1)?.value).toBe(1);
    expect(fake.cell("Sheet1", 0, 2)).toMatchObject({ value: 0.6, format: "0%" });
    expect(fake.cell("Sheet1", 0, 3)?.value).toBe(45107);
    expect(fake.cell("Sheet1", 0, 4)?.value).toBe(true);
    expect(fake.cell("Sheet1", 0, 5)).toMatchObject({ value: "=SUM(B1)", quotePrefix: true });
  });

  it("refuses a request over 5 MB: a naive unchunked write of a big table fails", async () => {
    const fake = new FakeExcel();
    const row = Array.from({ length: 15 }, (_, c) => `第${c}列：推进农村人居环境整治三年行动`);
    const rows = Array.from({ length: 20_000 }, () => row);
    const error = await fake
      .run(async (context) => {
        context.workbook.worksheets.getActiveWorksheet().getRangeByIndexes(0, 0, rows.length, 15).values = rows;
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.cell("Sheet1", 0, 0)).toBeUndefined();
  });

  it("refuses a response over the limit and delivers nothing", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: Array.from({ length: 2000 }, () => ["一段比较长的文字内容用于撑大响应"]) }], responseLimitBytes: 50_000 });
    const error = await fake
      .run(async (context) => {
        const used = context.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
        used.load("values,text");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("returns null values for unbounded and over-5,000,000-cell reads", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["x"]] }] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      const column = ws.getRange("A:A");
      column.load("values");
      const huge = ws.getRangeByIndexes(0, 0, 1_000_000, 6);
      huge.load("values,rowCount");
      await context.sync();
      expect(column.values).toBeNull();
      expect(huge.values).toBeNull();
      expect(huge.rowCount).toBe(1_000_000);
    });
  });

  it("reads no fill as #FFFFFF with pattern None", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["a", "b"]], fills: [{ row: 0, col: 1, fill: "#ffff00" }] }] });
    await fake.run(async (context) => {
      const props = context.workbook.worksheets.getItem("S").getRange("A1:B1").getCellProperties({ format: { fill: { color: true, pattern: true } } });
      await context.sync();
      expect(props.value).toEqual([[{ format: { fill: { color: "#FFFFFF", pattern: "None" } } }, { format: { fill: { color: "#FFFF00", pattern: "Solid" } } }]]);
    });
  });

  it("fails getMergedAreasOrNullObject over 512 areas, like Excel", async () => {
    const merges = Array.from({ length: 600 }, (_, i) => ({ row: i * 2, col: 0, rowCount: 2, colCount: 1 }));
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["x"]], merges }] });
    const error = await fake
      .run(async (context) => {
        const areas = context.workbook.worksheets.getItem("S").getRange("A1:A1200").getMergedAreasOrNullObject();
        areas.load("address");
        await context.sync();
      })
      .catch((e: unknown) => e);
    expect(codeOf(error)).toBe("GeneralException");
  });

  it("looks sheets up case-insensitively; a missing one is ItemNotFound or a null object", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "Report" }] });
    await fake.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const a = sheets.getItem("REPORT");
      a.load("name");
      const b = sheets.getItemOrNullObject("nope");
      b.load("name");
      await context.sync();
      expect(a.name).toBe("Report");
      expect(b.isNullObject).toBe(true);
    });
    const error = await fake.run(async (context) => {
      context.workbook.worksheets.getItem("nope").load("name");
      await context.sync();
    }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("ItemNotFound");
  });

  it("keeps a visible sheet: deleting or hiding the last one is InvalidOperation", async () => {
    const fake = new FakeExcel();
    const error = await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().delete();
      await context.sync();
    }).catch((e: unknown) => e);
    expect(codeOf(error)).toBe("InvalidOperation");
  });

  it("sends what a batch left queued when it ends, as Excel.run does", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getActiveWorksheet().getRange("A1").values = [["x"]];
    });
    expect(fake.cell("Sheet1", 0, 0)?.value).toBe("x");
    expect(fake.syncCount).toBe(1);
  });

  it("keeps Excel's chart rules: one-dimensional series ranges, series indexes in range, texts up to 255 characters", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["a", 1, 2], ["b", 3, 4]] }] });
    const attempt = (batch: (ws: Excel.Worksheet, chart: Excel.Chart) => void) =>
      fake
        .run(async (context) => {
          const ws = context.workbook.worksheets.getItem("S");
          batch(ws, ws.charts.add("ColumnClustered", ws.getRange("B1:B2"), "Columns"));
          await context.sync();
        })
        .catch((e: unknown) => e);
    expect(codeOf(await attempt((ws, chart) => chart.series.getItemAt(0).setValues(ws.getRange("B1:C2"))))).toBe("InvalidArgument");
    expect(codeOf(await attempt((ws, chart) => chart.series.getItemAt(1).setXAxisValues(ws.getRange("A1:A2"))))).toBe("InvalidArgument");
    expect(codeOf(await attempt((_, chart) => (chart.title.text = "进".repeat(256))))).toBe("InvalidArgument");
    // Excel does not roll a failed request back: the charts added before the failing call stay.
    expect(fake.sheet("S").charts).toHaveLength(2);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.charts.add("ColumnClustered", ws.getRange("A1:A2"), "Columns").series.getItemAt(0).load("name");
      ws.charts.add("ColumnClustered", ws.getRange("B1:B2"), "Columns");
      await context.sync();
    });
    const [headed, plain] = fake.sheet("S").charts.slice(2);
    expect(headed.series[0]).toMatchObject({ name: "a", values: { area: { row: 1, col: 0, rowCount: 1, colCount: 1 } } });
    expect(plain.series[0]).toMatchObject({ name: "Series1", values: { area: { row: 0, col: 1, rowCount: 2, colCount: 1 } }, xValues: null });
  });

  it("deletes a sheet's charts with the sheet", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [[1], [2]] }, { name: "T" }] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      ws.charts.add("BarClustered", ws.getRange("A1:A2"), "Columns");
      await context.sync();
    });
    expect(fake.sheet("S").charts).toHaveLength(1);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("S").delete();
      context.workbook.worksheets.add("S");
      await context.sync();
    });
    expect(fake.sheet("S").charts).toHaveLength(0);
  });

  it("only has members Office.js has (checked when compiling)", () => {
    // A fake with an invented member is refused by the compile-time check.
    // @ts-expect-error getRangeByIndex is not an Office.js API
    const invented: HonestFake<FakeWorksheet & { getRangeByIndex(): void }, Excel.Worksheet> = true;
    const honest: HonestFake<FakeWorksheet, Excel.Worksheet> = true;
    expect([invented, honest]).toEqual([true, true]);
  });
});
