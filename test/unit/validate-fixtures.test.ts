/**
 * The whole validator over the fixture ledgers (test/fixtures/ledgers.ts): the findings each
 * messy ledger must give, by rule, and what a sheet that is not a ledger gives.
 */
import { LEDGERS, ledger, type LedgerFixture } from "../fixtures/ledgers";
import { snapshotOf } from "../fixtures/snapshot";
import { validateSnapshot } from "../../src/domain/validate/validate";
import type { RuleId, SheetReport } from "../../src/domain/validate/types";

function validateFixture(f: LedgerFixture): SheetReport {
  const year = f.options?.year;
  return validateSnapshot(snapshotOf(f), year === undefined ? {} : { settings: { rules: {}, tolerance: 0.1, year } });
}

const at = (report: SheetReport, rule: RuleId) => report.findings.filter((f) => f.rule === rule).map((f) => f.cell ?? "(sheet)");

const EXPECTED: [string, Partial<Record<RuleId, number>>][] = [
  ["tasks-liulin", { "merged-cells": 3, "annual-without-monthly-plan": 1, "blank-row": 1, "ongoing-without-milestones": 1, "owner-not-person": 1 }],
  ["tasks-dianzi-two-level", { "merged-cells": 3 }],
  ["tasks-nongye-fill-year", {}],
  ["tasks-zhujian-messy", { "annual-without-monthly-plan": 2 }],
  // 小计/合计 rows are sums, not items: no missing-item on them, no merged-cells for their merges.
  ["tasks-totals-signature", { "annual-without-monthly-plan": 1, "boilerplate-measures": 1 }],
  ["tasks-shichang-missing-owner", { "missing-column": 1, "annual-without-monthly-plan": 2 }],
  ["support-yanzhuang", {}],
  ["support-by-columns", {}],
  ["research-fagai", { "blank-row": 1 }],
  ["rectify-jiaoti", { "deadline-unreadable": 1, "ongoing-without-milestones": 1 }],
  ["letters-register", { "deadline-unreadable": 2 }],
];

describe("validateSnapshot over the fixture ledgers", () => {
  it("covers every fixture that is a ledger", () => {
    expect(EXPECTED.map(([id]) => id).sort()).toEqual(LEDGERS.filter((f) => f.expect.ok).map((f) => f.id).sort());
  });

  it.each(EXPECTED)("%s: findings by rule", (id, byRule) => {
    const report = validateFixture(ledger(id));
    expect(report.byRule).toEqual(byRule);
    expect(report.findings).toHaveLength(Object.values(byRule).reduce((a, b) => a + b, 0));
  });

  it("tasks-liulin: where, what and how (owner-not-person, ongoing-without-milestones, annual-without-monthly-plan, merged-cells, blank-row)", () => {
    const report = validateFixture(ledger("tasks-liulin"));
    expect(report).toMatchObject({ sheet: "柳林镇", list: "重点工作任务清单", listId: "tasks", headerRow: 3, rows: 6, year: { value: 2023, foundIn: "title" } });
    expect(report.counts).toEqual({ error: 1, warning: 2, info: 4 });
    expect(at(report, "owner-not-person")).toEqual(["F10"]);
    expect(at(report, "ongoing-without-milestones")).toEqual(["E10"]);
    expect(at(report, "annual-without-monthly-plan")).toEqual(["E7"]);
    expect(at(report, "merged-cells")).toEqual(["A4", "B4", "C4"]);
    expect(at(report, "blank-row")).toEqual(["A8"]);
    const owner = report.findings.find((f) => f.rule === "owner-not-person");
    expect(owner).toMatchObject({ sheet: "柳林镇", row: 10, at: { row: 9, col: 5 }, field: "owner", header: "责任人", rowKey: "4", text: "党政办" });
    // Sorted by row, then column, then rule order.
    expect(report.findings.map((f) => f.cell)).toEqual(["A4", "B4", "C4", "E7", "A8", "E10", "F10"]);
  });

  it("tasks-shichang-missing-owner: the missing 责任人 column is reported once, first, and not per row", () => {
    const report = validateFixture(ledger("tasks-shichang-missing-owner"));
    expect(report.findings[0]).toMatchObject({ rule: "missing-column", field: "owner", severity: "error" });
    expect(report.findings.filter((f) => f.rule === "missing-item")).toEqual([]);
  });

  it("rectify-jiaoti: 立行立改 is not a date; 长期坚持 without stages", () => {
    const report = validateFixture(ledger("rectify-jiaoti"));
    expect(at(report, "deadline-unreadable")).toEqual(["E3"]);
    expect(at(report, "ongoing-without-milestones")).toEqual(["E5"]);
  });

  const NO_HEADER = "不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。" +
    "请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。";
  it.each([
    ["not-ledger-budget", "not-ledger", `工作表“预算”${NO_HEADER}`],
    ["not-ledger-notice", "not-ledger", `工作表“通知”${NO_HEADER}`],
    ["empty", "empty", "工作表“Sheet2”是空的：没有任何内容。请在表中填写清单，或切换到有数据的工作表。"],
  ])("%s: no list, no findings, the recognition's sentence", (id, reason, message) => {
    const report = validateFixture(ledger(id));
    expect(report).toMatchObject({ list: null, listId: null, headerRow: null, rows: 0, findings: [], byRule: {} });
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(report.reason).toBe(reason);
    expect(report.message).toBe(message);
  });

  it("no message keeps an unfilled placeholder", () => {
    for (const f of LEDGERS) {
      for (const finding of validateFixture(f).findings) {
        expect(finding.message).not.toMatch(/[{}]/);
        expect(finding.hint).not.toMatch(/[{}]/);
      }
    }
  });
});
