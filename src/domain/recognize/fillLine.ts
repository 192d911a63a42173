/**
 * Reading the line between the title and the header that says who filled the ledger in and
 * when: `填报单位：柳林镇   填报日期：2023年3月5日`, `单位（盖章）：… 填报人：… 联系电话：…`.
 */
import { normalizeText } from "../text/normalize";
import { findYear } from "./title";
import { cleanUnitName } from "./unitName";

/** The values of a fill line, each as written (normal form). */
export interface FillLineValues {
  unit?: string;
  date?: string;
  person?: string;
  phone?: string;
  /** The year of the date (`2023年3月5日`, `2023-03-05`, or a date serial). */
  year?: number;
}

type Key = keyof Omit<FillLineValues, "year"> | "other";

/** Labels in normal form (half-width, no spaces), each ending in a colon. Longest first. */
const LABELS: readonly [RegExp, Key][] = [
  [/(?:填报|报送|责任|填表)?单位(?:名称)?(?:\((?:盖章|公章)\))?:/y, "unit"],
  [/(?:填报|报送|统计|填表|截止)?(?:日期|时间):/y, "date"],
  [/(?:填报人|填表人|联系人|经办人|报送人):/y, "person"],
  [/(?:联系电话|联系方式|电话|手机):/y, "phone"],
  [/(?:审核人|审核|单位负责人|主要负责人|分管负责人|负责人|签字|签发人|制表人?):/y, "other"],
];

const LABEL_WORDS = /^(?:(?:填报|报送|填表)?单位(?:名称)?(?:\((?:盖章|公章)\))?|(?:填报|报送)?(?:日期|时间)|填报人|填表人|联系人|联系电话|审核人)$/;

/**
 * Join a row's cells into one normal-form line; a cell that is only a label (`填报单位`) gets
 * its colon, so `填报单位 | 柳林镇` reads like `填报单位：柳林镇`.
 */
export function joinFillCells(cells: readonly string[]): string {
  return cells
    .map((c) => normalizeText(c))
    .filter((c) => c !== "")
    .map((c) => (LABEL_WORDS.test(c) ? `${c}:` : c))
    .join("");
}

/** A date serial (days since 1899-12-30) → its year; undefined outside 1950–2100. */
function serialYear(text: string): number | undefined {
  if (!/^\d{5}(?:\.\d+)?$/.test(text)) return undefined;
  const year = new Date(Date.UTC(1899, 11, 30) + Number(text) * 86400000).getUTCFullYear();
  return year >= 1950 && year <= 2100 ? year : undefined;
}

/**
 * Read a fill line (already joined by `joinFillCells`), or undefined when it has neither a unit
 * nor a date label. A value runs from its label's colon to the next label.
 */
export function parseFillLine(line: string): FillLineValues | undefined {
  const found: { key: Key; start: number; end: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    for (const [pattern, key] of LABELS) {
      pattern.lastIndex = i;
      const m = pattern.exec(line);
      if (m) {
        found.push({ key, start: i, end: i + m[0].length });
        i += m[0].length - 1;
        break;
      }
    }
  }
  if (!found.some((f) => f.key === "unit" || f.key === "date")) return undefined;
  const values: FillLineValues = {};
  found.forEach((f, k) => {
    const value = line.slice(f.end, k + 1 < found.length ? found[k + 1].start : line.length).replace(/[,，;；]+$/, "");
    if (f.key === "other" || value === "" || values[f.key] !== undefined) return;
    if (f.key === "unit") {
      const unit = cleanUnitName(value);
      if (unit) values.unit = unit;
    } else {
      values[f.key] = value;
    }
  });
  if (values.date) {
    const year = findYear(values.date, false) ?? findYear(values.date.replace(/[./-]/g, "年"), false) ?? serialYear(values.date);
    if (year) values.year = year;
  }
  return values;
}
