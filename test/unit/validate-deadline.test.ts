/**
 * The 完成时限 rules: `deadline-unreadable`, `deadline-outside-year`,
 * `ongoing-without-milestones`, `annual-without-monthly-plan`. Cases that must fire and
 * cases that must not; plan year 2023 from the title unless a case says otherwise.
 */
import { cellsOf, findingsOf, validateRows, type RowSpec } from "../fixtures/validate-data/build";
import { supportSheet } from "../fixtures/validate-data/others";
import { serialOf, snapshotOf } from "../fixtures/snapshot";
import { validateSnapshot } from "../../src/domain/validate/validate";
import { parseDeadline } from "../../src/domain/parse/deadline";

const merge = (row: number, col: number, rowCount: number, colCount = 1) => ({ row, col, rowCount, colCount });
const noMonths = (deadline: string, more: RowSpec = {}): RowSpec => ({ deadline, ...more });
const QUIET_MEASURES = "分片包干，一个项目一个方案，每周现场调度一次";

describe("deadline-unreadable", () => {
  const fires: [string, string, string][] = [
    ["unreadable text", "下周", "无法识别"],
    ["an impossible date", "2月30日", "无法识别"],
    ["待定", "待定", "不明确"],
    ["立行立改", "立行立改", "不明确"],
    ["a relative deadline", "10个工作日内", "不明确"],
    ["a holiday", "春节前", "不明确"],
  ];
  it.each(fires)("deadline-unreadable fires: %s (%s)", (_name, deadline, says) => {
    const report = validateRows([{ deadline }]);
    const found = findingsOf(report, "deadline-unreadable");
    expect(found.map((f) => f.cell)).toEqual(["E3"]);
    expect(found[0]).toMatchObject({ severity: "error", field: "deadline", text: deadline });
    expect(found[0].message).toBe(says === "无法识别" ? `完成时限“${deadline}”无法识别` : `完成时限“${deadline}”不明确，没有具体日期`);
    const reading = parseDeadline({ value: deadline, text: deadline }, { year: 2023, yearFoundIn: "title" });
    expect(found[0].reading).toBe(reading.explain);
    expect(findingsOf(report, "missing-item")).toEqual([]);
  });

  it("deadline-unreadable fires when neither the cell, the title nor the settings give a year", () => {
    const report = validateRows([{ deadline: "6月底前" }], { title: null, sheet: "Sheet1" });
    const [f] = findingsOf(report, "deadline-unreadable");
    expect(f.message).toBe("完成时限“6月底前”缺少年份");
    expect(f.hint).toBe("请写明年份，如“2023年6月30日”；或在标题中写明年度（如“2023年度重点工作任务清单”），或在设置中填写计划年度");
  });

  const quiet: [string, RowSpec][] = [
    ["6月底前", { deadline: "6月底前" }],
    ["a full date", { deadline: "2023年6月30日" }],
    ["a date cell", { deadline: serialOf(2023, 6, 30) }],
    ["长期坚持", { deadline: "长期坚持" }],
    ["每月", { deadline: "每月" }],
    ["an empty cell (missing-item instead)", { deadline: null }],
    ["a placeholder (missing-item instead)", { deadline: "/" }],
    ["a formula error (formula-error instead)", { deadline: "#VALUE!" }],
  ];
  it.each(quiet)("deadline-unreadable does not fire: %s", (_name, row) => {
    expect(findingsOf(validateRows([row], { formats: [{ row: 2, col: 4, format: "yyyy-mm-dd" }] }), "deadline-unreadable")).toEqual([]);
  });

  it("deadline-unreadable does not fire when the settings give the year", () => {
    const report = validateRows([{ deadline: "6月底前" }], { title: null, sheet: "Sheet1" }, { rules: {}, tolerance: 0.1, year: 2023 });
    expect(findingsOf(report, "deadline-unreadable")).toEqual([]);
  });

  it("deadline-unreadable reports a merged deadline once", () => {
    const report = validateRows([{ deadline: "待定" }, { deadline: null }, { deadline: null }], { merges: [merge(2, 4, 3)] });
    expect(cellsOf(report, "deadline-unreadable")).toEqual(["E3"]);
  });
});

