/**
 * Drafting (docs/letters.md "What a letter contains"): a 督办函 with 逾期 and 滞后 rows — title,
 * addressee, number, the facts grouped and in order with their figures, the 要求/答复/后果, the
 * 落款 and 附注, the 台账明细 attachment, the 办理时限 default; dates as GB/T 9704 prints them; a
 * 提醒函 on a ledger's findings; the 通报表扬 with its ranking; awkward cell text kept as it is.
 */
import {
  DEFAULT_TEMPLATES, addDays, chineseDate, chineseNumeral, draftCommendation, draftLetter, replyByOf,
  type DraftSettings,
} from "../../src/domain/letters/drafting";
import type { DocBlock, LetterFact, LetterProposal, RegisterEntry } from "../../src/domain/letters/types";
import { rankUnits } from "../../src/domain/rank/rank";
import { unit } from "../fixtures/unitProgress";

const SETTINGS: DraftSettings = {
  number: "督办〔2023〕7号",
  date: "2023-07-01",
  issuer: "冠县人民政府办公室",
  contact: "王芳",
  phone: "0635-5212345",
  checkDate: "2023-06-30",
};

function fact(over: Partial<LetterFact> & Pick<LetterFact, "task" | "status">): LetterFact {
  return { sheet: "重点工作任务清单", cell: "B7", row: 7, deadlineText: "", due: null, progress: null, timeProgress: null, gap: null, ...over };
}

const OVERDUE_A = fact({
  task: "建成区污水管网改造", cell: "B5", row: 5, deadlineText: "6月底前", due: "2023-06-30",
  progress: 0.45, timeProgress: 1, gap: -0.55, status: "逾期", daysOverdue: 12,
});
const LAGGING = fact({
  task: "农村公路提档升级", cell: "B6", row: 6, deadlineText: "2023年12月31日", due: "2023-12-31",
  progress: 0.3, timeProgress: 0.4959, gap: -0.1959, status: "滞后",
});
const OVERDUE_B = fact({
  task: "老旧小区改造", cell: "B9", row: 9, deadlineText: "5.31", due: "2023-05-31",
  progress: 0.8, timeProgress: 1, gap: -0.2, status: "逾期", daysOverdue: 30,
});

const PRESSING: LetterProposal = { unit: "柳林镇", type: "督办函", reason: "2 项逾期、1 项滞后", facts: [LAGGING, OVERDUE_A, OVERDUE_B] };

const texts = (body: DocBlock[]) => body.map((b) => (b.kind === "heading" ? `H${b.level} ${b.text}` : b.text));

