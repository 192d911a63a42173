/**
 * 汇总 planned from the units' sheets (docs/merging.md): unit keys and the 单位名录, which unit
 * sent a ledger, a unit sent twice, who is missing, rows and where they came from, and a result
 * that does not depend on the order the files came in.
 */
import fc from "fast-check";
import { unitKey } from "../../src/domain/merge/unitKey";
import { matchUnit, readDirectory, type UnitDirectory } from "../../src/domain/merge/directory";
import { ledgerUnit, planMerge, readFillDate, type MergeInput } from "../../src/domain/merge/merge";
import { recognize } from "../../src/domain/recognize/recognize";
import { standardize } from "../../src/domain/standardize";
import { validateSnapshot } from "../../src/domain/validate/validate";
import type { CellValue } from "../../src/domain/sheet";
import { snapshotOf } from "../fixtures/snapshot";

const HEADER = ["序号", "任务", "目标", "措施", "完成时限", "责任人", "完成进度"];

function input(file: string, rows: CellValue[][], opts: { sheet?: string; modified?: number } = {}): MergeInput {
  const snapshot = snapshotOf({ sheet: opts.sheet ?? "Sheet1", rows, merges: [] });
  const recognition = recognize(snapshot);
  if (!recognition.ok) throw new Error(recognition.message);
  const outcome = standardize(snapshot, recognition);
  if (!outcome.ok) throw new Error(outcome.message);
  return { file, modified: opts.modified ?? 0, sheet: snapshot.name, recognition, ledger: outcome.ledger, findings: validateSnapshot(snapshot, { recognition }).findings };
}

const task = (n: number, what: string, owner = "张三"): CellValue[] => [n, what, `完成${what}${n}项`, "每月调度一次，实行挂图作战", "6月底前", owner, "50%"];

const DIRECTORY: UnitDirectory = {
  units: [
    { name: "柳林镇", category: "乡镇", order: 0, aliases: [] },
    { name: "烟庄街道", category: "街道", order: 1, aliases: [] },
    { name: "县发展和改革局", category: "县直部门", order: 2, aliases: ["县发改局", "发改局"] },
    { name: "清泉街道", category: "街道", order: 3, aliases: [] },
  ],
};

describe("unitKey and the 单位名录", () => {
  it.each([
    ["烟庄街道办事处（盖章）", "烟庄街道"],
    ["柳林镇人民政府", "柳林镇"],
    ["冠县 柳林镇", "柳林镇"],
    ["冠县柳林镇", "柳林镇"],
    ["冠县发展和改革局", "县发展和改革局"],
    ["县发改局", "县发改局"],
    ["柳 林 镇", "柳林镇"],
  ])("%s → %s", (written, key) => {
    expect(unitKey(written)).toBe(key);
  });

  it.each([
    ["烟庄街道办事处（盖章）", "烟庄街道"],
    ["冠县 柳林镇", "柳林镇"],
    ["县发改局", "县发展和改革局"],
    ["冠县发展和改革局", "县发展和改革局"],
  ])("%s matches %s", (written, name) => {
    expect(matchUnit(DIRECTORY, written)).toEqual({ kind: "matched", unit: DIRECTORY.units.find((u) => u.name === name) });
  });

  it("a name in no entry is unknown; a name two entries share is ambiguous", () => {
    expect(matchUnit(DIRECTORY, "斜店乡").kind).toBe("unknown");
    const twice: UnitDirectory = { units: [...DIRECTORY.units, { name: "发改局", order: 4, aliases: [] }] };
    expect(matchUnit(twice, "发改局")).toMatchObject({ kind: "ambiguous" });
  });

  it("reads a 单位名录 sheet under a title, ordered by 排序 then row, with aliases", () => {
    const r = readDirectory(snapshotOf({
      sheet: "单位名录",
      merges: [], rows: [["冠县单位名录"], ["单位名称", "类别", "排序", "别名"], ["烟庄街道", "街道", 2, ""], ["柳林镇", "乡镇", 1, ""], ["县发展和改革局", "县直部门", null, "县发改局、发改局"], [null], ["清泉街道", "街道", null, null]],
    }));
    expect(r).toEqual({ ok: true, directory: { units: [
      { name: "柳林镇", category: "乡镇", order: 0, aliases: [] },
      { name: "烟庄街道", category: "街道", order: 1, aliases: [] },
      { name: "县发展和改革局", category: "县直部门", order: 2, aliases: ["县发改局", "发改局"] },
      { name: "清泉街道", category: "街道", order: 3, aliases: [] },
    ] } });
    expect(readDirectory(snapshotOf({ sheet: "x", rows: [["科目", "金额"]], merges: [] }))).toEqual({ ok: false, reason: "no-unit-column" });
    expect(readDirectory(snapshotOf({ sheet: "x", rows: [["单位", "类别"]], merges: [] }))).toEqual({ ok: false, reason: "empty" });
  });
});

