/**
 * Reading the title above a ledger (`柳林镇2023年度重点工作任务清单`) and its sheet name: the
 * plan year, the reporting unit and the list the title names.
 */
import type { ListSchema } from "../lists/schema";
import { LISTS } from "../lists/catalogue";
import { normalizeText } from "../text/normalize";
import { parseChineseNumber } from "../text/chineseNumber";
import { cleanUnitName, looksLikeUnit } from "./unitName";

/** What a title says. */
export interface TitleInfo {
  year?: number;
  unit?: string;
  list?: ListSchema;
}

interface Found {
  index: number;
  length: number;
}

interface YearFound extends Found {
  value: number;
}

/** Four Chinese digits before 年 (`二〇二三年`) → Arabic digits, so one pattern reads both. */
function chineseYears(text: string): string {
  return text.replace(/[〇零○一二三四五六七八九]{4}(?=年)/g, (run) => String(parseChineseNumber(run)));
}

const YEAR_PATTERNS: readonly RegExp[] = [
  /((?:19|20)\d{2})年度/,
  /((?:19|20)\d{2})年/,
  /(?<![\d.])((?:19|20)\d{2})(?![\d.])/,
];

function locateYear(normalized: string, loose: boolean): YearFound | undefined {
  const patterns = loose ? YEAR_PATTERNS : YEAR_PATTERNS.slice(0, 2);
  for (const pattern of patterns) {
    const m = pattern.exec(normalized);
    if (m) return { index: m.index, length: m[0].length, value: Number(m[1]) };
  }
  return undefined;
}

/**
 * The plan year a text states: `2023年度`, then `2023年` (also `２０２３年`, `二〇二三年`);
 * with `loose`, also a bare `2023` not part of a longer number (for titles and sheet names).
 */
export function findYear(text: string, loose = true): number | undefined {
  return locateYear(chineseYears(normalizeText(text)), loose)?.value;
}

function locateList(normalized: string): (Found & { list: ListSchema }) | undefined {
  let best: (Found & { list: ListSchema }) | undefined;
  for (const list of LISTS) {
    for (const alias of [list.name, ...list.aliases]) {
      const key = normalizeText(alias);
      const index = normalized.indexOf(key);
      if (index >= 0 && (!best || key.length > best.length)) best = { index, length: key.length, list };
    }
  }
  return best;
}

/** The list a title or sheet name names (the longest name or alias it contains), if any. */
export function findListByName(text: string): ListSchema | undefined {
  return locateList(normalizeText(text))?.list;
}

/** Where the generic part of an unnamed title starts (`柳林镇重点工作推进表`). */
const GENERIC_START = /(?:重点|工作|任务|清单|台账|事项|问题|调研|发函|拟向上|向上|年度|关于)/;

/**
 * The unit a title names: the text before the year (`柳林镇2023年…`), else between the year
 * and the list name (`2023年柳林镇重点工作任务清单`), else before the list name when there is
 * no year, else a bracketed name after it (`…清单（柳林镇）`). Cleaned by `cleanUnitName`.
 */
function unitOf(normalized: string, year: YearFound | undefined, list: Found | undefined): string | undefined {
  const candidates: string[] = [];
  const from = year ? year.index + year.length : 0;
  const generic = normalized.slice(from).search(GENERIC_START);
  const listStart = list?.index ?? (generic >= 0 ? from + generic : -1);
  if (year && year.index > 0) candidates.push(normalized.slice(0, year.index));
  if (year && listStart > year.index + year.length) {
    candidates.push(normalized.slice(year.index + year.length, listStart));
  }
  if (!year && listStart > 0) candidates.push(normalized.slice(0, listStart));
  if (list) {
    const after = /^\(([^()]+)\)/.exec(normalized.slice(list.index + list.length));
    if (after) candidates.push(after[1]);
  }
  if (candidates.length === 0 && !year && !list && looksLikeUnit(normalized)) candidates.push(normalized);
  for (const candidate of candidates) {
    const unit = cleanUnitName(candidate);
    if (unit) return unit;
  }
  return undefined;
}

/** Read a title line: its year (`2023年`, `二〇二三年`), unit and the list it names. */
export function parseTitle(text: string): TitleInfo {
  const normalized = chineseYears(normalizeText(text));
  const year = locateYear(normalized, true);
  const list = locateList(normalized);
  const unit = unitOf(normalized, year, list);
  const info: TitleInfo = {};
  if (year) info.year = year.value;
  if (unit) info.unit = unit;
  if (list) info.list = list.list;
  return info;
}
