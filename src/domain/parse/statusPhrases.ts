/**
 * Status and progress phrases (docs/deadline-grammar.md "Completion") → completion and the clerk's own assessment.
 * Tables as data, checked in order: being behind, not started and not done come before done,
 * so `未完成` and `未达序时` are never read as `完成` or `序时`.
 */
import { normalizeText } from "../text/normalize";

/** The clerk's own word on the pace: the row statuses of docs/progress.md plus what phrases can say. */
export type SelfAssessment = "正常" | "超前" | "滞后" | "推进中" | "基本完成" | "未完成" | "长期";

/** What a phrase says: a completion p, a self-assessment, or both. */
export interface PhraseReading {
  /** The phrase matched, as listed. */
  phrase: string;
  p?: number;
  self?: SelfAssessment;
}

/** The p given to `基本完成` (decision: counted as 90%, never as done). */
export const NEARLY_DONE_P = 0.9;

const BEHIND = [
  "未达序时", "未达到序时", "未按序时", "慢于序时", "慢序时", "低于序时", "滞后", "进度缓慢", "进展缓慢", "推进缓慢",
  "缓慢", "落后", "欠进度", "未达进度", "进度偏慢", "进展较慢", "推进较慢", "偏慢",
];
const NOT_STARTED = [
  "未启动", "未开始", "尚未启动", "尚未开始", "尚未开展", "暂未开展", "未开展", "暂未启动", "没有启动", "未实施",
  "尚未实施", "未开工", "尚未开工", "前期准备", "正在谋划", "谋划中", "筹备中",
];
const NOT_DONE = ["未完成", "尚未完成", "没有完成", "未能完成", "不能完成", "无法完成", "未办结", "未竣工", "未建成", "未投用", "未落实", "未销号"];
const DONE = [
  "已完成", "完成", "全部完成", "已全部完成", "已办结", "办结", "已销号", "销号", "已落实", "已出台", "已建成", "建成",
  "已竣工", "竣工", "已投用", "投用", "已投产", "已完工", "完工", "提前完成", "已提前完成", "按期完成", "已按期完成",
  "如期完成", "已如期完成", "超额完成", "已超额完成", "已验收", "通过验收", "已通过验收", "已整改", "整改完成",
  "已整改完成", "已完成整改", "已到位", "已结束", "已完结", "完结", "已实现", "已达标", "已交付", "已印发", "已上线",
  "已解决", "已兑现", "√", "✓", "✔", "已完成100%",
];
const DONE_ANYWHERE = ["全部完成", "全面完成", "圆满完成", "超额完成", "已办结", "已销号", "已全部"];
const NEARLY_DONE = ["基本完成", "基本建成", "基本竣工", "基本办结", "接近完成", "即将完成", "收尾"];
const AHEAD = ["超序时", "超进度", "超前", "快于序时", "进展较快", "进度较快", "提前"];
const ON_TRACK = [
  "按序时推进", "序时推进", "按序时", "达序时", "达到序时", "达进度", "序时", "正常推进", "有序推进", "按计划推进",
  "按期推进", "进展顺利", "进度正常", "稳步推进", "正常",
];
const IN_PROGRESS = [
  "正在推进", "推进中", "正在实施", "实施中", "在建", "建设中", "进行中", "办理中", "正在办理", "施工中", "已启动",
  "已开工", "持续推进", "持续开展", "正在", "推进", "开展中",
];
const ONGOING = ["长期坚持", "常态化", "长期"];

function contains(text: string, words: readonly string[]): string | undefined {
  return words.find((w) => text.includes(w));
}

/** The text without bracketed remarks and trailing punctuation: `已完成（6月20日）。` → `已完成`. */
function core(text: string): string {
  return normalizeText(text).replace(/\([^()]*\)/g, "").replace(/[。.!！,，;；、:：]+$/, "");
}

/** Read a status or progress phrase; undefined when the text says nothing of the kind. */
export function readPhrase(text: string): PhraseReading | undefined {
  const t = core(text);
  if (t === "") return undefined;
  let hit = contains(t, BEHIND);
  if (hit) return { phrase: hit, self: "滞后" };
  hit = contains(t, NOT_STARTED);
  if (hit) return { phrase: hit, p: 0 };
  hit = contains(t, NOT_DONE);
  if (hit) return { phrase: hit, self: "未完成" };
  hit = DONE.find((d) => t === d || new RegExp(`^${escape(d)}[,，;；。]`).test(t)) ?? contains(t, DONE_ANYWHERE);
  if (hit) return { phrase: hit, p: 1 };
  hit = contains(t, NEARLY_DONE);
  if (hit) return { phrase: hit, p: NEARLY_DONE_P, self: "基本完成" };
  hit = contains(t, AHEAD);
  if (hit) return { phrase: hit, self: "超前" };
  hit = contains(t, ON_TRACK);
  if (hit) return { phrase: hit, self: "正常" };
  hit = contains(t, ONGOING);
  if (hit) return { phrase: hit, self: "长期" };
  hit = contains(t, IN_PROGRESS);
  if (hit) return { phrase: hit, self: "推进中" };
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
