/**
 * The progress check at its edges (docs/progress.md): the exact sentence of each bad option, the
 * bounds of the stage year, a 开始时间 cell read as the first day it names, working days across a
 * year end and missing holiday data for two years, and 时间过半、任务过半 (P ≥ T within 1e-9).
 */
import { elapsed, progressOfSheet, stageDate, todayInChina, type ProgressReady } from "../../src/domain/progress";
import { chineseDaysCalendar } from "../../src/calendar/chineseDays";
import { fakeCalendar, ledgerOf, type TaskRow } from "./progressHelpers";

describe("progress: bad options say what is wrong (docs/progress.md \"Report\")", () => {
  const snap = ledgerOf([{ deadline: "年底前", progress: "50%" }]);
  it.each<[string, object, string]>([
    ["check date not YYYY-MM-DD", { checkDate: "2023-6-30", basis: "calendar" }, 'progressOfSheet: checkDate must be YYYY-MM-DD, got "2023-6-30"'],
    ["a day that does not exist", { checkDate: "2023-02-30", basis: "calendar" }, 'progressOfSheet: checkDate must be YYYY-MM-DD, got "2023-02-30"'],
    ["unknown basis", { checkDate: "2023-06-30", basis: "weeks" }, 'progressOfSheet: unknown basis "weeks"'],
    ["tolerance above 1", { checkDate: "2023-06-30", basis: "calendar", tolerance: 1.01 }, "progressOfSheet: tolerance must be in [0, 1], got 1.01"],
    ["tolerance below 0", { checkDate: "2023-06-30", basis: "calendar", tolerance: -0.01 }, "progressOfSheet: tolerance must be in [0, 1], got -0.01"],
    ["tolerance not a number", { checkDate: "2023-06-30", basis: "calendar", tolerance: "0.1" }, "progressOfSheet: tolerance must be in [0, 1], got 0.1"],
    ["fractional year", { checkDate: "2023-06-30", basis: "calendar", year: 2023.5 }, "progressOfSheet: bad year 2023.5"],
    ["workday without a calendar", { checkDate: "2023-06-30", basis: "workday" }, "progressOfSheet: the workday basis needs a WorkdayCalendar (src/calendar/chineseDays.ts)"],
  ])("%s", (_name, options, message) => {
    expect(() => progressOfSheet(snap, options as Parameters<typeof progressOfSheet>[1])).toThrow(new Error(message));
  });

  it.each([0, 1])("tolerance %p is allowed", (tolerance) => {
    const report = progressOfSheet(snap, { checkDate: "2023-06-30", basis: "month", tolerance }) as ProgressReady;
    expect(report.tolerance).toBe(tolerance);
    expect(report.rows[0].status).toBe(tolerance === 0 ? "超前" : "正常"); // p = t = 0.5
  });

  it("elapsed on the workday basis needs a counter", () => {
    expect(() => elapsed("2023-01-01", "2023-06-30", "2023-12-31", "workday")).toThrow(
      new Error("elapsed: the workday basis needs a workday counter"),
    );
  });
});

describe("progress: stage dates and today", () => {
  it.each([
    [1000, "1000-03-31"],
    [9999, "9999-03-31"],
  ])("stageDate(q1, %p) → %s", (year, date) => {
    expect(stageDate("q1", year)).toBe(date);
  });

  it.each([999, 10000, 2023.5])("stageDate(q1, %p) throws", (year) => {
    expect(() => stageDate("q1", year)).toThrow(new Error(`stageDate: bad year ${year}`));
  });

  it("names an unknown stage, and an invalid Date", () => {
    expect(() => stageDate("q5" as "q1", 2023)).toThrow(new Error('stageDate: unknown stage "q5"'));
    expect(() => todayInChina(new Date(Number.NaN))).toThrow(new Error("todayInChina: invalid Date"));
    expect(todayInChina(new Date("2023-01-08T15:59:59.999Z"))).toBe("2023-01-08");
  });
});

describe("progress: a 开始时间 cell is the first day it names (docs/progress.md \"Rows\")", () => {
  it.each<[string, string]>([
    ["2023年8月15日", "2023-08-15"],
    ["2023年5月", "2023-05-01"],
    ["二季度", "2023-04-01"],
    ["三季度", "2023-07-01"],
    ["四季度", "2023-10-01"],
    ["上半年", "2023-01-01"],
    ["下半年", "2023-07-01"],
    ["2023年", "2023-01-01"],
  ])("开始时间 %j → S = %s", (start, day) => {
    const report = progressOfSheet(ledgerOf([{ deadline: "年底前", progress: "10%", start }]), { checkDate: "2023-06-30", basis: "calendar" });
    if (!report.ok) throw new Error(report.message);
    expect(report.rows[0]).toMatchObject({ start: day, startFrom: "column" });
  });

  it("an unreadable 开始时间 falls back to the plan year, and 实际完成时间 to null", () => {
    const report = progressOfSheet(ledgerOf([{ deadline: "年底前", progress: "10%", start: "尽快", completedOn: "待定" }]), {
      checkDate: "2023-06-30",
      basis: "calendar",
    }) as ProgressReady;
    expect(report.rows[0]).toMatchObject({ start: "2023-01-01", startFrom: "plan-year", completedOn: null });
  });
});

