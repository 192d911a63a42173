/** Contract: marks restore exactly; settings persist in the workbook. */
import type { MakeHost } from "../harness";

async function userSheet(make: MakeHost) {
  const host = await make();
  await host.wb.writeSheet({
    sheet: "台账",
    ifExists: "replace",
    rows: [
      ["任务", "单位", "时限"],
      ["任务一", "党政办", "6月底"],
      ["任务二", "财政所", "年底"],
    ],
    styles: [
      { area: { row: 0, col: 0, rowCount: 1, colCount: 3 }, fill: "#FFFF00" },
      { area: { row: 2, col: 2, rowCount: 1, colCount: 1 }, fill: "#FFFFFF" },
    ],
    activate: true,
  });
  return host;
}

export function marksSettingsCases(make: MakeHost): void {
  describe("marks", () => {
    it("marks cells and clearMarks restores the original fills exactly", async () => {
      const { wb, inspect } = await userSheet(make);
      await wb.markCells("台账", [
        { row: 0, col: 1, fill: "#FFC7CE", note: "表头" },
        { row: 1, col: 2, fill: "#FFC7CE", note: "时限不明确" },
        { row: 2, col: 2, fill: "#FFEB9C" },
      ]);
      expect((await inspect.cell("台账", 0, 1)).fill).toBe("#FFC7CE");
      expect((await inspect.cell("台账", 1, 2)).fill).toBe("#FFC7CE");
      expect((await inspect.cell("台账", 2, 2)).fill).toBe("#FFEB9C");
      await wb.clearMarks("台账");
      expect((await inspect.cell("台账", 0, 1)).fill).toBe("#FFFF00");
      expect((await inspect.cell("台账", 1, 2)).fill).toBeNull();
      expect((await inspect.cell("台账", 2, 2)).fill).toBe("#FFFFFF");
      expect((await inspect.cell("台账", 0, 0)).fill).toBe("#FFFF00");
    });

    it("shows notes where the host can and removes them again", async () => {
      const { wb, inspect, notes } = await userSheet(make);
      await wb.markCells("台账", [{ row: 1, col: 2, fill: "#FFC7CE", note: "时限不明确" }]);
      expect((await inspect.cell("台账", 1, 2)).note).toBe(notes ? "时限不明确" : null);
      await wb.clearMarks("台账");
      expect((await inspect.cell("台账", 1, 2)).note).toBeNull();
    });

    it("marking twice then clearing gives the original back", async () => {
      const { wb, inspect } = await userSheet(make);
      await wb.markCells("台账", [{ row: 0, col: 0, fill: "#FFC7CE" }, { row: 1, col: 1, fill: "#FFC7CE" }]);
      await wb.markCells("台账", [{ row: 0, col: 0, fill: "#FFEB9C" }, { row: 2, col: 1, fill: "#FFEB9C" }]);
      expect((await inspect.cell("台账", 1, 1)).fill).toBeNull();
      expect((await inspect.cell("台账", 0, 0)).fill).toBe("#FFEB9C");
      await wb.clearMarks("台账");
      expect((await inspect.cell("台账", 0, 0)).fill).toBe("#FFFF00");
      expect((await inspect.cell("台账", 1, 1)).fill).toBeNull();
      expect((await inspect.cell("台账", 2, 1)).fill).toBeNull();
    });

    it("restores no fill as no fill and a white fill as white, every cell (no fill and white read alike in Excel: office-js #4900, #6218)", async () => {
      const { wb, inspect } = await make();
      const rows = Array.from({ length: 4 }, (_, r) => Array.from({ length: 4 }, (_, c) => (r === 0 ? `列${c + 1}` : `${r}-${c}`)));
      await wb.writeSheet({
        sheet: "白与无",
        ifExists: "replace",
        rows,
        styles: [
          { area: { row: 0, col: 0, rowCount: 1, colCount: 4 }, fill: "#FFFFFF" },
          { area: { row: 1, col: 1, rowCount: 2, colCount: 1 }, fill: "#FFFFFF" },
          { area: { row: 2, col: 3, rowCount: 1, colCount: 1 }, fill: "#FFFF00" },
        ],
        activate: true,
      });
      const every = (look: (row: number, col: number) => Promise<string | null>) =>
        Promise.all(rows.flatMap((cells, row) => cells.map(async (_, col) => `${row},${col}:${await look(row, col)}`)));
      const fillAt = async (row: number, col: number) => (await inspect.cell("白与无", row, col)).fill;
      const original = await every(fillAt);
      expect(original.filter((x) => x.endsWith(":#FFFFFF"))).toHaveLength(6);
      expect(original.filter((x) => x.endsWith(":null"))).toHaveLength(9);
      const all = rows.flatMap((cells, row) => cells.map((_, col) => ({ row, col, fill: (row + col) % 2 ? "#FFC7CE" : "#FFEB9C" })));
      await wb.markCells("白与无", all);
      expect(await every(fillAt)).toEqual(all.map((m) => `${m.row},${m.col}:${m.fill}`));
      await wb.clearMarks("白与无");
      expect(await every(fillAt)).toEqual(original);
      await wb.markCells("白与无", all.slice(0, 7));
      await wb.markCells("白与无", all.slice(5));
      await wb.clearMarks("白与无");
      expect(await every(fillAt)).toEqual(original);
    });

    it("clearing a sheet without marks changes nothing, and marks leave values alone", async () => {
      const { wb, inspect } = await userSheet(make);
      const before = await wb.readSheet("台账");
      await wb.clearMarks("台账");
      await wb.markCells("台账", [{ row: 1, col: 0, fill: "#FFC7CE", note: "x" }]);
      expect((await wb.readSheet("台账")).values).toEqual(before.values);
      await wb.clearMarks("台账");
      await wb.clearMarks("台账");
      expect((await inspect.cell("台账", 1, 0)).fill).toBeNull();
      expect((await wb.readSheet("台账")).values).toEqual(before.values);
    });
  });

  describe("settings", () => {
    it("returns null for an unknown key and keeps what was set", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["x"]] });
      expect(await wb.getSetting("year")).toBeNull();
      await wb.setSetting("year", "2023");
      await wb.setSetting("columns", JSON.stringify({ 完成时限: 3, "=责任人": "D" }));
      expect(await wb.getSetting("year")).toBe("2023");
      await wb.setSetting("year", "2024");
      expect(await wb.getSetting("year")).toBe("2024");
      expect(JSON.parse((await wb.getSetting("columns")) ?? "null")).toEqual({ 完成时限: 3, "=责任人": "D" });
    });

    it("keeps values longer than one cell can hold, and shorter rewrites", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["x"]] });
      const long = "长".repeat(70_000) + "尾";
      await wb.setSetting("big", long);
      await wb.setSetting("after", "后");
      expect(await wb.getSetting("big")).toBe(long);
      await wb.setSetting("big", "短");
      expect(await wb.getSetting("big")).toBe("短");
      expect(await wb.getSetting("after")).toBe("后");
      await wb.setSetting("empty", "");
      expect(await wb.getSetting("empty")).toBe("");
    });

    it("keeps settings in a sheet that is listed but not visible, and never overwrites it", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "台账", ifExists: "replace", rows: [["x"]], activate: true });
      await wb.setSetting("year", "2023");
      const store = (await wb.listSheets()).find((s) => s.name === "_luoshi");
      expect(store).toEqual({ name: "_luoshi", visible: false });
      expect(await wb.writeSheet({ sheet: "_luoshi", ifExists: "replace", rows: [["mine"]] })).toBe("_luoshi(2)");
      expect(await wb.getSetting("year")).toBe("2023");
      expect(await wb.activeSheet()).toBe("台账");
      await expect(wb.activateSheet("_luoshi")).rejects.toMatchObject({ code: "no-sheet" });
    });
  });
}
