/** How the rows around a table are told apart: header rows, data, blanks, sections, notes. */
import fc from "fast-check";
import { recognize } from "../../src/domain/recognize/recognize";
import type { Recognized } from "../../src/domain/recognize/types";
import type { CellArea, CellValue } from "../../src/domain/sheet";
import { snapshotOf } from "../fixtures/snapshot";

const HEADER = ["序号", "任务", "目标", "措施", "完成时限", "责任人"];
const row = (n: number, task = `任务${n}`): CellValue[] => [n, task, `完成${n}个项目`, "每月调度一次，实行挂图作战", "6月底前", "张三"];

function read(rows: CellValue[][], merges: CellArea[] = []): Recognized {
  const r = recognize(snapshotOf({ sheet: "Sheet1", rows, merges }));
  if (!r.ok) throw new Error(r.message);
  return r;
}

describe("rows under the header", () => {
  it("a text in the 序号 column alone is a section; a task alone is data; a number alone is data", () => {
    const r = read([HEADER, ["经济发展类（3项）"], row(1), [null, "只写了任务"], [2], row(3)]);
    expect(r.sections).toEqual([{ row: 1, text: "经济发展类（3项）" }]);
    expect(r.dataRows).toEqual([2, 3, 4, 5]);
  });

  it("a numbered heading in the task column is a section", () => {
    const r = read([HEADER, [null, "二、社会事业"], row(1), [null, "(三) 党的建设"], row(2)]);
    expect(r.sections.map((s) => s.row)).toEqual([1, 3]);
    expect(r.dataRows).toEqual([2, 4]);
  });

  it("a row holding only a merged copy from the row above is data, not blank or a section", () => {
    const r = read([HEADER, row(1), [null, null, null, "第二条措施", null, null], [null]], [{ row: 1, col: 1, rowCount: 3, colCount: 1 }]);
    expect(r.dataRows).toEqual([1, 2, 3]);
    expect(r.blankRows).toEqual([]);
  });

  it("blank rows right under the header count as inside; trailing ones before a note do not", () => {
    const r = read([HEADER, [], row(1), [], [], row(2), [], ["注：本表每月25日前报送。"]]);
    expect(r.blankRows).toEqual([1, 3, 4]);
    expect(r.notes.map((n) => n.row)).toEqual([7]);
  });

  it.each([
    ["注：完成时限须具体到月份"],
    ["注1.责任人须为具体人员"],
    ["填表说明"],
    ["填表人：王芳"],
    ["制表：李强"],
    ["审核人：张敏"],
    ["说明：本表由党政办汇总"],
    ["备注：本表每月更新"],
  ])("%s under the table starts the notes, and what follows is no data", (note) => {
    const r = read([HEADER, row(1), [note], row(2)]);
    expect(r.dataRows).toEqual([1]);
    expect(r.notes.map((n) => n.row)).toEqual([2, 3]);
  });

  it("a 备注： or 说明： text inside a data row is data", () => {
    const r = read([HEADER, row(1), [2, "备注：专项任务", "目标", "措施", "年底前", "李四"], [3, "说明：见附件"]]);
    expect(r.dataRows).toEqual([1, 2, 3]);
    expect(r.notes).toEqual([]);
  });

  it("a header copy at a page break is no data", () => {
    const r = read([HEADER, row(1), HEADER, row(2)]);
    expect(r.repeatedHeaders).toEqual([2]);
    expect(r.dataRows).toEqual([1, 3]);
  });
});

