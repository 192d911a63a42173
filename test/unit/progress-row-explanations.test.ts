/**
 * A row's explanation, piece by piece (docs/progress.md "Row status": every row has `explain`;
 * "Time progress t" for the figures): where S came from, t with the counts it was made of in each
 * basis, and the reason for each of the nine statuses with the tolerance in percentage points.
 * Exact strings, on one-row ledgers with the plan year 2023 from the title.
 */
import { progressOfSheet, type ProgressReady, type ProgressRow, type TimeBasis } from "../../src/domain/progress";
import { fakeCalendar, ledgerOf, type TaskRow } from "./progressHelpers";

interface Check {
  basis?: TimeBasis;
  tolerance?: number;
  title?: string;
}

function reportOf(tasks: TaskRow[], checkDate: string, opts: Check = {}): ProgressReady {
  const basis = opts.basis ?? "calendar";
  const report = progressOfSheet(ledgerOf(tasks, opts.title === undefined ? {} : { title: opts.title }), {
    checkDate,
    basis,
    tolerance: opts.tolerance,
    calendar: basis === "workday" ? fakeCalendar([2023], ["2023-01-04"], ["2023-01-07"]) : undefined,
  });
  if (!report.ok) throw new Error(report.message);
  return report;
}

const rowOf = (task: TaskRow, checkDate: string, opts: Check = {}): ProgressRow => reportOf([task], checkDate, opts).rows[0];

describe("progress: the explanation of each status (docs/progress.md rules 1–7)", () => {
  const T = "完成时限：";
  const cases: [string, TaskRow, string, Check, string][] = [
    [
      "1 已完成, no completion date",
      { deadline: "6月30日", status: "已完成" },
      "2023-03-31",
      {},
      `${T}6月30日 → 2023-06-30（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 49.7%（90/181 天）；完成进度：已完成 → 完成 100%；完成 100% → 已完成`,
    ],
    [
      "1 已完成 after D (逾期完成)",
      { deadline: "6月30日", status: "已完成", completedOn: { date: "2023-07-03" } },
      "2023-09-30",
      {},
      `${T}6月30日 → 2023-06-30（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 100%（181/181 天）；完成进度：已完成 → 完成 100%；实际完成 2023-07-03，晚于完成时限 2023-06-30 → 已完成（逾期完成）`,
    ],
    [
      "1 已完成 on D",
      { deadline: "6月30日", status: "已完成", completedOn: { date: "2023-06-30" } },
      "2023-09-30",
      {},
      `${T}6月30日 → 2023-06-30（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 100%（181/181 天）；完成进度：已完成 → 完成 100%；实际完成 2023-06-30，未超过完成时限 → 已完成`,
    ],
    [
      "2 无法判定: no deadline, no S, no t",
      { deadline: "", progress: "50%" },
      "2023-06-30",
      {},
      `${T}完成时限为空；完成进度：50% → 完成 50%；完成时限读不出 → 无法判定`,
    ],
    [
      "3 未填报",
      { deadline: "年底前" },
      "2023-06-30",
      { basis: "month" },
      `${T}年底前 → 2023-12-31（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 50%（6/12 个月）；完成进度：未填写完成进度和完成情况；没有可用的完成进度 → 未填报`,
    ],
    [
      "4 长期: no S, no t",
      { deadline: "长期坚持", progress: "30%" },
      "2023-06-30",
      {},
      `${T}长期坚持 → 长期任务（“长期坚持”），没有完成日期；完成进度：30% → 完成 30%；长期或定期任务，不按时间进度判定 → 长期`,
    ],
    [
      "5 未到期: S from the 开始时间 column, C the day before S",
      { deadline: "9月底前", start: { date: "2023-07-01" }, status: "未启动" },
      "2023-06-30",
      {},
      `${T}9月底前 → 2023-09-30（年份取自标题）；开始 2023-07-01（取自开始时间列）；时间进度 0%（0/92 天）；完成进度：未启动 → 完成 0%；检查日 2023-06-30 早于开始日 2023-07-01 → 未到期`,
    ],
    [
      "5 未到期: S from a range in the 完成时限",
      { deadline: "7-9月", progress: "0%" },
      "2023-06-30",
      {},
      `${T}7-9月 → 2023-09-30（2023-07-01 至 2023-09-30，按区间结束日计）（年份取自标题）；开始 2023-07-01（取自完成时限中写的起始时间）；时间进度 0%（0/92 天）；完成进度：0% → 完成 0%；检查日 2023-06-30 早于开始日 2023-07-01 → 未到期`,
    ],
    [
      "6 逾期: the day after D; elapsed days are capped at the total",
      { deadline: "6月30日", progress: "95%" },
      "2023-07-01",
      {},
      `${T}6月30日 → 2023-06-30（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 100%（181/181 天）；完成进度：95% → 完成 95%；检查日 2023-07-01 已过完成时限 2023-06-30，尚未完成 → 逾期`,
    ],
    [
      "7 滞后 (month basis)",
      { deadline: "年底前", progress: "39%" },
      "2023-06-30",
      { basis: "month" },
      `${T}年底前 → 2023-12-31（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 50%（6/12 个月）；完成进度：39% → 完成 39%；完成 39% 低于时间进度 50% 减 10 个百分点 → 滞后`,
    ],
    [
      "7 超前 (month basis)",
      { deadline: "年底前", progress: "60%" },
      "2023-06-30",
      { basis: "month" },
      `${T}年底前 → 2023-12-31（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 50%（6/12 个月）；完成进度：60% → 完成 60%；完成 60% 不低于时间进度 50% 加 10 个百分点 → 超前`,
    ],
    [
      "7 正常 (month basis)",
      { deadline: "年底前", progress: "50%" },
      "2023-06-30",
      { basis: "month" },
      `${T}年底前 → 2023-12-31（年份取自标题）；开始 2023-01-01（计划年度年初）；时间进度 50%（6/12 个月）；完成进度：50% → 完成 50%；完成 50% 与时间进度 50% 相差不超过 10 个百分点 → 正常`,
    ],
  ];
  it.each(cases)("%s", (_name, task, checkDate, opts, explain) => {
    expect(rowOf(task, checkDate, opts).explain).toBe(explain);
  });
});