describe("which unit sent a ledger", () => {
  it("the fill line first, then the title, then the file name, then the sheet name", () => {
    const both = input("x.xlsx", [["柳林镇2023年度重点工作任务清单"], ["填报单位：烟庄街道办事处（盖章）", null, null, "填报日期：2023年2月20日"], HEADER, task(1, "修路")]);
    expect(ledgerUnit(both)).toEqual({ name: "烟庄街道办事处", from: "fill-line", written: "烟庄街道办事处" });
    const title = input("x.xlsx", [["柳林镇2023年度重点工作任务清单"], HEADER, task(1, "修路")]);
    expect(ledgerUnit(title)).toMatchObject({ name: "柳林镇", from: "title" });
    const file = input("报送/清泉街道-重点任务.xlsx", [["2023年度重点工作任务清单"], HEADER, task(1, "修路")]);
    expect(ledgerUnit(file)).toMatchObject({ name: "清泉街道", from: "file-name" });
  });

  it.each([["2023年2月20日", "2023-02-20"], ["２０２３年３月１日", "2023-03-01"], ["2023.2.5", "2023-02-05"], ["2023年  月  日", undefined], ["2023年2月30日", undefined], [undefined, undefined]])(
    "填报日期 %s → %s",
    (written, iso) => expect(readFillDate(written)).toBe(iso),
  );
});