describe("header rows", () => {
  it("a one-level header merged down over two rows ends on its second row", () => {
    const merges = HEADER.map((_, col) => ({ row: 1, col, rowCount: 2, colCount: 1 }));
    const r = read([["2023年度重点工作任务清单"], HEADER, [], row(1)], merges);
    expect([r.headerTop, r.headerBottom]).toEqual([1, 2]);
    expect(r.dataRows).toEqual([3]);
  });

  it("a two-level header without merges: the group written once, months below", () => {
    const top = [...HEADER, "月度计划", ...Array(11).fill(null), "备注"];
    const bottom = [...HEADER.map(() => null), ...Array.from({ length: 12 }, (_, i) => `${i + 1}月份`), null];
    const r = read([top, bottom, row(1)]);
    expect([r.headerTop, r.headerBottom]).toEqual([0, 1]);
    expect(r.columns.filter((c) => c.field.startsWith("month")).map((c) => c.col)).toEqual(Array.from({ length: 12 }, (_, i) => 6 + i));
    expect(r.columns.find((c) => c.field === "month1")?.header).toBe("月度计划/1月份");
    expect(r.columns.find((c) => c.field === "note")?.col).toBe(18);
    expect(r.dataRows).toEqual([2]);
  });

  it("a fill line over a one-row header does not make a two-level header", () => {
    const merges = [{ row: 0, col: 0, rowCount: 1, colCount: 3 }, { row: 0, col: 3, rowCount: 1, colCount: 3 }];
    const r = read([["填报单位：柳林镇", null, null, "填报日期：2023年3月5日"], HEADER, row(1)], merges);
    expect([r.headerTop, r.headerBottom]).toEqual([1, 1]);
    expect(r.fillLine?.row).toBe(0);
  });

  it("a header below the first 15 rows is not found", () => {
    const lines: CellValue[][] = Array.from({ length: 15 }, (_, i) => [`说明文字第${i + 1}行`]);
    const r = recognize(snapshotOf({ sheet: "Sheet1", rows: [...lines, HEADER, row(1)], merges: [] }));
    expect(r.ok).toBe(false);
  });
});

describe("recognize on arbitrary sheets", () => {
  const words = ["", "", "序号", "任务", "目标", "措施", "完成时限", "责任人", "1月", "月度进展", "注：", "一、经济", "张三", "6月底前", "填报单位：柳林镇"];
  const cell = fc.oneof(fc.constantFrom(...words), fc.integer({ min: 0, max: 50000 }), fc.constant(null));
  const sheet = fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 });
  const area = fc.record({
    row: fc.nat(11), col: fc.nat(7), rowCount: fc.integer({ min: 1, max: 3 }), colCount: fc.integer({ min: 1, max: 3 }),
  });

  it("never throws, and every row below the header has at most one kind", () => {
    fc.assert(
      fc.property(sheet, fc.array(area, { maxLength: 4 }), (rows, merges) => {
        const r = recognize(snapshotOf({ sheet: "S", rows, merges }));
        if (!r.ok) return;
        const kinds = [r.dataRows, r.blankRows, r.sections.map((s) => s.row), r.repeatedHeaders, r.notes.map((n) => n.row)].flat();
        expect(new Set(kinds).size).toBe(kinds.length);
        expect(kinds.every((k) => k > r.headerBottom)).toBe(true);
        expect(r.headerBottom).toBeGreaterThanOrEqual(r.headerTop);
      }),
    );
  });
});

describe("totals rows (合计/小计/总计): sums, not items (docs/lists.md)", () => {
  it.each([
    ["合计"], ["小计"], ["总计"], ["共计"], ["合 计"], ["合　计"], ["全镇合计"], ["小计（3项）"], ["小计:"], ["合计："],
  ])("%s in the 序号 or task column makes the row a totals row", (label) => {
    const inSeq = read([HEADER, row(1), row(2), [label, null, null, null, null, null]]);
    expect(inSeq.dataRows).toEqual([1, 2]);
    expect(inSeq.totals).toEqual([{ row: 3, text: label.replace(/\s+/g, " ") }]);
    const inTask = read([HEADER, row(1), [null, label, null, null, null, null], row(3)]);
    expect(inTask.dataRows).toEqual([1, 3]);
    expect(inTask.totals.map((t) => t.row)).toEqual([2]);
  });

  it.each([["合计完成投资2亿元"], ["统计监测"], ["小计划大作为"], ["总计划"], ["合计1"]])("a task that merely contains %s is data", (task) => {
    const r = read([HEADER, row(1), [2, task, "完成2个项目", "每月调度一次，实行挂图作战", "6月底前", "张三"]]);
    expect(r.dataRows).toEqual([1, 2]);
    expect(r.totals).toEqual([]);
  });

  it("a 合计 row merged across the first columns, with sums further right, is still a totals row", () => {
    const r = read([HEADER, row(1), ["合计", null, null, null, null, 3]], [{ row: 2, col: 0, rowCount: 1, colCount: 4 }]);
    expect(r.dataRows).toEqual([1]);
    expect(r.totals.map((t) => t.row)).toEqual([2]);
  });
});
