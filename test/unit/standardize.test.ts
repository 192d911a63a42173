/** 规范化 in the domain: fixture ledgers → standard columns, rows, sections, notes and a report of changes. */
import { LEDGERS, ledger } from "../fixtures/ledgers";
import { snapshotOf, type FixtureSheet } from "../fixtures/snapshot";
import { recognize, type Recognized } from "../../src/domain/recognize";
import { standardize, describeStandardization, type StandardLedger, type StandardLine } from "../../src/domain/standardize";
import type { CellValue } from "../../src/domain/sheet";
import { EVERY_MESS } from "./standardizeHelpers";

function run(f: FixtureSheet & { options?: { year?: number } }): { rec: Recognized; std: StandardLedger } {
  const snap = snapshotOf(f);
  const rec = recognize(snap, f.options);
  if (!rec.ok) throw new Error(rec.message);
  const out = standardize(snap, rec);
  if (!out.ok) throw new Error(out.message);
  return { rec, std: out.ledger };
}

/** The data lines' cells by header. */
function rowsByHeader(std: StandardLedger): Record<string, CellValue>[] {
  return std.lines
    .filter((l): l is Extract<StandardLine, { kind: "data" }> => l.kind === "data")
    .map((l) => Object.fromEntries(std.columns.map((c, i) => [c.header, l.cells[i]])));
}

const recognised = LEDGERS.filter((f) => f.expect.ok);

describe("standardize: every recognised fixture", () => {
  it.each(recognised.map((f) => [f.id, f] as const))("%s: all standard columns, every data row, sections and notes kept", (_id, f) => {
    const { rec, std } = run(f);
    const standard = std.columns.filter((c) => c.role === "standard").map((c) => c.field);
    expect(standard).toEqual(rec.list.columns.map((c) => c.field));
    expect(std.lines.filter((l) => l.kind === "data").map((l) => l.sourceRow)).toEqual(rec.dataRows);
    expect(std.lines.filter((l) => l.kind === "section").map((l) => l.sourceRow)).toEqual(rec.sections.map((s) => s.row));
    expect(std.notes).toEqual(rec.notes.map((n) => n.text));
    for (const line of std.lines) if (line.kind === "data") expect(line.cells).toHaveLength(std.columns.length);
    expect(std.report.rowsCopied).toBe(rec.dataRows.length);
  });

  it("puts 完成时限（原文） right after 完成时限 (整改时限 for the rectification list)", () => {
    const headers = (id: string) => run(ledger(id)).std.columns.map((c) => c.header);
    expect(headers("tasks-liulin").slice(4, 6)).toEqual(["完成时限", "完成时限（原文）"]);
    expect(headers("rectify-jiaoti")).toContain("整改时限（原文）");
    expect(headers("research-fagai").some((h) => h.includes("原文"))).toBe(false);
  });

  it("says why a sheet is not a ledger instead of throwing", () => {
    const snap = snapshotOf(ledger("not-ledger-budget"));
    const out = standardize(snap, recognize(snap));
    expect(out).toMatchObject({ ok: false, reason: "not-ledger" });
    expect(!out.ok && out.message).toBe(
      "工作表“预算”不像是台账：前 15 行中没有找到含有“任务”“目标”“措施”“完成时限”“责任人”等列名的表头行。" +
        "请在表格上方加一行表头（如：序号、任务、目标、措施、完成时限、责任人），或用“模板”功能新建一张标准台账后把内容粘贴进去。",
    );
  });
});

