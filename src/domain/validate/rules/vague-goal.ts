/**
 * `vague-goal` (warning): the 目标 has no measurable element — no number (`1200户`, `100%`),
 * no Chinese quantity (`三个`, `两成`), no rate or rank (`全覆盖`, `不发生`, `前三名`, `位次`),
 * nor an achievement verb with a concrete object (`完成/建成/达到/实现/通过/列入 …` followed by
 * more than slogan words: `建成高标准农田` counts, `实现高质量发展` does not).
 */
import { toHalfWidth } from "../../text/normalize";
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError, place } from "../cells";

const DIGIT = /\d/;
/** A Chinese numeral with a measure word: `三个`, `两成`, `五万元`, `三星级`. */
const CN_QUANTITY = /[一二两三四五六七八九十百千万亿半][个家户项座处条所名人次亩里米元吨期场篇件套台辆栋间张份支类成倍级星]/;
/** Rates, zero targets and ranks. */
const RATE_OR_RANK =
  /百分之|全覆盖|全部|清零|零发生|零事故|零增长|不发生|无重大|无较大|第[一二三四五六七八九十]|前[一二三四五六七八九十]|前列|排名|位次|名次|进位/;
/** An achievement verb and the words after it up to the next punctuation. */
const ACHIEVEMENT =
  /(?:完成|建成|达到|实现|通过|创成|创建成功|获评|获批|列入|纳入|入选|竣工|投产|投用|开工|落地|办结|验收)([^，,。；;、！!？?\s]*)/g;

/** Words that say nothing measurable on their own (`实现高质量发展`, `完成年度目标任务`). */
const SLOGAN_WORDS = [
  "进一步", "高质量", "新突破", "新成效", "新进展", "新台阶", "新局面", "新跨越", "新提升", "切实", "有效", "大力",
  "全面", "持续", "不断", "明显", "显著", "稳步", "扎实", "积极", "努力", "力争", "确保", "争取", "提升", "提高",
  "增强", "加强", "改善", "优化", "完善", "推进", "推动", "促进", "发展", "质量", "水平", "能力", "成效", "效能",
  "效率", "突破", "良好", "较大", "一定", "更加", "更好", "目标", "任务", "年度", "全年", "各项", "工作", "上级",
  "下达", "得到", "取得", "有序", "顺利", "预期", "要求", "的", "和", "与", "及", "各",
];
const SLOGANS = new RegExp([...SLOGAN_WORDS].sort((a, b) => b.length - a.length).join("|"), "g");

/** Whether a goal states something measurable. */
export function isMeasurableGoal(text: string): boolean {
  const t = toHalfWidth(text);
  if (DIGIT.test(t) || CN_QUANTITY.test(t) || RATE_OR_RANK.test(t)) return true;
  for (const m of t.matchAll(ACHIEVEMENT)) {
    if ([...m[1].replace(SLOGANS, "")].length >= 2) return true;
  }
  return false;
}

/** Every 目标 cell (once per merged cell) without a measurable element. */
export const vagueGoal: Rule = (ctx) => {
  const out: Draft[] = [];
  const col = ctx.column("goal")?.col;
  if (col === undefined) return out;
  const seen = new Set<number>();
  const measurable = new Map<string, boolean>();
  for (const row of ctx.rows) {
    const text = ctx.text(row, "goal");
    if (isEmptyText(text) || isFormulaError(text)) continue;
    let ok = measurable.get(text);
    if (ok === undefined) measurable.set(text, (ok = isMeasurableGoal(text)));
    if (ok) continue;
    const at = place(ctx, seen, row.row, col);
    if (at) out.push({ rule: "vague-goal", at, field: "goal", text });
  }
  return out;
};
