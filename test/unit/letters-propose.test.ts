/**
 * The ladder and the proposals (docs/letters.md "When each applies", "Escalation"): 提醒函 for
 * error-level findings or a late report, 督办函 for rows 逾期 or 滞后 (or a red light), one step up
 * from the unit's latest letter of the year when it is still behind, never a step skipped and
 * never 问责函 without a 约谈 first, 通报表扬 for the ranking's 先进; each proposal with its facts
 * and reason; the register's row order never matters.
 */
import fc from "fast-check";
import { progressOfSheet, type ProgressReady } from "../../src/domain/progress";
import { rankUnits } from "../../src/domain/rank/rank";
import type { Finding } from "../../src/domain/validate/types";
import {
  LADDER, latestLetter, letterTypeOf, letterTypeOfText, nextStep, proposeLetters, stepAfter, stepIndex,
  type LetterProposal, type ProposeInput, type RegisterEntry,
} from "../../src/domain/letters";
import { ledgerOf, type TaskRow } from "./progressHelpers";

const C = "2023-06-30";

// Calendar basis, C = 30 June 2023: t = 181/365 = 0.496 for 年底前.
const TASKS: TaskRow[] = [
  { unit: "柳林镇", task: "建成标准化厂房", deadline: "3月底前", progress: "50%" }, //   row 3: 逾期 91 天
  { unit: "柳林镇", task: "完成土地流转", deadline: "年底前", progress: "10%" }, //       row 4: 滞后
  { unit: "烟庄街道", task: "老旧小区改造", deadline: "年底前", progress: "50%" }, //     row 5: 正常
  { unit: "东古城镇", task: "修建村内道路", deadline: "年底前", progress: "20%" }, //     row 6: 滞后
  { unit: "店子镇", task: "招商引资项目", deadline: "年底前", progress: "100%" }, //     row 7: 已完成
  { unit: "清泉街道", task: "河道清淤", deadline: "年底前" }, //                         row 8: 未填报 (t .496)
  { unit: "清泉街道", task: "环境整治", deadline: "长期坚持", progress: "10%" }, //       row 9: 长期 → P .1, T .496: 红
];

/** The 任务 column of a `ledgerOf` sheet (序号, 目标, 措施, 责任人, then 任务). */
const TASK_COL = 4;

function checked(tasks: readonly TaskRow[] = TASKS): ProgressReady {
  const report = progressOfSheet(ledgerOf(tasks), { checkDate: C, basis: "calendar" });
  if (!report.ok) throw new Error(report.message);
  return report;
}

const PROGRESS = checked();
const UNITS = ["店子镇", "东古城镇", "柳林镇", "烟庄街道", "清泉街道"];

let nextRow = 2;
function letter(type: string, unit: string, date: string | null, number = ""): RegisterEntry {
  return { number, type, unit, date, subject: "", replyBy: null, feedback: "", row: nextRow++ };
}

function propose(extra: Partial<ProposeInput> = {}): LetterProposal[] {
  return proposeLetters({ checkDate: C, year: 2023, units: UNITS, progress: PROGRESS, taskCol: TASK_COL, register: [], ...extra });
}

const forUnit = (ps: LetterProposal[], unit: string): LetterProposal | undefined => ps.find((p) => p.unit === unit);

function finding(unit: string, row: number, severity: Finding["severity"] = "error", rule: Finding["rule"] = "missing-item"): Finding {
  return { sheet: "重点任务", cell: `D${row}`, row, rule, severity, message: `第${row}行缺少措施`, hint: "" };
}

