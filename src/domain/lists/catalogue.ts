/**
 * Every list of docs/lists.md (the county document's lists and 发函登记), as data. One row per
 * column; synonyms are the ones seen in real ledgers (docs/lists.md lists them).
 */
import { ColumnKind, ColumnSpec, FieldId, ListSchema, MONTH_FIELDS } from "./schema";

export const STATUS_CHOICES = ["未启动", "推进中", "已完成", "滞后", "长期推进"] as const;
export const FREQUENCY_CHOICES = ["每周", "每月", "每季度", "每半年", "每年"] as const;
export const SOURCE_CHOICES = ["上级部署", "县委部署", "县政府部署", "领导批示"] as const;
export const YES_NO = ["是", "否"] as const;
export const LETTER_TYPES = ["提醒函", "督办函", "约谈", "问责函", "通报表扬"] as const;

function col(
  field: FieldId,
  name: string,
  kind: ColumnKind,
  width: number,
  synonyms: readonly string[] = [],
  required = false,
  choices?: readonly string[],
): ColumnSpec {
  return choices ? { field, name, kind, width, synonyms, required, choices } : { field, name, kind, width, synonyms, required };
}

const SEQ = col("seq", "序号", "seq", 6, ["编号", "序", "No", "NO", "No.", "序列号"]);
const NOTE = col("note", "备注", "text", 12, ["说明"]);
const OWNER_SYNONYMS = ["具体责任人", "责任人员", "经办人", "具体经办人", "联系人", "责任人（具体）", "具体负责人", "责任人姓名", "具体责任人员"];
const UNIT_SYNONYMS = ["牵头单位", "责任部门", "承办单位", "责任科室", "牵头部门", "主责单位", "责任股室", "牵头科室", "责任站所"];
const DEADLINE_SYNONYMS = [
  "时限", "完成时间", "时间节点", "完成期限", "办结时限", "时限要求", "完成时限要求",
  "完成时间节点", "计划完成时间", "时间要求", "办结时间", "截止时间",
];

/** 完成进度 and 进展情况: every list judged by progress carries them (docs/lists.md). */
const PROGRESS_SYNONYMS = ["完成进度（%）", "进度", "完成比例", "完成率", "完成百分比", "进度（%）"];
const REPORT_SYNONYMS = ["推进情况", "工作进展", "落实情况", "进展", "工作进展情况", "推进落实情况", "目前进展", "进展及成效"];

const MONTHS: ColumnSpec[] = MONTH_FIELDS.map((field, i) =>
  col(field, `${i + 1}月`, "month", 6, [`${i + 1}月份`, `${i + 1}月进展`, `${i + 1}月计划`]),
);

export const TASKS: ListSchema = {
  id: "tasks",
  name: "重点工作任务清单",
  aliases: [
    "重点工作任务清单", "重点工作清单", "重点任务清单", "重点工作任务台账", "重点工作台账", "工作任务清单",
    "重点工作任务推进台账", "重点工作推进台账", "重点任务推进台账", "重点工作任务分解表", "重点工作任务推进表",
    "抓落实工作台账", "重点工作落实台账",
  ],
  fiveItems: true,
  monthGroup: "月度进展",
  columns: [
    SEQ,
    col("task", "任务", "longtext", 24, ["工作任务", "重点任务", "重点工作", "任务名称", "工作事项", "事项名称", "任务内容", "工作内容", "重点工作任务", "工作计划", "重点事项", "事项"], true),
    col("goal", "目标", "longtext", 22, ["工作目标", "目标任务", "预期目标", "年度目标", "任务目标", "量化指标", "目标要求", "工作目标及要求", "预期成效"], true),
    col("measures", "措施", "longtext", 28, ["工作措施", "具体措施", "推进措施", "主要措施", "落实措施", "主要举措", "工作举措", "具体举措", "推进举措", "措施办法"], true),
    col("deadline", "完成时限", "deadline", 12, DEADLINE_SYNONYMS, true),
    col("owner", "责任人", "person", 10, OWNER_SYNONYMS, true),
    col("unit", "责任单位", "unit", 12, UNIT_SYNONYMS),
    col("leader", "责任领导", "person", 10, ["分管领导", "分管负责同志", "包保领导", "分管县级领导", "分管负责人", "包联领导", "牵头领导"]),
    col("source", "来源", "choice", 10, ["任务来源", "部署来源"], false, SOURCE_CHOICES),
    ...MONTHS,
    col("progress", "完成进度", "percent", 9, PROGRESS_SYNONYMS),
    col("report", "进展情况", "longtext", 24, REPORT_SYNONYMS),
    col("status", "完成情况", "choice", 10, ["办理情况", "完成状态", "状态", "是否完成"], false, STATUS_CHOICES),
    col("start", "开始时间", "date", 12, ["开始日期", "启动时间", "计划开始时间"]),
    col("completedOn", "实际完成时间", "date", 12, ["完成日期", "实际完成日期", "办结日期"]),
    NOTE,
  ],
};

