/**
 * Reading a 完成时限 written as text: normalise, cut out repetitions, scan the periods, give
 * them years, then decide: repetition → recurring; ongoing word → ongoing; dates → once;
 * otherwise say why there is no date (immediate, relative, holiday, vague, unreadable).
 */
import type { DeadlineContext, DeadlineReading, Frequency } from "./deadlineTypes";
import { chineseNumeralsToDigits } from "../text/chineseNumber";
import { toHalfWidth, unifyBrackets } from "../text/normalize";
import { EXAMPLES, failed, noYearExplain, shown } from "./deadlineExplain";
import {
  finest, findHoliday, findWord, IMMEDIATE_WORDS, ONGOING_WORDS, PLACEHOLDERS, scanRepetitions, VAGUE_WORDS,
} from "./deadlinePhrases";
import { buildOnce, buildOngoing, buildRecurring } from "./deadlineBuild";
import { resolvePeriods } from "./resolve";
import { scanPeriods } from "./scan";

const SPACE = /[\s\u00a0\u1680\u180e\u2000-\u200d\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;

/**
 * Half-width, brackets and dashes unified; a line break or a space between two digits becomes
 * a comma (it separates two dates), any other space goes (`2023年 6月 30日`).
 */
export function normalizeDeadlineText(text: string): string {
  const half = unifyBrackets(toHalfWidth(text)).replace(/[\r\n]+/g, ",");
  return half.replace(/(\d)[\s\u3000]+(?=\d)/g, "$1,").replace(SPACE, "");
}

function why(source: string, kind: "immediate" | "relative" | "holiday" | "year-start", word: string): string {
  switch (kind) {
    case "immediate":
      return `${source} → “${word}”没有具体日期，无法判断是否逾期；请写明完成日期，如 3月31日前（${word}）`;
    case "relative":
      return `${source} → 相对时限（“${word}”），要有起算日期才能算出完成日期；请写明具体日期，如 6月30日前`;
    case "holiday":
      return `${source} → “${word}”的日期每年不同，也可能指次年的节日；请写成具体日期，如 2月9日前`;
    case "year-start":
      return `${source} → “${word}”没有具体日期；请写明月份，如 2月底前`;
  }
}

/**
 * A bare year (`2023`) reads as `2023年`; a year in brackets after the dates (`6月底前（2023年）`)
 * is a note on them, so it moves to the front instead of standing as a year-end of its own.
 */
function yearNoteFirst(digits: string): string {
  if (/^\d{4}$/.test(digits)) return `${digits}年`;
  const note = /\((\d{4})年度?\)/.exec(digits);
  if (!note) return digits;
  const rest = digits.slice(0, note.index) + digits.slice(note.index + note[0].length);
  return /\d{4}/.test(rest) ? digits : `${note[1]}年${rest}`;
}

/** Read a deadline written as text. Never throws. */
export function readDeadlineText(text: string, ctx: DeadlineContext): DeadlineReading {
  const source = shown(text);
  const plain = normalizeDeadlineText(text);
  if (plain === "") return failed("empty", "完成时限为空");
  if (PLACEHOLDERS.has(plain)) return failed("empty", `${source} → 等于没有填写完成时限；请写明完成日期，如 6月30日前`);

  const digits = yearNoteFirst(chineseNumeralsToDigits(plain));
  const repetitions = scanRepetitions(digits);
  const tokens = scanPeriods(repetitions.rest);
  const resolution = resolvePeriods(tokens, ctx.year);
  if (!resolution.ok && resolution.problem === "invalid") {
    return failed("unreadable", `${source} → ${resolution.why}，请改正`);
  }
  const periods = resolution.ok ? resolution.periods : [];
  const undated = !resolution.ok;

  const frequencies = repetitions.found.flatMap((r) => (r.repetition === "daily" ? [] : [r.repetition]));
  const frequency = finest(frequencies as Frequency[]);
  if (frequency) return buildRecurring(frequency, periods, undated, source, ctx);
  const ongoing = findWord(plain, ONGOING_WORDS) ?? (repetitions.found.length > 0 ? "每日" : undefined);
  if (ongoing) return buildOngoing(ongoing, periods, undated, source, ctx);
  if (periods.length > 0 && !undated) return buildOnce(periods, source, ctx);
  if (undated) return failed("no-year", noYearExplain(source));

  const immediate = findWord(plain, IMMEDIATE_WORDS);
  if (immediate) return failed("vague", why(source, "immediate", immediate));
  const relative = tokens.find((t) => t.kind === "relative");
  if (relative) return failed("vague", why(source, "relative", relative.text));
  const holiday = findHoliday(plain);
  if (holiday) return failed("vague", why(source, "holiday", holiday));
  const vagueToken = tokens.find((t) => t.kind === "vague");
  if (vagueToken && vagueToken.kind === "vague") return failed("vague", why(source, "year-start", vagueToken.why));
  const vague = findWord(plain, VAGUE_WORDS);
  if (vague) {
    return failed("vague", `${source} → “${vague}”没有写明具体时间（五个明确要求时限具体）；请写明完成日期，如 6月30日前`);
  }
  return failed("unreadable", `${source} → 无法识别为完成时限；${EXAMPLES}`);
}
