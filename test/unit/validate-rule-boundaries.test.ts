/**
 * The small readings every rule relies on, at their edges (docs/rules.md "Decisions" and
 * "Messages"): what counts as empty or as a formula error, the header as written, the compact form
 * two texts are compared in, `{text}` quoted at most 30 characters, placeholders, the dated
 * stages of prose, the order and counts of findings, and the settings' bounds (plan year
 * 1990–2100, tolerance 0–1).
 */
import { headerLabel, compactText, isEmptyText, isFormulaError } from "../../src/domain/validate/cells";
import { fillTemplate, quote } from "../../src/domain/validate/template";
import { stageMonths } from "../../src/domain/validate/stages";
import { compareFindings, countFindings } from "../../src/domain/validate/validate";
import { parseSettings, readSettings, serializeSettings, usableYear } from "../../src/domain/validate/settings";
import type { Finding } from "../../src/domain/validate/types";
import { findingsOf, validateRows } from "../fixtures/validate-data/build";

describe("missing-item: what counts as empty (isEmptyText)", () => {
  const cases: [string, boolean][] = [
    ["", true],
    ["无", true],
    ["暂无", true],
    ["——", true],
    ["N/A", true],
    ["n/a", true],
    ["...", true],
    ["／", true], // full-width slash
    ["  无 ", true], // four characters: still looked up, spaces trimmed
    ["   无 ", false], // five characters: text, not a placeholder
    ["----", false], // not a placeholder of the list
    ["无效", false],
    ["0", false],
  ];
  it.each(cases)("%j → %p", (text, empty) => {
    expect(isEmptyText(text)).toBe(empty);
  });
});

describe("formula-error: what counts as a formula error (isFormulaError)", () => {
  const cases: [string, boolean][] = [
    ["#N/A", true], // the shortest, 4 characters
    ["#REF!", true],
    ["#GETTING_DATA", true], // the longest, 13 characters
    ["#GETTING_DATA ", true], // 14 with a trailing space
    ["#GETTING_DATA  ", false], // 15: too long to be one
    ["#REF! ", true],
    [" #REF!", false], // must start with #
    ["#N/", false],
    ["#REF", false],
    ["#1号楼", false],
    ["REF!", false],
  ];
  it.each(cases)("%j → %p", (text, error) => {
    expect(isFormulaError(text)).toBe(error);
  });
});

describe("messages: the header as written, without spaces and required-markers (headerLabel)", () => {
  it.each([
    ["完 成 时 限", "完成时限"],
    ["*责任人", "责任人"],
    ["★ 具体责任人：", "具体责任人"],
    ["完成时限\n（原文）", "完成时限（原文）"],
    ["目标*", "目标"],
    ["※任务※", "任务"],
  ])("%j → %j", (header, label) => {
    expect(headerLabel(header)).toBe(label);
  });
});

describe("goal-repeats-task / duplicate-row: the compact form (compactText)", () => {
  it.each([
    ["1.老旧小区改造。", "老旧小区改造"],
    ["12、老旧小区改造", "老旧小区改造"],
    ["(1)老旧小区改造", "老旧小区改造"],
    ["①老旧小区改造", "老旧小区改造"],
    ["123.老旧小区改造", "123老旧小区改造"], // three digits are not a list number
    [" 老旧 小区，改造！", "老旧小区改造"],
    ["ＰＰＰ项目", "PPP项目"],
  ])("%j → %j", (text, compact) => {
    expect(compactText(text)).toBe(compact);
  });
});

describe("messages: {text} quoted on one line, at most 30 characters (quote)", () => {
  const thirty = "一二三四五六七八九十".repeat(3);
  it.each([
    [thirty, thirty],
    [`${thirty}一`, `${thirty.slice(0, 29)}…`],
    ["第一行\n第二行", "第一行 第二行"],
    ["  前后  空格  ", "前后 空格"],
  ])("%j → %j", (text, quoted) => {
    expect(quote(text)).toBe(quoted);
  });

  it("the cell is quoted cut in a message, and kept whole in the finding's text", () => {
    const goal = "进一步提升全县营商环境水平，持续优化政务服务，推动高质量发展取得新突破新成效";
    const [f] = findingsOf(validateRows([{ goal }]), "vague-goal");
    expect(f.text).toBe(goal);
    expect(f.message).toBe(`目标“${goal.slice(0, 29)}…”不可衡量：没有数量、比率、排名等量化内容`);
  });
});

describe("messages: placeholders (fillTemplate)", () => {
  it.each<[string, Record<string, string | number | undefined>, string]>([
    ["与第{other}行重复", { other: 5 }, "与第5行重复"],
    ["{a}-{b}", { a: 1 }, "1-"], // an unknown value leaves nothing
    ["{a}{a}", { a: "x" }, "xx"],
    ["没有占位", { a: 1 }, "没有占位"],
    ["{1x}", { "1x": 1 }, "{1x}"], // not a placeholder name
  ])("%j with %j → %j", (template, vars, out) => {
    expect(fillTemplate(template, vars)).toBe(out);
    expect(fillTemplate(template, (name) => vars[name])).toBe(out);
  });
});