describe("the ladder", () => {
  it("climbs one step at a time and stops at 问责函", () => {
    expect(LADDER).toEqual(["提醒函", "督办函", "约谈", "问责函"]);
    expect(LADDER.map(nextStep)).toEqual(["督办函", "约谈", "问责函", null]);
    expect(stepIndex("通报表扬")).toBe(-1);
  });

  it.each([
    ["督办", "督办函"], ["督办函", "督办函"], ["约谈函", "约谈"], ["约谈", "约谈"], ["提醒", "提醒函"], ["问责", "问责函"],
    ["通报表扬", "通报表扬"], ["表扬通报", "通报表扬"], [" 督 办 函 ", "督办函"], ["督查通报", null], ["", null],
  ])("the 类型 %p is %p", (text, type) => expect(letterTypeOfText(text)).toBe(type));

  it("reads a blank 类型 from the number's prefix, with the office's prefixes", () => {
    expect(letterTypeOf({ type: "", number: "约谈〔2023〕2号" })).toBe("约谈");
    expect(letterTypeOf({ type: "", number: "冠督〔2023〕2号" })).toBeNull();
    expect(letterTypeOf({ type: "", number: "冠督〔2023〕2号" }, { 提醒函: "冠提", 督办函: "冠督", 约谈: "冠约", 问责函: "冠问", 通报表扬: "冠表" })).toBe("督办函");
    expect(letterTypeOf({ type: "约谈", number: "督办〔2023〕2号" })).toBe("约谈");
  });

  it("takes the unit's latest letter of the year by date, then by number; 通报表扬 and other years passed by", () => {
    const reg = [
      letter("约谈", "柳林镇", "2023-03-01", "约谈〔2023〕1号"),
      letter("督办函", "柳林镇人民政府", "2023-05-10", "督办〔2023〕10号"),
      letter("督办函", "柳林镇", "2023-05-10", "督办〔2023〕9号"),
      letter("通报表扬", "柳林镇", "2023-06-01", "表扬〔2023〕1号"),
      letter("问责函", "柳林镇", "2024-01-05", "问责〔2024〕1号"),
      letter("问责函", "烟庄街道", "2023-06-01", "问责〔2023〕1号"),
    ];
    expect(latestLetter(reg, "柳林镇", 2023)).toEqual({ entry: reg[1], step: "督办函" });
    expect(latestLetter([...reg].reverse(), "柳林镇", 2023)).toEqual({ entry: reg[1], step: "督办函" });
    expect(latestLetter(reg, "柳林镇", 2024)?.entry).toBe(reg[4]);
    expect(latestLetter(reg, "柳林镇", 2023, { before: "2023-05-10" })?.entry).toBe(reg[0]);
    expect(latestLetter(reg, "店子镇", 2023)).toBeNull();
  });

  it("breaks a tie of date and number by the higher step, then by the later row of the register, whatever the rows' order", () => {
    const a = { ...letter("督办函", "柳林镇", "2023-05-10", "督办〔2023〕3号"), row: 4 };
    const b = { ...letter("督办函", "柳林镇人民政府", "2023-05-10", "督办〔2023〕3号"), row: 9 };
    expect(latestLetter([a, b], "柳林镇", 2023)?.entry).toBe(b);
    expect(latestLetter([b, a], "柳林镇", 2023)?.entry).toBe(b);
    // Same day, same n, two prefixes: the higher step is taken as the later one.
    const summons = { ...letter("约谈", "柳林镇", "2023-05-10", "A〔2023〕3号"), row: 2 };
    const pressing = { ...letter("督办函", "柳林镇", "2023-05-10", "B〔2023〕3号"), row: 12 };
    expect(latestLetter([summons, pressing], "柳林镇", 2023)?.entry).toBe(summons);
  });

  it("counts an undated letter by its number's year, as the earliest of that year", () => {
    const undated = letter("督办函", "柳林镇", null, "督办〔2023〕9号");
    const dated = letter("提醒函", "柳林镇", "2023-02-01", "提醒〔2023〕1号");
    expect(latestLetter([undated], "柳林镇", 2023, { before: C })?.entry).toBe(undated);
    expect(latestLetter([undated, dated], "柳林镇", 2023)?.entry).toBe(dated);
    expect(latestLetter([undated], "柳林镇", 2022)).toBeNull();
  });

  it("after the top step names the top step again; without a letter, nothing", () => {
    expect(stepAfter({ entry: letter("问责函", "柳林镇", C), step: "问责函" })).toBe("问责函");
    expect(stepAfter({ entry: letter("提醒函", "柳林镇", C), step: "提醒函" })).toBe("督办函");
    expect(stepAfter(null)).toBeNull();
  });
});

