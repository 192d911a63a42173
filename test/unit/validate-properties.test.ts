/**
 * Invariants of validateSnapshot (docs/decisions.md "Code conventions"): it is deterministic (validating twice gives
 * deep-equal reports), the order of unrelated rows changes only row numbers, it never mutates
 * the snapshot (a deep-frozen snapshot validates), and it never throws on any cell content.
 */
import fc from "fast-check";
import type { CellValue, SheetSnapshot } from "../../src/domain/sheet";
import { validateSnapshot } from "../../src/domain/validate/validate";
import type { Finding } from "../../src/domain/validate/types";
import { LEDGERS } from "../fixtures/ledgers";
import { snapshotOf } from "../fixtures/snapshot";
import { ledgerSnapshot, type RowSpec } from "../fixtures/validate-data/build";

const GOALS = ["完成12个老旧小区改造", "实现高质量发展", "", "#REF!", "老旧小区改造", "覆盖率达到100%", "/"];
const MEASURES = ["按要求推进", "成立工作专班，每周调度一次", "开会", "", "3月底前完成排查，年底前完成整治", "积极推进，抓好落实"];
const DEADLINES = ["6月底前", "年底前", "长期坚持", "每月", "待定", "下周", "2024年6月底前", "", "10月底前", "#N/A", "长期坚持，6月底前完成阶段目标"];
const OWNERS = ["李明（副镇长）", "党政办", "张三、李四", "分管副镇长", "", "党政办（张三）", "同上"];
const UNITS = ["城建办", "党政办", "", "经发办"];

/** A row from the pools; 序号 and 任务 are unique so rows are unrelated (no duplicates). */
const rowArb = fc.record({
  goal: fc.constantFrom(...GOALS),
  measures: fc.constantFrom(...MEASURES),
  deadline: fc.constantFrom(...DEADLINES),
  owner: fc.constantFrom(...OWNERS),
  unit: fc.constantFrom(...UNITS),
});

function sheetOf(rows: { goal: string; measures: string; deadline: string; owner: string; unit: string }[], ids: number[]): SheetSnapshot {
  const specs: RowSpec[] = rows.map((r, i) => ({
    seq: `${ids[i]}`,
    task: `任务${ids[i]}号`,
    goal: r.goal || null,
    measures: r.measures || null,
    deadline: r.deadline || null,
    owner: r.owner || null,
    unit: r.unit || null,
  }));
  return ledgerSnapshot(specs);
}

/** A finding without where it is: what a row's problem is, keyed by the row's 序号. */
const whatOf = (f: Finding) => `${f.rowKey ?? "-"}|${f.rule}|${f.field ?? "-"}|${f.severity}|${f.text ?? ""}|${f.reading ?? ""}`;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe("validateSnapshot: properties", () => {
  it.each(LEDGERS.map((f) => [f.id, f] as const))("%s: validating twice gives deep-equal reports", (_id, f) => {
    const snapshot = snapshotOf(f);
    expect(validateSnapshot(snapshot)).toEqual(validateSnapshot(snapshot));
  });

  it("is idempotent on generated ledgers", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 12 }), (rows) => {
        const snapshot = sheetOf(rows, rows.map((_, i) => i + 1));
        expect(validateSnapshot(snapshot)).toEqual(validateSnapshot(snapshot));
      }),
      { numRuns: 60 },
    );
  });

  it("the order of unrelated rows changes only where the findings are, not what they are", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 2, maxLength: 10 }).chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows.map((_, i) => i), { minLength: rows.length, maxLength: rows.length })),
        ),
        ([rows, order]) => {
          const ids = rows.map((_, i) => i + 1);
          const a = validateSnapshot(sheetOf(rows, ids)).findings.map(whatOf).sort();
          const b = validateSnapshot(sheetOf(order.map((i) => rows[i]), order.map((i) => ids[i]))).findings.map(whatOf).sort();
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 60 },
    );
  });

  it.each(LEDGERS.map((f) => [f.id, f] as const))("%s: never mutates the snapshot (deep-frozen)", (_id, f) => {
    const snapshot = snapshotOf(f);
    const before = JSON.stringify(snapshot);
    const frozen = deepFreeze(snapshotOf(f));
    expect(() => validateSnapshot(frozen)).not.toThrow();
    expect(validateSnapshot(frozen)).toEqual(validateSnapshot(snapshot));
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it("never throws, whatever the cells hold", () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("#REF!", "长期", "党政办", "", " ", "/", "6月底前", "完成"),
      fc.double({ noNaN: false }),
      fc.boolean(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const snapshot = snapshotOf({ sheet: "柳林镇", rows: [["柳林镇2023年度重点工作任务清单"], ["序号", "任务", "目标", "措施", "完成时限", "责任人", "责任单位"], ...rows], merges: [] });
        const report = validateSnapshot(deepFreeze(snapshot));
        expect(report.findings.length).toBe(report.counts.error + report.counts.warning + report.counts.info);
      }),
      { numRuns: 100 },
    );
  });
});
