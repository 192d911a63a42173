/**
 * The wording of each letter the office can edit (docs/letters.md "What a letter contains"): per
 * type, its parts — 标题, 事由, 开头, 要求, 答复, 后果, 附注 (and 主送 for the 通报表扬) — with
 * `{单位}`-style placeholders in Chinese, because the office edits them in the 函件模板 sheet
 * (src/domain/letters/template.ts). This file is a catalogue of its own, like the rule and list
 * catalogues: its Chinese sentences are data the office may replace, not messages.
 */
import { LETTER_TYPES, type LetterType } from "./types";

/** The parts of a letter's wording, in the order they appear on the 函件模板 sheet. */
export const LETTER_PARTS = ["标题", "事由", "主送", "开头", "要求", "答复", "后果", "附注"] as const;
export type LetterPart = (typeof LETTER_PARTS)[number];

/** The parts of the three letters and the 约谈通知: one unit is the addressee, so no 主送 part. */
const LETTER_BODY: readonly LetterPart[] = ["标题", "事由", "开头", "要求", "答复", "后果", "附注"];

/**
 * The parts each type has. The 通报表扬 goes to many units (its 主送 is wording) and asks for no
 * reply and threatens no next step, so it has no 答复, 后果 or 附注.
 */
export const PARTS_OF: Readonly<Record<LetterType, readonly LetterPart[]>> = {
  提醒函: LETTER_BODY,
  督办函: LETTER_BODY,
  约谈: LETTER_BODY,
  问责函: LETTER_BODY,
  通报表扬: ["标题", "事由", "主送", "开头", "要求"],
};

/** What each part is, for the 说明 column of the 函件模板 sheet. */
export const PART_NOTES: Readonly<Record<LetterPart, string>> = {
  标题: "文件标题：关于＋事由＋文种",
  事由: "标题中“关于”之后、文种之前的部分，也可在其他部分用{事由}引用；本部分不能引用{事由}",
  主送: "主送机关，末尾的冒号由程序添加",
  开头: "正文第一段：发文依据和缘由，其后逐项列出事项",
  要求: "整改要求和办理时限",
  答复: "反馈方式：书面报告、加盖单位公章、逐项说明、报送电子版",
  后果: "逾期或整改不到位时的下一步措施",
  附注: "成文日期下方括号内的附注，括号由程序添加；联系人、电话都未设置时不印附注",
};

/**
 * The closed list of placeholders, with what each stands for. Anything else in braces is an
 * error on the 函件模板 sheet, found before a letter is drafted.
 */
export const PLACEHOLDERS = {
  单位: "主送单位的名称；通报表扬中为受表扬的各单位，以顿号分隔",
  单位数: "受表扬的单位个数；函件中为1",
  编号: "本文的发文字号，如督办〔2023〕7号",
  日期: "成文日期，如2023年7月1日",
  年度: "检查日期所在的年份，如2023",
  检查日期: "据以发文的检查日期，如2023年6月30日",
  办理时限: "办理和反馈的截止日期，默认为成文日期后10天",
  事项数: "正文逐项列出的事项个数",
  逾期数: "其中逾期的事项个数",
  滞后数: "其中进度滞后的事项个数",
  问题数: "其中台账填报问题的个数",
  发文机关: "发文机关名称，如冠县人民政府办公室",
  联系人: "联系人姓名",
  电话: "联系电话",
  事由: "本文“事由”部分的内容",
  上次编号: "本文所跟进的上一份函件的编号，没有时为空",
  上次日期: "上一份函件的成文日期，没有时为空",
} as const;

export type Placeholder = keyof typeof PLACEHOLDERS;

/** The placeholder names in documentation order. */
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];

/** One type's wording: the text of each of its parts. */
export type LetterWording = Readonly<Partial<Record<LetterPart, string>>>;

/** The wording of every type. */
export type LetterTemplates = Readonly<Record<LetterType, LetterWording>>;

/** Other names the office may write in the 类型 column (the CLI's `通报` is the 通报表扬). */
export const TEMPLATE_TYPE_ALIASES: Readonly<Record<string, LetterType>> = {
  通报: "通报表扬",
  约谈通知: "约谈",
};

