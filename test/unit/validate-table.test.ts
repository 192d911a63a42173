/**
 * The table as a whole: `formula-error`, `merged-cells`, `blank-row`. Cases that must fire and
 * cases that must not.
 */
import { cellsOf, findingsOf, HEADER, validateRows, type RowSpec } from "../fixtures/validate-data/build";

const merge = (row: number, col: number, rowCount: number, colCount = 1) => ({ row, col, rowCount, colCount });

describe("formula-error", () => {
  const ERRORS = ["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!", "#SPILL!", "#CALC!"];
  it.each(ERRORS)("formula-error fires: %s in a data cell, and no other rule judges that cell", (error) => {
    const report = validateRows([{ goal: error }]);
    expect(report.findings.map((f) => [f.rule, f.cell])).toEqual([["formula-error", "C3"]]);
    const [f] = report.findings;
    expect(f).toMatchObject({ severity: "error", field: "goal", text: error });
    expect(f.message).toMatch(new RegExp(`^单元格显示公式错误“${error.replace(/[?/!]/g, "\\$&")}”：.+`));
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