describe("proposeLetters: what the facts call for", () => {
  it("gives a 督办函 to units with rows 逾期 or 滞后, with the rows as facts", () => {
    const ps = propose();
    expect(ps.map((p) => [p.unit, p.type, p.reason])).toEqual([
      ["东古城镇", "督办函", "1 项滞后"],
      ["柳林镇", "督办函", "1 项逾期、1 项滞后"],
      ["清泉街道", "督办函", "亮红灯（任务进度落后时间进度 39.6 个百分点）"],
    ]);
    expect(forUnit(ps, "柳林镇")?.facts).toEqual([
      { sheet: "重点任务", cell: "E3", row: 3, task: "建成标准化厂房", deadlineText: "3月底前", due: "2023-03-31", progress: 0.5, timeProgress: 1, gap: -0.5, status: "逾期", daysOverdue: 91 },
      { sheet: "重点任务", cell: "E4", row: 4, task: "完成土地流转", deadlineText: "年底前", due: "2023-12-31", progress: 0.1, timeProgress: 181 / 365, gap: 0.1 - 181 / 365, status: "滞后" },
    ]);
    expect(forUnit(ps, "柳林镇")?.follows).toBeUndefined();
  });

  it("gives a red light without a row 逾期 or 滞后 the rows behind time or unreported as facts", () => {
    const facts = forUnit(propose(), "清泉街道")?.facts ?? [];
    expect(facts.map((f) => [f.row, f.status, f.task])).toEqual([[8, "未填报", "河道清淤"]]);
  });

  it("names the whole row when the 任务 column is not given", () => {
    expect(forUnit(propose({ taskCol: undefined }), "东古城镇")?.facts.map((f) => f.cell)).toEqual(["6:6"]);
  });

  it("lists units in the order given, then those met only in the facts as first met", () => {
    expect(propose({ units: ["柳林镇"] }).map((p) => p.unit)).toEqual(["柳林镇", "东古城镇", "清泉街道"]);
    expect(propose({ units: undefined }).map((p) => p.unit)).toEqual(["柳林镇", "东古城镇", "清泉街道"]);
  });

  it("matches units by name as the merge does, and names them as the 单位名录 does", () => {
    const ps = propose({ units: ["柳林镇人民政府", "冠县东古城镇"] });
    expect(ps.map((p) => p.unit)).toEqual(["柳林镇人民政府", "冠县东古城镇", "清泉街道"]);
  });

  it("gives a 提醒函 for error-level findings, with each finding and its row's task as facts; warnings alone call for none", () => {
    const findingsByUnit = new Map([
      ["店子镇", [finding("店子镇", 7), finding("店子镇", 7, "warning", "vague-goal"), { ...finding("店子镇", 0), cell: undefined, row: undefined, rule: "missing-column" as const, message: "缺少“完成时限”列" }]],
      ["烟庄街道办事处", [finding("烟庄街道", 5, "warning")]],
    ]);
    const ps = propose({ findingsByUnit });
    const p = forUnit(ps, "店子镇");
    expect([p?.type, p?.reason]).toEqual(["提醒函", "台账有 2 处错误"]);
    expect(p?.facts).toEqual([
      { sheet: "重点任务", cell: "D7", row: 7, task: "招商引资项目", deadlineText: "年底前", due: "2023-12-31", progress: 1, timeProgress: 181 / 365, gap: 1 - 181 / 365, status: "missing-item", finding: "第7行缺少措施" },
      { sheet: "重点任务", cell: "", row: 0, task: "", deadlineText: "", due: null, progress: null, timeProgress: null, gap: null, status: "missing-column", finding: "缺少“完成时限”列" },
    ]);
    expect(forUnit(ps, "烟庄街道")).toBeUndefined();
  });

  it.each([
    [["店子镇"], [], "台账未报送或未按时报送"],
    [["店子镇"], [finding("店子镇", 7)], "台账未按时报送，且有 1 处错误"],
  ])("gives a 提醒函 to a late unit (late %p, findings %#)", (late, findings, reason) => {
    const ps = propose({ late, findingsByUnit: new Map([["店子镇", findings]]) });
    expect(forUnit(ps, "店子镇")).toMatchObject({ type: "提醒函", reason, facts: findings.map((f) => ({ cell: f.cell, status: f.rule })) });
  });

  it("gives the higher letter to a unit with both a 提醒函-worthy and a 督办函-worthy problem", () => {
    const ps = propose({ late: ["柳林镇"], findingsByUnit: new Map([["柳林镇", [finding("柳林镇", 3)]]]) });
    expect(forUnit(ps, "柳林镇")).toMatchObject({ type: "督办函", reason: "1 项逾期、1 项滞后" });
    expect(forUnit(ps, "柳林镇")?.facts.map((f) => f.status)).toEqual(["逾期", "滞后"]);
  });

  it("gives 通报表扬 to the ranking's 先进 that have nothing to answer for, with the place", () => {
    const ranking = rankUnits(PROGRESS.units, { group: 1 });
    expect(ranking.ranked[0]).toMatchObject({ unit: "店子镇", group: "先进" });
    expect(forUnit(propose({ ranking }), "店子镇")).toEqual({ unit: "店子镇", type: "通报表扬", reason: "通报排名第1名，列为先进", facts: [] });
    const tied = checked([...TASKS, { unit: "兰沃乡", task: "项目", deadline: "年底前", progress: "100%" }]);
    const tiedRanking = rankUnits(tied.units, { group: 1 });
    expect(proposeLetters({ checkDate: C, year: 2023, progress: tied, ranking: tiedRanking, register: [] }).filter((p) => p.type === "通报表扬").map((p) => [p.unit, p.reason])).toEqual([
      ["店子镇", "通报排名并列第1名，列为先进"],
      ["兰沃乡", "通报排名并列第1名，列为先进"],
    ]);
    // A 先进 with a late report is reminded, not praised.
    expect(forUnit(propose({ ranking, late: ["店子镇"] }), "店子镇")?.type).toBe("提醒函");
  });

  it("works from a ranking alone: its lights and counts, no rows to cite", () => {
    const ranking = rankUnits(PROGRESS.units);
    const ps = proposeLetters({ checkDate: C, year: 2023, ranking, register: [] });
    expect(ps.map((p) => [p.unit, p.type, p.reason, p.facts.length])).toEqual([
      // Five units ranked: two 先进 (docs/ranking.md); without a 单位名录 the ranking's order.
      ["店子镇", "通报表扬", "通报排名第1名，列为先进", 0],
      ["烟庄街道", "通报表扬", "通报排名第2名，列为先进", 0],
      ["柳林镇", "督办函", "1 项逾期、1 项滞后", 0],
      ["东古城镇", "督办函", "1 项滞后", 0],
      ["清泉街道", "督办函", "亮红灯（任务进度落后时间进度 39.6 个百分点）", 0],
    ]);
  });

  it("proposes nothing without facts", () => {
    expect(proposeLetters({ checkDate: C, year: 2023, units: UNITS, register: [letter("督办函", "柳林镇", "2023-03-01", "督办〔2023〕1号")] })).toEqual([]);
  });
});