export const SUPPORT: ListSchema = {
  id: "support",
  name: "拟向上争取清单",
  aliases: ["拟向上争取清单", "向上争取清单", "向上争取事项清单", "拟向上争取事项清单", "向上争取台账", "向上争取工作台账"],
  fiveItems: true,
  columns: [
    SEQ,
    col("task", "争取事项", "longtext", 24, ["争取内容", "争取项目", "事项", "向上争取事项", "争取项目名称", "拟争取事项"], true),
    col("goal", "争取目标", "longtext", 20, ["目标", "争取资金（万元）", "争取额度", "拟争取资金", "争取资金"], true),
    col("measures", "争取措施", "longtext", 26, ["措施", "工作措施", "推进措施"], true),
    col("upperDept", "对接上级部门", "unit", 14, ["对接部门", "上级对口部门", "对接单位", "对口上级部门", "上级主管部门", "对接省市部门"]),
    col("deadline", "完成时限", "deadline", 12, DEADLINE_SYNONYMS, true),
    col("owner", "责任人", "person", 10, OWNER_SYNONYMS, true),
    col("unit", "责任单位", "unit", 12, UNIT_SYNONYMS),
    col("progress", "完成进度", "percent", 9, PROGRESS_SYNONYMS),
    col("report", "进展情况", "longtext", 22, ["推进情况", "争取进展", "落实情况"]),
    NOTE,
  ],
};

export const ANALYSIS: ListSchema = {
  id: "analysis",
  name: "定期分析研究事项清单",
  aliases: ["定期分析研究事项清单", "定期分析研究清单", "分析研究事项清单"],
  fiveItems: false,
  columns: [
    SEQ,
    col("task", "分析事项", "longtext", 26, ["分析研究事项", "研究事项", "事项"], true),
    col("cityDept", "对口市直部门", "unit", 14, ["市直对口部门", "对口部门"]),
    col("frequency", "频次", "choice", 10, ["分析频次", "研究频次"], true, FREQUENCY_CHOICES),
    col("reportTime", "报送时间", "deadline", 14, ["报送时限", "报告时间"]),
    col("unit", "责任单位", "unit", 12, UNIT_SYNONYMS, true),
    col("owner", "责任人", "person", 10, OWNER_SYNONYMS),
    NOTE,
  ],
};

const RANK_COLUMNS: ColumnSpec[] = [
  SEQ,
  col("task", "通报事项", "longtext", 26, ["排名事项", "通报排名事项", "考核事项", "事项"], true),
  col("rankDept", "通报部门", "unit", 14, ["通报单位", "排名部门"], true),
  col("frequency", "排名频次", "choice", 10, ["频次", "通报频次"], true, FREQUENCY_CHOICES),
  col("lastRank", "最近一次位次", "number", 10, ["最近位次", "位次", "最新排名", "排名"]),
  col("rankTotal", "参评总数", "number", 10, ["参评单位数", "参评数"]),
  col("unit", "责任单位", "unit", 12, UNIT_SYNONYMS, true),
  col("owner", "责任人", "person", 10, OWNER_SYNONYMS),
  NOTE,
];

