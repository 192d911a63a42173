/** Contract: every layout field of a SheetWrite reaches the host. */
import type { SheetWrite } from "../../../src/workbook/port";
import type { MakeHost } from "../harness";

const RESULT: SheetWrite = {
  sheet: "校验结果",
  ifExists: "replace",
  rows: [
    ["XX镇重点工作任务校验结果", null, null, null],
    ["填报单位：党政办", null, null, null],
    [null, null, null, null],
    ["序号", "问题", "状态", "跳转"],
    [1, "完成时限为空", "逾期", "C7"],
    [2, "责任人不是人名", "未开始", "D9"],
  ],
  widths: [6, 40, 12, 10],
  rowHeights: [28, undefined, undefined, 20],
  numberFormats: [{ area: { row: 4, col: 0, rowCount: 2, colCount: 1 }, format: "0" }],
  merges: [{ row: 0, col: 0, rowCount: 1, colCount: 4 }],
  styles: [
    { area: { row: 0, col: 0, rowCount: 1, colCount: 4 }, bold: true, fontSize: 16, horizontal: "center" },
    { area: { row: 3, col: 0, rowCount: 1, colCount: 4 }, bold: true, fill: "#DDEBF7", vertical: "middle", wrap: true },
    { area: { row: 3, col: 0, rowCount: 3, colCount: 4 }, border: true },
    { area: { row: 4, col: 1, rowCount: 1, colCount: 1 }, fontColor: "#C00000" },
  ],
  validations: [{ area: { row: 4, col: 2, rowCount: 2, colCount: 1 }, list: ["未开始", "推进中", "已完成", "逾期"], strict: true, prompt: "请选择状态" }],
  conditionalFormats: [{ area: { row: 4, col: 2, rowCount: 2, colCount: 1 }, text: "逾期", fill: "#FFC7CE", fontColor: "#9C0006" }],
  links: [{ row: 4, col: 3, sheet: "台账 2023", address: "C7" }],
  freeze: { rows: 4, cols: 1 },
  print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: 0, to: 3 } },
};

export function layoutCases(make: MakeHost): void {
  describe("layout", () => {
    it("writes widths, heights, freeze panes, validations, conditional formats, links and print setup", async () => {
      const { wb, inspect } = await make();
      await wb.writeSheet({ sheet: "台账 2023", ifExists: "replace", rows: [["目标"]] });
      const name = await wb.writeSheet(RESULT);
      const layout = await inspect.layout(name);
      expect(layout.columnWidths[0]).toBeCloseTo(6, 0);
      expect(layout.columnWidths[1]).toBeCloseTo(40, 0);
      expect(layout.rowHeights[0]).toBe(28);
      expect(layout.rowHeights[3]).toBe(20);
      expect(layout.rowHeights[1]).toBeUndefined();
      expect(layout.freeze).toEqual({ rows: 4, cols: 1 });
      expect(layout.validations).toEqual([{ area: "C5:C6", list: ["未开始", "推进中", "已完成", "逾期"], strict: true, prompt: "请选择状态" }]);
      expect(layout.conditionalFormats).toEqual([{ area: "C5:C6", text: "逾期", fill: "#FFC7CE" }]);
      expect(layout.links).toEqual([{ cell: "D5", target: "'台账 2023'!C7" }]);
      expect(layout.print).toEqual({ orientation: "landscape", a4: true, fitToWidth: true, onePage: false, titleRows: "$1:$4" });
    });

    it("fits a sheet on one page when asked", async () => {
      const { wb, inspect } = await make();
      const name = await wb.writeSheet({ sheet: "通报排名", ifExists: "replace", rows: [["名次", "单位"]], print: { orientation: "portrait", fitToWidth: true, onePage: true } });
      expect((await inspect.layout(name)).print).toMatchObject({ orientation: "portrait", a4: true, fitToWidth: true, onePage: true });
    });

    it("writes our formulas as formulas, and text that looks like one as text", async () => {
      const { wb, inspect } = await make();
      const name = await wb.writeSheet({
        sheet: "通报排名",
        ifExists: "replace",
        rows: [[0.5, 0.4, -0.1, "黄", "=A1-B1"], [0.2, 0.4, -0.2, "红", null]],
        formulas: [
          { row: 0, col: 2, formula: "=ROUND(A1-B1,3)" },
          { row: 0, col: 3, formula: '=IF(C1<-0.1,"红","黄")' },
          { row: 1, col: 3, formula: '=IF(C2<-0.1,"红","黄")' },
        ],
      });
      const layout = await inspect.layout(name);
      expect(layout.formulas).toEqual({ C1: "=ROUND(A1-B1,3)", D1: '=IF(C1<-0.1,"红","黄")', D2: '=IF(C2<-0.1,"红","黄")' });
      const snap = await wb.readSheet(name);
      expect(snap.text[0][4]).toBe("=A1-B1");
      expect(snap.values[1][2]).toBe(-0.2);
    });

    it("keeps the values of linked cells and reports the merges", async () => {
      const { wb } = await make();
      await wb.writeSheet({ sheet: "台账 2023", ifExists: "replace", rows: [["目标"]] });
      const name = await wb.writeSheet(RESULT);
      const snap = await wb.readSheet(name);
      expect(snap.values[4]).toEqual([1, "完成时限为空", "逾期", "C7"]);
      expect(snap.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: 4 }]);
      expect(snap.formats[4][0]).toBe("0");
    });

    it("applies styles, later styles adding to earlier ones", async () => {
      const { wb, inspect } = await make();
      await wb.writeSheet({ sheet: "台账 2023", ifExists: "replace", rows: [["目标"]] });
      const name = await wb.writeSheet(RESULT);
      const header = await inspect.cell(name, 3, 1);
      expect(header).toMatchObject({ bold: true, fill: "#DDEBF7", wrap: true, border: true });
      const title = await inspect.cell(name, 0, 0);
      expect(title).toMatchObject({ bold: true, horizontal: "center", border: false });
      const red = await inspect.cell(name, 4, 1);
      expect(red).toMatchObject({ fontColor: "#C00000", border: true, bold: false, fill: null });
    });
  });
}
