/**
 * Per-unit aggregates of the progress check (T, P, gap, counts, 完成率, 到期完成率, 序时达标率,
 * pass) against hand-computed figures; sheets that cannot be checked; report warnings; the stage
 * presets and today in China; bad options.
 */
import {
  progressOfSheet, STAGES, stageDate, todayInChina, TOTAL_UNIT, type ProgressReady, type ProgressReport, type StatusCounts,
} from "../../src/domain/progress";
import { recognize } from "../../src/domain/recognize";
import { LEDGERS, ledger } from "../fixtures/ledgers";
import { snapshotOf } from "../fixtures/snapshot";
import { ALL_COLUMNS, ledgerOf, type TaskRow } from "./progressHelpers";

const ZERO: StatusCounts = { 已完成: 0, 无法判定: 0, 未填报: 0, 长期: 0, 未到期: 0, 逾期: 0, 滞后: 0, 超前: 0, 正常: 0 };

// Month basis, C = 30 June 2023: t = 0.5 for 年底前, 1 for anything due by 30 June, 6/9 for 9月底前.
const TASKS: TaskRow[] = [
  { unit: "县发改局", deadline: "年底前", progress: "50%" }, //          t .5  p .5  正常
  { unit: "县发改局", deadline: "3月底前", status: "已完成" }, //         t 1   p 1   已完成 (due by C)
  { unit: "县财政局", deadline: "9月底前", progress: "70%" }, //          t 2/3 p .7  正常
  { unit: "县发改局", deadline: "6月30日", progress: "80%" }, //          t 1   p .8  滞后 (due by C, C = D)
  { unit: "县财政局", deadline: "5月底前", progress: "90%" }, //          t 1   p .9  逾期 (due by C)
  { unit: "县发改局", deadline: "长期坚持", progress: "30%" }, //         t –   p .3  长期
  { unit: "县财政局", deadline: "年底前" }, //                          t .5  p –   未填报
  { unit: "县财政局", deadline: "", progress: "20%" }, //               t –   p .2  无法判定
  { unit: "", deadline: "年底前", progress: "80%" }, //                  t .5  p .8  超前 (the sheet's unit)
  { unit: " ", deadline: "7-9月", progress: "0%" }, //                   t 0   p 0   未到期
];

function checkUnits(): ProgressReady {
  const snap = ledgerOf(TASKS, { title: "柳林镇2023年度重点工作任务清单" });
  return progressOfSheet(snap, { checkDate: "2023-06-30", basis: "month" }) as ProgressReady;
}

