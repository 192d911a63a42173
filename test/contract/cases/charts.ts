/** Contract: native charts written with a sheet reach the host, read the right cells, and live and die with their sheet. */
import type { ChartSpec } from "../../../src/workbook/port";
import type { ChartLook, MakeHost } from "../harness";
import { PROGRESS_CHART, progressSheet } from "./chartFixture";

const RANKING_CHART: ChartSpec = {
  title: "任务进度排名",
  kind: "bar",
  categories: { row: 1, col: 0, rowCount: 5, colCount: 1 },
  series: [{ name: "任务进度 P", values: { row: 1, col: 2, rowCount: 5, colCount: 1 } }],
  anchor: { row: 19, col: 4, rowCount: 15, colCount: 6 },
};

function expectedProgressChart(sheet: string): ChartLook {
  const q = `'${sheet.replace(/'/g, "''")}'`;
  return {
    kind: "column",
    title: "各单位任务进度",
    series: [
      { name: "时间进度 T", categories: `${q}!$A$2:$A$6`, values: `${q}!$B$2:$B$6` },
      { name: "任务进度 P", categories: `${q}!$A$2:$A$6`, values: `${q}!$C$2:$C$6` },
    ],
    firstOnTop: false,
    valueFormat: "0%",
    from: "E1",
    to: "L18",
  };
}

export function chartCases(make: MakeHost): void {
  describe("charts", () => {
    it("draws a clustered column chart with two named series over the written cells", async () => {
      const { wb, inspect } = await make();
      const name = await wb.writeSheet(progressSheet("进度"));
      expect(await inspect.charts(name)).toEqual([expectedProgressChart("进度")]);
      const snap = await wb.readSheet(name);
      expect(snap.values[1]).toEqual(["县发改委", 0.5, 0.62]);
    });

    it("draws a bar chart with its first category on top, and several charts in the order given", async () => {
      const { wb, inspect } = await make();
      const name = await wb.writeSheet(progressSheet("进度", [PROGRESS_CHART, RANKING_CHART]));
      const charts = await inspect.charts(name);
      expect(charts.map((c) => [c.kind, c.title])).toEqual([
        ["column", "各单位任务进度"],
        ["bar", "任务进度排名"],
      ]);
      expect(charts[1]).toEqual({
        kind: "bar",
        title: "任务进度排名",
        series: [{ name: "任务进度 P", categories: "'进度'!$A$2:$A$6", values: "'进度'!$C$2:$C$6" }],
        firstOnTop: true,
        valueFormat: null,
        from: "E20",
        to: "J34",
      });
    });

    it("quotes the sheet's name in the chart's references (spaces, punctuation)", async () => {
      const { wb, inspect } = await make();
      const name = await wb.writeSheet(progressSheet("It's 排名 2023-06"));
      expect(name).toMatch(/^It.s 排名 2023-06$/);
      expect(await inspect.charts(name)).toEqual([expectedProgressChart(name)]);
    });

    it("points a renamed write's charts at the name actually used", async () => {
      const { wb, inspect } = await make();
      await wb.writeSheet({ sheet: "进度", ifExists: "replace", rows: [["用户自己的表"]] });
      const name = await wb.writeSheet({ ...progressSheet("进度"), ifExists: "rename" });
      expect(name).not.toBe("进度");
      expect(await inspect.charts(name)).toEqual([expectedProgressChart(name)]);
      expect(await inspect.charts("进度")).toEqual([]);
    });

    it("replacing a sheet replaces its charts; a sheet written without charts has none", async () => {
      const { wb, inspect } = await make();
      await wb.writeSheet(progressSheet("进度", [PROGRESS_CHART, RANKING_CHART]));
      await wb.writeSheet(progressSheet("进度", [RANKING_CHART]));
      expect((await inspect.charts("进度")).map((c) => c.title)).toEqual(["任务进度排名"]);
      await wb.writeSheet(progressSheet("进度", []));
      expect(await inspect.charts("进度")).toEqual([]);
    });

    it("keeps a sheet's charts while other sheets are written, marked and settings stored", async () => {
      const { wb, inspect } = await make();
      await wb.writeSheet(progressSheet("进度"));
      await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["工作任务"], ["推进农村人居环境整治"]] });
      await wb.markCells("台账", [{ row: 1, col: 0, fill: "#FFC7CE", note: "缺少完成时限" }]);
      await wb.setSetting("year", "2023");
      await wb.activateSheet("台账");
      await wb.markCells("进度", [{ row: 1, col: 2, fill: "#FFC7CE", note: "进度滞后" }]);
      expect(await inspect.charts("进度")).toEqual([expectedProgressChart("进度")]);
      expect(await inspect.charts("台账")).toEqual([]);
    });

    it.each<[string, Partial<ChartSpec>]>([
      ["a series over other rows than the categories", { series: [{ name: "P", values: { row: 2, col: 2, rowCount: 5, colCount: 1 } }] }],
      ["categories two columns wide", { categories: { row: 1, col: 0, rowCount: 5, colCount: 2 } }],
      ["no series", { series: [] }],
      ["an empty anchor", { anchor: { row: 0, col: 4, rowCount: 0, colCount: 8 } }],
      ["a title over 255 characters", { title: "进".repeat(256) }],
      ["an empty title", { title: "" }],
    ])("refuses a chart with %s (RangeError) and writes nothing", async (_, change) => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["工作任务"]] });
      const before = await wb.listSheets();
      await expect(wb.writeSheet(progressSheet("进度", [{ ...PROGRESS_CHART, ...change }]))).rejects.toBeInstanceOf(RangeError);
      expect(await wb.listSheets()).toEqual(before);
    });
  });
}