describe("ongoing-without-milestones / annual-without-monthly-plan: dated stages in prose (stageMonths)", () => {
  const cases: [string, number[]][] = [
    ["6月底前完成选址", [6]],
    ["06月完成", [6]],
    ["12月底竣工", [12]],
    ["13月", []],
    ["1.5月", []],
    ["十二月份验收", [12]],
    ["十月底前", [10]],
    ["三月10日前", [3]],
    ["一月一调度", []],
    ["三季度开工", [9]],
    ["第4季度", [12]],
    ["每季度通报", []],
    // A written date is read when the text also has 月, 季 or 年 (the cheap first test of stages.ts;
    // a bare `2023-06-30前完成` reads as no stage at all, although docs/rules.md counts it).
    ["2023-06-30前完成主体，年底前竣工", [6, 12]],
    ["2023/6完成选址，全年推进", [6]],
    ["上半年完成主体", [6]],
    ["年中", [6]],
    ["年底前竣工", [12]],
    ["年内", [12]],
    ["3个月内整改", []],
    ["每月调度", []],
    ["1.成立3个小分队", []],
    ["3月底前排查，年底前整治", [3, 12]],
  ];
  it.each(cases)("%j → %j", (text, months) => {
    expect(stageMonths(text).sort((a, b) => a - b)).toEqual(months);
  });
});

describe("the report: findings in order, counted (compareFindings, countFindings)", () => {
  const f = (rule: Finding["rule"], severity: Finding["severity"], at?: { row: number; col: number }): Finding => {
    const out: Finding = { sheet: "s", rule, severity, message: "", hint: "" };
    if (at) out.at = at;
    return out;
  };
  const findings: Finding[] = [
    f("blank-row", "info", { row: 5, col: 0 }),
    f("vague-goal", "warning", { row: 3, col: 2 }),
    f("missing-item", "error", { row: 3, col: 2 }),
    f("missing-item", "error", { row: 3, col: 1 }),
    f("missing-column", "error"),
    f("duplicate-row", "warning", { row: 4, col: 1 }),
  ];

  it("sheet-level first, then by row, column and rule order", () => {
    const sorted = [...findings].sort(compareFindings);
    expect(sorted.map((x) => [x.rule, x.at?.row ?? null, x.at?.col ?? null])).toEqual([
      ["missing-column", null, null],
      ["missing-item", 3, 1],
      ["missing-item", 3, 2],
      ["vague-goal", 3, 2],
      ["duplicate-row", 4, 1],
      ["blank-row", 5, 0],
    ]);
    expect(compareFindings(findings[2], findings[2])).toBe(0);
  });

  it("counts by severity and by rule", () => {
    expect(countFindings(findings)).toEqual({
      counts: { error: 3, warning: 2, info: 1 },
      byRule: { "blank-row": 1, "vague-goal": 1, "missing-item": 2, "missing-column": 1, "duplicate-row": 1 },
    });
    expect(countFindings([])).toEqual({ counts: { error: 0, warning: 0, info: 0 }, byRule: {} });
  });
});

describe("settings: the plan year 1990–2100 and the tolerance 0–1 (docs/rules.md \"Settings\")", () => {
  it.each<[unknown, number | undefined]>([
    [1990, 1990],
    [1989, undefined],
    [2100, 2100],
    [2101, undefined],
    [2023.5, undefined],
    ["2023", undefined],
    [null, undefined],
  ])("usableYear(%p) → %p", (year, usable) => {
    expect(usableYear(year)).toBe(usable);
  });

  it.each<[unknown, number]>([
    [0, 0],
    [1, 1],
    [0.15, 0.15],
    [-0.01, 0.1],
    [1.01, 0.1],
    [Number.NaN, 0.1],
    [Number.POSITIVE_INFINITY, 0.1],
    ["0.2", 0.1],
  ])("tolerance %p → %p", (tolerance, kept) => {
    expect(readSettings({ tolerance }).tolerance).toBe(kept);
  });

  it("keeps a rule entry only with a usable switch or severity", () => {
    expect(readSettings({ rules: { "vague-goal": { enabled: "no", severity: "loud" }, "blank-row": { enabled: true } } })).toEqual({
      rules: { "blank-row": { enabled: true } },
      tolerance: 0.1,
    });
    expect(readSettings({ rules: [] })).toEqual({ rules: {}, tolerance: 0.1 });
    expect(parseSettings("   ")).toEqual({ rules: {}, tolerance: 0.1 });
  });

  it("writes the year before the tolerance, and a severity-only rule without a switch", () => {
    expect(serializeSettings({ rules: { "blank-row": { severity: "warning" } }, year: 2024, tolerance: 0.2 })).toBe(
      '{"rules":{"blank-row":{"severity":"warning"}},"year":2024,"tolerance":0.2}',
    );
    expect(serializeSettings({ rules: { "vague-goal": { enabled: false, severity: "info" } }, tolerance: 0 })).toBe(
      '{"rules":{"vague-goal":{"enabled":false,"severity":"info"}},"tolerance":0}',
    );
  });
});
