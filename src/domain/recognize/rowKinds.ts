/**
 * Telling the rows under a header apart by their text: notes and signature lines under the
 * table, section rows (`一、经济发展`, `（一）项目建设`) inside it.
 */
import { normalizeText } from "../text/normalize";
import { CHINESE_NUMERAL_CHARS } from "../text/chineseNumber";

/** Lines that are notes wherever they stand: `注：`, `注1.`, `填表说明`, signature lines. */
const NOTE_START =
  /^(?:注\d*[:.、]|注\(\d+\)|填表说明|填报说明|说明\d*[:.、]|(?:填表人|填报人|审核人|审核|制表人?|制表单位|单位负责人|主要负责人|分管负责人|负责人|联系人|联系电话|报送人|签字|签发人)[:])/;

/** Lines that are notes only when they stand alone on the row (`备注：…` merged across). */
const NOTE_START_ALONE = /^(?:备注|说明|附注|补充说明)[:]/;

/**
 * Whether a row under the table is a note. `first` is the row's first non-empty cell;
 * `alone` says it is the row's only content or merged across several columns.
 */
export function isNoteLine(first: string, alone: boolean): boolean {
  const text = normalizeText(first);
  return NOTE_START.test(text) || (alone && NOTE_START_ALONE.test(text));
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const SECTION_NUMBERING = new RegExp(
  `^(?:${N}[、.．]|\\(${N}\\)|第${N}(?:部分|类|篇|章|板块|方面)|(?:[A-Z]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+)[、.．])`,
);

/** Whether text is numbered like a section heading: `一、经济发展`, `（一）项目建设`, `第二部分`. */
export function isSectionHeading(text: string): boolean {
  return SECTION_NUMBERING.test(normalizeText(text));
}

/** Whether text is a plain number (a 序号 such as `1`, `1.`, `01`, `1-1`). */
export function isNumberLike(text: string): boolean {
  return /^\d+(?:[.\-、]\d*)*$/.test(normalizeText(text));
}

/** Totals rows: `合计`, `小计`, `总计`, `合 计`, `全镇合计`, `小计（3项）` — sums, not items. */
const TOTALS = /^(?:[\u4e00-\u9fff]{0,6})?(?:合计|小计|总计|共计)(?:[:：]|\(.*\)|\d+项)?$/;

/** Whether a row's leading text marks it as a totals row (docs/lists.md "Rows that are not items"). */
export function isTotalsLabel(text: string): boolean {
  return TOTALS.test(normalizeText(text).replace(/\s+/g, ""));
}
