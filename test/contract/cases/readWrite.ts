/** Contract: what is written reads back the same, as values, text and formats. */
import type { CellValue } from "../../../src/domain/sheet";
import { WorkbookError } from "../../../src/workbook/port";
import type { MakeHost } from "../harness";

export function readWriteCases(make: MakeHost): void {
  describe("write then read", () => {
    it("round-trips strings, numbers, booleans and blanks", async () => {
      const { wb } = await make();
      const rows: CellValue[][] = [
        ["序号", "工作任务", "完成进度", "是否完成"],
        [1, "推进农村人居环境整治", 0.6, false],
        [2, "落实河长制", 1, true],
        [3, null, -12.5, null],
      ];
      const name = await wb.writeSheet({ sheet: "进度", ifExists: "replace", rows });
      expect(name).toBe("进度");
      const snap = await wb.readSheet("进度");
      expect(snap.name).toBe("进度");
      expect(snap.origin).toEqual({ row: 0, col: 0 });
      expect(snap.values).toEqual(rows);
      expect(snap.text[1]).toEqual(["1", "推进农村人居环境整治", "0.6", "FALSE"]);
      expect(snap.text[3]).toEqual(["3", "", "-12.5", ""]);
      expect(snap.formats[0]).toEqual(["General", "General", "General", "General"]);
    });

    it("appends rows under a user's list: text stays text, the rows above stay as they were, in a batch too", async () => {
      const { wb } = await make();
      const head: CellValue[][] = [["发函登记", null, null], ["编号", "类型", "事由"], ["督办〔2023〕1号", "督办函", "=HYPERLINK(\"x\")"]];
      await wb.writeSheet({ sheet: "发函登记", ifExists: "replace", rows: head });
      const before = await wb.readSheet("发函登记");
      await wb.appendRows("发函登记", 3, [["督办〔2023〕2号", "督办函", "=SUM(A1:A3)"], ["001", null, "+86 0635"]]);
      const after = await wb.readSheet("发函登记");
      expect(after.text.slice(0, 3)).toEqual(before.text);
      expect(after.text.slice(3)).toEqual([["督办〔2023〕2号", "督办函", "=SUM(A1:A3)"], ["001", "", "+86 0635"]]);
      const { names } = await wb.batch({ sheet: { name: "发函登记" } }, (found) => ({
        value: found.snapshot?.values.length,
        changes: [{ kind: "appendRows", sheet: "发函登记", at: found.snapshot?.values.length ?? 0, rows: [["督办〔2023〕3号", "督办函", 7]] }],
      }));
      expect(names).toEqual(["发函登记"]);
      expect((await wb.readSheet("发函登记")).values[5]).toEqual(["督办〔2023〕3号", "督办函", 7]);
    });

    it("keeps dates as serial numbers and shows them by their format", async () => {
      const { wb } = await make();
      // 2023-06-30 is serial 45107; 2023-12-31 is 45291.
      await wb.writeSheet({
        sheet: "日期",
        ifExists: "replace",
        rows: [["完成时限", "进度"], [45107, 0.6], [45291, 0.125]],
        numberFormats: [
          { area: { row: 1, col: 0, rowCount: 2, colCount: 1 }, format: "yyyy-mm-dd" },
          { area: { row: 1, col: 1, rowCount: 2, colCount: 1 }, format: "0%" },
        ],
      });
      const snap = await wb.readSheet("日期");
      expect(snap.values.map((r) => r[0])).toEqual(["完成时限", 45107, 45291]);
      expect(snap.text.map((r) => r[0])).toEqual(["完成时限", "2023-06-30", "2023-12-31"]);
      expect(snap.formats[1]).toEqual(["yyyy-mm-dd", "0%"]);
      expect(snap.values[1][1]).toBe(0.6);
      expect(snap.text[1][1]).toBe("60%");
      expect(snap.text[2][1]).toBe("13%");
    });

    it.each([
      ["=SUM(A1:A3)"],
      ["+86 138 0000 0000"],
      ["-人居环境"],
      ["@县委办"],
      ["'单引号开头"],
      ["001"],
      ["60%"],
      ["2023-06-30"],
      ["TRUE"],
      ["#N/A"],
      ["1,234"],
      ["6月30日前"],
    ])("writes %p as text, never as a formula or number", async (text) => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "文本", ifExists: "replace", rows: [[text, "尾"]] });
      const snap = await wb.readSheet("文本");
      expect(snap.values).toEqual([[text, "尾"]]);
      expect(snap.text).toEqual([[text, "尾"]]);
    });

    it("reports the used range's origin and pads ragged rows", async () => {
      const { wb } = await make();
      await wb.writeSheet({
        sheet: "偏移",
        ifExists: "replace",
        rows: [[], [null, null], [null, "标题"], [null, "a", "b", "c"], [null, 1]],
      });
      const snap = await wb.readSheet("偏移");
      expect(snap.origin).toEqual({ row: 2, col: 1 });
      expect(snap.values).toEqual([
        ["标题", null, null],
        ["a", "b", "c"],
        [1, null, null],
      ]);
      expect(snap.text[2]).toEqual(["1", "", ""]);
      expect(snap.formats[0]).toHaveLength(3);
    });

    it("reports merged areas; cells under a merge read as empty", async () => {
      const { wb } = await make();
      await wb.writeSheet({
        sheet: "合并",
        ifExists: "replace",
        rows: [["XX镇2023年度重点工作任务清单", null, null], ["序号", "任务", "单位"], [1, "任务一", "党政办"], [null, "任务二", null]],
        merges: [
          { row: 0, col: 0, rowCount: 1, colCount: 3 },
          { row: 2, col: 0, rowCount: 2, colCount: 1 },
          { row: 2, col: 2, rowCount: 2, colCount: 1 },
        ],
      });
      const snap = await wb.readSheet("合并");
      expect(snap.merges).toEqual([
        { row: 0, col: 0, rowCount: 1, colCount: 3 },
        { row: 2, col: 0, rowCount: 2, colCount: 1 },
        { row: 2, col: 2, rowCount: 2, colCount: 1 },
      ]);
      expect(snap.values[0]).toEqual(["XX镇2023年度重点工作任务清单", null, null]);
      expect(snap.values[3]).toEqual([null, "任务二", null]);
    });

    it("grows the used range to cover a merge that sticks out of the values", async () => {
      const { wb } = await make();
      await wb.writeSheet({
        sheet: "标题宽",
        ifExists: "replace",
        rows: [["标题"], ["a", "b"]],
        merges: [{ row: 0, col: 0, rowCount: 1, colCount: 4 }],
      });
      const snap = await wb.readSheet("标题宽");
      expect(snap.origin).toEqual({ row: 0, col: 0 });
      expect(snap.values).toEqual([
        ["标题", null, null, null],
        ["a", "b", null, null],
      ]);
      expect(snap.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 4 }]);
    });

    it("reads an empty sheet as empty arrays at the origin", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "空表", ifExists: "replace", rows: [] });
      const snap = await wb.readSheet("空表");
      expect(snap).toEqual({ name: "空表", origin: { row: 0, col: 0 }, values: [], text: [], formats: [], merges: [] });
    });

    it("reads the active sheet when no name is given", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "甲", ifExists: "replace", rows: [["甲"]] });
      await wb.writeSheet({ sheet: "乙", ifExists: "replace", rows: [["乙"]], activate: true });
      expect((await wb.readSheet()).name).toBe("乙");
      await wb.activateSheet("甲");
      expect((await wb.readSheet()).values).toEqual([["甲"]]);
    });

    it("throws WorkbookError no-sheet for a missing sheet, with a zh-CN sentence", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "有", ifExists: "replace", rows: [["x"]] });
      const error = await wb.readSheet("没有这张表").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkbookError);
      expect((error as WorkbookError).code).toBe("no-sheet");
      expect((error as WorkbookError).message).toContain("没有这张表");
      for (const call of [
        () => wb.activateSheet("没有这张表"),
        () => wb.selectCell("没有这张表", "A1"),
        () => wb.markCells("没有这张表", [{ row: 0, col: 0, fill: "#FFC7CE" }]),
        () => wb.clearMarks("没有这张表"),
      ]) {
        await expect(call()).rejects.toMatchObject({ code: "no-sheet" });
      }
    });
  });
}