describe("deadline-outside-year", () => {
  const fires: [string, string, string][] = [
    ["next year", "2024年6月底前", "2024-06-30"],
    ["last year", "2022年12月31日", "2022-12-31"],
    ["明年", "明年3月底", "2024-03-31"],
    ["a range into next year", "2023年11月至次年3月", "2024-03-31"],
  ];
  it.each(fires)("deadline-outside-year fires: %s (%s)", (_name, deadline, due) => {
    const [f, ...rest] = findingsOf(validateRows([{ deadline }]), "deadline-outside-year");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ cell: "E3", severity: "warning", field: "deadline" });
    expect(f.message).toBe(`完成时限“${deadline}”（${due}）不在计划年度 2023 年内`);
    expect(f.reading).toBe(parseDeadline({ value: deadline, text: deadline }, { year: 2023, yearFoundIn: "title" }).explain);
    expect(f.reading).toContain(due);
    expect(f.hint).toBe("请核对年份；跨年度任务请写明本年度要完成的阶段和时限，如“2023年12月底前完成主体工程”");
  });

  const quiet: [string, string][] = [
    ["the last day of the year", "2023年12月31日"],
    ["a year-less deadline (takes the plan year)", "6月底前"],
    ["an ongoing task", "长期坚持"],
    ["a recurring task", "每月"],
  ];
  it.each(quiet)("deadline-outside-year does not fire: %s", (_name, deadline) => {
    expect(findingsOf(validateRows([{ deadline }]), "deadline-outside-year")).toEqual([]);
  });

  it("deadline-outside-year does not fire without a plan year", () => {
    const report = validateRows([{ deadline: "2024年6月底前" }], { title: null, sheet: "Sheet1" });
    expect(report.year).toBeUndefined();
    expect(findingsOf(report, "deadline-outside-year")).toEqual([]);
    expect(findingsOf(report, "deadline-unreadable")).toEqual([]);
  });
});

describe("ongoing-without-milestones", () => {
  const fires: [string, RowSpec][] = [
    ["长期坚持 and measures without dates", { deadline: "长期坚持" }],
    ["持续推进", { deadline: "持续推进" }],
    ["常态化", { deadline: "常态化" }],
    ["一月一调度 is not a date", { deadline: "长期坚持", measures: "一月一调度，每季度通报一次" }],
    ["3个月内 is not a date", { deadline: "长期", measures: "发现问题3个月内整改到位，每周调度" }],
  ];
  it.each(fires)("ongoing-without-milestones fires: %s", (_name, row) => {
    const found = findingsOf(validateRows([row]), "ongoing-without-milestones");
    expect(found.map((f) => f.cell)).toEqual(["E3"]);
    expect(found[0]).toMatchObject({ severity: "warning", field: "deadline" });
    expect(found[0].message).toBe(`完成时限“${String(row.deadline)}”为长期任务，本行没有写阶段性时间节点`);
  });

  const quiet: [string, RowSpec][] = [
    ["a stage in the deadline cell", { deadline: "长期坚持，6月底前完成阶段目标" }],
    ["stages in the measures", { deadline: "长期坚持", measures: "3月底前完成排查，年底前完成整治" }],
    ["a quarter in the goal", { deadline: "持续推进", goal: "三季度实现巡查全覆盖" }],
    ["a dated stage in the measures with full-width digits", { deadline: "常态化", measures: "６月底前建立台账，每月更新" }],
    ["a recurring deadline", { deadline: "每月" }],
    ["a dated deadline", { deadline: "6月底前" }],
  ];
  it.each(quiet)("ongoing-without-milestones does not fire: %s", (_name, row) => {
    expect(findingsOf(validateRows([row]), "ongoing-without-milestones")).toEqual([]);
  });

  it("ongoing-without-milestones does not fire when a month column is filled", () => {
    const months = ["/", "/", "排查", ...Array<null>(9).fill(null)];
    expect(findingsOf(validateRows([{ deadline: "长期坚持", months }], { months: true }), "ongoing-without-milestones")).toEqual([]);
  });

  it("ongoing-without-milestones judges a merged deadline once, over all its rows", () => {
    const merges = [merge(2, 4, 3)];
    const without = validateRows([{ deadline: "长期坚持" }, { deadline: null }, { deadline: null }], { merges });
    expect(cellsOf(without, "ongoing-without-milestones")).toEqual(["E3"]);
    const staged = validateRows([{ deadline: "长期坚持" }, { deadline: null, measures: "6月底前完成排查" }, { deadline: null }], { merges });
    expect(findingsOf(staged, "ongoing-without-milestones")).toEqual([]);
  });
});

