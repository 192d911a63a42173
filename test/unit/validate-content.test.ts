/**
 * What the cells say: `vague-goal`, `boilerplate-measures`, `goal-repeats-task`,
 * `duplicate-row`. Cases that must fire and cases that must not.
 */
import { cellsOf, findingsOf, validateRows, type RowSpec } from "../fixtures/validate-data/build";
import { isMeasurableGoal } from "../../src/domain/validate/rules/vague-goal";
import { measuresProblem } from "../../src/domain/validate/rules/boilerplate-measures";

const merge = (row: number, col: number, rowCount: number, colCount = 1) => ({ row, col, rowCount, colCount });

describe("vague-goal", () => {
  const vague = [
    "进一步提升营商环境",
    "实现高质量发展",
    "确保完成年度目标任务",
    "全面加强基层党建工作",
    "打造一流人居环境",
    "取得新突破",
  ];
  it.each(vague)("vague-goal fires: %s", (goal) => {
    const found = findingsOf(validateRows([{ goal }]), "vague-goal");
    expect(found.map((f) => f.cell)).toEqual(["C3"]);
    expect(found[0]).toMatchObject({ severity: "warning", field: "goal", text: goal });
    expect(found[0].message).toBe(`目标“${goal}”不可衡量：没有数量、比率、排名等量化内容`);
    expect(found[0].hint).toBe("目标宜量化，写明数量、比率或名次，如“新增就业1200人”“覆盖率达到100%”“进入全市前三名”");
  });

  const measurable = [
    "完成12个老旧小区改造",
    "覆盖率达到100%",
    "新增就业一千二百人",
    "进入全市前三名",
    "争取排名位次前移",
    "全年不发生较大及以上生产安全事故",
    "建成高标准农田",
    "完成老旧小区改造",
    "通过省级食品安全示范县验收",
    "争取列入省级美丽乡村示范村",
    "村庄清洁行动全覆盖",
    "完成１２个项目", // full-width digits
    "三个村完成改造",
  ];
  it.each(measurable)("vague-goal does not fire: %s", (goal) => {
    expect(isMeasurableGoal(goal)).toBe(true);
    expect(findingsOf(validateRows([{ goal }]), "vague-goal")).toEqual([]);
  });

  it("vague-goal does not fire on an empty goal (missing-item instead)", () => {
    expect(findingsOf(validateRows([{ goal: null }]), "vague-goal")).toEqual([]);
  });

  it("vague-goal reports a goal merged over three rows once", () => {
    const rows: RowSpec[] = [{ goal: "实现高质量发展" }, { goal: null }, { goal: null }];
    expect(cellsOf(validateRows(rows, { merges: [merge(2, 2, 3)] }), "vague-goal")).toEqual(["C3"]);
  });
});

describe("boilerplate-measures", () => {
  const boilerplate = [
    "按要求推进",
    "积极推进，抓好落实",
    "加强领导，高度重视，确保按时完成任务",
    "1.积极争取；2.加强对接",
    "进一步加大工作力度，切实抓好落实。",
  ];
  it.each(boilerplate)("boilerplate-measures fires (only boilerplate): %s", (measures) => {
    expect(measuresProblem(measures)).toBe("boilerplate");
    const found = findingsOf(validateRows([{ measures }]), "boilerplate-measures");
    expect(found.map((f) => f.cell)).toEqual(["D3"]);
    expect(found[0].message).toBe(`措施“${measures}”只有套话，没有具体做法`);
    expect(found[0].severity).toBe("warning");
  });

  const short = ["每月调度", "开会", "抓招商。", "1.巡查"];
  it.each(short)("boilerplate-measures fires (shorter than 6 characters): %s", (measures) => {
    expect(measuresProblem(measures)).toBe("short");
    const [f] = findingsOf(validateRows([{ measures }]), "boilerplate-measures");
    expect(f.message).toBe(`措施“${measures}”过于简单（不足6个字）`);
  });

  const concrete = [
    "成立工作专班，每周调度一次",
    "对接省发改委，完善项目储备库",
    "每周调度1次",
    "积极推进，6月底前完成选址",
    "开展安全生产大排查大整治",
  ];
  it.each(concrete)("boilerplate-measures does not fire: %s", (measures) => {
    expect(measuresProblem(measures)).toBeUndefined();
    expect(findingsOf(validateRows([{ measures }]), "boilerplate-measures")).toEqual([]);
  });

  it("boilerplate-measures does not fire on empty measures (missing-item instead)", () => {
    expect(findingsOf(validateRows([{ measures: null }]), "boilerplate-measures")).toEqual([]);
  });
});