export const RANK_PROVINCE: ListSchema = {
  id: "rank-province",
  name: "省市通报排名工作清单",
  aliases: ["省市通报排名工作清单", "省市通报排名清单", "上级通报排名工作清单"],
  fiveItems: false,
  columns: RANK_COLUMNS,
};

export const RANK_COUNTY: ListSchema = {
  id: "rank-county",
  name: "县通报排名工作清单",
  aliases: ["县通报排名工作清单", "县级通报排名工作清单", "全县通报排名工作清单", "通报排名工作清单"],
  fiveItems: false,
  columns: RANK_COLUMNS,
};

export const ONSITE: ListSchema = {
  id: "onsite",
  name: "现场推进事项清单",
  aliases: ["现场推进事项清单", "需县级领导、部门负责人现场推进事项清单", "现场推进清单"],
  fiveItems: false,
  columns: [
    SEQ,
    col("task", "事项", "longtext", 26, ["推进事项", "现场推进事项", "帮包事项"], true),
    col("leader", "推进领导", "person", 12, ["帮包领导", "县级领导", "负责同志"], true),
    col("frequency", "频次", "choice", 10, ["推进频次"], true, FREQUENCY_CHOICES),
    col("place", "地点/项目", "text", 18, ["地点", "项目", "推进地点"]),
    col("lastDate", "最近推进日期", "date", 13, ["最近推进时间", "上次推进日期"]),
    col("nextDate", "下次应推进日期", "date", 14, ["下次推进日期", "下次推进时间"]),
    NOTE,
  ],
};

export const RESEARCH: ListSchema = {
  id: "research",
  name: "调研台账",
  aliases: ["调研台账", "调查研究台账", "调研情况台账"],
  fiveItems: false,
  columns: [
    SEQ,
    col("researcher", "调研人及职务", "person", 16, ["调研人", "调研领导", "调研人员及职务", "调研领导及职务", "调研人员"], true),
    col("frequency", "频次", "choice", 10, ["调研频次"], false, ["每月", "每季度", "每半年"]),
    col("topic", "主题", "longtext", 24, ["调研主题", "调研内容"], true),
    col("date", "日期", "date", 12, ["调研日期", "调研时间"], true),
    col("solved", "解决问题情况", "longtext", 28, ["解决问题", "问题解决情况", "解决的问题", "调研成果"]),
    NOTE,
  ],
};

export const MEETING: ListSchema = {
  id: "meeting",
  name: "常务会议定期研究事项清单",
  aliases: ["常务会议定期研究事项清单", "常务会议研究事项清单", "定期提交常务会议研究事项清单"],
  fiveItems: false,
  columns: [
    SEQ,
    col("task", "事项", "longtext", 28, ["研究事项", "上会事项"], true),
    col("frequency", "研究频次", "choice", 10, ["频次"], true, FREQUENCY_CHOICES),
    col("submitter", "提报单位", "unit", 14, ["提报部门", "责任单位"], true),
    col("lastDate", "最近上会日期", "date", 13, ["最近上会时间", "上次上会日期"]),
    NOTE,
  ],
};

export const MECHANISM: ListSchema = {
  id: "mechanism",
  name: "工作机制清单",
  aliases: ["工作机制清单", "健全完善工作机制清单", "工作机制建设清单"],
  fiveItems: false,
  columns: [
    SEQ,
    col("task", "机制名称", "longtext", 26, ["机制", "工作机制名称"], true),
    col("unit", "牵头单位", "unit", 14, ["责任单位", "牵头部门"], true),
    col("deadline", "完成时限", "deadline", 12, DEADLINE_SYNONYMS, true),
    col("status", "状态", "choice", 10, ["建立状态", "完成情况"], false, ["未启动", "起草中", "已建立"]),
    col("submitted", "方案是否已报送", "choice", 12, ["是否报送", "方案报送情况"], false, YES_NO),
    col("progress", "完成进度", "percent", 9, PROGRESS_SYNONYMS),
    col("report", "进展情况", "longtext", 20, REPORT_SYNONYMS),
    NOTE,
  ],
};

