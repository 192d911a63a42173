/**
 * The words of a 完成时限 cell that are not dates: repetition (`每月`, `按季度`), ongoing work
 * (`长期坚持`), immediacy (`立行立改`), holidays (`春节前`), vague wording (`按上级要求`) and
 * placeholders (`无`, `/`). Tables as data; the reader decides what wins.
 */
import type { Frequency } from "./deadlineTypes";

/** Cell content that only says "nothing here". */
export const PLACEHOLDERS: ReadonlySet<string> = new Set([
  "无", "暂无", "没有", "/", "-", "--", "—", "——", "\\", "空", "略", "无时限", "不限", "N/A", "n/a", "#N/A",
]);

/** Words of ongoing work: no due date of their own. `每日`/`日常` count here too. */
export const ONGOING_WORDS: readonly string[] = [
  "长期坚持", "长期", "持续推进", "持续开展", "持续", "常态化", "常态", "常年", "长效", "常抓不懈",
  "久久为功", "一以贯之", "每日", "每天", "日常", "随时", "定期", "经常性",
];

/** Words of immediate action: a time limit with no date. */
export const IMMEDIATE_WORDS: readonly string[] = [
  "立行立改", "即知即改", "即查即改", "立查立改", "立即", "马上", "立刻", "即时", "当即", "即日",
];

/** Wording that names no time (五个明确 wants a date). */
export const VAGUE_WORDS: readonly string[] = [
  "待定", "暂定", "适时", "择机", "按上级要求", "根据上级安排", "上级要求", "上级安排", "上级部署",
  "按要求", "按照要求", "根据要求", "视情况", "视情", "另行通知", "待通知", "根据工作需要", "工作需要",
  "根据需要", "按需", "尽快", "尽早", "及时", "按时", "按期", "近期", "逐步", "分阶段", "按计划", "按年度计划", "按照计划", "按进度",
  "时间节点", "按节点", "同步", "根据进度",
];

/** Holidays whose date moves or whose year is ambiguous (`春节前`, `国庆前`). */
const HOLIDAY = /春节|元旦|国庆|五一|(?<![一二三四五六七八九十])十一(?![月日号])|端午|中秋|清明|元宵|节前|节后|节日/;

/** The first word of `words` that `text` contains. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  return words.find((word) => text.includes(word));
}

/** The holiday named in `text` (before numeral conversion), if any. */
export function findHoliday(text: string): string | undefined {
  return HOLIDAY.exec(text)?.[0];
}

/** What a repetition word says: a frequency, or daily work. */
export type Repetition = Frequency | "daily";

/** The repetitions found and the text with them cut out (so `每年6月` is not read as a date). */
export interface RepetitionScan {
  found: { repetition: Repetition; text: string }[];
  rest: string;
}

/**
 * `每`/`按`/`逐` + unit (`每月`, `每2周`, `按季度`, `逐月`, `每季度末`, `每月5日前`, `每年6月底`),
 * `双周`/`双月`, and bare `月度`/`季度`. The day spec after the unit belongs to the repetition.
 */
const REPEAT = new RegExp(
  String.raw`(?:(?:每|按|逐)(?<n>\d{1,2}|两)?个?|双)(?<unit>周|星期|礼拜|旬|半月|半年|月|季度?|年度?|日|天)(?!度?(?:计划|目标|任务|要求|安排|进度))` +
    String.raw`(?<spec>[\d月日号底末初上中下旬第个周前之以年]{0,12})` +
    String.raw`|(?<![\d第前每按逐])(?<bare>月|季)度(?!\d)`,
  "g",
);

function repetitionOf(unit: string, n: number): Repetition {
  switch (unit) {
    case "周": case "星期": case "礼拜": case "旬": case "半月": return "week";
    case "月":
      if (n >= 12) return "year";
      if (n >= 6) return "half";
      if (n >= 3) return "quarter";
      return "month";
    case "季": case "季度": return n >= 2 ? "half" : "quarter";
    case "半年": return "half";
    case "年": case "年度": return "year";
    default: return "daily";
  }
}

/** Find the repetitions in normalised text (numerals as digits) and cut them out. */
export function scanRepetitions(text: string): RepetitionScan {
  const found: RepetitionScan["found"] = [];
  const rest = text.replace(REPEAT, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const unit = groups.unit ?? groups.bare ?? "";
    const n = groups.n === "两" ? 2 : Number(groups.n ?? 1);
    found.push({ repetition: repetitionOf(unit, n), text: match });
    return "|";
  });
  return { found, rest };
}

const ORDER: readonly Frequency[] = ["week", "month", "quarter", "half", "year"];

/** The most frequent of several frequencies (`每月调度，每季度通报` → month). */
export function finest(frequencies: readonly Frequency[]): Frequency | undefined {
  let best: Frequency | undefined;
  for (const f of frequencies) if (best === undefined || ORDER.indexOf(f) < ORDER.indexOf(best)) best = f;
  return best;
}

/** zh-CN names of the frequencies. */
export const FREQUENCY_NAMES: Readonly<Record<Frequency, string>> = {
  week: "每周", month: "每月", quarter: "每季度", half: "每半年", year: "每年",
};