describe("progress: t as the explanation prints it (docs/progress.md \"Time progress t\")", () => {
  /** The explanation's time piece. */
  const timePiece = (row: ProgressRow): string | undefined => row.explain.split("；").find((p) => p.startsWith("时间进度"));

  const cases: [string, TaskRow, string, Check, string][] = [
    // Month counts keep two decimals: 1–10 Jan is 10/31 = 0.3226 of a month, t = 0.0269.
    ["month basis, a part month with two decimals", { deadline: "年底前", progress: "1%" }, "2023-01-10", { basis: "month" }, "时间进度 2.7%（0.32/12 个月）"],
    ["month basis, half a month", { deadline: "年底前", progress: "40%" }, "2023-06-15", { basis: "month" }, "时间进度 45.8%（5.5/12 个月）"],
    // fakeCalendar: Wed 4 Jan off, Sat 7 Jan worked; 2–10 Jan has 7 working days, 2–3 Jan two of them.
    [
      "workday basis",
      { deadline: "2023年1月10日", start: { date: "2023-01-02" }, progress: "0%" },
      "2023-01-03",
      { basis: "workday" },
      "时间进度 28.6%（2/7 个工作日）",
    ],
    // D ≤ S: no period to count.
    [
      "D before S, checked before D",
      { deadline: "3月31日", start: { date: "2023-05-01" }, progress: "50%" },
      "2023-03-30",
      {},
      "时间进度 0%（完成时限不晚于开始日，到期即算 100%）",
    ],
    [
      "D before S, checked on D",
      { deadline: "3月31日", start: { date: "2023-05-01" }, progress: "50%" },
      "2023-03-31",
      { basis: "month" },
      "时间进度 100%（完成时限不晚于开始日，到期即算 100%）",
    ],
    ["calendar basis, C before S counts no day", { deadline: "年底前", progress: "0%" }, "2022-12-20", {}, "时间进度 0%（0/365 天）"],
  ];
  it.each(cases)("%s", (_name, task, checkDate, opts, piece) => {
    expect(timePiece(rowOf(task, checkDate, opts))).toBe(piece);
  });

  it("S is 1 January of the due date's year when no plan year is known", () => {
    const row = rowOf({ deadline: "2023年12月31日", progress: "50%" }, "2023-06-30", { title: "重点工作任务清单" });
    expect(row).toMatchObject({ start: "2023-01-01", startFrom: "due-year" });
    expect(row.explain).toBe(
      "完成时限：2023年12月31日 → 2023-12-31；开始 2023-01-01（完成时限所在年份年初）；时间进度 49.6%（181/365 天）；" +
        "完成进度：50% → 完成 50%；完成 50% 与时间进度 49.6% 相差不超过 10 个百分点 → 正常",
    );
  });
});

describe("progress: the tolerance in percentage points, as the report and rows say it", () => {
  // ruleLabel and the row's reason print the tolerance with at most two decimals.
  const cases: [number, string, string, string][] = [
    // tolerance, points, progress at t = 50% (month basis, 30 June), status
    [0.05, "5", "44%", "滞后"],
    [0.125, "12.5", "63%", "超前"],
    [0.1234, "12.34", "40%", "正常"],
    [0, "0", "50%", "超前"],
  ];
  it.each(cases)("tolerance %p → %s 个百分点", (tolerance, points, progress, status) => {
    const report = reportOf([{ deadline: "年底前", progress }], "2023-06-30", { basis: "month", tolerance });
    expect(report.tolerance).toBe(tolerance);
    expect(report.ruleLabel).toBe(`完成进度低于时间进度 ${points} 个百分点以上为滞后，高出 ${points} 个百分点及以上为超前，其余为正常`);
    const row = report.rows[0];
    expect(row.status).toBe(status);
    const verb = { 滞后: "低于", 超前: "不低于", 正常: "与" }[status as "滞后" | "超前" | "正常"];
    const tail = { 滞后: `减 ${points} 个百分点 → 滞后`, 超前: `加 ${points} 个百分点 → 超前`, 正常: `相差不超过 ${points} 个百分点 → 正常` }[
      status as "滞后" | "超前" | "正常"
    ];
    expect(row.explain.endsWith(`；完成 ${progress} ${verb}时间进度 50% ${tail}`)).toBe(true);
  });
});
