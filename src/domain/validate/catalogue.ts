/**
 * The rule catalogue as data (docs/decisions.md "Code conventions"): per rule id its default severity
 * (docs/rules.md), a zh-CN title, when it fires, and the message and hint
 * templates. Rules only say what they found (a variant and placeholder values); every sentence
 * the clerk reads is written here. Placeholders: `{label}` the header as written, `{item}` the
 * field's standard name, `{text}` the cell text (quoted, shortened), `{row}` the 1-based row,
 * `{cell}` the A1 address, plus the ones a rule fills (`{units}`, `{year}`, `{other}` …).
 */
import type { RuleId, Severity } from "./types";

/** One message with its hint. */
export interface RuleText {
  /** zh-CN: what is wrong. */
  message: string;
  /** zh-CN: how to fix it, with an example. */
  hint: string;
}

/** A rule as data. */
export interface RuleSpec {
  id: RuleId;
  /** The severity when the settings do not change it. */
  severity: Severity;
  /** zh-CN short title, for the summary and the settings pane (`五个明确缺项`). */
  title: string;
  /** `row`: findings point at a cell; `sheet`: at the sheet as a whole. */
  scope: "row" | "sheet";
  /** zh-CN: when the rule fires (for the settings pane and docs/rules.md). */
  when: string;
  /** Message and hint templates by variant; a rule names its variant, `default` otherwise. */
  texts: { readonly default: RuleText } & Readonly<Record<string, RuleText>>;
}

const FIVE_HINT = "同一任务分多行填写措施的，请合并该任务的单元格，不要留空";

