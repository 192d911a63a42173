/**
 * Contract: every merged area that touches the values is read, whole. Excel's
 * `getMergedAreasOrNullObject` answers only for areas whose top-left cell lies in the range it
 * is asked on (office-js #3611) and its `address` has been seen to name only those top-left
 * cells (#1590); the fake plays both (src/workbook/fake/range.ts), so an Office reader that
 * looks merges up only inside the values, or reads them from the address, fails here.
 */
import { createGrid } from "../../../src/domain/recognize/grid";
import type { CellValue } from "../../../src/domain/sheet";
import type { MakeHost } from "../harness";

export function mergeCases(make: MakeHost): void {
  describe("merged areas", () => {
    it("finds an empty merged area that starts above and left of the values and grows the snapshot to it", async () => {
      const { wb } = await make();
      // Values in D3:E4 and C4; B1:C3 is merged, empty, and covers C3 inside the values' box.
      await wb.writeSheet({
        sheet: "上方合并",
        ifExists: "replace",
        rows: [[], [], [null, null, null, "序号", "任务"], [null, null, "甲", 1, "任务一"]],
        merges: [{ row: 0, col: 1, rowCount: 3, colCount: 2 }],
      });
      const snap = await wb.readSheet("上方合并");
      expect(snap.merges).toEqual([{ row: 0, col: 1, rowCount: 3, colCount: 2 }]);
      expect(snap.origin).toEqual({ row: 0, col: 1 });
      expect(snap.values).toEqual([
        [null, null, null, null],
        [null, null, null, null],
        [null, null, "序号", "任务"],
        [null, "甲", 1, "任务一"],
      ]);
      expect(snap.text[3]).toEqual(["", "甲", "1", "任务一"]);
    });

    it("finds an empty merged area that starts left of the values on their rows", async () => {
      const { wb } = await make();
      // Values in C1:D1 and C3:D3; A2:C2 is merged, empty, and covers C2 inside the values' box.
      await wb.writeSheet({
        sheet: "左侧合并",
        ifExists: "replace",
        rows: [[null, null, "任务", "单位"], [], [null, null, "任务一", "党政办"]],
        merges: [{ row: 1, col: 0, rowCount: 1, colCount: 3 }],
      });
      const snap = await wb.readSheet("左侧合并");
      expect(snap.merges).toEqual([{ row: 1, col: 0, rowCount: 1, colCount: 3 }]);
      expect(snap.origin).toEqual({ row: 0, col: 0 });
      expect(snap.values).toEqual([
        [null, null, "任务", "单位"],
        [null, null, null, null],
        [null, null, "任务一", "党政办"],
      ]);
    });

    it("reads a 责任单位 merged over twenty rows as one area, so it belongs to each of them", async () => {
      const { wb } = await make();
      const width = 30; // 30 columns: merge lookups of at most 512 cells cover 17 rows, so the area spans two
      const header: CellValue[] = ["序号", "重点任务", "完成时限", "责任人", "进展", "责任单位", ...Array.from({ length: width - 6 }, (_, i) => `${i + 1}月`)];
      const rows: CellValue[][] = [["柳林镇2023年度重点工作任务清单"], header];
      for (let i = 0; i < 20; i++) {
        rows.push([i + 1, `任务${i + 1}`, "6月底前", "王芳", "推进中", i === 0 ? "党政办" : null, ...new Array<CellValue>(width - 6).fill("按计划")]);
      }
      const merged = { row: 2, col: 5, rowCount: 20, colCount: 1 };
      await wb.writeSheet({ sheet: "责任单位", ifExists: "replace", rows, merges: [{ row: 0, col: 0, rowCount: 1, colCount: width }, merged] });
      const snap = await wb.readSheet("责任单位");
      expect(snap.merges).toEqual([{ row: 0, col: 0, rowCount: 1, colCount: width }, merged]);
      const grid = createGrid(snap);
      for (let row = 2; row < 22; row++) expect(grid.value(row, 5)).toBe("党政办");
      expect(grid.value(22, 5)).toBeNull();
    });
  });
}
