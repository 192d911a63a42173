/**
 * Where the workspace draws each cell (docs/workspace.md "The grid"): offsets, merged areas
 * drawn once from their top-left cell even when it is out of view, text running on over empty
 * cells, hidden rows and columns, moving the selection over merged areas.
 */
import type { GridSheet } from "../../src/workbook/grid";
import { boxesInView, boxOf, geometryOf, MergeIndex, offsetsOf, spillOf, step } from "../../src/taskpane/workspace/gridLayout";

/** A 6×5 sheet: A1:E1 merged title, A2:A3 merged over rows, column D hidden, row 5 hidden. */
function sheet(): GridSheet {
  const text = (t: string, style = 0) => ({ text: t, style });
  return {
    name: "台账",
    rowCount: 6,
    colCount: 5,
    cells: [
      [text("标题")],
      [text("序号"), text("填报单位：柳林镇")],
      [undefined, text("任务"), text("目标")],
      [text("1"), text("招商引资", 1), text("")],
      [text("隐藏")],
    ],
    styles: [{}, { wrap: true }],
    merges: [
      { row: 0, col: 0, rowCount: 1, colCount: 5 },
      { row: 1, col: 0, rowCount: 2, colCount: 1 },
    ],
    colWidths: [40, 100, 100, 0, 60],
    rowHeights: [30, 20, 20, 20, 0, 20],
    frozenRows: 1,
    frozenCols: 0,
    charts: [],
  };
}

test("offsets: where each item starts and the total", () => {
  expect(offsetsOf([40, 100, 0, 60])).toEqual([0, 40, 140, 140, 200]);
  expect(offsetsOf([])).toEqual([0]);
});

test("the merged area of a cell, by row", () => {
  const index = new MergeIndex(sheet().merges);
  expect(index.at(0, 3)).toEqual({ row: 0, col: 0, rowCount: 1, colCount: 5 });
  expect(index.at(2, 0)).toEqual({ row: 1, col: 0, rowCount: 2, colCount: 1 });
  expect(index.at(2, 1)).toBeUndefined();
  expect(index.onRow(1)).toHaveLength(1);
  expect(index.onRow(9)).toEqual([]);
});

test("a merged area is one box from its top-left cell, drawn once, also when only its lower part is in view", () => {
  const g = sheet();
  const geo = geometryOf(g);
  const boxes = boxesInView(g, geo, [2, 3], [0, 1, 2]);
  // Row 2 is in view, row 1 (where A2:A3 starts) is not: the merged box is drawn under row 1.
  expect(boxes.get(1)).toEqual([expect.objectContaining({ row: 1, col: 0, rowSpan: 2, colSpan: 1, x: 0, y: 30, width: 40, height: 40, cell: { text: "序号", style: 0 } })]);
  expect(boxes.get(2)?.map((b) => b.col)).toEqual([1, 2]);
  expect(boxes.get(3)?.map((b) => [b.col, b.width])).toEqual([[0, 40], [1, 100], [2, 100]]);
});

test("the title merged over the columns is drawn once, spanning the hidden column at no width", () => {
  const g = sheet();
  const boxes = boxesInView(g, geometryOf(g), [0], [2, 4]);
  expect(boxes.get(0)).toEqual([expect.objectContaining({ row: 0, col: 0, colSpan: 5, x: 0, width: 300, height: 30 })]);
});

test("hidden rows and columns draw nothing", () => {
  const g = sheet();
  const boxes = boxesInView(g, geometryOf(g), [3, 4], [2, 3, 4]);
  expect(boxes.has(4)).toBe(false);
  expect(boxes.get(3)?.map((b) => b.col)).toEqual([2, 4]);
});

test("text that does not wrap runs on over the empty cells to its right, not over text, a merged area, a number or when it wraps", () => {
  const g = sheet();
  const geo = geometryOf(g);
  // B2 "填报单位：柳林镇": C2, D2 (hidden), E2 are empty.
  expect(spillOf(g, geo, 1, 1)).toBe(100 + 100 + 0 + 60);
  // B3 "任务" has text right of it.
  expect(spillOf(g, geo, 2, 1)).toBeUndefined();
  // B4 wraps.
  expect(spillOf(g, geo, 3, 1)).toBeUndefined();
  // A4 "1" has text right of it; an empty cell has nothing to run on.
  expect(spillOf(g, geo, 3, 2)).toBeUndefined();
  g.cells[3][0] = { text: "1", style: 0, value: 1 };
  g.cells[3][1] = undefined;
  expect(spillOf(g, geo, 3, 0)).toBeUndefined();
  expect(boxesInView(g, geo, [1], [1]).get(1)?.[0].spill).toBe(260);
});

test("the box of a cell inside a merged area is the whole area", () => {
  const g = sheet();
  expect(boxOf(g, geometryOf(g), 2, 0)).toMatchObject({ row: 1, col: 0, rowSpan: 2, y: 30, height: 40 });
  expect(boxOf(g, geometryOf(g), 3, 2)).toMatchObject({ row: 3, col: 2, rowSpan: 1, x: 140, y: 70, width: 100, height: 20 });
});

test.each([
  ["down from the title jumps below it", { row: 0, col: 2 }, 1, 0, { row: 1, col: 2 }],
  ["down out of a merged area leaves from its bottom", { row: 1, col: 0 }, 1, 0, { row: 3, col: 0 }],
  ["up into a merged area lands on its top-left", { row: 3, col: 0 }, -1, 0, { row: 1, col: 0 }],
  ["right over a hidden column", { row: 3, col: 2 }, 0, 1, { row: 3, col: 4 }],
  ["down over a hidden row", { row: 3, col: 1 }, 1, 0, { row: 5, col: 1 }],
  ["not past the last column", { row: 3, col: 4 }, 0, 1, { row: 3, col: 4 }],
  ["not above the first row", { row: 0, col: 0 }, -1, 0, { row: 0, col: 0 }],
])("moving the selection: %s", (_name, from, dRow, dCol, to) => {
  const g = sheet();
  expect(step(g, geometryOf(g), from, dRow, dCol)).toEqual(to);
});