/** Every rule, in the order findings of one cell are listed (the order of RULE_IDS). */
export const RULES: Readonly<Record<RuleId, RuleSpec>> = {
  "missing-column": {
    id: "missing-column",
    severity: "error",
    title: "缺少必填列",
    scope: "sheet",
    when: "表头找不到必填列（按同义词识别后）",
    texts: {
      default: {
        message: "表头缺少“{item}”列，{list}要求填写此列",
        hint: "请在表头增加“{item}”列（可识别的列名：{synonyms}），并逐行填写",
      },
    },
  },
  "missing-item": {
    id: "missing-item",
    severity: "error",
    title: "五个明确缺项",
    scope: "row",
    when: "五个明确（任务、目标、措施、完成时限、具体责任人）有一项为空；其他清单：必填列为空",
    texts: {
      default: { message: "{what}：“{label}”未填写", hint: "请填写“{item}”，这是{list}的必填项" },
      task: { message: "{what}：“{label}”未填写", hint: `请写明具体工作任务，如“老旧小区改造”；${FIVE_HINT}` },
      goal: {
        message: "{what}：“{label}”未填写",
        hint: `请写明要达到的目标，最好量化，如“完成12个老旧小区改造，惠及居民1860户”；${FIVE_HINT}`,
      },
      measures: {
        message: "{what}：“{label}”未填写",
        hint: "请写明具体怎么做，如“成立工作专班，每周调度一次，6月底前完成选址”",
      },
      deadline: {
        message: "{what}：“{label}”未填写",
        hint: "请写明完成时限，如“2023年6月30日”“6月底前”“三季度末”“年底前”；长期任务写“长期坚持”并写明阶段节点",
      },
      owner: {
        message: "{what}：“{label}”未填写",
        hint: "请写明具体责任人姓名，如“李明（副镇长）”；多人用顿号分隔，如“张三、李四”",
      },
    },
  },
  "owner-not-person": {
    id: "owner-not-person",
    severity: "error",
    title: "责任人未到人",
    scope: "row",
    when: "责任人写的是单位、科室（…局/办/镇/中心…、各…）或只有职务没有姓名",
    texts: {
      default: {
        message: "具体责任人“{text}”写的是单位，没有落实到人",
        hint: "请写明具体人员姓名，如“李明（副镇长）”；“{units}”请填入“责任单位”列",
      },
      role: {
        message: "具体责任人“{text}”只写了职务，没有写姓名",
        hint: "请写明姓名和职务，如“李明（副镇长）”；多人用顿号分隔，如“张三、李四”",
      },
      mixed: {
        message: "具体责任人“{text}”中“{units}”是单位，不是具体人员",
        hint: "责任人一栏只写人员姓名，如“{names}”；单位请填入“责任单位”列",
      },
    },
  },
  "deadline-unreadable": {
    id: "deadline-unreadable",
    severity: "error",
    title: "完成时限无法识别",
    scope: "row",
    when: "完成时限读不出日期：无法识别、没有具体日期（待定、立行立改、N个工作日内…）或缺少年份",
    texts: {
      default: {
        message: "完成时限“{text}”无法识别",
        hint: "请写成具体日期或期限，如“2023年6月30日”“6月底前”“三季度末”“年底前”“每月”“长期坚持”",
      },
      vague: {
        message: "完成时限“{text}”不明确，没有具体日期",
        hint: "请写明具体日期，如“9月30日前”；立行立改的可写“3月31日前（立行立改）”",
      },
      "no-year": {
        message: "完成时限“{text}”缺少年份",
        hint: "请写明年份，如“2023年6月30日”；或在标题中写明年度（如“2023年度重点工作任务清单”），或在设置中填写计划年度",
      },
    },
  },
  "deadline-outside-year": {
    id: "deadline-outside-year",
    severity: "warning",
    title: "完成时限不在本年度",
    scope: "row",
    when: "完成时限的日期不在计划年度内",
    texts: {
      default: {
        message: "完成时限“{text}”（{due}）不在计划年度 {year} 年内",
        hint: "请核对年份；跨年度任务请写明本年度要完成的阶段和时限，如“{year}年12月底前完成主体工程”",
      },
    },
  },
  "ongoing-without-milestones": {
    id: "ongoing-without-milestones",
    severity: "warning",
    title: "长期任务无阶段节点",
    scope: "row",
    when: "完成时限为长期/持续/常态化，而本行（时限、目标、措施、进展情况、1月—12月栏）没有任何带日期的阶段节点",
    texts: {
      default: {
        message: "完成时限“{text}”为长期任务，本行没有写阶段性时间节点",
        hint: "长期任务请写明年度内的阶段节点，如“长期坚持，6月底前完成阶段目标”，或在措施中写明各阶段的完成时间",
      },
    },
  },
  "annual-without-monthly-plan": {
    id: "annual-without-monthly-plan",
    severity: "warning",
    title: "年度任务未分解到月",
    scope: "row",
    when: "年度任务（完成时限在计划年度 10月1日及以后）既没有填月度计划栏，也没有写阶段时间节点",
    texts: {
      default: {
        message: "年度任务（完成时限“{text}”，即 {due}）没有分解到月：1月—12月栏都是空的，也没有阶段时间节点",
        hint: "请在 1月—12月栏填写每月计划进度，或在完成时限中写明阶段节点，如“6月底前完成主体工程，年底前竣工”",
      },
      "no-months": {
        message: "年度任务（完成时限“{text}”，即 {due}）没有阶段时间节点",
        hint: "年度任务要具体到月份进展：请在完成时限或措施中写明阶段节点，如“6月底前完成主体工程，年底前竣工”",
      },
    },
  },
  "vague-goal": {
    id: "vague-goal",
    severity: "warning",
    title: "目标不可衡量",
    scope: "row",
    when: "目标没有数量、比率、排名，也没有“完成/建成/达到/实现 + 具体对象”",
    texts: {
      default: {
        message: "目标“{text}”不可衡量：没有数量、比率、排名等量化内容",
        hint: "目标宜量化，写明数量、比率或名次，如“新增就业1200人”“覆盖率达到100%”“进入全市前三名”",
      },
    },
  },
  "boilerplate-measures": {
    id: "boilerplate-measures",
    severity: "warning",
    title: "措施空泛",
    scope: "row",
    when: "措施只有“按要求推进、积极推进、抓好落实、积极争取、加强领导、高度重视”一类套话，或去掉标点后不足6个字",
    texts: {
      default: {
        message: "措施“{text}”只有套话，没有具体做法",
        hint: "请写明具体怎么做：由谁、做什么、何时调度，如“成立工作专班，每周调度一次，6月底前完成选址”",
      },
      short: {
        message: "措施“{text}”过于简单（不足6个字）",
        hint: "请写明具体怎么做：由谁、做什么、何时调度，如“成立工作专班，每周调度一次，6月底前完成选址”",
      },
    },
  },
  "goal-repeats-task": {
    id: "goal-repeats-task",
    severity: "warning",
    title: "目标重复任务",
    scope: "row",
    when: "目标与任务的文字相同（去掉空格和标点后）",
    texts: {
      default: {
        message: "目标与任务的内容相同（“{text}”）",
        hint: "目标应写明要达到的结果，最好量化，如任务“老旧小区改造”的目标写“完成12个老旧小区改造，惠及居民1860户”",
      },
    },
  },
  "duplicate-row": {
    id: "duplicate-row",
    severity: "warning",
    title: "重复填报",
    scope: "row",
    when: "任务和责任单位都相同的行出现两次（同一合并单元格下的多条措施不算）",
    texts: {
      default: {
        message: "与第{other}行重复：任务“{text}”、责任单位“{unit}”都相同",
        hint: "请核对是否重复填报；同一任务的多条措施，请合并任务单元格或写在同一行",
      },
      "no-unit": {
        message: "与第{other}行重复：任务“{text}”相同",
        hint: "请核对是否重复填报；同一任务的多条措施，请合并任务单元格或写在同一行",
      },
    },
  },
  "formula-error": {
    id: "formula-error",
    severity: "error",
    title: "公式错误",
    scope: "row",
    when: "表格（含表头）中有单元格显示 #REF!、#N/A、#VALUE!、#DIV/0!、#NAME? 等公式错误",
    texts: {
      default: {
        message: "单元格显示公式错误“{text}”：{why}",
        hint: "请修改或删除该单元格的公式，或直接填写内容（可复制后“选择性粘贴—数值”）",
      },
    },
  },
  "merged-cells": {
    id: "merged-cells",
    severity: "info",
    title: "数据区有合并单元格",
    scope: "row",
    when: "数据行中有合并单元格（每个合并区域提示一次，位置为其左上角）",
    texts: {
      default: {
        message: "“{label}”{range} 为合并单元格（第{rows}行）",
        hint: "合并单元格不便于筛选、排序和汇总；如需按行统计，建议取消合并并在每行填写相同内容",
      },
    },
  },
  "blank-row": {
    id: "blank-row",
    severity: "info",
    title: "表格中有空行",
    scope: "row",
    when: "表头与最后一行数据之间有空行",
    texts: {
      default: {
        message: "第{row}行是空行，表格从中间断开",
        hint: "请删除空行，以免筛选、排序和汇总时漏掉下面的行",
      },
    },
  },
};
