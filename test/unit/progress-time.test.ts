/**
 * Time progress t in the three bases on one ledger, against hand-computed figures (2023, check
 * date 30 June), the basis label, the D ≤ S rule, and working days with missing holiday data.
 *
 * 2023 by hand (国办发明电〔2022〕16号): 1 Jan is a Sunday. Weekday holidays: 1月2日, 1月23–27日,
 * 4月5日, 5月1–3日, 6月22–23日, 9月29日, 10月2–6日; 调休 workdays: 1月28–29日, 4月23日, 5月6日,
 * 6月25日, 10月7–8日. So 1 Jan–30 Jun: 130 weekdays − 12 + 5 = 123 working days; the whole year:
 * 260 − 18 + 7 = 249; 1 Apr–30 Jun: 65 − 6 + 3 = 62; 1 Apr–30 Sep: 62 + (65 − 1) = 126.
 */
import { elapsed, progressOfSheet, type ProgressReady, type TimeBasis } from "../../src/domain/progress";
import { chineseDaysCalendar } from "../../src/calendar/chineseDays";
import { fakeCalendar, ledgerOf, type TaskRow } from "./progressHelpers";

const LEDGER: TaskRow[] = [
  { task: "全年任务", deadline: "年底前", progress: "50%" },
  { task: "一季度任务", deadline: "3月底前", status: "已完成" },
  { task: "二三季度任务", deadline: "2023年9月30日", start: { date: "2023-04-01" }, progress: "40%" },
];

function check(basis: TimeBasis, checkDate = "2023-06-30", tasks: TaskRow[] = LEDGER, title?: string): ProgressReady {
  const report = progressOfSheet(ledgerOf(tasks, title === undefined ? {} : { title }), {
    checkDate,
    basis,
    calendar: basis === "workday" ? chineseDaysCalendar : undefined,
  });
  if (!report.ok) throw new Error(report.message);
  return report;
}

describe("progress: time progress t in three bases", () => {
  const expected: [TimeBasis, number[], number][] = [
    // basis, t per row, the year's progress at 30 June
    ["calendar", [181 / 365, 1, 91 / 183], 181 / 365],
    ["month", [6 / 12, 1, 3 / 6], 6 / 12],
    ["workday", [123 / 249, 1, 62 / 126], 123 / 249],
  ];
  it.each(expected)("%s basis", (basis, ts, year) => {
    const report = check(basis);
    report.rows.forEach((row, i) => expect(row.t).toBeCloseTo(ts[i], 12));
    expect(report.yearProgress).toBeCloseTo(year, 12);
    expect(report.total.timeProgress).toBeCloseTo((ts[0] + ts[1] + ts[2]) / 3, 12);
  });

  it("month basis: 31 Mar is 3/12 and 30 Sep 9/12 exactly; mid-month counts by days (15 Jun = 5.5/12)", () => {
    const t = (checkDate: string): number | null => check("month", checkDate, [{ deadline: "年底前", progress: "10%" }]).rows[0].t;
    expect(t("2023-03-31")).toBe(3 / 12);
    expect(t("2023-06-30")).toBe(6 / 12);
    expect(t("2023-09-30")).toBe(9 / 12);
    expect(t("2023-12-31")).toBe(1);
    expect(t("2023-06-15")).toBe(5.5 / 12);
    expect(t("2023-02-14")).toBeCloseTo((1 + 14 / 28) / 12, 12);
  });

  it("calendar basis counts whole days: S and C both count (1 Jan–31 Mar of 2024 is 91/366)", () => {
    const report = check("calendar", "2024-03-31", [{ deadline: "年底前", progress: "10%" }], "2024年度重点工作任务清单");
    expect(report.rows[0].t).toBe(91 / 366);
    expect(report.rows[0].explain).toContain("（91/366 天）");
  });

  it("t is 0 before S, 1 from D on, and 1 on the due date itself", () => {
    const row = (checkDate: string): number | null =>
      check("calendar", checkDate, [{ deadline: "9月30日", start: { date: "2023-07-01" }, progress: "0%" }]).rows[0].t;
    expect(row("2023-06-30")).toBe(0);
    expect(row("2023-09-30")).toBe(1);
    expect(row("2023-10-08")).toBe(1);
  });

  it("D ≤ S: t = 1 when C ≥ D, else 0", () => {
    const tasks: TaskRow[] = [{ deadline: "3月31日", start: { date: "2023-05-01" }, progress: "50%" }];
    for (const basis of ["calendar", "month", "workday"] as const) {
      expect(check(basis, "2023-03-30", tasks).rows[0].t).toBe(0);
      expect(check(basis, "2023-03-31", tasks).rows[0].t).toBe(1);
    }
    expect(elapsed("2023-05-01", "2023-04-15", "2023-05-01", "calendar")).toMatchObject({ t: 0, degenerate: true });
    expect(elapsed("2023-05-01", "2023-05-01", "2023-05-01", "calendar")).toMatchObject({ t: 1, degenerate: true });
  });

  it("prints the basis on the report", () => {
    expect(check("calendar").basisLabel).toBe("时间进度按日历天数计算（2023-01-01 至 2023-06-30，全年时间进度 49.6%）");
    expect(check("month").basisLabel).toBe("时间进度按月份计算（当月按已过天数折算，6月30日为 6/12）（2023-01-01 至 2023-06-30，全年时间进度 50%）");
    expect(check("workday").basisLabel).toBe(
      "时间进度按工作日计算（扣除法定节假日，计入调休上班日）（2023-01-01 至 2023-06-30，全年时间进度 49.4%）",
    );
    expect(check("calendar").ruleLabel).toBe("完成进度低于时间进度 10 个百分点以上为滞后，高出 10 个百分点及以上为超前，其余为正常");
    expect(check("calendar").warnings).toEqual([]);
  });
});

