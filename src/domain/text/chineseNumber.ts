/**
 * Chinese numerals as clerks write them in titles, headers and deadlines: `二〇二三年`,
 * `十二月`, `第三季度`, `二十五日`. Only the small numbers a ledger needs (0–9999).
 */

const DIGITS: Readonly<Record<string, number>> = {
  "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
  "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
};
const UNITS: Readonly<Record<string, number>> = { "十": 10, "百": 100, "千": 1000 };

/** The characters of Chinese numerals, for building patterns (`[${CHINESE_NUMERAL_CHARS}]+`). */
export const CHINESE_NUMERAL_CHARS = "〇零○一二两三四五六七八九十百千";
const RUN = new RegExp(`[${CHINESE_NUMERAL_CHARS}]+`, "g");

/**
 * The value of a Chinese numeral: positional (`十二` → 12, `二十三` → 23, `一百零五` → 105) or
 * digit by digit when it has no 十/百/千 (`二〇二三` → 2023, `三` → 3). Undefined when the text
 * is not a Chinese numeral.
 */
export function parseChineseNumber(text: string): number | undefined {
  if (text.length === 0) return undefined;
  const chars = [...text];
  if (chars.every((c) => c in DIGITS)) {
    return chars.reduce((n, c) => n * 10 + DIGITS[c], 0);
  }
  let total = 0;
  let pending: number | undefined;
  for (const c of chars) {
    if (c in DIGITS) {
      if (pending !== undefined && pending !== 0) return undefined;
      pending = DIGITS[c];
    } else if (c in UNITS) {
      total += (pending ?? 1) * UNITS[c];
      pending = undefined;
    } else {
      return undefined;
    }
  }
  return total + (pending ?? 0);
}

/**
 * Replace every run of Chinese numerals in `text` by Arabic digits: `二〇二三年十二月` →
 * `2023年12月`. Meant for date-like text: in prose it also turns `统一` into `统1`, so callers
 * should match a pattern on the result rather than keep it.
 */
export function chineseNumeralsToDigits(text: string): string {
  return text.replace(RUN, (run) => {
    const n = parseChineseNumber(run);
    return n === undefined ? run : String(n);
  });
}