describe("annual-without-monthly-plan", () => {
  const empty = Array<null>(12).fill(null);
  // description, row, the deadline as the message quotes it, its due day
  const fires: [string, RowSpec, string, string][] = [
    ["年底前 with the month columns empty", { deadline: "年底前", months: empty }, "年底前", "2023-12-31"],
    ["10月底前 with every month written as /", { deadline: "10月底前", months: Array<string>(12).fill("/") }, "10月底前", "2023-10-31"],
    ["a stage in the due month only", { deadline: "年底前", measures: "年底前竣工验收，每周调度", months: empty }, "年底前", "2023-12-31"],
    ["a date cell in November", { deadline: serialOf(2023, 11, 15), months: empty }, "2023-11-15", "2023-11-15"],
  ];
  it.each(fires)("annual-without-monthly-plan fires: %s", (_name, row, text, due) => {
    const report = validateRows([row], { months: true, formats: [{ row: 3, col: 4, format: "yyyy-mm-dd" }] });
    const found = findingsOf(report, "annual-without-monthly-plan");
    expect(found.map((f) => f.cell)).toEqual(["E4"]);
    expect(found[0]).toMatchObject({ severity: "warning", field: "deadline" });
    expect(found[0].message).toBe(`年度任务（完成时限“${text}”，即 ${due}）没有分解到月：1月—12月栏都是空的，也没有阶段时间节点`);
  });

  it("annual-without-monthly-plan fires on a sheet without month columns when no stage is written", () => {
    const [f] = findingsOf(validateRows([noMonths("12月底前", { measures: QUIET_MEASURES })]), "annual-without-monthly-plan");
    expect(f.cell).toBe("E3");
    expect(f.message).toBe("年度任务（完成时限“12月底前”，即 2023-12-31）没有阶段时间节点");
  });

  const quiet: [string, RowSpec][] = [
    ["due before 1 October", { deadline: "9月30日前" }],
    ["a monthly plan", { deadline: "年底前", months: [null, null, "完成选址", ...Array<null>(9).fill(null)] }],
    ["milestones in the deadline", { deadline: "6月底前完成主体，年底前竣工" }],
    ["a stage in the measures before the due month", { deadline: "年底前", measures: "6月底前完成主体工程，每周调度" }],
    ["an ongoing task", { deadline: "长期坚持", measures: "3月底前完成排查" }],
    ["a recurring task", { deadline: "每月" }],
  ];
  it.each(quiet)("annual-without-monthly-plan does not fire: %s", (_name, row) => {
    expect(findingsOf(validateRows([row], { months: true }), "annual-without-monthly-plan")).toEqual([]);
  });

  it("annual-without-monthly-plan does not fire on lists without month columns (拟向上争取清单)", () => {
    const report = validateSnapshot(snapshotOf(supportSheet([
      [1, "专项债券", "争取专项债券额度1.5亿元", "谋划包装项目，争取列入发行计划", "市财政局", "年底前", "陈晨", "财政所"],
    ])));
    expect(findingsOf(report, "annual-without-monthly-plan")).toEqual([]);
  });

  it("annual-without-monthly-plan judges a merged deadline once, and a plan on any of its rows counts", () => {
    const merges = [merge(3, 4, 2)];
    const rows = (months: (string | null)[]): RowSpec[] => [{ deadline: "年底前", months: Array<null>(12).fill(null) }, { deadline: null, months }];
    expect(cellsOf(validateRows(rows(Array<null>(12).fill(null)), { months: true, merges }), "annual-without-monthly-plan")).toEqual(["E4"]);
    const planned = ["开工", ...Array<null>(11).fill(null)];
    expect(findingsOf(validateRows(rows(planned), { months: true, merges }), "annual-without-monthly-plan")).toEqual([]);
  });
});