describe("a 督办函 with 逾期 and 滞后 rows", () => {
  const doc = draftLetter(PRESSING, SETTINGS);

  test("the head and the foot: issuer, number, title, addressee, 落款, date, 附注", () => {
    expect(doc.issuer).toBe("冠县人民政府办公室");
    expect(doc.number).toBe("督办〔2023〕7号");
    expect(doc.title).toBe("关于加快推进重点工作任务落实的督办函");
    expect(doc.addressee).toBe("柳林镇：");
    expect(doc.signature).toBe("冠县人民政府办公室");
    expect(doc.date).toBe("2023年7月1日");
    expect(doc.note).toBe("（联系人：王芳，电话：0635-5212345）");
  });

  test("the body: the opening, the facts grouped 逾期 then 滞后, each in the proposal's order with its figures, then 要求, 答复, 后果", () => {
    expect(texts(doc.body)).toEqual([
      "根据2023年6月30日全县重点工作任务推进情况调度，你单位承担的以下3项工作推进缓慢。现予以督办：",
      "H1 一、逾期未完成事项（2项）",
      "H2 （一）建成区污水管网改造",
      "完成时限：6月底前（2023年6月30日）；完成进度：45.0%；时间进度：100.0%；差距：落后55.0个百分点；状态：逾期12天。",
      "H2 （二）老旧小区改造",
      "完成时限：5.31（2023年5月31日）；完成进度：80.0%；时间进度：100.0%；差距：落后20.0个百分点；状态：逾期30天。",
      "H1 二、进度滞后事项（1项）",
      "H2 （一）农村公路提档升级",
      "完成时限：2023年12月31日；完成进度：30.0%；时间进度：49.6%；差距：落后19.6个百分点；状态：滞后。",
      "请你单位主要负责同志亲自过问，分管负责同志具体负责，逐项查找原因，倒排工期、压实责任，于2023年7月11日前办结或取得实质性进展。",
      "请于2023年7月11日前将办理情况形成书面报告，逐项说明进展、存在问题和下步措施，加盖单位公章后报送冠县人民政府办公室，电子版同步报送。确因客观原因不能按期办结的，须书面说明理由。",
      "逾期仍无实质性进展的，将按程序提请县政府主要领导约谈你单位主要负责同志，约谈情况报县委组织部，并在年度目标考核中扣分。",
    ]);
  });

  test("附件1: the 台账明细 table, one row per fact in the proposal's order, with relative widths", () => {
    expect(doc.attachmentNote).toEqual(["附件：1.柳林镇台账明细"]);
    expect(doc.attachments).toHaveLength(1);
    const [a] = doc.attachments;
    expect(a.mark).toBe("附件1");
    expect(a.title).toBe("柳林镇台账明细");
    expect(a.table.head).toEqual(["序号", "任务", "完成时限", "完成进度", "时间进度", "差距（百分点）", "状态", "位置"]);
    expect(a.table.rows).toEqual([
      ["1", "农村公路提档升级", "2023年12月31日", "30.0%", "49.6%", "-19.6", "滞后", "“重点工作任务清单”B6"],
      ["2", "建成区污水管网改造", "6月底前（2023年6月30日）", "45.0%", "100.0%", "-55.0", "逾期12天", "“重点工作任务清单”B5"],
      ["3", "老旧小区改造", "5.31（2023年5月31日）", "80.0%", "100.0%", "-20.0", "逾期30天", "“重点工作任务清单”B9"],
    ]);
    expect(a.table.widths).toHaveLength(a.table.head.length);
    expect(a.table.widths?.[1]).toBeGreaterThan(a.table.widths?.[0] ?? Infinity);
  });

  test("the 办理时限 set in the settings replaces the default", () => {
    const set = draftLetter(PRESSING, { ...SETTINGS, replyBy: "2023-07-20" });
    expect(texts(set.body).filter((t) => t.includes("2023年7月20日前"))).toHaveLength(2);
    expect(texts(set.body).join("")).not.toContain("2023年7月11日");
  });

  test("without 联系人 and 电话 there is no 附注", () => {
    const { contact: _c, phone: _p, ...bare } = SETTINGS;
    expect(draftLetter(PRESSING, bare).note).toBeUndefined();
    expect(draftLetter(PRESSING, { ...bare, phone: "0635-1" }).note).toBe("（联系人：，电话：0635-1）");
  });

  test("a 附注 the office wrote in brackets is not bracketed twice; one without contact placeholders is always printed", () => {
    const templates = { ...DEFAULT_TEMPLATES, 督办函: { ...DEFAULT_TEMPLATES.督办函, 附注: "（请通过OA报送）" } };
    const { contact: _c, phone: _p, ...bare } = SETTINGS;
    expect(draftLetter(PRESSING, { ...bare, templates }).note).toBe("（请通过OA报送）");
  });
});