describe("planMerge", () => {
  const liulin = input("柳林镇.xlsx", [["柳林镇2023年度重点工作任务清单"], HEADER, task(1, "修路"), task(2, "建桥"), ["合计"]]);
  const yanzhuang = input("烟庄.xlsx", [["2023年度重点工作任务清单"], ["填报单位：烟庄街道办事处（盖章）", null, null, "填报日期：2023年2月20日"], HEADER, task(1, "绿化"), task(2, "供水", "党政办")]);
  const yanzhuangEarlier = input("烟庄（旧）.xlsx", [["2023年度重点工作任务清单"], ["填报单位：烟庄街道", null, null, "填报日期：2023年2月10日"], HEADER, task(1, "绿化")], { modified: 99 });
  const fagai = input("县发改局.xlsx", [["县发改局2023年度重点工作任务清单"], HEADER, task(1, "项目储备"), task(2, "争取资金"), task(3, "价格监测")]);
  const xiedian = input("斜店乡.xlsx", [["斜店乡2023年度重点工作任务清单"], HEADER, task(1, "改厕")]);
  const all = [liulin, yanzhuang, yanzhuangEarlier, fagai, xiedian];

  it("merges every data row once, under the 单位名录's names and order, with file and 1-based row", () => {
    const plan = planMerge(all, DIRECTORY);
    expect(plan.lists).toHaveLength(1);
    const [merged] = plan.lists;
    expect(merged.list.id).toBe("tasks");
    expect(merged.rows.map((r) => [r.unit, r.file, r.row, r.cells[1]])).toEqual([
      ["柳林镇", "柳林镇.xlsx", 3, "修路"],
      ["柳林镇", "柳林镇.xlsx", 4, "建桥"],
      ["烟庄街道", "烟庄.xlsx", 4, "绿化"],
      ["烟庄街道", "烟庄.xlsx", 5, "供水"],
      ["县发展和改革局", "县发改局.xlsx", 3, "项目储备"],
      ["县发展和改革局", "县发改局.xlsx", 4, "争取资金"],
      ["县发展和改革局", "县发改局.xlsx", 5, "价格监测"],
      ["斜店乡", "斜店乡.xlsx", 3, "改厕"],
    ]);
    expect(merged.columns.every((c) => c.role !== "extra")).toBe(true);
    expect(merged.rows.every((r) => r.cells.length === merged.columns.length)).toBe(true);
  });

  it("a unit's own columns are carried, one column per header, empty for the others", () => {
    const withInvestment = input("高集镇.xlsx", [["高集镇2023年度重点工作任务清单"], [...HEADER, "投资额（万元）"], [...task(1, "厂房"), 800], [...task(2, "道路"), 120]]);
    const [merged] = planMerge([liulin, withInvestment], DIRECTORY).lists;
    const extra = merged.columns.findIndex((c) => c.header === "投资额（万元）");
    expect(merged.columns.filter((c) => c.role === "extra").map((c) => c.header)).toEqual(["投资额（万元）"]);
    expect(merged.rows.map((r) => [r.unit, r.cells[1], r.cells[extra]])).toEqual([
      ["柳林镇", "修路", null], ["柳林镇", "建桥", null], ["高集镇", "厂房", 800], ["高集镇", "道路", 120],
    ]);
  });

  it("a unit sent twice: the later 填报日期 is used, the other listed", () => {
    const plan = planMerge(all, DIRECTORY);
    expect(plan.duplicates).toEqual([{
      unit: "烟庄街道", list: "重点工作任务清单", by: "fill-date",
      kept: { file: "烟庄.xlsx", sheet: "Sheet1", fillDate: "2023-02-20" },
      dropped: { file: "烟庄（旧）.xlsx", sheet: "Sheet1", fillDate: "2023-02-10" },
    }]);
  });

  it("without dates, the later file wins, then the file name", () => {
    const a = input("a.xlsx", [["柳林镇2023年度重点工作任务清单"], HEADER, task(1, "修路")], { modified: 5 });
    const b = input("b.xlsx", [["柳林镇2023年度重点工作任务清单"], HEADER, task(1, "建桥")], { modified: 1 });
    expect(planMerge([a, b]).duplicates[0]).toMatchObject({ by: "file-time", kept: { file: "a.xlsx" } });
    const c = input("c.xlsx", [["柳林镇2023年度重点工作任务清单"], HEADER, task(1, "建桥")], { modified: 5 });
    expect(planMerge([a, c]).duplicates[0]).toMatchObject({ by: "file-name", kept: { file: "c.xlsx" }, dropped: { file: "a.xlsx" } });
  });

  it("names who is missing, who is not in the 单位名录, and the rows with errors per unit", () => {
    const plan = planMerge(all, DIRECTORY);
    expect(plan.missing).toEqual(["清泉街道"]);
    expect(plan.units.map((u) => [u.unit, u.match, u.rows, u.errors])).toEqual([
      ["柳林镇", "matched", 2, 0], ["烟庄街道", "matched", 2, 1], ["县发展和改革局", "matched", 3, 0], ["斜店乡", "unknown", 1, 0],
    ]);
    expect(plan.errorRows).toEqual([{ unit: "烟庄街道", file: "烟庄.xlsx", sheet: "Sheet1", cell: "F5", rule: "owner-not-person", message: expect.stringContaining("党政办") }]);
    expect(planMerge(all).missing).toEqual([]);
    expect(planMerge(all).hasDirectory).toBe(false);
  });

  it("the plan does not depend on the order of the files", () => {
    const reference = planMerge(all, DIRECTORY);
    fc.assert(fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
      expect(planMerge(order, DIRECTORY)).toEqual(reference);
    }), { numRuns: 40 });
  });
});
