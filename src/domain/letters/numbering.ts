/**
 * Letter numbers (docs/letters.md "Numbering"): `{代字}〔{年}〕{n}号`, a prefix per type, the full
 * year in 六角括号, n without `第` and without leading zeros, running per prefix and year as one
 * more than the highest n the 发函登记 holds, so a number is never reused. Pure.
 */
import { toHalfWidth, stripSpaces } from "../text/normalize";
import type { LetterType, RegisterEntry } from "./types";

/** The prefix (代字) of each letter type: a setting. */
export type LetterPrefixes = Readonly<Record<LetterType, string>>;

/** The defaults of docs/letters.md: 提醒, 督办, 约谈, 问责, 表扬. */
export const DEFAULT_PREFIXES: LetterPrefixes = {
  提醒函: "提醒",
  督办函: "督办",
  约谈: "约谈",
  问责函: "问责",
  通报表扬: "表扬",
};

/** The defaults with the office's own prefixes over them (blank overrides are ignored). */
export function letterPrefixes(overrides: Partial<Record<LetterType, string>> = {}): LetterPrefixes {
  const out: Record<LetterType, string> = { ...DEFAULT_PREFIXES };
  for (const [type, prefix] of Object.entries(overrides) as [LetterType, string | undefined][]) {
    if (type in out && typeof prefix === "string" && prefix.trim() !== "") out[type] = prefix.trim();
  }
  return out;
}

/** A number as read: its prefix, year and n. */
export interface LetterNumber {
  prefix: string;
  year: number;
  n: number;
}

/** `formatNumber("督办", 2023, 7)` → `督办〔2023〕7号`. */
export function formatNumber(prefix: string, year: number, n: number): string {
  return `${prefix}〔${year}〕${n}号`;
}

/** Every bracket a clerk types around the year: 〔〕 [] () （） 【】 ［］ 〖〗 ﹝﹞ ｛｝ {}. */
const OPEN = "〔\\[(【〖﹝{";
const CLOSE = "〕\\])】〗﹞}";
const NUMBER = new RegExp(`^([^${OPEN}${CLOSE}\\d]+?)[${OPEN}](\\d{4})[${CLOSE}]第?0*(\\d+)号?$`);

/** How prefixes are compared: spaces dropped, full-width forms made half-width. */
export function prefixKey(prefix: string): string {
  return stripSpaces(toHalfWidth(prefix));
}

/**
 * Read a number as clerks write it: `督办〔2023〕7号`, `督办[2023]7号`, `督办（2023）07号`,
 * `督办〔2023〕第7号`, full-width digits and spaces anywhere. Null when it is not one (blank, no
 * year in brackets, n of 0).
 */
export function parseNumber(text: string): LetterNumber | null {
  const m = NUMBER.exec(stripSpaces(toHalfWidth(text ?? "")));
  if (!m) return null;
  const n = Number(m[3]);
  if (!Number.isSafeInteger(n) || n < 1) return null;
  return { prefix: m[1], year: Number(m[2]), n };
}

/**
 * The next `count` numbers of `prefix` and `year`: one more than the highest n of that prefix and
 * year in the register, then on; gaps left by deleted rows are not filled and the rows' order does
 * not matter.
 */
export function nextNumbers(register: readonly Pick<RegisterEntry, "number">[], prefix: string, year: number, count: number): string[] {
  const key = prefixKey(prefix);
  let highest = 0;
  for (const entry of register) {
    const read = parseNumber(entry.number);
    if (read && read.year === year && prefixKey(read.prefix) === key) highest = Math.max(highest, read.n);
  }
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, i) => formatNumber(prefix, year, highest + i + 1));
}
