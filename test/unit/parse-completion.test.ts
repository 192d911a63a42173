/**
 * Completion p and self-assessment (docs/deadline-grammar.md "Completion"), table-driven:
 * (完成进度 cell, 完成情况 text) → p, source, selfAssessment.
 */
import fc from "fast-check";
import { readCompletion, type ProgressCell } from "../../src/domain/parse/completion";

const t = (s: string): ProgressCell => ({ value: s, text: s });
type Row = [string, ProgressCell | undefined, string | undefined, number | null, string, string | undefined];

describe("readCompletion: percentages", () => {
  it.each<Row>([
    ["60% in a % cell", { value: 0.6, text: "60%", format: "0%" }, undefined, 0.6, "percent", undefined],
    ["0.6 in a General cell", { value: 0.6, text: "0.6", format: "General" }, undefined, 0.6, "percent", undefined],
    ["60 as a number", { value: 60, text: "60" }, undefined, 0.6, "percent", undefined],
    ["0 as a number", { value: 0, text: "0" }, undefined, 0, "percent", undefined],
    ["1 as a number (a ratio)", { value: 1, text: "1" }, undefined, 1, "percent", undefined],
    ["100% in a % cell", { value: 1, text: "100%", format: "0%" }, undefined, 1, "percent", undefined],
    ["120% in a % cell", { value: 1.2, text: "120%", format: "0%" }, undefined, 1, "percent", undefined],
    ["60% as text", t("60%"), undefined, 0.6, "percent", undefined],
    ["60 as text", t("60"), undefined, 0.6, "percent", undefined],
    ["0.6 as text", t("0.6"), undefined, 0.6, "percent", undefined],
    ["完成60%", t("完成60%"), undefined, 0.6, "percent", undefined],
    ["完成进度60%", t("完成进度60%"), undefined, 0.6, "percent", undefined],
    ["完成年度目标的60%", t("完成年度目标的60%"), undefined, 0.6, "percent", undefined],
    ["the % in brackets", t("完成投资3.2亿元（占年计划64%）"), undefined, 0.64, "percent", undefined],
    ["full-width", t("６０％"), undefined, 0.6, "percent", undefined],
    ["a growth rate is skipped", t("同比增长15%，完成年度目标的60%"), undefined, 0.6, "percent", undefined],
    ["completion before growth", t("完成进度60%，同比增长15%"), undefined, 0.6, "percent", undefined],
    ["六成", t("完成总任务的六成"), undefined, 0.6, "percent", undefined],
    ["3/5", t("已完成3/5"), undefined, 0.6, "percent", undefined],
    ["百分之六十", t("百分之六十"), undefined, 0.6, "percent", undefined],
    ["120% as text", t("120%"), undefined, 1, "percent", undefined],
    ["62.5%", t("62.5%"), undefined, 0.625, "percent", undefined],
    ["an amount without %", t("完成投资3.2亿元"), undefined, null, "none", undefined],
    ["a number too big to be a %", { value: 3200, text: "3200" }, undefined, null, "none", undefined],
    ["a negative number", { value: -5, text: "-5" }, undefined, null, "none", undefined],
    ["a % in the status column", undefined, "完成60%", 0.6, "percent", undefined],
  ])("%s", (_label, progress, status, p, source, self) => {
    const r = readCompletion(progress, status);
    expect([r.p, r.source, r.selfAssessment]).toEqual([p, source, self]);
  });
});