describe("standardize: a ledger with every mess", () => {
  const { std } = run(EVERY_MESS);
  const rows = rowsByHeader(std);

  it("fills merged task cells into every measure row", () => {
    expect(rows.slice(0, 2).map((r) => [r["序号"], r["任务"], r["目标"], r["措施"]])).toEqual([
      [1, "招商引资", "引进亿元以上项目5个", "1.赴长三角驻点招商"],
      [1, "招商引资", "引进亿元以上项目5个", "2.以商招商，每月调度"],
    ]);
    expect(std.report.mergedCellsFilled).toBe(3);
  });

  it.each([
    [0, "2023-06-30", "2023年6月30日"],
    [1, "2023-09-30", "三季度末"],
    [2, "2023-09-30；2023-12-31", "9月底前完成主体，年底前投用"],
    [3, "尽快", "尽快"],
    [4, "长期坚持", "长期坚持"],
    [5, "2023-11-30", "2023-11-30"],
  ])("row %i: 完成时限 %s, 原文 %s", (i, normal, original) => {
    expect(rows[i]["完成时限"]).toBe(normal);
    expect(rows[i]["完成时限（原文）"]).toBe(original);
  });

  it("reports deadlines normalised, kept and unreadable", () => {
    expect(std.report).toMatchObject({ deadlinesNormalized: 3, deadlinesKept: 1 });
    expect(std.report.deadlinesUnreadable).toEqual([expect.objectContaining({ row: 10, text: "尽快" })]);
  });

  it("keeps the clerk's other columns at the right end, with and without a header", () => {
    expect(std.columns.slice(-2).map((c) => [c.header, c.role])).toEqual([["联系电话", "extra"], ["（原T列）", "extra"]]);
    expect(rows[0]).toMatchObject({ 联系电话: "0635-1234567", "（原T列）": "重点" });
    expect(std.report.extraColumns).toEqual(["联系电话", "（原T列）"]);
  });

  it("adds the missing 责任人 column empty and says so", () => {
    expect(rows.every((r) => r["责任人"] === null)).toBe(true);
    expect(std.report.missingColumns).toEqual(["责任人"]);
    expect(describeStandardization(std, "烟庄街道（规范）")).toContain("原表缺少“责任人”列");
  });

  it("maps month columns, keeps sections in place, drops the blank row, moves notes", () => {
    expect(rows[0]).toMatchObject({ "1月": "对接", "2月": "签约", 进展情况: "已签约2个", 责任单位: "招商办" });
    expect(std.lines.map((l) => (l.kind === "section" ? l.text : l.sourceRow))).toEqual(["一、产业发展", 5, 6, 8, "（二）民生保障", 10, 11, 12]);
    expect(std.notes).toEqual(["注：完成时间节点请写具体日期。", "填表人：刘芳 审核人：张伟"]);
    expect(std.report).toMatchObject({ blankRowsDropped: 1, sectionsKept: 2, notesMoved: 2 });
    expect(std).toMatchObject({ unit: "烟庄街道", year: 2023, fillDate: "2023年2月8日" });
  });

  it("summarises the changes in one zh-CN paragraph", () => {
    const text = describeStandardization(std, "烟庄街道（规范）");
    // EVERY_MESS: 6 data rows, 2 sections, 3 merged cells filled (序号, 任务, 目标 of task 1), 3 deadlines
    // normalised, 长期坚持 kept, 尽快 on sheet row 11 unreadable, 2 extra columns, 2 notes, 1 blank row, no 责任人.
    expect(text).toBe(
      "已将工作表“烟庄街道”规范为《重点工作任务清单》，写入新工作表“烟庄街道（规范）”，原工作表未改动：" +
        "复制数据6行，保留分节行2行，填充合并单元格3个，规范完成时限3个，长期或定期的完成时限1个照原样保留，" +
        "读不出日期的完成时限1个照原样保留，请核对原表第11行，原表其他列2列（联系电话、（原T列））保留在最右侧，" +
        "注释2行移到表格下方，去掉空行1行。原表缺少“责任人”列，已加上空列，请补填。",
    );
  });
});

describe("standardize: cells by column kind", () => {
  it("numbers tasks when the sheet has no 序号 column (a merged task keeps one number)", () => {
    const f: FixtureSheet = {
      sheet: "Sheet1",
      rows: [
        ["2023年度重点工作任务清单"],
        ["任务", "目标", "措施", "完成时限", "责任人"],
        ["招商", "引进项目3个", "驻点招商", "6月底前", "张三"],
        [null, null, "以商招商", "9月底前", "李四"],
        ["环境整治", "户厕改造100户", "分片推进", "年底前", "王五"],
      ],
      merges: [{ row: 2, col: 0, rowCount: 2, colCount: 1 }, { row: 2, col: 1, rowCount: 2, colCount: 1 }],
    };
    const { std } = run(f);
    expect(rowsByHeader(std).map((r) => r["序号"])).toEqual([1, 1, 2]);
    expect(std.report.seqAdded).toBe(3);
  });

  it("writes dates in date columns as serials: date cells kept, text dates converted", () => {
    const { std } = run(ledger("research-fagai"));
    expect(rowsByHeader(std).map((r) => typeof r["日期"])).toEqual(["number", "number", "number"]);
    const f: FixtureSheet = {
      sheet: "调研",
      rows: [["2023年调研台账"], ["调研人及职务", "主题", "日期"], ["王建国（局长）", "项目要素保障", "2023年3月5日"], ["李红", "企业用能", "近期"]],
      merges: [],
    };
    const { std: text } = run(f);
    expect(rowsByHeader(text).map((r) => r["日期"])).toEqual([44990, "近期"]);
    expect(text.report.datesConverted).toBe(1);
  });

  it("keeps a cell merged across columns in the column it starts in only", () => {
    const f: FixtureSheet = {
      sheet: "Sheet1",
      rows: [
        ["2023年度重点工作任务清单"],
        ["任务", "目标", "措施", "完成时限", "责任人", "进展情况", "备注"],
        ["招商", "引进项目3个", "驻点招商", "6月底前", "张三", "已签约1个，另有2个在谈", null],
      ],
      merges: [{ row: 2, col: 5, rowCount: 1, colCount: 2 }],
    };
    expect(rowsByHeader(run(f).std)[0]).toMatchObject({ 进展情况: "已签约1个，另有2个在谈", 备注: null });
  });

  it("keeps percentages as numbers, and text in text columns as shown", () => {
    const rows = rowsByHeader(run(ledger("tasks-dianzi-two-level")).std);
    expect(rows[0]["完成进度"]).toBe(0.4);
    expect(rows[0]["责任人"]).toBe("周明");
    expect(rowsByHeader(run(ledger("tasks-liulin")).std)[4]["完成时限（原文）"]).toBe("2023-06-30");
  });
});
