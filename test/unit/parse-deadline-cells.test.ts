/**
 * The deadline parser on the year (plan year, missing year, yearAssumed), on number cells and
 * the Excel traps (docs/deadline-grammar.md "Number cells"), and its zh-CN explanations. Summaries as in
 * parse-deadline.test.ts.
 */
import { parseDeadline } from "../../src/domain/parse/deadline";
import type { DeadlineCell, DeadlineContext } from "../../src/domain/parse/deadlineTypes";
import { CTX, read, summary, text } from "./deadlineHelpers";

describe("parseDeadline: the year", () => {
  it.each([
    ["6月底前", "no-year"],
    ["年底", "no-year"],
    ["三季度", "no-year"],
    ["明年底", "no-year"],
    ["2023年6月底", "once 2023-06-30 month"],
    ["6月底前完成主体，2024年底竣工", "once 2024-12-31 year [2024-06-30]"],
    ["长期坚持，6月底前", "ongoing"],
    ["每月", "recurring month"],
    ["立行立改", "vague"],
  ])("without a plan year: %j → %s", (input, expected) => {
    expect(read(input, {})).toBe(expected);
  });

  it("takes a leap day from the plan year: 2月底 in 2024 → 2024-02-29", () => {
    expect(read("2月底", { year: 2024 })).toBe("once 2024-02-29 month");
  });

  it.each([
    ["6月底前", true],
    ["2023年6月30日", false],
    ["2023年6月底前完成主体工程，年底前竣工", false],
    ["6月底前完成主体，2024年底竣工", true],
  ])("%j: yearAssumed = %s", (input, assumed) => {
    const r = parseDeadline(text(input), CTX);
    expect(r.ok && r.kind === "once" && r.yearAssumed).toBe(assumed);
  });

  it("ignores a context year that is not a plausible year", () => {
    expect(read("6月底前", { year: 12 })).toBe("no-year");
  });
});

describe("parseDeadline: number cells and the Excel traps (docs/deadline-grammar.md)", () => {
  it.each<[string, DeadlineCell, string]>([
    ["date cell", { value: 45107, text: "2023/6/30", format: "yyyy/m/d" }, "once 2023-06-30 day"],
    ["Chinese date format", { value: 45107, text: "2023年6月30日", format: 'yyyy"年"m"月"d"日"' }, "once 2023-06-30 day"],
    ["date cell without text", { value: 45107, text: "", format: "yyyy-mm-dd" }, "once 2023-06-30 day"],
    ["date and time", { value: 45107.5, text: "2023-06-30 12:00", format: "yyyy-mm-dd hh:mm" }, "once 2023-06-30 day"],
    ["locale-tagged format", { value: 45291, text: "2023年12月31日", format: "[$-804]yyyy年m月d日" }, "once 2023-12-31 day"],
    ["year-month format", { value: 45078, text: "2023年6月", format: 'yyyy"年"m"月"' }, "once 2023-06-30 month"],
    ["serial without a date format", { value: 45107, text: "45107", format: "General" }, "once 2023-06-30 day"],
    ["2023.1 (maybe 2023.10)", { value: 2023.1, text: "2023.1", format: "General" }, "once 2023-01-31 month"],
    ["2023.06 as a number", { value: 2023.06, text: "2023.06", format: "General" }, "once 2023-06-30 month"],
    ["2023.1 shown as 2023.10", { value: 2023.1, text: "2023.10", format: "0.00" }, "once 2023-10-31 month"],
    ["2023.12 as a number", { value: 2023.12, text: "2023.12" }, "once 2023-12-31 month"],
    ["2023.5 as a number", { value: 2023.5, text: "2023.5" }, "once 2023-05-31 month"],
    ["a year as a number", { value: 2023, text: "2023" }, "once 2023-12-31 year"],
    ["yyyymmdd as a number", { value: 20230630, text: "20230630" }, "once 2023-06-30 day"],
    ["6.3 as a number", { value: 6.3, text: "6.3" }, "once 2023-06-03 day"],
    ["a number whose text is a phrase", { value: 45107, text: "6月底前", format: "General" }, "once 2023-06-30 month"],
    ["a lone month number", { value: 6, text: "6" }, "unreadable"],
    ["2023.13", { value: 2023.13, text: "2023.13" }, "unreadable"],
    ["date cell with a tiny serial", { value: 10, text: "1900/1/10", format: "yyyy/m/d" }, "unreadable"],
    ["NaN", { value: NaN, text: "" }, "unreadable"],
    ["boolean", { value: true, text: "" }, "unreadable"],
    ["empty cell", { value: null, text: "" }, "empty"],
  ])("%s", (_label, cell, expected) => {
    expect(summary(parseDeadline(cell, CTX))).toBe(expected);
  });

  it("warns that 2023.1 may be 2023.10 stored as a number", () => {
    const r = parseDeadline({ value: 2023.1, text: "2023.1", format: "General" }, CTX);
    expect(r.explain).toBe("2023.1 → 可能是 2023.10 被 Excel 存成了数字 2023.1，按 2023-01-31 读取，请核对");
    expect(r.ok && r.kind === "once" && r.warnings).toEqual([
      "可能是 2023.10 被 Excel 存成了数字 2023.1，按 2023-01-31 读取，请核对；建议把完成时限列设为文本格式后重新输入",
    ]);
  });

  it.each<[DeadlineCell]>([
    [{ value: 45107, text: "45107", format: "General" }],
    [{ value: 6.3, text: "6.3" }],
    [{ value: 2023.1, text: "2023.10", format: "0.00" }],
  ])("warns about a number that may not be what the clerk typed: %j", (cell) => {
    const r = parseDeadline(cell, CTX);
    expect(r.ok && r.kind === "once" && r.warnings?.length).toBe(1);
  });

  it("does not warn for a real date cell", () => {
    const r = parseDeadline({ value: 45107, text: "2023/6/30", format: "yyyy/m/d" }, CTX);
    expect(r.ok && r.kind === "once" && r.warnings).toBeUndefined();
  });
});