describe("progress: working days across a year end and missing holiday data", () => {
  it("counts working days over two years the calendar has", () => {
    // Mon 25 Dec 2023 – Fri 5 Jan 2024: ten weekdays, one of them (1 Jan) a holiday → 9.
    const cal = fakeCalendar([2023, 2024], ["2024-01-01"]);
    const t = (checkDate: string): number | null =>
      (progressOfSheet(ledgerOf([{ deadline: "2024年1月5日", start: { date: "2023-12-25" }, progress: "0%" }]), {
        checkDate,
        basis: "workday",
        calendar: cal,
      }) as ProgressReady).rows[0].t;
    expect(t("2023-12-29")).toBe(5 / 9);
    expect(t("2024-01-01")).toBe(5 / 9);
    expect(t("2024-01-02")).toBe(6 / 9);
    expect(t("2024-01-05")).toBe(1);
  });

  it("warns once for every year without data, in order, and says so on the rows that need them", () => {
    const tasks: TaskRow[] = [
      { deadline: "2028年6月30日", progress: "10%" },
      { deadline: "年底前", progress: "10%" },
    ];
    const report = progressOfSheet(ledgerOf(tasks, { title: "2027年度重点工作任务清单" }), {
      checkDate: "2027-06-30",
      basis: "workday",
      calendar: chineseDaysCalendar,
    }) as ProgressReady;
    expect(report.warnings).toEqual([
      "2027年、2028年的节假日数据缺失，这些年份的工作日按周一至周五计算（国务院公布节假日安排后请更新节假日数据）",
    ]);
    expect(report.rows[0].explain).toContain("；2027年、2028年无节假日数据，按周一至周五计；");
    expect(report.rows[1].explain).toContain("；2027年无节假日数据，按周一至周五计；");
    // 2027: 1 Jan is a Friday; 1 Jan–30 Jun 2027 has 129 weekdays, 1 Jan 2027–30 Jun 2028 has 391.
    expect(report.rows[0].t).toBe(129 / 391);
  });

  it("a calendar with the years gives no warning and no row note", () => {
    // 2022 too: counting from 1 Jan 2023 reads the prefix sums up to 31 Dec 2022, and a calendar
    // without 2022 would get a warning for it although no 2022 day is counted.
    const report = progressOfSheet(ledgerOf([{ deadline: "年底前", progress: "10%" }]), {
      checkDate: "2023-06-30",
      basis: "workday",
      calendar: fakeCalendar([2022, 2023]),
    }) as ProgressReady;
    expect(report.warnings).toEqual([]);
    expect(report.rows[0].explain).not.toContain("无节假日数据");
  });
});

describe("progress: 时间过半、任务过半 allows float noise (docs/progress.md \"Per unit\": P ≥ T within 1e-9)", () => {
  it("P = 0.15 against T = (0.1 + 0.2) / 2 = 0.15000000000000002 passes", () => {
    // C = 1 Jan, S = 1 Jan: t = 1/10 for a deadline on 10 Jan and 1/5 for one on 5 Jan.
    const report = progressOfSheet(
      ledgerOf([
        { unit: "县发改局", deadline: "2023年1月10日", progress: "15%" },
        { unit: "县发改局", deadline: "2023年1月5日", progress: "15%" },
      ]),
      { checkDate: "2023-01-01", basis: "calendar" },
    ) as ProgressReady;
    const [u] = report.units;
    expect(report.rows.map((r) => [r.t, r.status])).toEqual([[0.1, "正常"], [0.2, "正常"]]);
    expect(u.timeProgress).toBe((0.1 + 0.2) / 2);
    expect(u.taskProgress).toBe(0.15);
    expect(u.taskProgress! < u.timeProgress!).toBe(true);
    expect(u.pass).toBe(true);
  });

  it("P just under T by more than the noise fails", () => {
    const report = progressOfSheet(
      ledgerOf([
        { unit: "县发改局", deadline: "2023年1月10日", progress: "14%" },
        { unit: "县发改局", deadline: "2023年1月5日", progress: "15%" },
      ]),
      { checkDate: "2023-01-01", basis: "calendar" },
    ) as ProgressReady;
    expect(report.units[0].pass).toBe(false);
  });
});