describe("dates and numbers as printed", () => {
  test.each([
    ["2023-01-05", "2023年1月5日"],
    ["2023-10-01", "2023年10月1日"],
    ["2023-12-31", "2023年12月31日"],
    ["2024-02-29", "2024年2月29日"],
    ["2023-02-29", "2023-02-29"],
    ["6月底前", "6月底前"],
    ["", ""],
  ])("chineseDate(%p) = %p", (iso, printed) => expect(chineseDate(iso)).toBe(printed));

  test.each([
    ["2023-07-01", "2023-07-11"],
    ["2023-12-25", "2024-01-04"],
    ["2024-02-20", "2024-03-01"],
    ["2023-02-20", "2023-03-02"],
  ])("办理时限 by default 10 days after %p: %p", (date, replyBy) => {
    expect(replyByOf({ date })).toBe(replyBy);
    expect(addDays(date, 10)).toBe(replyBy);
  });

  test("the default 办理时限 reaches the letter across a year's end", () => {
    const doc = draftLetter(PRESSING, { ...SETTINGS, date: "2023-12-25" });
    expect(doc.date).toBe("2023年12月25日");
    expect(texts(doc.body).join("")).toContain("于2024年1月4日前");
  });

  test("a letter date that is no date: printed as given, no 办理时限 invented", () => {
    expect(replyByOf({ date: "七月一日" })).toBe("");
    expect(draftLetter(PRESSING, { ...SETTINGS, date: "七月一日" }).date).toBe("七月一日");
  });

  test.each([
    [1, "一"], [9, "九"], [10, "十"], [11, "十一"], [19, "十九"], [20, "二十"], [21, "二十一"],
    [100, "一百"], [105, "一百零五"], [110, "一百一十"], [1001, "一千零一"], [0, "0"],
  ])("heading number %p → %p", (n, text) => expect(chineseNumeral(n)).toBe(text));

  test("items past ten are numbered （十一）, （十二）", () => {
    const facts = Array.from({ length: 12 }, (_, i) => fact({ task: `任务${i + 1}`, status: "滞后", progress: 0.1, timeProgress: 0.5, gap: -0.4 }));
    const doc = draftLetter({ ...PRESSING, facts }, SETTINGS);
    const items = doc.body.filter((b) => b.kind === "heading" && b.level === 2).map((b) => b.text);
    expect(items.slice(9)).toEqual(["（十）任务10", "（十一）任务11", "（十二）任务12"]);
  });

  test("figures: one decimal, the gap from the printed figures, ahead and level", () => {
    const facts = [
      fact({ task: "甲", status: "正常", progress: 0.6665, timeProgress: 0.4954, gap: 0.1711 }),
      fact({ task: "乙", status: "正常", progress: 0.5, timeProgress: 0.5, gap: 0 }),
    ];
    const doc = draftLetter({ ...PRESSING, type: "提醒函", facts }, SETTINGS);
    expect(texts(doc.body)).toContain("完成时限：未填写；完成进度：66.7%；时间进度：49.5%；差距：超前17.2个百分点；状态：正常。");
    expect(texts(doc.body)).toContain("完成时限：未填写；完成进度：50.0%；时间进度：50.0%；差距：与时间进度持平；状态：正常。");
    expect(texts(doc.body)).toContain("H1 一、其他事项（2项）");
    expect(doc.attachments[0].table.rows.map((r) => r[5])).toEqual(["+17.2", "0.0"]);
  });

  test("unknown figures are said, and no gap is invented", () => {
    const doc = draftLetter({ ...PRESSING, facts: [fact({ task: "甲", status: "逾期", deadlineText: "", due: "2023-03-31" })] }, SETTINGS);
    expect(texts(doc.body)).toContain("完成时限：2023年3月31日；完成进度：未填报；时间进度：无法计算；状态：逾期。");
    expect(doc.attachments[0].table.rows[0]).toEqual(["1", "甲", "2023年3月31日", "—", "—", "—", "逾期", "“重点工作任务清单”B7"]);
  });
});

describe("a 提醒函 on a ledger's findings", () => {
  const findings: LetterFact[] = [
    fact({ task: "招商引资", cell: "C7", row: 7, status: "missing-item", finding: "第7行缺少“目标”：请填写可量化的工作目标。" }),
    fact({ task: "招商引资", cell: "E7", row: 7, status: "deadline-unreadable", deadlineText: "尽快", finding: "完成时限“尽快”无法识别为日期。" }),
  ];
  const doc = draftLetter({ unit: "烟庄街道", type: "提醒函", reason: "台账有 2 个错误", facts: findings }, { ...SETTINGS, number: "提醒〔2023〕3号" });

  test("title, number, and each finding with its cell under one heading", () => {
    expect(doc.title).toBe("关于做好重点工作任务落实有关事项的提醒函");
    expect(doc.number).toBe("提醒〔2023〕3号");
    expect(doc.addressee).toBe("烟庄街道：");
    expect(texts(doc.body).slice(1, 6)).toEqual([
      "H1 一、台账填报问题（2项）",
      "H2 （一）招商引资",
      "位置：工作表“重点工作任务清单”C7单元格；存在问题：第7行缺少“目标”：请填写可量化的工作目标。",
      "H2 （二）招商引资",
      "位置：工作表“重点工作任务清单”E7单元格；存在问题：完成时限“尽快”无法识别为日期。",
    ]);
    expect(texts(doc.body).at(-1)).toBe("逾期未整改或整改不到位的，将发函督办。");
  });

  test("{问题数} counts the findings", () => {
    const templates = { ...DEFAULT_TEMPLATES, 提醒函: { ...DEFAULT_TEMPLATES.提醒函, 开头: "台账有{问题数}个问题，逾期{逾期数}项：" } };
    const withCounts = draftLetter({ unit: "烟庄街道", type: "提醒函", reason: "", facts: [...findings, OVERDUE_A] }, { ...SETTINGS, templates });
    expect(texts(withCounts.body)[0]).toBe("台账有2个问题，逾期1项：");
  });

  test("the table's 状态 is the finding, its 位置 the cell", () => {
    expect(doc.attachments[0].table.rows.map((r) => [r[6], r[7]])).toEqual([
      ["第7行缺少“目标”：请填写可量化的工作目标。", "“重点工作任务清单”C7"],
      ["完成时限“尽快”无法识别为日期。", "“重点工作任务清单”E7"],
    ]);
  });
});

