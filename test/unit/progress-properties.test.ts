/**
 * Properties of the progress check (docs/decisions.md "Code conventions"), over random ledgers, check dates, bases
 * and tolerances: it never throws; statuses, t and p do not depend on row order; t, p, T and P
 * stay in [0, 1]; counts add up; adding a completed row never lowers a unit's P.
 */
import fc from "fast-check";
import { progressOfSheet, type ProgressReady, type ProgressOptions, type UnitProgress } from "../../src/domain/progress";
import { fakeCalendar, ledgerOf, type TaskRow } from "./progressHelpers";

const DEADLINES = ["年底前", "6月底前", "3月底前", "9月30日", "2023年11月15日", "7-9月", "长期坚持", "每月", "", "待定", "一季度"];
const UNITS = ["县发改局", "县财政局", "柳林镇", ""];
const STATUSES = ["", "已完成", "未启动", "正在推进", "序时推进", "基本完成"];
/** Holidays of the fake calendar (2023 only; 2022 and 2024 count Mon–Fri). */
const CALENDAR = fakeCalendar([2023], ["2023-01-02", "2023-05-01", "2023-10-02"], ["2023-01-28"]);

const dayIn2023 = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));
const checkDate = fc.integer({ min: -40, max: 400 }).map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));

const rowArb: fc.Arbitrary<TaskRow> = fc.record({
  unit: fc.constantFrom(...UNITS),
  deadline: fc.constantFrom(...DEADLINES),
  progress: fc.option(fc.integer({ min: 0, max: 100 }).map((n) => `${n}%`), { nil: null }),
  status: fc.constantFrom(...STATUSES),
  start: fc.option(dayIn2023.map((date) => ({ date })), { nil: null }),
  completedOn: fc.option(dayIn2023.map((date) => ({ date })), { nil: null }),
});

const optionsArb: fc.Arbitrary<ProgressOptions> = fc.record({
  checkDate,
  basis: fc.constantFrom("calendar" as const, "month" as const, "workday" as const),
  tolerance: fc.constantFrom(0, 0.05, 0.1, 0.2),
  calendar: fc.constant(CALENDAR),
});

function check(rows: readonly TaskRow[], options: ProgressOptions): ProgressReady {
  const report = progressOfSheet(ledgerOf(rows), options);
  if (!report.ok) throw new Error(report.message);
  return report;
}

const inUnit = (x: number | null): boolean => x === null || (x >= 0 && x <= 1);

function unitInvariants(u: UnitProgress): void {
  expect(inUnit(u.timeProgress)).toBe(true);
  expect(inUnit(u.taskProgress)).toBe(true);
  expect(Object.values(u.counts).reduce((a, b) => a + b, 0)).toBe(u.rows);
  for (const r of [u.completionRate, u.dueCompletionRate, u.onScheduleRate]) {
    expect(r.numerator).toBeLessThanOrEqual(r.denominator);
    expect(inUnit(r.value)).toBe(true);
  }
}

describe("progressOfSheet: properties", () => {
  it("t, p, T and P lie in [0, 1]; counts add up to the rows; rates are shares", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), optionsArb, (rows, options) => {
        const report = check(rows, options);
        expect(report.rows).toHaveLength(rows.length);
        for (const r of report.rows) {
          expect(inUnit(r.t)).toBe(true);
          expect(inUnit(r.p)).toBe(true);
          // docs/progress.md "Row status": the explanation starts with the deadline and ends with the status.
          expect(r.explain.startsWith(`完成时限：${r.deadline.explain}；`)).toBe(true);
          expect(r.explain.endsWith(r.lateCompletion === true ? "→ 已完成（逾期完成）" : `→ ${r.status}`)).toBe(true);
        }
        report.units.forEach(unitInvariants);
        unitInvariants(report.total);
        expect(report.units.reduce((n, u) => n + u.rows, 0)).toBe(rows.length);
      }),
      { numRuns: 150 },
    );
  });

  it("statuses, t and p do not depend on row order; unit aggregates neither", () => {
    const arb = fc.array(rowArb, { minLength: 1, maxLength: 10 }).chain((rows) =>
      fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })),
    );
    fc.assert(
      fc.property(arb, optionsArb, ([rows, order], options) => {
        const a = check(rows, options);
        const b = check(order.map((i) => rows[i]), options);
        order.forEach((from, k) => {
          const [x, y] = [a.rows[from], b.rows[k]];
          expect([y.status, y.t, y.p, y.unit, y.lateCompletion]).toEqual([x.status, x.t, x.p, x.unit, x.lateCompletion]);
        });
        for (const u of a.units) {
          const v = b.units.find((w) => w.unit === u.unit);
          expect(v?.counts).toEqual(u.counts);
          expect(v?.pass).toBe(u.pass);
          expect(v?.taskProgress ?? -1).toBeCloseTo(u.taskProgress ?? -1, 12);
          expect(v?.timeProgress ?? -1).toBeCloseTo(u.timeProgress ?? -1, 12);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("adding a completed row never lowers P (of its unit, and of the total)", () => {
    const arb = fc.tuple(fc.array(rowArb, { maxLength: 10 }), rowArb, optionsArb);
    fc.assert(
      fc.property(arb, ([rows, extra, options]) => {
        const done: TaskRow = { ...extra, progress: null, status: "已完成" };
        const before = check(rows, options);
        const after = check([...rows, done], options);
        const unit = after.rows[after.rows.length - 1].unit;
        expect(after.rows[after.rows.length - 1].status).toBe("已完成");
        const p0 = before.units.find((u) => u.unit === unit)?.taskProgress ?? null;
        const p1 = after.units.find((u) => u.unit === unit)?.taskProgress ?? null;
        expect(p1).not.toBeNull();
        if (p0 !== null && p1 !== null) expect(p1).toBeGreaterThanOrEqual(p0 - 1e-12);
        if (before.total.taskProgress !== null) {
          expect(after.total.taskProgress ?? 0).toBeGreaterThanOrEqual(before.total.taskProgress - 1e-12);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("the same sheet and options give the same report (no hidden state between calls)", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 8 }), optionsArb, (rows, options) => {
        expect(check(rows, options)).toEqual(check(rows, options));
      }),
      { numRuns: 50 },
    );
  });
});
