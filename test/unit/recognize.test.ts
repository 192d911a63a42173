/**
 * recognize() over the fixture ledgers (table-driven): list, header rows, year and unit with
 * where they were found, the column of every field, data rows, blank rows, sections, notes.
 */
import { recognize } from "../../src/domain/recognize/recognize";
import type { Recognized } from "../../src/domain/recognize/types";
import { columnLetter } from "../../src/domain/text/a1";
import { LEDGERS, ledger, type LedgerFixture } from "../fixtures/ledgers";
import { snapshotOf } from "../fixtures/snapshot";

const recognizeFixture = (f: LedgerFixture) => recognize(snapshotOf(f), f.options);
const ledgers = LEDGERS.filter((f) => f.expect.ok).map((f) => [f.id, f] as const);
const others = LEDGERS.filter((f) => !f.expect.ok).map((f) => [f.id, f] as const);

function recognized(f: LedgerFixture): Recognized {
  const r = recognizeFixture(f);
  if (!r.ok) throw new Error(`${f.id} was not recognised: ${r.message}`);
  return r;
}

describe("recognize: fixture ledgers", () => {
  it("has at least 12 fixtures, ledgers and non-ledgers both", () => {
    expect(LEDGERS.length).toBeGreaterThanOrEqual(12);
    expect(others.length).toBeGreaterThanOrEqual(3);
  });

  it.each(ledgers)("%s: list and how it was chosen", (_id, f) => {
    const r = recognized(f);
    expect(r.list.id).toBe(f.expect.list);
    expect(r.listFoundIn).toBe(f.expect.listFoundIn);
  });

  it.each(ledgers)("%s: header rows", (_id, f) => {
    const r = recognized(f);
    expect([r.headerTop, r.headerBottom]).toEqual([f.expect.headerTop, f.expect.headerBottom]);
  });

  it.each(ledgers)("%s: plan year and unit, with where they were found", (_id, f) => {
    const r = recognized(f);
    expect(r.year ?? null).toEqual(f.expect.year);
    expect(r.unit ?? null).toEqual(f.expect.unit);
  });

  it.each(ledgers)("%s: every column's field", (_id, f) => {
    const r = recognized(f);
    const byField = Object.fromEntries(r.columns.map((c) => [c.field, columnLetter(c.col)]));
    expect(byField).toEqual(f.expect.columns);
  });

  it.each(ledgers)("%s: data rows, blank rows, sections, repeated headers, notes", (_id, f) => {
    const r = recognized(f);
    expect(r.dataRows).toEqual(f.expect.dataRows);
    expect(r.blankRows).toEqual(f.expect.blankRows);
    expect(r.sections.map((s) => s.row)).toEqual(f.expect.sections);
    expect(r.repeatedHeaders).toEqual(f.expect.repeatedHeaders);
    expect(r.notes.map((n) => n.row)).toEqual(f.expect.notes);
    expect(r.totals.map((t) => t.row)).toEqual(f.expect.totals ?? []);
  });

  it.each(ledgers)("%s: missing required columns and the fill date", (_id, f) => {
    const r = recognized(f);
    expect(r.missing).toEqual(f.expect.missing);
    expect(r.fillDate).toBe(f.expect.fillDate);
  });

  it.each(others)("%s: not recognised, with the reason", (_id, f) => {
    const r = recognizeFixture(f);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(f.expect.reason);
      expect(r.message).toContain(`工作表“${f.sheet}”`);
    }
  });
});

describe("recognize: details", () => {
  it("says an empty sheet is empty, in the clerk's words", () => {
    const r = recognizeFixture(ledger("empty"));
    expect(r).toEqual({
      ok: false,
      reason: "empty",
      message: "工作表“Sheet2”是空的：没有任何内容。请在表中填写清单，或切换到有数据的工作表。",
    });
  });

  it("says what a ledger needs when no header is found", () => {
    const r = recognizeFixture(ledger("not-ledger-budget"));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toBe(
      "工作表“预算”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。" +
        "请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。",
    );
  });

  it("joins the two header levels with / and keeps the text as written", () => {
    const r = recognized(ledger("tasks-dianzi-two-level"));
    const header = (field: string) => r.columns.find((c) => c.field === field)?.header;
    expect(header("month3")).toBe("月度进展/3月");
    expect(header("owner")).toBe("责任主体/具体责任人");
    expect(header("progress")).toBe("完成进度（%）");
  });

  it("keeps the title, the section texts and the note texts", () => {
    const r = recognized(ledger("tasks-zhujian-messy"));
    expect(r.title).toBe("二〇二三年度县住房和城乡建设局重点工作任务台账");
    expect(r.sections.map((s) => s.text)).toEqual(["一、城市建设", "（二）乡村振兴"]);
    expect(r.notes.map((n) => n.text)).toEqual(["填报说明：完成进度按百分比填写，进展情况写明已完成的实物工作量。"]);
    expect([r.firstCol, r.lastCol]).toEqual([1, 9]);
  });

  it("reads every part of the fill line", () => {
    const r = recognized(ledger("tasks-shichang-missing-owner"));
    expect(r.fillLine).toEqual({ row: 1, unit: "县市场监督管理局", date: "2023年2月20日", person: "赵丽", phone: "13905351234" });
  });

  it("lists header cells that name no field", () => {
    const f = ledger("support-by-columns");
    const snapshot = snapshotOf({ ...f, rows: [[...f.rows[0], "配合单位"], ...f.rows.slice(1)] });
    const r = recognize(snapshot, f.options);
    expect(r.ok && r.unknownHeaders).toEqual([{ col: 7, header: "配合单位" }]);
  });

  it("reads a sheet as the list the caller names", () => {
    const f = ledger("support-by-columns");
    const r = recognize(snapshotOf(f), { list: "重点工作任务清单" });
    expect(r.ok && r.list.id).toBe("tasks");
    expect(r.ok && r.listFoundIn).toBe("option");
    expect(r.ok && r.missing).toEqual(["task"]);
  });

  it("throws for a list name it does not know (a caller's mistake)", () => {
    expect(() => recognize(snapshotOf(ledger("tasks-liulin")), { list: "不存在的清单" })).toThrow(/unknown list/);
  });

  it("prefers the title's year over the setting, and uses the setting only when nothing else says", () => {
    expect(recognize(snapshotOf(ledger("tasks-liulin")), { year: 2024 }).ok && recognized(ledger("tasks-liulin")).year)
      .toEqual({ value: 2023, foundIn: "title" });
    const r = recognize(snapshotOf(ledger("letters-register")), { year: 2024 });
    expect(r.ok && r.year).toEqual({ value: 2024, foundIn: "setting" });
  });

  it("tells support sought from key tasks by the title even when the columns are generic", () => {
    const header = ["序号", "事项", "目标", "措施", "完成时限", "责任人"];
    const data = [1, "争取省级专项资金", "争取资金500万元", "对接省财政厅，完善申报材料", "6月底前", "刘洋"];
    const withTitle = snapshotOf({ sheet: "Sheet1", rows: [["柳林镇2023年拟向上争取清单"], header, data], merges: [] });
    const withoutTitle = snapshotOf({ sheet: "Sheet1", rows: [header, data], merges: [] });
    const a = recognize(withTitle);
    const b = recognize(withoutTitle);
    expect(a.ok && [a.list.id, a.listFoundIn]).toEqual(["support", "title"]);
    expect(b.ok && [b.list.id, b.listFoundIn]).toEqual(["tasks", "columns"]);
  });
});