describe("other letters", () => {
  test("约谈 and 问责函: their own titles; the letter followed is there for the office's wording", () => {
    const follows: RegisterEntry = { number: "督办〔2023〕7号", type: "督办函", unit: "柳林镇", date: "2023-07-01", subject: "", replyBy: null, feedback: "", row: 2 };
    const templates = { ...DEFAULT_TEMPLATES, 约谈: { ...DEFAULT_TEMPLATES.约谈, 开头: "{上次日期}，我办以{上次编号}对你单位进行督办。" } };
    const summon = draftLetter({ ...PRESSING, type: "约谈", follows }, { ...SETTINGS, number: "约谈〔2023〕2号", templates });
    expect(summon.title).toBe("关于重点工作任务推进不力问题的约谈通知");
    expect(texts(summon.body)[0]).toBe("2023年7月1日，我办以督办〔2023〕7号对你单位进行督办。");
    const referral = draftLetter({ ...PRESSING, type: "问责函" }, SETTINGS);
    expect(referral.title).toBe("关于重点工作任务落实不力问题的问责函");
    expect(texts(referral.body).at(-1)).toContain("移交县纪委监委");
  });

  test("a proposal without facts: its reason is the one item, and there is no attachment", () => {
    const doc = draftLetter({ unit: "城关镇", type: "提醒函", reason: "台账未报送", facts: [] }, SETTINGS);
    expect(texts(doc.body)[1]).toBe("H1 一、台账未报送");
    expect(doc.attachments).toEqual([]);
    expect(doc.attachmentNote).toEqual([]);
  });

  test("office wording over several lines gives several paragraphs; counts fill in", () => {
    const templates = { ...DEFAULT_TEMPLATES, 督办函: { ...DEFAULT_TEMPLATES.督办函, 要求: "一要逐项整改（共{事项数}项，逾期{逾期数}项，滞后{滞后数}项）。\n\n二要按时报送。" } };
    const doc = draftLetter(PRESSING, { ...SETTINGS, templates });
    expect(texts(doc.body)).toContain("一要逐项整改（共3项，逾期2项，滞后1项）。");
    expect(texts(doc.body)).toContain("二要按时报送。");
  });
});

