/** OfficeJsWorkbook's charts over the fake host: no request of their own, and every series set explicitly. */
import { FakeExcel } from "../../src/workbook/fake/FakeExcel";
import { OfficeJsWorkbook } from "../../src/workbook/officejs/OfficeJsWorkbook";
import type { ChartSpec, SheetWrite } from "../../src/workbook/port";
import { PROGRESS_CHART as CHART, progressSheet } from "./cases/chartFixture";

/** The progress table with a header style, widths and frozen header, as a results sheet has. */
function progress(charts?: ChartSpec[]): SheetWrite {
  return progressSheet("进度", [], {
    charts,
    widths: [16, 12, 12],
    styles: [{ area: { row: 0, col: 0, rowCount: 1, colCount: 3 }, bold: true, fill: "#DDEBF7" }],
    freeze: { rows: 1, cols: 0 },
  });
}

async function syncsToWrite(spec: SheetWrite, existing = false): Promise<{ fake: FakeExcel; syncs: number }> {
  const fake = new FakeExcel();
  const wb = new OfficeJsWorkbook(fake.run);
  if (existing) await wb.writeSheet(spec);
  fake.resetCounters();
  await wb.writeSheet(spec);
  return { fake, syncs: fake.syncCount };
}

describe("OfficeJsWorkbook charts", () => {
  it("adds charts inside the sheet's existing requests: the sync count does not change", async () => {
    const without = await syncsToWrite(progress());
    const withCharts = await syncsToWrite(progress([CHART, { ...CHART, title: "排名", kind: "bar", anchor: { row: 20, col: 4, rowCount: 15, colCount: 6 } }]));
    expect(withCharts.syncs).toBe(without.syncs);
    expect(withCharts.syncs).toBe(2);
    expect(withCharts.fake.sheet("进度").charts).toHaveLength(2);
    const replacing = await syncsToWrite(progress([CHART]), true);
    expect(replacing.syncs).toBe(2);
    expect(replacing.fake.sheet("进度").charts).toHaveLength(1);
  });

  it("sets every series' name, values and category labels, the title, the axis format, the legend and the position", async () => {
    const { fake } = await syncsToWrite(progress([CHART]));
    const [chart] = fake.sheet("进度").charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "各单位任务进度", valueAxisNumberFormat: "0%", legendPosition: "Bottom" });
    expect(chart.position).toEqual({ from: { row: 0, col: 4 }, to: { row: 17, col: 11 } });
    expect(chart.series.map((s) => [s.name, s.values?.area, s.xValues?.area, s.values?.sheet.name])).toEqual([
      ["时间进度 T", CHART.series[0].values, CHART.categories, "进度"],
      ["任务进度 P", CHART.series[1].values, CHART.categories, "进度"],
    ]);
  });

  it("leaves the value axis format alone when the spec has none", async () => {
    const { fake } = await syncsToWrite(progress([{ ...CHART, valueFormat: undefined, kind: "bar" }]));
    expect(fake.sheet("进度").charts[0]).toMatchObject({ type: "BarClustered", valueAxisNumberFormat: "General" });
  });
});