export const RECTIFY: ListSchema = {
  id: "rectify",
  name: "问题整改台账",
  aliases: ["问题整改台账", "问题整改清单", "整改台账", "整改清单"],
  fiveItems: false,
  columns: [
    SEQ,
    col("task", "问题", "longtext", 26, ["存在问题", "问题描述", "问题清单"], true),
    col("source", "来源", "choice", 10, ["问题来源"], false, ["上级指出", "自查发现"]),
    col("measures", "整改措施", "longtext", 26, ["措施"], true),
    col("deadline", "整改时限", "deadline", 12, ["完成时限", "时限"], true),
    col("owner", "责任人", "person", 10, [...OWNER_SYNONYMS, "整改责任人"], true),
    col("status", "整改状态", "choice", 10, ["整改情况", "状态"], false, ["未整改", "整改中", "已整改"]),
    col("progress", "完成进度", "percent", 9, [...PROGRESS_SYNONYMS, "整改进度"]),
    col("report", "进展情况", "longtext", 20, [...REPORT_SYNONYMS, "整改进展"]),
    col("review", "回头看情况", "longtext", 20, ["回头看"]),
    NOTE,
  ],
};

function reportList(id: string, name: string, period: string, done: string, plan: string, extra: ColumnSpec[]): ListSchema {
  return {
    id,
    name,
    aliases: [name, name.replace("报", "报告")],
    fiveItems: false,
    columns: [
      SEQ,
      col("period", period, "text", 14, ["报告期", "期次", "时间"], true),
      col("unit", "单位", "unit", 12, ["填报单位", "报送单位"]),
      col("report", done, "longtext", 34, ["工作开展情况", "重点工作完成情况", "工作总结"], true),
      ...extra,
      col("plan", plan, "longtext", 28, ["下步计划", "下步打算", "工作计划"]),
      col("help", "需协调解决的问题", "longtext", 22, ["提请协调事项", "重点难点问题"]),
      NOTE,
    ],
  };
}

export const WEEKLY = reportList("weekly", "周报", "周次", "本周重点工作开展情况", "下周工作安排", [
  col("leader", "主要负责同志工作情况", "longtext", 26, ["主要负责同志工作"]),
]);
export const MONTHLY = reportList("monthly", "月报", "月份", "当月重点工作完成情况", "下月重点工作计划", []);
export const QUARTERLY = reportList("quarterly", "季报", "季度", "季度工作总结", "下季度工作思路打算", [
  col("problems", "存在的差距不足", "longtext", 24, ["差距不足", "存在问题"]),
]);

export const LETTERS: ListSchema = {
  id: "letters",
  name: "发函登记",
  aliases: ["发函登记", "发函登记表", "督办函登记", "发文登记"],
  fiveItems: false,
  columns: [
    col("letterNo", "编号", "text", 16, ["文号", "函号", "发函编号", "函件编号"], true),
    col("letterType", "类型", "choice", 10, ["函件类型", "文种"], true, LETTER_TYPES),
    col("unit", "单位", "unit", 14, ["受文单位", "被督办单位", "受函单位"], true),
    col("date", "日期", "date", 12, ["发函日期", "印发日期"], true),
    col("reason", "事由", "longtext", 30, ["事项", "督办事由"]),
    col("deadline", "办理时限", "deadline", 12, ["反馈时限", "回复时限"]),
    col("feedback", "反馈情况", "longtext", 22, ["办理情况", "回复情况"]),
  ],
};

/** Every list, in the order the seed introduces them. */
export const LISTS: readonly ListSchema[] = [
  TASKS, SUPPORT, ANALYSIS, RANK_PROVINCE, RANK_COUNTY, ONSITE, RESEARCH, MEETING, MECHANISM, RECTIFY,
  WEEKLY, MONTHLY, QUARTERLY, LETTERS,
];

/** Find a list by short id or by Chinese name/alias; undefined when none. */
export function findList(key: string): ListSchema | undefined {
  const k = key.trim();
  return LISTS.find((l) => l.id === k.toLowerCase() || l.name === k || l.aliases.includes(k));
}
