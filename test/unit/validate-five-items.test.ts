/**
 * The five explicit items (五个明确): `missing-column`, `missing-item`, `owner-not-person`.
 * Each rule has cases that must fire and cases that must not (docs/decisions.md "Code conventions").
 */
import { cellsOf, findingsOf, goodRow, HEADER, validateRows, type RowSpec } from "../fixtures/validate-data/build";
import { rectifySheet, supportSheet } from "../fixtures/validate-data/others";
import { snapshotOf } from "../fixtures/snapshot";
import { validateSnapshot } from "../../src/domain/validate/validate";

const merge = (row: number, col: number, rowCount: number, colCount = 1) => ({ row, col, rowCount, colCount });

describe("missing-column", () => {
  it("missing-column fires once per required column the header lacks, at sheet level", () => {
    const header = ["序号", "任务", "措施", "完成时限", "责任单位"]; // no 目标, no 责任人
    const report = validateSnapshot(snapshotOf({
      sheet: "柳林镇",
      rows: [["柳林镇2023年度重点工作任务清单"], header, [1, "老旧小区改造", "分片包干，每周调度一次", "6月底前", "城建办"]],
      merges: [],
    }));
    const found = findingsOf(report, "missing-column");
    expect(found.map((f) => f.field)).toEqual(["goal", "owner"]);
    for (const f of found) {
      expect(f.severity).toBe("error");
      expect(f.cell).toBeUndefined();
      expect(f.row).toBeUndefined();
    }
    expect(found.map((f) => f.message)).toEqual([
      "表头缺少“目标”列，重点工作任务清单要求填写此列",
      "表头缺少“责任人”列，重点工作任务清单要求填写此列",
    ]);
    // The hint names the standard header and its first five synonyms.
    expect(found.map((f) => f.hint)).toEqual([
      "请在表头增加“目标”列（可识别的列名：目标、工作目标、目标任务、预期目标、年度目标、任务目标），并逐行填写",
      "请在表头增加“责任人”列（可识别的列名：责任人、具体责任人、责任人员、经办人、具体经办人、联系人），并逐行填写",
    ]);
    expect(report.findings.slice(0, 2).map((f) => f.rule)).toEqual(["missing-column", "missing-column"]);
  });

  it("missing-column does not fire when every required column is found under a synonym", () => {
    const report = validateRows([{}], { header: ["序号", "重点任务", "预期目标", "推进措施", "时间节点", "具体责任人", "牵头单位"] });
    expect(findingsOf(report, "missing-column")).toEqual([]);
  });
});

describe("missing-item", () => {
  // description, row, cell, the header as written in the message (HEADER: B 任务 … F 责任人)
  const fires: [string, RowSpec, string, string][] = [
    ["empty 任务", { task: null }, "B3", "任务"],
    ["empty 目标", { goal: "" }, "C3", "目标"],
    ["目标 written as /", { goal: "/" }, "C3", "目标"],
    ["措施 written as 无", { measures: "无" }, "D3", "措施"],
    ["empty 完成时限", { deadline: null }, "E3", "完成时限"],
    ["完成时限 written as ——", { deadline: "——" }, "E3", "完成时限"],
    ["完成时限 written as 暂无", { deadline: "暂无" }, "E3", "完成时限"],
    ["empty 责任人", { owner: null }, "F3", "责任人"],
    ["责任人 written as 待定", { owner: "待定" }, "F3", "责任人"],
    ["spaces only", { measures: "   " }, "D3", "措施"],
  ];
  it.each(fires)("missing-item fires: %s", (_name, row, cell, label) => {
    const report = validateRows([row]);
    expect(cellsOf(report, "missing-item")).toEqual([cell]);
    const [f] = findingsOf(report, "missing-item");
    expect(f.severity).toBe("error");
    expect(f.message).toBe(`五个明确缺项：“${label}”未填写`);
    expect(f.row).toBe(3);
    expect(f.rowKey).toBe("1");
  });

  it("missing-item names the header as written and gives a concrete hint", () => {
    const report = validateRows([{ owner: null }], { header: ["序号", "任务", "目标", "措施", "完成时限", "具体责任人", "责任单位"] });
    const [f] = findingsOf(report, "missing-item");
    expect(f).toMatchObject({ field: "owner", header: "具体责任人", message: "五个明确缺项：“具体责任人”未填写" });
    expect(f.hint).toContain("李明（副镇长）");
  });

  it("missing-item fires once for an empty cell merged over three rows, at its top-left cell", () => {
    const report = validateRows([{ goal: null }, { goal: null }, { goal: null }], { merges: [merge(2, 2, 3)] });
    expect(cellsOf(report, "missing-item")).toEqual(["C3"]);
  });

  it("missing-item fires on every row of a task left blank under its first row without merging", () => {
    const report = validateRows([{}, { task: null, goal: null }]);
    expect(cellsOf(report, "missing-item")).toEqual(["B4", "C4"]);
  });

  it("missing-item fires on the required columns of a list without the five items (问题整改台账)", () => {
    const report = validateSnapshot(snapshotOf(rectifySheet([
      [1, "食堂管理制度落实不到位", "上级指出", null, "2023年5月31日前", "田志刚", "整改中", null],
    ])));
    expect(report.listId).toBe("rectify");
    const found = findingsOf(report, "missing-item");
    expect(found.map((f) => f.cell)).toEqual(["D3"]);
    expect(found[0].message).toBe("必填项缺项：“整改措施”未填写");
  });

  it("missing-item checks the five items of 拟向上争取清单", () => {
    const report = validateSnapshot(snapshotOf(supportSheet([
      [1, "专项债券", null, "谋划包装项目，争取列入发行计划", "市财政局", "三季度", "陈晨", "财政所"],
    ])));
    expect(report.listId).toBe("support");
    expect(cellsOf(report, "missing-item")).toEqual(["C3"]);
  });

  const quiet: [string, RowSpec[], object?][] = [
    ["good rows", [{}, {}, {}]],
    ["an empty 责任单位 (not one of the five)", [{ unit: null }]],
    ["an empty 序号", [{ seq: null }]],
    ["a formula error in 目标 (formula-error instead)", [{ goal: "#REF!" }]],
  ];
  it.each(quiet)("missing-item does not fire: %s", (_name, rows) => {
    expect(findingsOf(validateRows(rows), "missing-item")).toEqual([]);
  });

  it("missing-item does not fire on measure rows under a merged task and goal", () => {
    const rows: RowSpec[] = [{ measures: "成立招商小分队，赴长三角驻点招商" }, { task: null, goal: null }, { task: null, goal: null }];
    const report = validateRows(rows, { merges: [merge(2, 1, 3), merge(2, 2, 3)] });
    expect(findingsOf(report, "missing-item")).toEqual([]);
  });

  it("missing-item does not fire for a column the sheet lacks (missing-column says it once)", () => {
    const header = HEADER.slice(0, 5); // no 责任人, 责任单位
    const report = validateRows([{}, {}], { header });
    expect(findingsOf(report, "missing-item")).toEqual([]);
    expect(cellsOf(report, "missing-column")).toEqual(["(sheet)"]);
  });
});