describe("awkward cell text stays as written", () => {
  test("a very long task, a line break, a formula-looking text, braces, an empty task", () => {
    const long = "推进".repeat(300);
    const facts = [
      fact({ task: long, status: "滞后" }),
      fact({ task: "第一行\n第二行", status: "滞后" }),
      fact({ task: "=SUM(A1:A3)", status: "滞后", deadlineText: "=TODAY()" }),
      fact({ task: "落实{单位}要求", status: "滞后" }),
      fact({ task: "  ", status: "滞后" }),
    ];
    const doc = draftLetter({ unit: "={编号}", type: "督办函", reason: "", facts }, SETTINGS);
    const items = doc.body.filter((b) => b.kind === "heading" && b.level === 2).map((b) => b.text);
    expect(items).toEqual([`（一）${long}`, "（二）第一行\n第二行", "（三）=SUM(A1:A3)", "（四）落实{单位}要求", "（五）（任务未填写）"]);
    expect(texts(doc.body)).toContain("完成时限：=TODAY()；完成进度：未填报；时间进度：无法计算；状态：滞后。");
    expect(doc.addressee).toBe("={编号}：");
    expect(doc.attachments[0].title).toBe("={编号}台账明细");
    expect(doc.attachments[0].table.rows.map((r) => r[1])).toEqual([long, "第一行\n第二行", "=SUM(A1:A3)", "落实{单位}要求", "（任务未填写）"]);
  });

  test("a unit name that looks like a placeholder is not filled again", () => {
    const templates = { ...DEFAULT_TEMPLATES, 督办函: { ...DEFAULT_TEMPLATES.督办函, 开头: "{单位}：编号{编号}" } };
    const doc = draftLetter({ ...PRESSING, unit: "{编号}镇" }, { ...SETTINGS, templates });
    expect(texts(doc.body)[0]).toBe("{编号}镇：编号督办〔2023〕7号");
  });
});

describe("the 通报表扬", () => {
  const ranking = rankUnits([
    unit("城关镇", 0.6), unit("柳林镇", 0.951), unit("烟庄街道", 0.951), unit("甘官屯镇", 0.3, 0.5, { 逾期: 1 }), unit("东古城镇", null),
  ]);
  const settings = { ...SETTINGS, number: "表扬〔2023〕1号" };
  const doc = draftCommendation(ranking, ["柳林镇", "烟庄街道"], settings);

  test("one document for the units commended: title, 主送, the units named with their count, no 附注", () => {
    expect(doc.number).toBe("表扬〔2023〕1号");
    expect(doc.title).toBe("关于对2023年重点工作任务推进成效明显单位予以表扬的通报");
    expect(doc.addressee).toBe("各乡镇（街道）、县直各部门：");
    expect(texts(doc.body)).toEqual([
      "根据2023年6月30日全县重点工作任务推进情况调度，柳林镇、烟庄街道等2个单位领导重视、措施有力，重点工作任务推进快、成效明显。为树立鲜明导向、激励担当作为，经研究，决定对以上单位予以通报表扬。",
      "希望受到表扬的单位珍惜荣誉、再接再厉，持续巩固工作成效。各单位要以先进为榜样，对标对表、比学赶超，确保全年重点工作任务圆满完成。",
    ]);
    expect(doc.note).toBeUndefined();
    expect(doc.signature).toBe("冠县人民政府办公室");
    expect(doc.date).toBe("2023年7月1日");
  });

  test("附件1: the ranking — 名次, 单位, the figure, the light — the units not ranked after it", () => {
    expect(doc.attachmentNote).toEqual(["附件：1.重点工作任务推进情况排名（截至2023年6月30日）"]);
    const [a] = doc.attachments;
    expect(a.mark).toBe("附件1");
    expect(a.table.head).toEqual(["名次", "单位", "任务进度", "亮灯"]);
    expect(a.table.rows).toEqual([
      ["1", "柳林镇", "95.1%", "绿"],
      ["1", "烟庄街道", "95.1%", "绿"],
      ["3", "城关镇", "60.0%", "绿"],
      ["4", "甘官屯镇", "30.0%", "红"],
      ["—", "东古城镇", "—", "—"],
    ]);
    expect(a.table.widths).toHaveLength(4);
  });

  test("the figure's heading follows the metric ranked", () => {
    const byDone = rankUnits([unit("城关镇", 0.6, 0.5, { 已完成: 4 })], { metric: "done" });
    expect(draftCommendation(byDone, ["城关镇"], settings).attachments[0].table).toMatchObject({ head: ["名次", "单位", "完成率", "亮灯"], rows: [["1", "城关镇", "40.0%", "绿"]] });
  });

  test("the office's 主送 wording is used", () => {
    const templates = { ...DEFAULT_TEMPLATES, 通报表扬: { ...DEFAULT_TEMPLATES.通报表扬, 主送: "各镇街党（工）委" } };
    expect(draftCommendation(ranking, ["柳林镇"], { ...settings, templates }).addressee).toBe("各镇街党（工）委：");
  });
});
