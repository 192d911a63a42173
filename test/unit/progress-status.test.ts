/**
 * Row statuses of the progress check (docs/progress.md "Row status", rules 1–7 in order), table-driven
 * through `progressOfSheet` on one-row ledgers, with the boundaries: C = D is not overdue,
 * C < S is 未到期, p exactly at t − tolerance is 正常 and at t + tolerance is 超前.
 */
import {
  progressOfSheet, rowStatus, ROW_STATUSES, type ProgressReady, type ProgressRow, type StatusInput, type TimeBasis,
} from "../../src/domain/progress";
import { ledgerOf, type TaskRow } from "./progressHelpers";

/** The only row of a one-row ledger (plan year 2023) checked at `checkDate`. */
function rowOf(task: TaskRow, checkDate: string, basis: TimeBasis = "calendar", tolerance?: number): ProgressRow {
  const report = progressOfSheet(ledgerOf([task]), { checkDate, basis, tolerance });
  if (!report.ok) throw new Error(report.message);
  return report.rows[0];
}

describe("progress: row status", () => {
  it("lists the nine statuses in the order of docs/progress.md", () => {
    expect(ROW_STATUSES).toEqual(["已完成", "无法判定", "未填报", "长期", "未到期", "逾期", "滞后", "超前", "正常"]);
  });

  const cases: [string, TaskRow, string, string][] = [
    // description, row, check date, expected status
    ["p = 1 from the % column → 已完成", { deadline: "6月底前", progress: { percent: 1 } }, "2023-03-31", "已完成"],
    ["p = 1 from the status text → 已完成", { deadline: "6月底前", status: "已办结" }, "2023-03-31", "已完成"],
    ["已完成 even without a readable deadline (rule 1 before rule 2)", { deadline: "", status: "已完成" }, "2023-06-30", "已完成"],
    ["已完成 even after the due date", { deadline: "3月底前", status: "已完成" }, "2023-06-30", "已完成"],
    ["no deadline → 无法判定", { deadline: "", progress: "50%" }, "2023-06-30", "无法判定"],
    ["unreadable deadline (待定) → 无法判定", { deadline: "待定", progress: "50%" }, "2023-06-30", "无法判定"],
    ["无法判定 before 未填报 (rule 2 before rule 3)", { deadline: "", progress: null }, "2023-06-30", "无法判定"],
    ["p unknown → 未填报", { deadline: "年底前" }, "2023-06-30", "未填报"],
    ["a phrase with no figure (正在推进) → 未填报", { deadline: "年底前", status: "正在推进" }, "2023-06-30", "未填报"],
    ["未填报 before 长期 (rule 3 before rule 4)", { deadline: "长期坚持" }, "2023-06-30", "未填报"],
    ["未填报 before 逾期 (rule 3 before rule 6)", { deadline: "3月底前" }, "2023-06-30", "未填报"],
    ["ongoing (长期坚持) → 长期", { deadline: "长期坚持", progress: "30%" }, "2023-06-30", "长期"],
    ["ongoing (常态化) → 长期, never 逾期", { deadline: "常态化", progress: "0%" }, "2023-12-31", "长期"],
    ["recurring (每月) → 长期", { deadline: "每月", progress: "50%" }, "2023-06-30", "长期"],
    ["recurring (每季度) → 长期", { deadline: "每季度", status: "未启动" }, "2023-06-30", "长期"],
    ["C < S (start column) → 未到期", { deadline: "9月底前", start: { date: "2023-07-01" }, status: "未启动" }, "2023-06-30", "未到期"],
    ["C < S (range in the deadline, 7-9月) → 未到期", { deadline: "7-9月", progress: "0%" }, "2023-06-30", "未到期"],
    ["C = S is under way, not 未到期", { deadline: "9月底前", start: { date: "2023-06-30" }, progress: "0%" }, "2023-06-30", "正常"],
    ["C < S = 1 Jan of the plan year → 未到期", { deadline: "年底前", progress: "0%" }, "2022-12-20", "未到期"],
    ["C > D and p < 1 → 逾期", { deadline: "6月30日", progress: "95%" }, "2023-07-01", "逾期"],
    ["C = D is not overdue (t = 1, p 95% → 正常)", { deadline: "6月30日", progress: "95%" }, "2023-06-30", "正常"],
    ["C = D is not overdue (t = 1, p 50% → 滞后)", { deadline: "6月30日", progress: "50%" }, "2023-06-30", "滞后"],
    ["基本完成 (90%) after D → 逾期", { deadline: "3月底前", status: "基本完成" }, "2023-06-30", "逾期"],
  ];

  it.each(cases)("%s", (_, task, checkDate, status) => {
    expect(rowOf(task, checkDate).status).toBe(status);
  });

  // Month basis, S = 1 Jan, D = 31 Dec, C = 30 Jun: t = 6/12 = 0.5 exactly; tolerance 0.10.
  const band: [string, string][] = [
    ["39%", "滞后"],
    ["40%", "正常"], // exactly t − tolerance: not 滞后
    ["50%", "正常"],
    ["59%", "正常"],
    ["60%", "超前"], // exactly t + tolerance
    ["61%", "超前"],
  ];
  it.each(band)("t = 0.5 (month basis), p %s → %s", (progress, status) => {
    expect(rowOf({ deadline: "年底前", progress }, "2023-06-30", "month").status).toBe(status);
  });

  // Calendar basis, S = 1 Jan, D = 10 Jan: C = 2 Jan → t = 2/10 = 0.2, where 0.2 + 0.1 is 0.30000000000000004.
  const floatBand: [string, string][] = [
    ["9%", "滞后"],
    ["10%", "正常"], // 0.2 − 0.1 exactly
    ["29%", "正常"],
    ["30%", "超前"], // 0.2 + 0.1 exactly, despite float noise
  ];
  it.each(floatBand)("t = 0.2 (calendar), p %s → %s", (progress, status) => {
    const row = rowOf({ deadline: "2023年1月10日", progress }, "2023-01-02");
    expect(row.t).toBe(0.2);
    expect(row.status).toBe(status);
  });

  it("the tolerance is a setting: 0.05 makes p 44% at t 50% 滞后", () => {
    expect(rowOf({ deadline: "年底前", progress: "44%" }, "2023-06-30", "month", 0.05).status).toBe("滞后");
    expect(rowOf({ deadline: "年底前", progress: "45%" }, "2023-06-30", "month", 0.05).status).toBe("正常");
    expect(rowOf({ deadline: "年底前", progress: "55%" }, "2023-06-30", "month", 0.05).status).toBe("超前");
  });

  it("flags 逾期完成 when the completion date is after D, and not when it is on D", () => {
    const late = rowOf({ deadline: "6月30日", status: "已完成", completedOn: { date: "2023-07-03" } }, "2023-09-30");
    expect(late).toMatchObject({ status: "已完成", lateCompletion: true, completedOn: "2023-07-03" });
    expect(late.explain).toContain("逾期完成");
    const onTime = rowOf({ deadline: "6月30日", status: "已完成", completedOn: { date: "2023-06-30" } }, "2023-09-30");
    expect(onTime).toMatchObject({ status: "已完成", lateCompletion: false });
    const unknown = rowOf({ deadline: "6月30日", status: "已完成" }, "2023-09-30");
    expect(unknown.lateCompletion).toBeUndefined();
    // A month in the completion column means its first day: 7月 is after 30 June, 6月 is not known to be.
    expect(rowOf({ deadline: "6月30日", status: "已完成", completedOn: "7月" }, "2023-09-30").lateCompletion).toBe(true);
    expect(rowOf({ deadline: "6月15日", status: "已完成", completedOn: "6月" }, "2023-09-30").lateCompletion).toBe(false);
  });

  it("keeps the clerk's self-assessment beside the computed status", () => {
    const row = rowOf({ deadline: "年底前", progress: "20%", status: "序时推进" }, "2023-06-30", "month");
    expect(row).toMatchObject({ status: "滞后", selfAssessment: "正常", p: 0.2, t: 0.5 });
    expect(row.gap).toBeCloseTo(-0.3, 12);
  });

  it("gives t and gap null where they do not apply", () => {
    expect(rowOf({ deadline: "长期坚持", progress: "30%" }, "2023-06-30")).toMatchObject({ t: null, gap: null, start: null });
    expect(rowOf({ deadline: "", progress: "30%" }, "2023-06-30")).toMatchObject({ t: null, gap: null, deadline: { kind: "none", due: null } });
    expect(rowOf({ deadline: "年底前" }, "2023-06-30")).toMatchObject({ p: null, gap: null, status: "未填报" });
  });

  it("explains every row in Chinese, ending with the status", () => {
    const row = rowOf({ deadline: "6月底前", progress: "20%" }, "2023-03-31");
    // The example of docs/progress.md "Row status": 1 Jan–31 Mar is 90 of the 181 days to 30 June.
    expect(row.explain).toBe(
      "完成时限：6月底前 → 2023-06-30（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 49.7%（90/181 天）；" +
        "完成进度：20% → 完成 20%；完成 20% 低于时间进度 49.7% 减 10 个百分点 → 滞后",
    );
  });
});