describe("owner-not-person", () => {
  // description, 责任人, variant, the finding's reading (docs/rules.md owner-not-person)
  const fires: [string, string, "unit" | "role" | "mixed", string][] = [
    ["an office", "党政办", "unit", "读作单位：党政办"],
    ["a bureau", "县住建局", "unit", "读作单位：县住建局"],
    ["a group", "各村", "unit", "读作单位：各村"],
    ["a centre", "招商服务中心", "unit", "读作单位：招商服务中心"],
    ["a township", "柳林镇", "unit", "读作单位：柳林镇"],
    ["a position without a name", "分管副镇长", "role", "读作职务（没有姓名）：分管副镇长"],
    ["a surname with a title", "王主任", "role", "读作职务（没有姓名）：王主任"],
    ["a unit with a name in brackets", "党政办（张三）", "mixed", "读作人员：张三；单位：党政办"],
    ["a person beside a unit", "张三、综治办", "mixed", "读作人员：张三；单位：综治办"],
  ];
  it.each(fires)("owner-not-person fires: %s (%s)", (_name, owner, variant, reading) => {
    const report = validateRows([{ owner }]);
    const found = findingsOf(report, "owner-not-person");
    expect(found.map((f) => f.cell)).toEqual(["F3"]);
    expect(found[0]).toMatchObject({ severity: "error", field: "owner", text: owner });
    expect(found[0].reading).toBe(reading);
    const unit = reading.replace(/^.*：/, "");
    if (variant === "role") {
      expect(found[0].message).toBe(`具体责任人“${owner}”只写了职务，没有写姓名`);
      expect(found[0].hint).toBe("请写明姓名和职务，如“李明（副镇长）”；多人用顿号分隔，如“张三、李四”");
    } else if (variant === "mixed") {
      expect(found[0].message).toBe(`具体责任人“${owner}”中“${unit}”是单位，不是具体人员`);
      expect(found[0].hint).toBe("责任人一栏只写人员姓名，如“张三”；单位请填入“责任单位”列");
    } else {
      expect(found[0].message).toBe(`具体责任人“${owner}”写的是单位，没有落实到人`);
      expect(found[0].hint).toBe(`请写明具体人员姓名，如“李明（副镇长）”；“${unit}”请填入“责任单位”列`);
    }
  });

  const quiet: [string, string | null][] = [
    ["one name", "张三"],
    ["several names", "张三、李四"],
    ["a name with the position in brackets", "李明（副镇长）"],
    ["a position before the name", "副镇长李明"],
    ["text that is neither (同上)", "同上"],
    ["an empty cell (missing-item instead)", null],
  ];
  it.each(quiet)("owner-not-person does not fire: %s", (_name, owner) => {
    expect(findingsOf(validateRows([{ owner }]), "owner-not-person")).toEqual([]);
  });

  it("owner-not-person reports a unit merged over three rows once", () => {
    const rows: RowSpec[] = [{ owner: "党政办" }, { owner: null }, { owner: null }];
    expect(cellsOf(validateRows(rows, { merges: [merge(2, 5, 3)] }), "owner-not-person")).toEqual(["F3"]);
  });

  it("owner-not-person names the unit in the hint so it can move to 责任单位", () => {
    const [f] = findingsOf(validateRows([{ owner: "农业农村办" }]), "owner-not-person");
    expect(f.hint).toBe("请写明具体人员姓名，如“李明（副镇长）”；“农业农村办”请填入“责任单位”列");
  });
});

it("the good rows pass every rule", () => {
  expect(goodRow(0).owner).toBe("李明（副镇长）");
  expect(validateRows([{}, {}, {}, {}]).findings).toEqual([]);
});
