/**
 * The table as a whole: `formula-error`, `merged-cells`, `blank-row`. Cases that must fire and
 * cases that must not.
 */
import { cellsOf, findingsOf, HEADER, ledgerSheet, validateRows, type RowSpec } from "../fixtures/validate-data/build";
import { snapshotOf } from "../fixtures/snapshot";
import { validateSnapshot } from "../../src/domain/validate/validate";
import type { CellValue } from "../../src/domain/sheet";

const merge = (row: number, col: number, rowCount: number, colCount = 1) => ({ row, col, rowCount, colCount });

describe("formula-error", () => {
  // Each error with what it means, as the message says it.
  const ERRORS: [string, string][] = [
    ["#REF!", "公式引用的单元格已被删除或移动"],
    ["#N/A", "公式要查找的值不存在（如 VLOOKUP 没有找到）"],
    ["#VALUE!", "参与计算的内容类型不对（如文字参与了加减）"],
    ["#DIV/0!", "除数为 0 或为空"],
    ["#NAME?", "公式中的函数名或名称写错了"],
    ["#NULL!", "公式引用的两个区域没有交集"],
    ["#NUM!", "数值无效或超出范围"],
    ["#SPILL!", "公式结果要溢出的区域已被占用"],
    ["#CALC!", "公式无法计算出结果（如结果为空）"],
    ["#GETTING_DATA", "公式计算出错"], // an error without its own explanation
  ];
  it.each(ERRORS)("formula-error fires: %s in a data cell, and no other rule judges that cell", (error, why) => {
    const report = validateRows([{ goal: error }]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["formula-error", "C3"]]);
    const [f] = report.findings;
    expect(f).toMatchObject({ severity: "error", field: "goal", text: error });
    expect(f.message).toBe(`单元格显示公式错误“${error}”：${why}`);
    expect(f.hint).toBe("请修改或删除该单元格的公式，或直接填写内容（可复制后“选择性粘贴—数值”）");
  });

  it("formula-error fires in the header row and in a column no field claims", () => {
    const report = validateRows([{}], { header: [...HEADER, "#REF!"] });
    expect(cellsOf(report, "formula-error")).toEqual(["H2"]);
    expect(findingsOf(report, "formula-error")[0].field).toBeUndefined();
  });

  it("formula-error fires once for an error merged over three rows", () => {
    const rows: RowSpec[] = [{ unit: "#N/A" }, { unit: null }, { unit: null }];
    expect(cellsOf(validateRows(rows, { merges: [merge(2, 6, 3)] }), "formula-error")).toEqual(["G3"]);
  });

  const quiet: [string, RowSpec[], object][] = [
    ["text with a # in it", [{ task: "#1号楼改造" }, { goal: "完成#REF!以外的12项" }], {}],
    ["an error in a note under the table", [{}], { after: [["注：#REF!"]] }],
    ["an error in the title above the header", [{}], { title: "#REF!" }],
  ];
  it.each(quiet)("formula-error does not fire: %s", (_name, rows, spec) => {
    expect(findingsOf(validateRows(rows, spec), "formula-error")).toEqual([]);
  });
});

describe("formula-error where the sheet's used range does not start at A1, and cells as hosts give them", () => {
  /** The small ledger moved two rows down and one column right, with extra cells around it. */
  function shifted(rows: RowSpec[], extra: (grid: CellValue[][]) => void = () => undefined) {
    const sheet = ledgerSheet(rows);
    const grid: CellValue[][] = [[], [], ...sheet.rows.map((r) => [null, ...r])];
    extra(grid);
    return snapshotOf({ ...sheet, rows: grid, merges: [] });
  }

  it("names the cell in sheet coordinates, with its field, and leaves cells right of the table alone", () => {
    const snap = shifted([{}, { deadline: "#DIV/0!" }], (g) => (g[5][9] = "#REF!"));
    expect(snap.origin).toEqual({ row: 2, col: 1 });
    const found = findingsOf(validateSnapshot(snap), "formula-error");
    expect(found.map((f) => [f.cell, f.field, f.text])).toEqual([["F6", "deadline", "#DIV/0!"]]);
  });

  it("reads an error a host gives as a value with no shown text, and trims a trailing space", () => {
    const snap = shifted([{ goal: "#N/A " }, { measures: "#VALUE!" }]);
    // The second data row (sheet row 6), 措施 in column E: the host gave the value but no text.
    snap.text[3][3] = "";
    const found = findingsOf(validateSnapshot(snap), "formula-error");
    expect(found.map((f) => [f.cell, f.text])).toEqual([["D5", "#N/A"], ["E6", "#VALUE!"]]);
  });
});

describe("merged-cells", () => {
  it("merged-cells fires once per merged area in the data, at its top-left cell", () => {
    const rows: RowSpec[] = [{}, { task: null, goal: null }, { task: null, goal: null }, {}];
    const report = validateRows(rows, { merges: [merge(2, 1, 3), merge(2, 2, 3), merge(5, 3, 1, 2)] });
    const found = findingsOf(report, "merged-cells");
    expect(found.map((f) => f.cell)).toEqual(["B3", "C3", "D6"]);
    expect(found[0]).toMatchObject({ severity: "info", field: "task", header: "任务" });
    expect(found[0].message).toBe("“任务”B3:B5 为合并单元格（第3—5行）");
    expect(found[2].message).toBe("“措施”D6:E6 为合并单元格（第6行）");
  });

  it("merged-cells does not fire on a merged title, a two-level header, a section row or a note", () => {
    const section: RowSpec = { seq: "二、民生实事", task: null, goal: null, measures: null, deadline: null, owner: null, unit: null };
    const report = validateRows([{}, section, {}], {
      months: true,
      merges: [merge(0, 0, 1, 19), merge(4, 0, 1, 19), merge(6, 0, 1, 19)],
      after: [["注：1.完成时限须具体到月份；2.责任人须填写具体人员姓名。"]],
    });
    expect(report.rows).toBe(2);
    expect(report.headerRow).toBe(3);
    expect(findingsOf(report, "merged-cells")).toEqual([]);
  });
});

describe("blank-row", () => {
  it("blank-row fires on each blank row inside the table, at the table's first column", () => {
    const report = validateRows([{}, { seq: null, task: null, goal: null, measures: null, deadline: null, owner: null, unit: null }, {}]);
    const found = findingsOf(report, "blank-row");
    expect(found.map((f) => f.cell)).toEqual(["A4"]);
    expect(found[0]).toMatchObject({ severity: "info", row: 4, message: "第4行是空行，表格从中间断开" });
    expect(findingsOf(report, "missing-item")).toEqual([]);
  });

  it("blank-row does not fire on blank rows after the last data row", () => {
    const report = validateRows([{}, {}], { after: [[], [], ["注：本表每月25日前更新。"]] });
    expect(findingsOf(report, "blank-row")).toEqual([]);
  });
});
