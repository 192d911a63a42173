/** The grid accessor: sheet coordinates, merged areas filled in, text falling back to the value. */
import { createGrid } from "../../src/domain/recognize/grid";
import type { SheetSnapshot } from "../../src/domain/sheet";
import { snapshotOf } from "../fixtures/snapshot";

const snapshot: SheetSnapshot = {
  name: "柳林镇",
  origin: { row: 2, col: 1 },
  values: [
    ["招商引资", "张三", 45107],
    [null, "李四", null],
    [null, null, 0.5],
  ],
  text: [
    ["招商引资", "张三", "2023-06-30"],
    ["", "李四", ""],
    ["", "", ""],
  ],
  formats: [
    ["General", "General", "yyyy-mm-dd"],
    ["General", "General", "General"],
    ["General", "General", "0%"],
  ],
  merges: [{ row: 2, col: 1, rowCount: 3, colCount: 1 }],
};

describe("createGrid", () => {
  const grid = createGrid(snapshot);

  it("knows the used range in sheet coordinates", () => {
    expect([grid.firstRow, grid.lastRow, grid.firstCol, grid.lastCol]).toEqual([2, 4, 1, 3]);
  });

  it("gives every cell of a merged area the top-left cell's value and text", () => {
    for (const row of [2, 3, 4]) {
      expect(grid.value(row, 1)).toBe("招商引资");
      expect(grid.text(row, 1)).toBe("招商引资");
    }
  });

  it("tells merged cells and merged copies apart", () => {
    expect(grid.isMergedData(2, 1)).toBe(true);
    expect(grid.isMergedData(4, 1)).toBe(true);
    expect(grid.isMergedData(2, 2)).toBe(false);
    expect(grid.isMergeCopy(2, 1)).toBe(false);
    expect(grid.isMergeCopy(3, 1)).toBe(true);
    expect(grid.master(4, 1)).toEqual({ row: 2, col: 1 });
    expect(grid.mergeAt(3, 1)).toEqual({ row: 2, col: 1, rowCount: 3, colCount: 1 });
    expect(grid.mergeAt(3, 2)).toBeUndefined();
  });

  it("reads text as shown, and the value's text when no text was read", () => {
    expect(grid.text(2, 3)).toBe("2023-06-30");
    expect(grid.text(4, 3)).toBe("0.5");
    expect(grid.format(2, 3)).toBe("yyyy-mm-dd");
  });

  it("is empty outside the used range", () => {
    expect(grid.value(0, 0)).toBeNull();
    expect(grid.text(10, 10)).toBe("");
    expect(grid.format(0, 0)).toBe("General");
  });

  it("ignores merged areas of one cell and clips areas reaching outside the range", () => {
    const g = createGrid({ ...snapshot, merges: [{ row: 3, col: 3, rowCount: 1, colCount: 1 }, { row: 0, col: 0, rowCount: 4, colCount: 2 }] });
    expect(g.isMergedData(3, 3)).toBe(false);
    expect(g.isMergedData(3, 1)).toBe(true);
    expect(g.text(3, 1)).toBe("");
  });
});

describe("snapshotOf (fixture helper)", () => {
  it("finds the used range and formats dates and percents", () => {
    const s = snapshotOf({
      sheet: "S",
      rows: [[], [null, null, "完成时限", "完成进度"], [null, null, 45107, 0.4]],
      merges: [],
      formats: [{ row: 2, col: 2, format: "yyyy\"年\"m\"月\"d\"日\"" }, { row: 2, col: 3, format: "0%" }],
    });
    expect(s.origin).toEqual({ row: 1, col: 2 });
    expect(s.text).toEqual([["完成时限", "完成进度"], ["2023年6月30日", "40%"]]);
  });
});
