/**
 * Matching one header cell against a list's columns: the standard name, then the synonyms
 * (both compared in normal form), then the same without a trailing unit (`完成进度(%)`), then a
 * header that ends with a known name (`整改责任人` → 责任人). Month headers (`1月`, `一月`,
 * `01月份`, `3月进展`) map to month1…month12 for lists that have monthly columns.
 */
import type { FieldId, ListSchema } from "../lists/schema";
import { MONTH_FIELDS } from "../lists/schema";
import { dropUnitSuffix, normalizeHeader } from "../text/normalize";
import { parseChineseNumber } from "../text/chineseNumber";

/** How well a header matched: the standard name beats a synonym beats a partial match. */
export const MATCH_QUALITY = { name: 4, synonym: 3, withoutUnit: 2, suffix: 1 } as const;

/** One header cell read as a field of a list. */
export interface HeaderMatch {
  field: FieldId;
  /** See MATCH_QUALITY. */
  quality: number;
}

/** Names shorter than this never match as the tail of a longer header (`单位`, `任务`). */
const MIN_SUFFIX_LENGTH = 3;

interface ListIndex {
  exact: Map<string, HeaderMatch>;
  /** [normalised name, match] sorted longest first, for the suffix rule. */
  tails: [string, HeaderMatch][];
}

const indexes = new WeakMap<ListSchema, ListIndex>();

function indexOf(list: ListSchema): ListIndex {
  const cached = indexes.get(list);
  if (cached) return cached;
  const exact = new Map<string, HeaderMatch>();
  const add = (text: string, match: HeaderMatch): void => {
    const key = normalizeHeader(text);
    const prior = exact.get(key);
    if (key !== "" && (!prior || prior.quality < match.quality)) exact.set(key, match);
  };
  for (const column of list.columns) add(column.name, { field: column.field, quality: MATCH_QUALITY.name });
  for (const column of list.columns) {
    for (const s of column.synonyms) add(s, { field: column.field, quality: MATCH_QUALITY.synonym });
  }
  const tails = [...exact.entries()]
    .filter(([key, m]) => [...key].length >= MIN_SUFFIX_LENGTH && !m.field.startsWith("month"))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([key, m]): [string, HeaderMatch] => [key, { field: m.field, quality: MATCH_QUALITY.suffix }]);
  const index = { exact, tails };
  indexes.set(list, index);
  return index;
}

const MONTH_HEADER = /^(0?[1-9]|1[0-2]|[一二三四五六七八九十]{1,2})月(?:份)?(?:进展情况|进展|进度|计划|完成情况|工作|推进情况)?$/;

/**
 * The month (1–12) a header names, or undefined: `1月`, `01月`, `1月份`, `一月`, `十二月`,
 * `3月进展`, `３月计划`.
 */
export function monthOfHeader(text: string): number | undefined {
  const m = MONTH_HEADER.exec(normalizeHeader(text));
  if (!m) return undefined;
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChineseNumber(m[1]);
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}

/** Whether the list has monthly columns (month1…month12). */
export function hasMonths(list: ListSchema): boolean {
  return list.columns.some((c) => c.field === "month1");
}

/**
 * Read one header cell as a field of `list`, or undefined when it names none of its columns.
 * Text is compared in normal form, so stray spaces, line breaks, full-width brackets and
 * `*`/`★` markers do not matter.
 */
export function matchHeader(list: ListSchema, text: string): HeaderMatch | undefined {
  const key = normalizeHeader(text);
  if (key === "") return undefined;
  if (hasMonths(list)) {
    const month = monthOfHeader(key);
    if (month !== undefined) return { field: MONTH_FIELDS[month - 1], quality: MATCH_QUALITY.name };
  }
  const index = indexOf(list);
  const exact = index.exact.get(key);
  if (exact) return exact;
  const bare = dropUnitSuffix(key);
  const withoutUnit = bare !== key ? index.exact.get(bare) : undefined;
  if (withoutUnit) return { field: withoutUnit.field, quality: MATCH_QUALITY.withoutUnit };
  const tail = index.tails.find(([name]) => bare.endsWith(name) && bare !== name);
  return tail?.[1];
}
