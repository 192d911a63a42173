/**
 * Reading a completion percentage from a 完成进度 cell: a number (`0.6`, `60`, or any number in
 * a `%` format), or text (`60%`, `完成60%`, `６０％`, `占年计划64%`, `六成`, `完成3/5`,
 * `百分之六十`). Growth rates (`同比增长15%`) are not completion and are skipped.
 */
import type { CellValue } from "../sheet";
import { chineseNumeralsToDigits, CHINESE_NUMERAL_CHARS, parseChineseNumber } from "../text/chineseNumber";
import { normalizeText } from "../text/normalize";

/** What a progress cell says as a number. */
export type PercentReading =
  /** `ratio` as written (1.2 for 120%); `p` clamped to [0, 1]; `figure` the part read (`64%`). */
  | { kind: "percent"; p: number; ratio: number; written: string; figure: string }
  /** A quantity with a unit but no percentage (`完成投资3.2亿元`). */
  | { kind: "amount"; written: string }
  /** A number that cannot be a percentage (`3200`, `-5`). */
  | { kind: "not-percent"; written: string };

function percent(ratio: number, written: string, figure = written): PercentReading {
  const rounded = Math.round(ratio * 1e6) / 1e6;
  return { kind: "percent", p: Math.min(Math.max(rounded, 0), 1), ratio: rounded, written, figure };
}

/** A plain number: ≤ 1 is a ratio (`0.6`), 1 < x ≤ 100 a percentage (`60`), anything else not. */
function fromNumber(value: number, percentFormat: boolean, written: string): PercentReading {
  if (!Number.isFinite(value) || value < 0) return { kind: "not-percent", written };
  if (percentFormat || value <= 1) return percent(value, written);
  if (value <= 100) return percent(value / 100, written);
  return { kind: "not-percent", written };
}

/** Words just before a percentage that make it a rate of change, not completion. */
const CHANGE = /(?:增|降|同比|环比|上升|减少|下滑|回落|高于|低于|利率|税率|增速)[^%]{0,4}$/;
/** Words just before a percentage that make it completion. */
const COMPLETION = /(?:完成|进度|占|达|累计|进展|完工|形象)[^%]{0,8}$/;
const UNIT = /\d(?:\.\d+)?(?:亿|万|千|元|个|项|公里|千米|亩|户|人|家|件|次|平方米|米|吨|座|处|所|台|套|条|栋|间|千瓦|批|场)/;

/** `百分之六十` → `60%`, `百分之六十五点五` → `65.5%`. */
function chinesePercents(text: string): string {
  const pattern = new RegExp(`百分之([${CHINESE_NUMERAL_CHARS}]+)(?:点([${CHINESE_NUMERAL_CHARS}]+))?`, "g");
  return text.replace(pattern, (whole: string, int: string, frac: string | undefined) => {
    const n = parseChineseNumber(int);
    const f = frac === undefined ? "" : [...frac].map((c) => parseChineseNumber(c) ?? "").join("");
    return n === undefined ? whole : `${n}${f ? `.${f}` : ""}%`;
  });
}

/** Read a percentage out of text; undefined when the text has none. */
export function readPercentText(text: string): PercentReading | undefined {
  const t = chineseNumeralsToDigits(chinesePercents(normalizeText(text)));
  if (t === "") return undefined;
  if (/^\d+(?:\.\d+)?$/.test(t)) return fromNumber(Number(t), false, text.trim());
  const candidates = [...t.matchAll(/(\d+(?:\.\d+)?)%/g)].filter((m) => !CHANGE.test(t.slice(0, m.index)));
  const chosen = candidates.find((m) => COMPLETION.test(t.slice(0, m.index))) ?? candidates[0];
  const written = text.trim();
  if (chosen) return percent(Number(chosen[1]) / 100, written, chosen[0]);
  const fraction = /(?:^|完成了?)(\d+)\/(\d+)(?!\d)/.exec(t);
  if (fraction && Number(fraction[2]) > 0) return percent(Number(fraction[1]) / Number(fraction[2]), written, fraction[0]);
  const tenths = /(?<![\d.])(\d{1,2}(?:\.\d)?)成(?![本果效立功交熟员为绩都品型])/.exec(t);
  if (tenths && Number(tenths[1]) <= 10) return percent(Number(tenths[1]) / 10, written, tenths[0]);
  const amount = UNIT.exec(t);
  if (amount) return { kind: "amount", written };
  return undefined;
}

function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/** Read a progress cell: numbers by value and format, everything else by its text. */
export function readPercentCell(value: CellValue, text: string, format?: string): PercentReading | undefined {
  if (typeof value === "number") {
    const written = text.trim() !== "" ? text.trim() : String(value);
    return fromNumber(value, isPercentFormat(format), written);
  }
  const written = text.trim() !== "" ? text : typeof value === "string" ? value : "";
  return readPercentText(written);
}