describe("proposeLetters: escalation from the 发函登记", () => {
  it.each<[string, string, string, RegisterEntry[]]>([
    ["no letter", "督办函", "1 项逾期、1 项滞后", []],
    ["a 提醒函", "督办函", "提醒〔2023〕2号 发出后仍有 1 项逾期、1 项滞后", [letter("提醒函", "柳林镇", "2023-04-10", "提醒〔2023〕2号")]],
    ["a 督办函", "约谈", "督办〔2023〕7号 发出后仍有 1 项逾期、1 项滞后", [letter("督办函", "柳林镇", "2023-04-10", "督办〔2023〕7号")]],
    ["a 约谈", "问责函", "约谈〔2023〕2号 发出后仍有 1 项逾期、1 项滞后", [letter("督办函", "柳林镇", "2023-03-01", "督办〔2023〕1号"), letter("约谈", "柳林镇", "2023-05-10", "约谈〔2023〕2号")]],
    ["a 问责函", "问责函", "问责〔2023〕1号 发出后仍有 1 项逾期、1 项滞后", [letter("问责函", "柳林镇", "2023-06-01", "问责〔2023〕1号")]],
    ["a 督办函 after a 约谈", "约谈", "督办〔2023〕9号 发出后仍有 1 项逾期、1 项滞后", [letter("约谈", "柳林镇", "2023-03-01", "约谈〔2023〕1号"), letter("督办函", "柳林镇", "2023-05-01", "督办〔2023〕9号")]],
    ["a 督办函 to 柳林镇人民政府", "约谈", "督办〔2023〕7号 发出后仍有 1 项逾期、1 项滞后", [letter("督办函", "柳林镇人民政府", "2023-04-10", "督办〔2023〕7号")]],
    ["a 督办函 with its 类型 blank", "约谈", "督办[2023]7号 发出后仍有 1 项逾期、1 项滞后", [letter("", "柳林镇", "2023-04-10", "督办[2023]7号")]],
    ["an unnumbered 督办函", "约谈", "发函登记第5行的督办函 发出后仍有 1 项逾期、1 项滞后", [{ ...letter("督办函", "柳林镇", "2023-04-10"), row: 5 }]],
    ["only a 通报表扬", "督办函", "1 项逾期、1 项滞后", [letter("通报表扬", "柳林镇", "2023-04-10", "表扬〔2023〕1号")]],
    ["a 督办函 of last year", "督办函", "1 项逾期、1 项滞后", [letter("督办函", "柳林镇", "2022-11-10", "督办〔2022〕7号")]],
    ["a 督办函 of the check date itself", "督办函", "1 项逾期、1 项滞后", [letter("督办函", "柳林镇", C, "督办〔2023〕7号")]],
    ["a 督办函 to another unit", "督办函", "1 项逾期、1 项滞后", [letter("督办函", "东古城镇", "2023-04-10", "督办〔2023〕7号")]],
  ])("柳林镇, still behind after %s, gets a %s", (_, type, reason, register) => {
    const p = forUnit(propose({ register }), "柳林镇");
    expect([p?.type, p?.reason]).toEqual([type, reason]);
    const last = latestLetter(register, "柳林镇", 2023, { before: C });
    expect(p?.follows).toBe(last?.entry);
  });

  it("escalates a red light that persists, saying so", () => {
    const register = [letter("督办函", "清泉街道", "2023-04-10", "督办〔2023〕7号")];
    expect(forUnit(propose({ register }), "清泉街道")).toMatchObject({ type: "约谈", reason: "督办〔2023〕7号 发出后仍亮红灯（任务进度落后时间进度 39.6 个百分点）" });
  });

  it("reads a blank 类型 with the office's prefixes", () => {
    const register = [letter("", "柳林镇", "2023-04-10", "冠督〔2023〕7号")];
    const prefixes = { 提醒函: "冠提", 督办函: "冠督", 约谈: "冠约", 问责函: "冠问", 通报表扬: "冠表" };
    expect(forUnit(propose({ register }), "柳林镇")?.type).toBe("督办函");
    expect(forUnit(propose({ register, prefixes }), "柳林镇")?.type).toBe("约谈");
  });

  it("does not escalate a unit that is no longer behind: a new problem starts at its own step", () => {
    const register = [letter("约谈", "店子镇", "2023-05-10", "约谈〔2023〕2号"), letter("督办函", "烟庄街道", "2023-05-10", "督办〔2023〕5号")];
    const ps = propose({ register, late: ["店子镇"] });
    expect(forUnit(ps, "店子镇")).toMatchObject({ type: "提醒函", reason: "台账未报送或未按时报送" });
    expect(forUnit(ps, "店子镇")?.follows).toBeUndefined();
    expect(forUnit(ps, "烟庄街道")).toBeUndefined();
  });
});