describe("readCompletion: status phrases and self-assessment", () => {
  it.each<Row>([
    ["已完成", undefined, "已完成", 1, "status", undefined],
    ["已办结", undefined, "已办结", 1, "status", undefined],
    ["完成", undefined, "完成", 1, "status", undefined],
    ["已竣工", undefined, "已竣工", 1, "status", undefined],
    ["已投用", undefined, "已投用", 1, "status", undefined],
    ["已建成", undefined, "已建成", 1, "status", undefined],
    ["提前完成", undefined, "提前完成", 1, "status", undefined],
    ["已完成（6月20日）", undefined, "已完成（6月20日）", 1, "status", undefined],
    ["√", undefined, "√", 1, "status", undefined],
    ["已完成 in the progress column", t("已完成"), undefined, 1, "status", undefined],
    ["未启动", undefined, "未启动", 0, "status", undefined],
    ["未开始", undefined, "未开始", 0, "status", undefined],
    ["尚未启动", undefined, "尚未启动", 0, "status", undefined],
    ["正在谋划", t("正在谋划"), undefined, 0, "status", undefined],
    ["基本完成", undefined, "基本完成", 0.9, "status", "基本完成"],
    ["序时推进", undefined, "序时推进", null, "none", "正常"],
    ["正常推进", undefined, "正常推进", null, "none", "正常"],
    ["按序时推进", undefined, "按序时推进", null, "none", "正常"],
    ["进度缓慢", undefined, "进度缓慢", null, "none", "滞后"],
    ["滞后", undefined, "滞后", null, "none", "滞后"],
    ["未达序时 is behind, not on track", undefined, "未达序时", null, "none", "滞后"],
    ["超序时", undefined, "超序时", null, "none", "超前"],
    ["未完成 is not done", undefined, "未完成", null, "none", "未完成"],
    ["a plan is not done", undefined, "计划6月底完成", null, "none", undefined],
    ["part done is in progress", t("已完成主体工程，正在进行装修"), undefined, null, "none", "推进中"],
    ["长期坚持 in the progress column", t("长期坚持"), undefined, null, "none", "长期"],
    ["percent wins over the phrase", t("60%"), "已完成", 0.6, "percent", undefined],
    ["percent with a self-assessment", t("60%"), "序时推进", 0.6, "percent", "正常"],
    ["nothing at all", undefined, undefined, null, "none", undefined],
    ["empty cells", { value: null, text: "" }, "", null, "none", undefined],
    ["unreadable text", t("abc"), undefined, null, "none", undefined],
  ])("%s", (_label, progress, status, p, source, self) => {
    const r = readCompletion(progress, status);
    expect([r.p, r.source, r.selfAssessment]).toEqual([p, source, self]);
  });
});

describe("readCompletion: explanations", () => {
  it.each<[ProgressCell | undefined, string | undefined, string]>([
    [{ value: 1.2, text: "120%", format: "0%" }, undefined, "120% → 完成 100%（写的是 120%，超过 100%，按 100% 计）"],
    [t("完成投资3.2亿元（占年计划64%）"), undefined, "完成投资3.2亿元（占年计划64%） → 完成 64%（取“64%”）"],
    [t("完成投资3.2亿元"), undefined, "完成投资3.2亿元 → 只有数量，没有百分比，无法算完成进度；请折算为百分比，如 64%"],
    [undefined, "基本完成", "基本完成 → 完成 90%（“基本完成”按 90% 计，不算已完成；如已全部完成请写“已完成”）"],
    [t("60%"), "已完成", "60% → 完成 60%；文字写“已完成”（100%），以百分比为准"],
    [undefined, "序时推进", "没有写完成百分比；自评“正常”（“序时推进”）"],
  ])("%j / %j explains %s", (progress, status, explain) => {
    expect(readCompletion(progress, status).explain).toBe(explain);
  });

  it("keeps p in [0, 1] and never throws", () => {
    const cell = fc.record({
      value: fc.oneof(fc.double(), fc.string({ unit: "binary", maxLength: 20 }), fc.constant(null), fc.boolean()),
      text: fc.string({ unit: "binary", maxLength: 20 }),
      format: fc.option(fc.constantFrom("0%", "General", "@", "0.00%"), { nil: undefined }),
    });
    fc.assert(fc.property(cell, fc.option(fc.string({ maxLength: 12 }), { nil: undefined }), (progress, status) => {
      const r = readCompletion(progress, status);
      if (r.p !== null) expect(r.p >= 0 && r.p <= 1).toBe(true);
      expect(r.explain.length).toBeGreaterThan(0);
    }), { numRuns: 800 });
  });
});