/** The default wording, as a county 督查室 writes these letters. */
export const DEFAULT_TEMPLATES: LetterTemplates = {
  提醒函: {
    标题: "关于{事由}的提醒函",
    事由: "做好重点工作任务落实有关事项",
    开头: "根据{检查日期}全县重点工作任务推进情况调度，你单位存在以下问题，需引起重视。现予以提醒：",
    要求: "请你单位高度重视，对照上述问题逐项分析原因、明确措施，于{办理时限}前整改到位，确保各项任务按期完成。",
    答复: "请于{办理时限}前将整改落实情况形成书面报告，逐项说明，加盖单位公章后报送{发文机关}，电子版同步报送。",
    后果: "逾期未整改或整改不到位的，将发函督办。",
    附注: "联系人：{联系人}，电话：{电话}",
  },
  督办函: {
    标题: "关于{事由}的督办函",
    事由: "加快推进重点工作任务落实",
    开头: "根据{检查日期}全县重点工作任务推进情况调度，你单位承担的以下{事项数}项工作推进缓慢。现予以督办：",
    要求: "请你单位主要负责同志亲自过问，分管负责同志具体负责，逐项查找原因，倒排工期、压实责任，于{办理时限}前办结或取得实质性进展。",
    答复: "请于{办理时限}前将办理情况形成书面报告，逐项说明进展、存在问题和下步措施，加盖单位公章后报送{发文机关}，电子版同步报送。确因客观原因不能按期办结的，须书面说明理由。",
    后果: "逾期仍无实质性进展的，将按程序提请县政府主要领导约谈你单位主要负责同志，约谈情况报县委组织部，并在年度目标考核中扣分。",
    附注: "联系人：{联系人}，电话：{电话}",
  },
  约谈: {
    标题: "关于{事由}的约谈通知",
    事由: "重点工作任务推进不力问题",
    开头: "经督办，你单位承担的以下{事项数}项工作仍未取得突破性进展。根据全县重点工作督导问责有关要求，经研究，决定由县政府主要领导约谈你单位主要负责同志。现将有关事项通知如下：",
    要求: "请你单位主要负责同志按时参加约谈，具体时间、地点另行通知。请于{办理时限}前制定整改方案，明确责任人和完成时限。",
    答复: "请于{办理时限}前将整改方案和落实情况形成书面报告，逐项说明，加盖单位公章后报送{发文机关}，电子版同步报送。",
    后果: "约谈后仍推进不力、造成不良影响的，将按程序移交县纪委监委问责。",
    附注: "联系人：{联系人}，电话：{电话}",
  },
  问责函: {
    标题: "关于{事由}的问责函",
    事由: "重点工作任务落实不力问题",
    开头: "经督办、约谈，你单位承担的以下{事项数}项工作仍推进不力，影响全县重点工作整体进度。根据全县重点工作督导问责有关规定，现将有关问题函告如下：",
    要求: "请你单位深刻反思，认真查找思想认识、工作作风、责任落实等方面存在的问题，于{办理时限}前整改到位。",
    答复: "请于{办理时限}前将问题原因、责任落实和整改情况形成书面报告，逐项说明，加盖单位公章后报送{发文机关}，电子版同步报送。",
    后果: "对推进落实不力、造成不良影响的，将按程序移交县纪委监委依规依纪依法处理。",
    附注: "联系人：{联系人}，电话：{电话}",
  },
  通报表扬: {
    标题: "关于{事由}的通报",
    事由: "对{年度}年重点工作任务推进成效明显单位予以表扬",
    主送: "各乡镇（街道）、县直各部门",
    开头: "根据{检查日期}全县重点工作任务推进情况调度，{单位}等{单位数}个单位领导重视、措施有力，重点工作任务推进快、成效明显。为树立鲜明导向、激励担当作为，经研究，决定对以上单位予以通报表扬。",
    要求: "希望受到表扬的单位珍惜荣誉、再接再厉，持续巩固工作成效。各单位要以先进为榜样，对标对表、比学赶超，确保全年重点工作任务圆满完成。",
  },
};

/** The type a 类型 cell names (its text trimmed, or an alias), or undefined. */
export function templateTypeOf(text: string): LetterType | undefined {
  const t = text.replace(/\s/g, "");
  if ((LETTER_TYPES as readonly string[]).includes(t)) return t as LetterType;
  return Object.prototype.hasOwnProperty.call(TEMPLATE_TYPE_ALIASES, t) ? TEMPLATE_TYPE_ALIASES[t] : undefined;
}

/** The part a 部分 cell names (its text trimmed), or undefined. */
export function templatePartOf(text: string): LetterPart | undefined {
  const t = text.replace(/\s/g, "");
  return (LETTER_PARTS as readonly string[]).includes(t) ? (t as LetterPart) : undefined;
}

/** Whether a name between braces is one of the placeholders. */
export function isPlaceholder(name: string): name is Placeholder {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** A part's wording in `templates`, else the default, else "" (a part the type does not have). */
export function wordingOf(templates: LetterTemplates, type: LetterType, part: LetterPart): string {
  if (!PARTS_OF[type].includes(part)) return "";
  const own = templates[type]?.[part];
  return own !== undefined && own.trim() !== "" ? own : (DEFAULT_TEMPLATES[type][part] ?? "");
}