describe("rowStatus: the rules alone", () => {
  const base: StatusInput = { p: 0.5, t: 0.5, kind: "once", due: "2023-06-30", start: "2023-01-01", checkDate: "2023-03-31", tolerance: 0.1 };
  const table: [string, Partial<StatusInput>, string][] = [
    ["p = 1", { p: 1 }, "已完成"],
    ["no deadline", { kind: "none" }, "无法判定"],
    ["p unknown", { p: null }, "未填报"],
    ["recurring", { kind: "recurring" }, "长期"],
    ["C < S", { start: "2023-04-01" }, "未到期"],
    ["C > D", { checkDate: "2023-07-01", t: 1 }, "逾期"],
    ["C = D", { checkDate: "2023-06-30", t: 1, p: 0.9 }, "正常"],
    ["p = t − tol", { t: 0.7, p: 0.6 }, "正常"],
    ["p just under t − tol", { t: 0.7, p: 0.5999 }, "滞后"],
    ["p = t + tol", { t: 0.7, p: 0.8 }, "超前"],
    ["p just under t + tol", { t: 0.7, p: 0.7999 }, "正常"],
    ["tolerance 0, p = t", { tolerance: 0 }, "超前"],
  ];
  it.each(table)("%s → %s", (_, change, status) => {
    expect(rowStatus({ ...base, ...change })).toBe(status);
  });
});

describe("progress: each data row is a row", () => {
  it("a task merged over three measure rows gives three rows, each with the task and the merged progress", () => {
    // Rows 2–4 (0-based) share the task (column E) and the 完成进度 (column H), merged down.
    const snap = ledgerOf(
      [
        { task: "招商引资", deadline: "6月底前", progress: "50%" },
        { task: null, deadline: "9月底前", progress: null },
        { task: null, deadline: "年底前", progress: null },
      ],
      { merges: [{ row: 2, col: 4, rowCount: 3, colCount: 1 }, { row: 2, col: 7, rowCount: 3, colCount: 1 }] },
    );
    const report = progressOfSheet(snap, { checkDate: "2023-06-30", basis: "month" }) as ProgressReady;
    expect(report.rows.map((r) => [r.row, r.task, r.p, r.deadline.due])).toEqual([
      [3, "招商引资", 0.5, "2023-06-30"],
      [4, "招商引资", 0.5, "2023-09-30"],
      [5, "招商引资", 0.5, "2023-12-31"],
    ]);
    // t = 1, 6/9 and 6/12 against p = 0.5 for each.
    expect(report.rows.map((r) => r.status)).toEqual(["滞后", "滞后", "正常"]);
  });
});