describe("proposeLetters: properties", () => {
  const units = ["柳林镇", "东古城镇", "烟庄街道", "店子镇", "清泉街道"];
  const entries = fc
    .array(
      fc.record({
        type: fc.constantFrom("提醒函", "督办函", "约谈", "问责函", "通报表扬", ""),
        unit: fc.constantFrom(...units, "柳林镇人民政府"),
        month: fc.option(fc.constantFrom(3, 5, 6, 8), { nil: null }),
        day: fc.integer({ min: 1, max: 3 }),
        year: fc.constantFrom(2022, 2023, 2023, 2023),
        prefix: fc.constantFrom("督办", "约谈", "提醒", "问责"),
        n: fc.integer({ min: 1, max: 3 }),
      }),
      { maxLength: 14 },
    )
    .map((rs) =>
      rs.map((r, i): RegisterEntry => ({
        number: `${r.prefix}〔${r.year}〕${r.n}号`,
        type: r.type,
        unit: r.unit,
        date: r.month === null ? null : `${r.year}-${String(r.month).padStart(2, "0")}-${String(r.day).padStart(2, "0")}`,
        subject: "",
        replyBy: null,
        feedback: "",
        row: i + 2,
      })),
    );
  const ranking = rankUnits(PROGRESS.units, { group: 1 });
  const late = ["店子镇", "烟庄街道"];

  it("do not depend on the order of the register's rows", () => {
    fc.assert(
      fc.property(entries, fc.array(fc.nat(), { minLength: 14, maxLength: 14 }), (register, keys) => {
        const shuffled = register.map((e, i) => [keys[i], e] as const).sort((a, b) => a[0] - b[0]).map(([, e]) => e);
        expect(propose({ register: shuffled, ranking, late })).toEqual(propose({ register, ranking, late }));
      }),
    );
  });

  it("never give a unit still behind a lower step than its last letter, never skip a step, never 问责函 without a 约谈 first", () => {
    fc.assert(
      fc.property(entries, (register) => {
        for (const p of propose({ register, ranking, late })) {
          if (p.type === "提醒函" || p.type === "通报表扬") continue; // not behind
          const last = latestLetter(register, p.unit, 2023, { before: C });
          const lastStep = last ? stepIndex(last.step) : -1;
          expect(stepIndex(p.type)).toBeGreaterThanOrEqual(Math.max(lastStep, stepIndex("督办函")));
          expect(stepIndex(p.type)).toBeLessThanOrEqual(Math.max(lastStep + 1, stepIndex("督办函")));
          if (p.type === "问责函") expect(["约谈", "问责函"]).toContain(last?.step);
        }
      }),
    );
  });
});