describe("progress: per unit", () => {
  it("keeps units in order of first appearance; rows without 责任单位 take the sheet's unit", () => {
    const report = checkUnits();
    expect(report.units.map((u) => [u.unit, u.rows])).toEqual([["县发改局", 4], ["县财政局", 4], ["柳林镇", 2]]);
    expect(report.rows.map((r) => r.status)).toEqual(["正常", "已完成", "正常", "滞后", "逾期", "长期", "未填报", "无法判定", "超前", "未到期"]);
  });

  it("县发改局: T = mean t of rows with t, P = mean p of rows with p, rates with their counts", () => {
    const u = checkUnits().units[0];
    expect(u.timeProgress).toBeCloseTo((0.5 + 1 + 1) / 3, 12);
    expect(u.taskProgress).toBeCloseTo((0.5 + 1 + 0.8 + 0.3) / 4, 12);
    expect(u.gap).toBeCloseTo(0.65 - 2.5 / 3, 12);
    expect(u.counts).toEqual({ ...ZERO, 已完成: 1, 长期: 1, 滞后: 1, 正常: 1 });
    expect(u.completionRate).toEqual({ value: 0.25, numerator: 1, denominator: 4 });
    expect(u.dueCompletionRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(u.onScheduleRate).toEqual({ value: 2 / 3, numerator: 2, denominator: 3 });
    expect(u.pass).toBe(false); // P < T
  });

  it("县财政局: an overdue row fails the unit", () => {
    const u = checkUnits().units[1];
    expect(u.timeProgress).toBeCloseTo((2 / 3 + 1 + 0.5) / 3, 12);
    expect(u.taskProgress).toBeCloseTo((0.7 + 0.9 + 0.2) / 3, 12);
    expect(u.counts).toEqual({ ...ZERO, 正常: 1, 逾期: 1, 未填报: 1, 无法判定: 1 });
    expect(u.completionRate).toEqual({ value: 0, numerator: 0, denominator: 4 });
    expect(u.dueCompletionRate).toEqual({ value: 0, numerator: 0, denominator: 1 });
    expect(u.onScheduleRate).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    expect(u.pass).toBe(false);
  });

  it("柳林镇: P ≥ T and nothing overdue passes; nothing due gives 到期完成率 null", () => {
    const u = checkUnits().units[2];
    expect(u.timeProgress).toBe(0.25);
    expect(u.taskProgress).toBe(0.4);
    expect(u.counts).toEqual({ ...ZERO, 超前: 1, 未到期: 1 });
    expect(u.dueCompletionRate).toEqual({ value: null, numerator: 0, denominator: 0 });
    expect(u.onScheduleRate).toEqual({ value: 1, numerator: 2, denominator: 2 });
    expect(u.pass).toBe(true);
  });

  it("the total (合计) aggregates every row", () => {
    const { total } = checkUnits();
    expect(total.unit).toBe(TOTAL_UNIT);
    expect(total.rows).toBe(10);
    expect(total.timeProgress).toBeCloseTo((0.5 + 1 + 2 / 3 + 1 + 1 + 0.5 + 0.5 + 0) / 8, 12);
    expect(total.taskProgress).toBeCloseTo((0.5 + 1 + 0.7 + 0.8 + 0.9 + 0.3 + 0.2 + 0.8 + 0) / 9, 12);
    expect(total.completionRate).toEqual({ value: 0.1, numerator: 1, denominator: 10 });
    expect(total.dueCompletionRate).toEqual({ value: 1 / 3, numerator: 1, denominator: 3 });
    expect(total.onScheduleRate).toEqual({ value: 5 / 7, numerator: 5, denominator: 7 });
    expect(total.counts).toEqual({ 已完成: 1, 无法判定: 1, 未填报: 1, 长期: 1, 未到期: 1, 逾期: 1, 滞后: 1, 超前: 1, 正常: 2 });
    expect(total.pass).toBe(false); // P = 5.2/9 < T = 5.17/8, and a row is 逾期
  });

  it("a unit with no known progress has P, gap and pass null; an empty table has no units", () => {
    const report = progressOfSheet(ledgerOf([{ unit: "县民政局", deadline: "年底前" }]), { checkDate: "2023-06-30", basis: "month" }) as ProgressReady;
    expect(report.units[0]).toMatchObject({ unit: "县民政局", timeProgress: 0.5, taskProgress: null, gap: null, pass: null });
    const empty = progressOfSheet(ledgerOf([]), { checkDate: "2023-06-30", basis: "calendar" }) as ProgressReady;
    expect(empty.units).toEqual([]);
    expect(empty.total).toMatchObject({ rows: 0, timeProgress: null, taskProgress: null, pass: null, counts: ZERO });
    expect(empty.total.completionRate.value).toBeNull();
    expect(empty.warnings).toEqual(["表中没有任务行，无法计算进度；请在表头下逐行填写任务"]);
  });
});

describe("progress: sheets that cannot be checked say why and how to fix it", () => {
  const opts = { checkDate: "2023-06-30", basis: "calendar" as const };

  it("an empty sheet and a sheet that is not a ledger pass on the recogniser's sentence", () => {
    const empty = progressOfSheet(snapshotOf(ledger("empty")), opts);
    expect(empty).toMatchObject({ ok: false, reason: "empty", checkDate: "2023-06-30", basis: "calendar" });
    const budget = progressOfSheet(snapshotOf(ledger("not-ledger-budget")), opts);
    expect(budget).toMatchObject({ ok: false, reason: "not-ledger" });
    expect(budget.ok ? "" : budget.message).toBe(
      "工作表“预算”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。" +
        "请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。",
    );
  });

  it("a key-task list without a 完成时限 column", () => {
    const report = progressOfSheet(ledgerOf([{ progress: "50%" }], { columns: ALL_COLUMNS.filter((c) => c !== "deadline") }), opts);
    expect(report).toMatchObject({ ok: false, reason: "no-deadline-column" });
    expect(report.ok ? "" : report.message).toBe(
      "工作表“重点任务”没有找到“完成时限”列（也没有“时限”“完成时间”“时间节点”等同义列），无法计算时间进度、判断是否逾期。" +
        "请在表头加一列“完成时限”，逐行写明时限（如“6月底前”“2023年12月31日”），再重新检查。",
    );
  });

  it("a list that has no deadlines at all (调研台账)", () => {
    const report = progressOfSheet(snapshotOf(ledger("research-fagai")), opts);
    expect(report).toMatchObject({ ok: false, reason: "no-deadline-column" });
    expect(report.ok ? "" : report.message).toBe(
      "工作表“调研”是调研台账，这种清单没有“完成时限”列，不能计算时间进度。" +
        "进度检查适用于重点工作任务清单、拟向上争取清单等写明完成时限的清单；请切换到这样的工作表再检查。",
    );
  });

  it("uses the caller's recognition when given", () => {
    const snap = ledgerOf([{ deadline: "年底前", progress: "50%" }]);
    const recognition = recognize(snap);
    expect(progressOfSheet(snap, { ...opts, recognition })).toEqual(progressOfSheet(snap, opts));
    expect(progressOfSheet(snap, { ...opts, recognition: { ok: false, reason: "not-ledger", message: "不是台账" } })).toMatchObject({
      ok: false,
      message: "不是台账",
    });
  });

  it("runs on every fixture ledger without throwing; ledgers with deadlines are checked", () => {
    for (const f of LEDGERS) {
      const report: ProgressReport = progressOfSheet(snapshotOf(f), { ...opts, year: f.options?.year });
      const hasDeadline = f.expect.ok && f.expect.columns?.deadline !== undefined;
      expect([f.id, report.ok]).toEqual([f.id, hasDeadline]);
      if (report.ok) expect(report.rows).toHaveLength(f.expect.dataRows?.length ?? 0);
    }
  });
});

describe("progress: report warnings", () => {
  it("warns when there is no progress or status column", () => {
    const report = progressOfSheet(ledgerOf([{ deadline: "年底前" }], { columns: ["task", "deadline", "unit"] }), {
      checkDate: "2023-06-30",
      basis: "calendar",
    }) as ProgressReady;
    expect(report.rows[0].status).toBe("未填报");
    expect(report.warnings).toEqual([
      "没有找到“完成进度”或“完成情况”列，所有任务都算“未填报”；请加一列“完成进度”（如 60%）或“完成情况”（如 已完成、未启动）",
    ]);
  });

  it("without a plan year: dated deadlines still work (S = 1 Jan of the due year), year-less ones cannot be judged", () => {
    const report = progressOfSheet(ledgerOf([{ deadline: "2023年12月31日", progress: "50%" }, { deadline: "6月底前", progress: "50%" }], { title: null }), {
      checkDate: "2023-06-30",
      basis: "month",
    }) as ProgressReady;
    expect(report.year).toBeNull();
    expect(report.rows[0]).toMatchObject({ start: "2023-01-01", startFrom: "due-year", t: 0.5, status: "正常" });
    expect(report.rows[1].status).toBe("无法判定");
    expect(report.warnings).toEqual([
      "未能确定计划年度（标题、填报单位行和工作表名都没有写年份，设置中也没有），没写年份的完成时限无法判定，" +
        "各任务从其完成时限所在年份的1月1日起算；请在标题中写明年度（如“2023年度重点工作任务清单”）或在设置中填写计划年度",
    ]);
    expect(report.basisLabel).toBe("时间进度按月份计算（当月按已过天数折算，6月30日为 6/12）（截至 2023-06-30，各任务自开始日起算）");
  });

  it("takes the plan year from the option when the sheet states none, and warns when C is outside it", () => {
    const report = progressOfSheet(ledgerOf([{ deadline: "6月底前", progress: "50%" }], { title: null }), {
      checkDate: "2024-03-31",
      basis: "calendar",
      year: 2023,
    }) as ProgressReady;
    expect(report.year).toEqual({ value: 2023, foundIn: "setting" });
    expect(report.rows[0]).toMatchObject({ status: "逾期", deadline: { due: "2023-06-30" } });
    expect(report.warnings).toEqual(["检查日期 2024-03-31 不在计划年度 2023 年内，时间进度可能全部为 0 或 100%；请核对检查日期或计划年度"]);
  });
});

describe("progress: stages and today", () => {
  it("has the four stage checks", () => {
    expect(STAGES.map((s) => [s.id, s.label, stageDate(s, 2023)])).toEqual([
      ["q1", "一季度", "2023-03-31"],
      ["q2", "上半年", "2023-06-30"],
      ["q3", "前三季度", "2023-09-30"],
      ["q4", "全年", "2023-12-31"],
    ]);
    expect(stageDate("q2", 2024)).toBe("2024-06-30");
    expect(() => stageDate("q5" as "q1", 2024)).toThrow();
  });

  it.each([
    ["2023-06-29T15:59:59Z", "2023-06-29"],
    ["2023-06-29T16:00:00Z", "2023-06-30"],
    ["2023-12-31T16:00:00Z", "2024-01-01"],
    ["2024-02-28T23:00:00-05:00", "2024-02-29"],
  ])("todayInChina(%s) → %s", (instant, day) => {
    expect(todayInChina(new Date(instant))).toBe(day);
  });
});

describe("progress: bad options are a caller's mistake", () => {
  const snap = ledgerOf([{ deadline: "年底前", progress: "50%" }]);
  it.each([
    [{ checkDate: "2023-6-30", basis: "calendar" as const }],
    [{ checkDate: "2023-02-30", basis: "calendar" as const }],
    [{ checkDate: "2023-06-30", basis: "weeks" as "calendar" }],
    [{ checkDate: "2023-06-30", basis: "calendar" as const, tolerance: 1.5 }],
    [{ checkDate: "2023-06-30", basis: "calendar" as const, tolerance: Number.NaN }],
    [{ checkDate: "2023-06-30", basis: "calendar" as const, year: 2023.5 }],
  ])("%o throws", (options) => {
    expect(() => progressOfSheet(snap, options)).toThrow(/progressOfSheet/);
  });
});