describe("parseDeadline: explanations (zh-CN)", () => {
  it.each<[string, DeadlineContext, string]>([
    ["6月底前", CTX, "6月底前 → 2023-06-30（年份取自标题）"],
    ["三季度末", { year: 2023, yearFoundIn: "setting" }, "三季度末 → 2023-09-30（年份取自设置）"],
    ["三季度末", { year: 2023 }, "三季度末 → 2023-09-30（年份取自设置）"],
    ["年底", { year: 2023, yearFoundIn: "fill-line" }, "年底 → 2023-12-31（年份取自填报行）"],
    ["2023年6月30日", CTX, "2023年6月30日 → 2023-06-30"],
    ["23年6月", CTX, "23年6月 → 2023-06-30（23年按 2023 年读取）"],
    ["6月底前完成主体工程，年底前竣工", CTX, "6月底前完成主体工程，年底前竣工 → 2023-12-31，阶段节点 2023-06-30（年份取自标题）"],
    ["3-6月", CTX, "3-6月 → 2023-06-30（2023-03-01 至 2023-06-30，按区间结束日计）（年份取自标题）"],
    ["每月5日前", CTX, "每月5日前 → 定期任务（每月）"],
    ["长期坚持", CTX, "长期坚持 → 长期任务（“长期坚持”），没有完成日期"],
  ])("%j → %s", (input, ctx, explain) => {
    expect(parseDeadline(text(input), ctx).explain).toBe(explain);
  });

  it.each([
    ["10个工作日内", "10个工作日内 → 相对时限（“10个工作日内”），要有起算日期才能算出完成日期；请写明具体日期，如 6月30日前"],
    ["立行立改", "立行立改 → “立行立改”没有具体日期，无法判断是否逾期；请写明完成日期，如 3月31日前（立行立改）"],
    ["按上级要求", "按上级要求 → “按上级要求”没有写明具体时间（五个明确要求时限具体）；请写明完成日期，如 6月30日前"],
    ["春节前", "春节前 → “春节”的日期每年不同，也可能指次年的节日；请写成具体日期，如 2月9日前"],
    ["下周", "下周 → 无法识别为完成时限；可写成 2023年6月30日、6月底前、三季度末、年底前、每月、长期坚持 等"],
    ["2月30日", "2月30日 → 2023年2月没有30日，请改正"],
  ])("%j says why: %s", (input, explain) => {
    expect(parseDeadline(text(input), CTX).explain).toBe(explain);
  });

  it("says the year is missing", () => {
    expect(parseDeadline(text("6月底前"), {}).explain).toBe(
      "6月底前 → 缺少年份：单元格没有写年份，标题和设置里也没有计划年度；请写明年份，如 2023年6月30日，或在设置中填写计划年度",
    );
  });

  it.each([
    ["年前", "“年前”按年底（12月31日）读取；如指春节前，请写明具体日期"],
    ["年底前竣工，6月底前完成主体", "时间节点没有按先后顺序书写，按最晚的 2023-12-31 作为完成时限，请核对"],
  ])("%j carries the warning %s", (input, warning) => {
    const r = parseDeadline(text(input), CTX);
    expect(r.ok && r.kind === "once" && r.warnings).toEqual([warning]);
  });
});