describe("progress: working days with missing holiday data", () => {
  const TASKS: TaskRow[] = [{ deadline: "年底前", progress: "50%" }];

  it("counts Monday to Friday for a year the calendar lacks, and warns once in Chinese", () => {
    // 2027: 1 Jan is a Friday; 1 Jan–30 Jun has 129 weekdays, the year 261.
    const report = progressOfSheet(ledgerOf(TASKS, { title: "2027年度重点工作任务清单" }), {
      checkDate: "2027-06-30",
      basis: "workday",
      calendar: chineseDaysCalendar,
    }) as ProgressReady;
    expect(report.rows[0].t).toBe(129 / 261);
    expect(report.warnings).toEqual(["2027年的节假日数据缺失，这些年份的工作日按周一至周五计算（国务院公布节假日安排后请更新节假日数据）"]);
    expect(report.rows[0].explain).toContain("2027年无节假日数据，按周一至周五计");
  });

  it("uses the calendar's holidays and 调休 where it has the year", () => {
    // One holiday on Wed 4 Jan, one makeup Saturday 7 Jan: 2–10 Jan has 7 weekdays − 1 + 1 = 7.
    const cal = fakeCalendar([2023], ["2023-01-04"], ["2023-01-07"]);
    const t = (checkDate: string): number | null =>
      (progressOfSheet(ledgerOf([{ deadline: "2023年1月10日", start: { date: "2023-01-02" }, progress: "0%" }]), {
        checkDate,
        basis: "workday",
        calendar: cal,
      }) as ProgressReady).rows[0].t;
    expect(t("2023-01-03")).toBe(2 / 7);
    expect(t("2023-01-04")).toBe(2 / 7); // the holiday adds nothing
    expect(t("2023-01-06")).toBe(4 / 7);
    expect(t("2023-01-07")).toBe(5 / 7); // the makeup Saturday counts
    expect(t("2023-01-08")).toBe(5 / 7);
  });

  it("needs a calendar for the workday basis (a caller's mistake throws)", () => {
    expect(() => progressOfSheet(ledgerOf(TASKS), { checkDate: "2023-06-30", basis: "workday" })).toThrow(/WorkdayCalendar/);
  });
});

describe("chineseDaysCalendar", () => {
  it("has 2004–2026 and not 2027", () => {
    expect(chineseDaysCalendar.hasYear(2004)).toBe(true);
    expect(chineseDaysCalendar.hasYear(2026)).toBe(true);
    expect(chineseDaysCalendar.hasYear(2027)).toBe(false);
  });

  it.each([
    ["2024-02-04", true], // Sunday, 春节 makeup day
    ["2024-02-10", false], // 春节
    ["2026-02-14", true], // Saturday makeup day
    ["2023-10-02", false], // Monday, 国庆
    ["2023-06-24", false], // Saturday
    ["2023-06-26", true], // Monday
  ])("%s works: %s", (iso, works) => {
    expect(chineseDaysCalendar.isWorkday(iso)).toBe(works);
  });

  // chinese-days' own isWorkday is a day off west of UTC (docs/progress.md "Working days"), so compare only at UTC or east of it.
  const eastOfUtc = new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset() <= 0;
  (eastOfUtc ? it : it.skip)("agrees with chinese-days' own isWorkday on every day 2004–2026", async () => {
    const { isWorkday } = await import("chinese-days");
    const differ: string[] = [];
    for (let day = Date.UTC(2004, 0, 1); day <= Date.UTC(2026, 11, 31); day += 86_400_000) {
      const iso = new Date(day).toISOString().slice(0, 10);
      if (isWorkday(iso) !== chineseDaysCalendar.isWorkday(iso)) differ.push(iso);
    }
    expect(differ).toEqual([]);
  });
});
