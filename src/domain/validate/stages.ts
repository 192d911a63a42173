/**
 * Dated stages written in a row's free text (目标, 措施, 进展情况): `6月底前完成选址`,
 * `三季度开工`, `上半年`, `年底前竣工`, `2023-06-30`. Used by `ongoing-without-milestones` and
 * `annual-without-monthly-plan`. Deliberately stricter than the deadline grammar: prose is
 * full of numbers (`1.成立3个小分队`, `一月一调度`), so only month, quarter, half-year and
 * year-end words count, each read as the month it ends in.
 */
import { parseChineseNumber } from "../text/chineseNumber";
import { toHalfWidth } from "../text/normalize";

const CN = "一二三四五六七八九十";
/** `6月`, `06月`, `12月底` (not `3个月`, `每月`). */
const DIGIT_MONTH = /(?<![\d.])(1[0-2]|0?[1-9])月/g;
/** `六月底`, `十二月份`, `三月10日` — a Chinese month only with a date word after it (not `一月一调度`). */
const CN_MONTH = new RegExp(`(?<![${CN}])(十[一二]?|[${CN}])月(?=底|末|份|前|初|中旬|上旬|下旬|中|\\d|[${CN}]+[日号])`, "g");
/** `一季度`, `第3季度` (not `每季度`). */
const QUARTER = /(?<!每)([1-4一二三四])季度/g;
/** `2023-06-30`, `2023/6`, `2023.06`. */
const ISO = /(?<!\d)(?:19|20)\d{2}[-/.](1[0-2]|0?[1-9])(?!\d)/g;
const HALF: readonly [RegExp, number][] = [[/上半年|年中/, 6], [/下半年|年底|年末|年终|年内/, 12]];
/** Every stage above has one of these characters (a cheap test before the patterns). */
const STAGE_CHARS = /[月季年]/;

/**
 * The months of the dated stages in `text` (a quarter as its last month, 上半年 as 6, 年底
 * as 12), in no particular order; empty when there are none.
 */
export function stageMonths(text: string): number[] {
  if (!STAGE_CHARS.test(text)) return [];
  const t = toHalfWidth(text);
  const months: number[] = [];
  for (const m of t.matchAll(DIGIT_MONTH)) months.push(Number(m[1]));
  for (const m of t.matchAll(CN_MONTH)) {
    const n = parseChineseNumber(m[1]);
    if (n !== undefined && n >= 1 && n <= 12) months.push(n);
  }
  for (const m of t.matchAll(QUARTER)) {
    const q = /\d/.test(m[1]) ? Number(m[1]) : (parseChineseNumber(m[1]) ?? 0);
    if (q >= 1 && q <= 4) months.push(q * 3);
  }
  for (const m of t.matchAll(ISO)) months.push(Number(m[1]));
  for (const [re, month] of HALF) if (re.test(t)) months.push(month);
  return months;
}
