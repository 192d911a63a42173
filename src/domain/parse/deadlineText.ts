/**
 * Reading a 完成时限 written as text: normalise, cut out repetitions, scan the periods, give
 * them years, then decide: repetition → recurring; ongoing word → ongoing; dates → once;
 * otherwise say why there is no date (immediate, relative, holiday, vague, unreadable).
 */
import { say } from "../../messages";
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

/** Why a deadline names no date, by what it names instead. */
const WHY = {
  immediate: "parse.deadline.immediate",
  relative: "parse.deadline.relative",
  holiday: "parse.deadline.holiday",
  "year-start": "parse.deadline.yearStart",
} as const;

function why(source: string, kind: keyof typeof WHY, word: string): string {
  return say(WHY[kind], { source, word });
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
  if (plain === "") return failed("empty", say("parse.deadline.empty"));
  if (PLACEHOLDERS.has(plain)) return failed("empty", say("parse.deadline.placeholder", { source }));

  const digits = yearNoteFirst(chineseNumeralsToDigits(plain));
  const repetitions = scanRepetitions(digits);
  const tokens = scanPeriods(repetitions.rest);
  const resolution = resolvePeriods(tokens, ctx.year);
  if (!resolution.ok && resolution.problem === "invalid") {
    return failed("unreadable", say("parse.deadline.invalid", { source, why: resolution.why }));
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
  if (vague) return failed("vague", say("parse.deadline.vague", { source, word: vague }));
  return failed("unreadable", say("parse.deadline.unreadable", { source, examples: EXAMPLES }));
}
