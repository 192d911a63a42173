/**
 * The ladder (docs/letters.md "Escalation"): 提醒函 → 督办函 → 约谈 → 问责函, one step at a time,
 * read from the 发函登记: a unit's latest letter of the year and the step that follows it when the
 * problem persists. 通报表扬 is not on the ladder. Pure; the register's row order does not matter.
 */
import { unitKey } from "../merge/unitKey";
import { stripSpaces, toHalfWidth } from "../text/normalize";
import type { IsoDate } from "../parse/isoDate";
import { DEFAULT_PREFIXES, parseNumber, prefixKey, type LetterPrefixes } from "./numbering";
import type { LetterType, RegisterEntry } from "./types";

/** The steps in escalation order. */
export const LADDER = ["提醒函", "督办函", "约谈", "问责函"] as const;

export type LadderStep = (typeof LADDER)[number];

/** The step's place on the ladder (提醒函 0 … 问责函 3), or -1 for a type that is not on it. */
export function stepIndex(type: string): number {
  return (LADDER as readonly string[]).indexOf(type);
}

export function isLadderStep(type: string): type is LadderStep {
  return stepIndex(type) >= 0;
}

/** The step after `step`, or null at the top (问责函: only the office decides what follows). */
export function nextStep(step: LadderStep): LadderStep | null {
  return LADDER[stepIndex(step) + 1] ?? null;
}

/** How the 类型 cell is written besides the type's own name (`督办`, `约谈通知`, `表扬通报`). */
const TYPE_WORDS: readonly [RegExp, LetterType][] = [
  [/表扬/, "通报表扬"],
  [/问责/, "问责函"],
  [/约谈/, "约谈"],
  [/督办/, "督办函"],
  [/提醒/, "提醒函"],
];

/** The 类型 as written → the letter type, or null when it names none. */
export function letterTypeOfText(text: string): LetterType | null {
  const t = stripSpaces(toHalfWidth(text ?? ""));
  if (t === "") return null;
  for (const [words, type] of TYPE_WORDS) if (words.test(t)) return type;
  return null;
}

/**
 * The type of a register entry: its 类型 cell, else the prefix of its 编号 (`督办〔2023〕7号` →
 * 督办函, with the office's prefixes), else null.
 */
export function letterTypeOf(entry: Pick<RegisterEntry, "type" | "number">, prefixes: LetterPrefixes = DEFAULT_PREFIXES): LetterType | null {
  const written = letterTypeOfText(entry.type);
  if (written) return written;
  const read = parseNumber(entry.number);
  if (!read) return null;
  const key = prefixKey(read.prefix);
  return (Object.keys(prefixes) as LetterType[]).find((type) => prefixKey(prefixes[type]) === key) ?? null;
}

/** The year an entry belongs to: its date's, else its number's; null when neither reads. */
export function entryYear(entry: Pick<RegisterEntry, "date" | "number">): number | null {
  if (entry.date) return Number(entry.date.slice(0, 4));
  return parseNumber(entry.number)?.year ?? null;
}

/**
 * Positive when `a` is the later letter: by date (an entry without a readable date counts as the
 * earliest), then by its number's n, then the higher step, then the 编号 as written, then the
 * later row of the register (written later), so that the answer never depends on the order the
 * rows are handed in.
 */
function compareEntries(a: RegisterEntry, b: RegisterEntry, prefixes: LetterPrefixes): number {
  const date = (a.date ?? "").localeCompare(b.date ?? "");
  if (date !== 0) return date;
  const n = (parseNumber(a.number)?.n ?? 0) - (parseNumber(b.number)?.n ?? 0);
  if (n !== 0) return n;
  const step = stepIndex(letterTypeOf(a, prefixes) ?? "") - stepIndex(letterTypeOf(b, prefixes) ?? "");
  if (step !== 0) return step;
  return a.number < b.number ? -1 : a.number > b.number ? 1 : a.row - b.row;
}

/** What `latestLetter` looks at besides the register. */
export interface LatestOptions {
  /** Only letters dated before this day count (a letter of the check date answers this check, not an earlier one); letters without a readable date always count. */
  before?: IsoDate;
  prefixes?: LetterPrefixes;
}

/** A unit's latest ladder letter of the year and its step. */
export interface LastLetter {
  entry: RegisterEntry;
  step: LadderStep;
}

/**
 * The unit's latest letter of `year` on the ladder (by date, then number), matched by name as the
 * merge matches units (`柳林镇人民政府` is `柳林镇`); 通报表扬 and rows of unknown type are passed by.
 */
export function latestLetter(register: readonly RegisterEntry[], unit: string, year: number, options: LatestOptions = {}): LastLetter | null {
  const prefixes = options.prefixes ?? DEFAULT_PREFIXES;
  const key = unitKey(unit);
  let best: LastLetter | null = null;
  for (const entry of register) {
    if (unitKey(entry.unit) !== key || entryYear(entry) !== year) continue;
    if (options.before !== undefined && entry.date !== null && entry.date >= options.before) continue;
    const type = letterTypeOf(entry, prefixes);
    if (type === null || !isLadderStep(type)) continue;
    if (best === null || compareEntries(entry, best.entry, prefixes) > 0) best = { entry, step: type };
  }
  return best;
}

/**
 * The step a unit is due when its problem persists after its latest letter of the year: the
 * next step up (问责函 stays 问责函: the top), or null when it has no letter on the ladder.
 */
export function stepAfter(last: LastLetter | null): LadderStep | null {
  if (last === null) return null;
  return nextStep(last.step) ?? last.step;
}
