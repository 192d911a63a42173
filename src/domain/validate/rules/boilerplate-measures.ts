/**
 * `boilerplate-measures` (warning): the 措施 only says things like 按要求推进, 积极推进,
 * 抓好落实, 积极争取, 加强领导, 高度重视 (nothing is left once such phrases, punctuation, list
 * numbers and filler words are taken out), or it is shorter than 6 characters without
 * punctuation (`每月调度`).
 */
import type { Draft, Rule } from "../draft";
import { isEmptyText, isFormulaError, place } from "../cells";

/** Phrases that say nothing about how the work is done. Longest first when compiled. */
const BOILERPLATE = [
  "按照上级要求", "按上级要求", "按要求推进", "按要求落实", "按要求完成", "按照要求", "按要求", "按计划推进", "按计划",
  "按时间节点推进", "按序时推进", "积极推进", "稳步推进", "有序推进", "扎实推进", "全力推进", "加快推进", "持续推进",
  "大力推进", "强力推进", "统筹推进", "协调推进", "推进落实", "抓好落实", "狠抓落实", "认真落实", "抓紧落实",
  "贯彻落实", "落实到位", "积极争取", "争取支持", "加强领导", "高度重视", "加强协调", "加强沟通", "加强对接",
  "加强督导", "加强督查", "加强调度", "强化责任", "压实责任", "强化措施", "加大工作力度", "加大力度", "确保按时完成",
  "确保完成", "按时完成", "按期完成", "保质保量", "认真贯彻", "精心组织", "周密部署", "上下联动", "形成合力",
  "进一步", "切实", "全力", "扎实", "积极", "认真", "努力", "做好", "抓好", "各项", "相关", "有关", "工作", "任务",
  "目标", "推进", "落实", "完成", "确保", "加强", "强化", "加快", "推动", "争取", "力争", "全面", "持续", "有效",
  "大力", "狠抓", "抓紧", "协调", "对接", "督导", "要求", "上级", "部署", "安排", "的", "和", "与", "及", "并", "等",
];
const PHRASES = new RegExp([...BOILERPLATE].sort((a, b) => b.length - a.length).join("|"), "g");
/** Characters of the phrases: a text with any other letter is not boilerplate (a cheap first test). */
const PHRASE_CHARS: ReadonlySet<string> = new Set(BOILERPLATE.join(""));
const NOT_WORDS = /[\p{P}\p{S}\s]+/gu;
const NOT_WORD = /[\p{P}\p{S}\s]/u;
const DIGITS = /[\d０-９]+/g;
const DIGIT = /[\d０-９]/;

/** Whether every letter of `text` occurs in some boilerplate phrase (punctuation and digits aside). */
function onlyPhraseChars(text: string): boolean {
  for (const ch of text) {
    if (!PHRASE_CHARS.has(ch) && !NOT_WORD.test(ch) && !DIGIT.test(ch)) return false;
  }
  return true;
}

/** Whether `text` has at least `n` characters that are not punctuation, symbols or spaces. */
function atLeastWords(text: string, n: number): boolean {
  let count = 0;
  for (const ch of text) {
    if (!NOT_WORD.test(ch) && ++count >= n) return true;
  }
  return false;
}

/** `boilerplate` when only such phrases are written, `short` under 6 characters, else undefined. */
export function measuresProblem(text: string): "boilerplate" | "short" | undefined {
  if (onlyPhraseChars(text)) {
    const words = text.replace(NOT_WORDS, "").replace(DIGITS, "");
    if (words !== "" && words.replace(PHRASES, "") === "") return "boilerplate";
  }
  return atLeastWords(text, 6) ? undefined : "short";
}

/** Every 措施 cell (once per merged cell) that is only boilerplate or too short. */
export const boilerplateMeasures: Rule = (ctx) => {
  const out: Draft[] = [];
  const col = ctx.column("measures")?.col;
  if (col === undefined) return out;
  const seen = new Set<number>();
  for (const row of ctx.rows) {
    const text = ctx.text(row, "measures");
    if (isEmptyText(text) || isFormulaError(text)) continue;
    const problem = measuresProblem(text);
    if (!problem) continue;
    const at = place(ctx, seen, row.row, col);
    if (!at) continue;
    const draft: Draft = { rule: "boilerplate-measures", at, field: "measures", text };
    if (problem === "short") draft.variant = "short";
    out.push(draft);
  }
  return out;
};
