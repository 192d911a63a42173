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

  describe("as Excel has been seen to behave (the default, and the contract's), against the reference", () => {
    const fillQuery = { format: { fill: { color: true, pattern: true, tintAndShade: true } } };
    const fillsOf = async (fake: FakeExcel) =>
      fake.run(async (context) => {
        const props = context.workbook.worksheets.getItem("S").getRange("A1:C1").getCellProperties(fillQuery);
        await context.sync();
        return props.value[0].map((p) => p.format?.fill);
      });
    const seed = { name: "S", values: [["无", "白", "黄"]], fills: [{ row: 0, col: 1, fill: "#ffffff" }, { row: 0, col: 2, fill: "#ffff00" }] };

    it("reads no fill and a white fill alike, #FFFFFF with a null pattern; only tintAndShade tells them apart (office-js #4900, #6218)", async () => {
      expect(await fillsOf(new FakeExcel({ sheets: [seed] }))).toEqual([
        { color: "#FFFFFF", pattern: null, tintAndShade: null },
        { color: "#FFFFFF", pattern: null, tintAndShade: 0 },
        { color: "#FFFF00", pattern: "Solid", tintAndShade: 0 },
      ]);
      expect(await fillsOf(new FakeExcel({ sheets: [seed], mode: "documented" }))).toEqual([
        { color: "#FFFFFF", pattern: "None", tintAndShade: null },
        { color: "#FFFFFF", pattern: "Solid", tintAndShade: 0 },
        { color: "#FFFF00", pattern: "Solid", tintAndShade: 0 },
      ]);
      const loaded = await new FakeExcel({ sheets: [seed] }).run(async (context) => {
        const fill = context.workbook.worksheets.getItem("S").getRange("A1").format.fill;
        fill.load("color,pattern,tintAndShade");
        await context.sync();
        return [fill.color, fill.pattern, fill.tintAndShade];
      });
      expect(loaded).toEqual(["#FFFFFF", null, null]);
    });

    it("answers getMergedAreasOrNullObject only with areas whose top-left cell is in the range, addressed by that cell (office-js #3611, #1590)", async () => {
      const sheets = [{ name: "S", values: [["x"]], merges: [{ row: 0, col: 0, rowCount: 4, colCount: 2 }, { row: 2, col: 2, rowCount: 2, colCount: 2 }] }];
      const ask = (fake: FakeExcel) =>
        fake.run(async (context) => {
          const merged = context.workbook.worksheets.getItem("S").getRange("B2:D4").getMergedAreasOrNullObject();
          merged.load("address,areaCount,areas/items/address");
          await context.sync();
          return { address: merged.address, count: merged.areaCount, areas: merged.areas.items.map((r) => r.address) };
        });
      expect(await ask(new FakeExcel({ sheets }))).toEqual({ address: "'S'!C3", count: 1, areas: ["'S'!C3:D4"] });
      expect(await ask(new FakeExcel({ sheets, mode: "documented" }))).toEqual({ address: "'S'!A1:B4,'S'!C3:D4", count: 2, areas: ["'S'!A1:B4", "'S'!C3:D4"] });
    });

    it("measures a request as office.js serialises it: every object and call counts, and every quote of the data twice", async () => {
      const write = async (mode: "observed" | "documented") => {
        const fake = new FakeExcel({ mode });
        await fake.run(async (context) => {
          const ws = context.workbook.worksheets.getActiveWorksheet();
          for (let row = 0; row < 100; row++) ws.getRangeByIndexes(row, 0, 1, 2).values = [[`"任务${row}"`, row]];
          await context.sync();
        });
        return fake.maxRequestBytes;
      };
      const observed = await write("observed");
      const documented = await write("documented");
      // 100 ranges, each an object path, its Instantiate action and a property write: hundreds of bytes apiece.
      expect(observed).toBeGreaterThan(100 * 300);
      expect(observed).toBeGreaterThan(documented * 1.8);
    });

    it("refuses a getRanges address of more than 512 areas or 8,192 characters (office-js #5198)", async () => {
      const fake = new FakeExcel();
      const paint = (address: string) =>
        fake
          .run(async (context) => {
            context.workbook.worksheets.getActiveWorksheet().getRanges(address).format.fill.color = "#FFC7CE";
            await context.sync();
          })
          .then(() => "ok", (e: unknown) => codeOf(e));
      expect(await paint(Array.from({ length: 200 }, (_, i) => `A${i * 2 + 1}`).join(","))).toBe("ok");
      expect(fake.cell("Sheet1", 398, 0)?.fill).toBe("#FFC7CE");
      expect(fake.cell("Sheet1", 399, 0)?.fill ?? null).toBeNull();
      expect(await paint(Array.from({ length: 513 }, (_, i) => `A${i * 2 + 1}`).join(","))).toBe("InvalidArgument");
      expect(await paint(Array.from({ length: 500 }, (_, i) => `AB${100000 + i * 2}:AC${100001 + i * 2}`).join(","))).toBe("InvalidArgument");
    });

    it("can drop fit-to-pages print zoom as office-js #1860 reports, keeping a scale", async () => {
      const fake = new FakeExcel({ ignoreFitToPages: true });
      const zoom = await fake.run(async (context) => {
        const layout = context.workbook.worksheets.getActiveWorksheet().pageLayout;
        layout.orientation = "Landscape";
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.load("zoom,orientation");
        await context.sync();
        const dropped = { ...layout.zoom };
        layout.zoom = { scale: 80 };
        layout.load("zoom");
        await context.sync();
        return [dropped, layout.zoom, layout.orientation];
      });
      expect(zoom).toEqual([{ scale: 100 }, { scale: 80 }, "Landscape"]);
    });
  });

  it("sets hyperlinks and fonts from setCellProperties, an empty object leaving its cell alone", async () => {
    const fake = new FakeExcel({ sheets: [{ name: "S", values: [["a"], ["b"], ["c"]] }] });
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("S");
      expect(() => ws.getRange("A1:A3").setCellProperties([[{}]])).toThrow(expect.objectContaining({ code: "InvalidArgument" }));
      ws.getRange("A1:A3").setCellProperties([[{ hyperlink: { documentReference: "'S'!A3", textToDisplay: "A3" }, format: { font: { color: "#0563c1" } } }], [{}], [{ format: { fill: { color: "#FFC7CE" } } }]]);
      await context.sync();
    });
    expect(fake.cell("S", 0, 0)).toMatchObject({ value: "A3", hyperlink: { documentReference: "'S'!A3" }, font: { color: "#0563C1" } });
    expect(fake.cell("S", 1, 0)).toMatchObject({ value: "b", fill: null });
    expect(fake.cell("S", 2, 0)).toMatchObject({ value: "c", fill: "#FFC7CE" });
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