describe("goal-repeats-task", () => {
  const same: [string, string, string][] = [
    ["the same text", "老旧小区改造", "老旧小区改造"],
    ["a trailing full stop", "老旧小区改造", "老旧小区改造。"],
    ["spaces", "老旧小区改造", " 老旧 小区改造 "],
    ["a list number on the task", "1.老旧小区改造", "老旧小区改造"],
    ["full-width letters", "ＰＰＰ项目", "PPP项目"],
  ];
  it.each(same)("goal-repeats-task fires: %s", (_name, task, goal) => {
    const found = findingsOf(validateRows([{ task, goal }]), "goal-repeats-task");
    expect(found.map((f) => f.cell)).toEqual(["C3"]);
    expect(found[0]).toMatchObject({ severity: "warning", field: "goal" });
    // The message quotes the 目标 on one line, trimmed (` 老旧 小区改造 ` → `老旧 小区改造`).
    expect(found[0].message).toBe(`目标与任务的内容相同（“${goal.trim()}”）`);
  });

  const different: [string, string, string | null][] = [
    ["a quantified goal", "老旧小区改造", "完成12个老旧小区改造"],
    ["a goal ending alike", "老旧小区改造", "完成老旧小区改造"],
    ["an empty goal", "老旧小区改造", null],
  ];
  it.each(different)("goal-repeats-task does not fire: %s", (_name, task, goal) => {
    expect(findingsOf(validateRows([{ task, goal }]), "goal-repeats-task")).toEqual([]);
  });

  it("goal-repeats-task reports a merged pair once", () => {
    const rows: RowSpec[] = [{ task: "人居环境整治", goal: "人居环境整治" }, { task: null, goal: null }, { task: null, goal: null }];
    expect(cellsOf(validateRows(rows, { merges: [merge(2, 1, 3), merge(2, 2, 3)] }), "goal-repeats-task")).toEqual(["C3"]);
  });
});

describe("duplicate-row", () => {
  it("duplicate-row fires on the later row and names the earlier one", () => {
    const report = validateRows([{ task: "招商引资" }, {}, { task: "招商引资" }]);
    const found = findingsOf(report, "duplicate-row");
    expect(found.map((f) => f.cell)).toEqual(["B5"]);
    expect(found[0]).toMatchObject({ severity: "warning", field: "task", related: "B3" });
    expect(found[0].message).toBe("与第3行重复：任务“招商引资”、责任单位“城建办”都相同");
  });

  it("duplicate-row compares without spaces and punctuation, and names the first row each time", () => {
    const report = validateRows([{ task: "招商引资" }, { task: "招商 引资。" }, { task: "招商引资" }]);
    expect(findingsOf(report, "duplicate-row").map((f) => [f.cell, f.related])).toEqual([["B4", "B3"], ["B5", "B3"]]);
  });

  it("duplicate-row compares the task alone on a sheet without 责任单位", () => {
    const header = ["序号", "任务", "目标", "措施", "完成时限", "责任人"];
    const report = validateRows([{ task: "招商引资" }, { task: "招商引资" }], { header });
    const [f] = findingsOf(report, "duplicate-row");
    expect(f.message).toBe("与第3行重复：任务“招商引资”相同");
  });

  const quiet: [string, RowSpec[], ReturnType<typeof merge>[]][] = [
    ["the same task for two units", [{ task: "招商引资", unit: "招商中心" }, { task: "招商引资", unit: "经发办" }], []],
    ["different tasks", [{ task: "招商引资" }, { task: "项目建设" }], []],
    ["measure rows under one merged task", [{ task: "招商引资" }, { task: null }, { task: null }], [merge(2, 1, 3)]],
    ["measure rows under one merged task and unit", [{ task: "招商引资" }, { task: null, unit: null }, { task: null, unit: null }], [merge(2, 1, 3), merge(2, 6, 3)]],
    ["the task carried down with its 序号 (as 规范化 writes it)", [{ seq: 1, task: "招商引资", measures: "外出招商" }, { seq: 1, task: "招商引资", measures: "兑现奖励" }, { seq: 1, task: "招商引资", measures: "建立客商库" }], []],
    ["the task carried down by hand on the next rows, each with its own 措施", [{ seq: 1, task: "招商引资", measures: "外出招商" }, { seq: null, task: "招商引资", measures: "兑现奖励" }, { seq: null, task: "招商引资", measures: "建立客商库" }], []],
  ];
  it.each(quiet)("duplicate-row does not fire: %s", (_name, rows, merges) => {
    expect(findingsOf(validateRows(rows, { merges }), "duplicate-row")).toEqual([]);
  });

  it("duplicate-row fires on the next row when it repeats the 措施 too, and on a later task with another 序号", () => {
    const rows: RowSpec[] = [
      { seq: 1, task: "招商引资", measures: "外出招商" },
      { seq: null, task: "招商引资", measures: "外出招商" },
      { seq: 2, task: "项目建设" },
      { seq: 3, task: "招商引资", measures: "兑现奖励" },
    ];
    expect(cellsOf(validateRows(rows), "duplicate-row")).toEqual(["B4", "B6"]);
  });

  it("duplicate-row fires on two separate merged tasks with the same text", () => {
    const rows: RowSpec[] = [{ task: "招商引资" }, { task: null }, { task: "招商引资" }, { task: null }];
    expect(cellsOf(validateRows(rows, { merges: [merge(2, 1, 2), merge(4, 1, 2)] }), "duplicate-row")).toEqual(["B5"]);
  });
});
