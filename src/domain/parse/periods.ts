/**
 * The deadline grammar as data: one row per written form of a period (`6月底`, `三季度末`,
 * `上半年`, `2023-06-30`, `3-6月` …), each a sticky pattern over normalised text (half-width,
 * Chinese numerals as digits) and a reader that turns the match into a period spec. The
 * scanner tries every row at each position and keeps the longest match (ties: the earlier row).
 * See docs/deadline-grammar.md for the table in prose.
 */
import { say } from "../../messages";
import type { Precision } from "./deadlineTypes";

/** The year a period names: none (taken from context), written (`2023年`, `23年`), or relative (`明年`). */
export type YearSpec =
  | { kind: "none" }
  | { kind: "written"; year: number; twoDigit: boolean }
  | { kind: "relative"; offset: number; word: string };

/** A month/day inside a year; `"last"` is the month's last day. */
export interface MonthDay {
  month: number;
  day: number | "last";
}

/** One period as written, before its year is known. */
export interface PeriodSpec {
  year: YearSpec;
  precision: Precision;
  /** The period's last day (the deadline). */
  end: MonthDay;
  /** The period's first day, for written ranges (`3-6月`, `前三季度`). */
  start?: MonthDay;
  /** A zh-CN doubt about this form (`年前` may mean 春节前). */
  warning?: string;
}

/** What one grammar row yields: a period, or a marker that the text names no date. */
export type GrammarHit =
  | { kind: "period"; spec: PeriodSpec }
  | { kind: "relative" }
  | { kind: "vague"; why: string };

/** One row of the grammar. */
export interface GrammarRow {
  id: string;
  /** Sticky regular expression, tried at one position. */
  pattern: RegExp;
  read(groups: Record<string, string | undefined>): GrammarHit | undefined;
}

/** Not glued to a preceding digit or decimal point. */
const B = String.raw`(?<![\d.])`;
/** Optional year prefix: `2023年`, `23年`, `2023年度`, `明年`, `今年` … */
const YP = String.raw`(?:(?<y>\d{4}|\d{2})年度?|(?<yw>今|本|当|明|次|翌|来|下一?)年度?)?`;

const RELATIVE_YEARS: Readonly<Record<string, number>> = {
  今: 0, 本: 0, 当: 0, 明: 1, 次: 1, 翌: 1, 来: 1, 下: 1, 下一: 1,
};

/** The year spec of the `y` / `yw` groups. */
export function yearOf(groups: Record<string, string | undefined>): YearSpec {
  const { y, yw } = groups;
  if (y !== undefined) {
    const twoDigit = y.length === 2;
    return { kind: "written", year: twoDigit ? 2000 + Number(y) : Number(y), twoDigit };
  }
  if (yw !== undefined) return { kind: "relative", offset: RELATIVE_YEARS[yw] ?? 0, word: `${yw}年` };
  return { kind: "none" };
}

function period(groups: Record<string, string | undefined>, precision: Precision, end: MonthDay, extra: Partial<PeriodSpec> = {}): GrammarHit {
  return { kind: "period", spec: { year: yearOf(groups), precision, end, ...extra } };
}

const num = (text: string | undefined): number => Number(text ?? "NaN");
const quarterEnd = (q: number): MonthDay => ({ month: q * 3, day: "last" });

/** 上旬/中旬/下旬, 初, 中, 上半月, 下半月 → the day the part of the month ends. */
function dekadEnd(part: string): number | "last" {
  if (part.endsWith("旬")) {
    const which = part.charAt(part.length - 2);
    return which === "上" ? 10 : which === "中" ? 20 : "last";
  }
  if (part === "初") return 10;
  if (part === "中") return 20;
  if (part === "上半月") return 15;
  return "last";
}

function rx(source: string): RegExp {
  return new RegExp(source, "y");
}

/** The grammar rows, in tie-break order. */
export const GRAMMAR: readonly GrammarRow[] = [
  {
    id: "relative-span", // 10个工作日内, 3天, 一周内, 半个月内, 3个月
    pattern: rx(B + String.raw`(?:\d{1,3}|半)个?(?:工作日|自然日|天|周|星期|小时|个月)(?:之内|以内|内)?`),
    read: () => ({ kind: "relative" }),
  },
  {
    id: "relative-within", // 15日内, 半年内, 3年内, 半月内 (but `6月内` is June)
    pattern: rx(B + String.raw`(?:\d{1,3}(?:日|年)|半(?:月|年))(?:之内|以内|内)`),
    read: () => ({ kind: "relative" }),
  },
  {
    id: "day-cn", // 2023年6月30日, 6月30日前, 6月30号
    pattern: rx(B + YP + String.raw`(?<m>\d{1,2})月份?(?<d>\d{1,2})(?:日|号)?(?!\d)`),
    read: (g) => period(g, "day", { month: num(g.m), day: num(g.d) }),
  },
  {
    id: "day-numeric", // 2023-06-30, 2023/6/30, 2023.6.30
    pattern: rx(B + String.raw`(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)(?:日|号)?`),
    read: (g) => period(g, "day", { month: num(g.m), day: num(g.d) }),
  },
  {
    id: "day-compact", // 20230630
    pattern: rx(B + String.raw`(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})(?!\d)`),
    read: (g) => period(g, "day", { month: num(g.m), day: num(g.d) }),
  },
  {
    id: "day-short", // 6.30前, 6/30
    pattern: rx(B + String.raw`(?<m>\d{1,2})[./](?<d>\d{1,2})(?:日|号)?(?!\d)(?=$|[前止以之,;、。(|~\-至到]|完成|办结|截止|结束)`),
    read: (g) => {
      const month = num(g.m);
      const day = num(g.d);
      if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      return period(g, "day", { month, day });
    },
  },
  {
    id: "month-numeric", // 2023.06, 2023-6, 2023/12
    pattern: rx(B + String.raw`(?<y>\d{4})[-/.](?<m>\d{1,2})(?!\d)(?:月份?)?(?:底|末|尾|内)?`),
    read: (g) => period(g, "month", { month: num(g.m), day: "last" }),
  },
  {
    id: "month-cn", // 6月底, 6月, 6月份, 2023年6月, 6月末
    pattern: rx(B + YP + String.raw`(?<m>\d{1,2})月份?(?:底|末|尾|内|终)?`),
    read: (g) => period(g, "month", { month: num(g.m), day: "last" }),
  },
  {
    id: "month-part", // 6月上旬/中旬/下旬, 6月初, 6月中, 6月中下旬
    pattern: rx(B + YP + String.raw`(?<m>\d{1,2})月份?(?<x>[上中下]{1,2}旬|上半月|下半月|初|中)`),
    read: (g) => period(g, "day", { month: num(g.m), day: dekadEnd(g.x ?? "") }),
  },
  {
    id: "month-range", // 3-6月, 3月-6月, 3至6月, 1-9月
    pattern: rx(B + YP + String.raw`(?<m1>\d{1,2})(?:月份?)?[-~至到](?<m2>\d{1,2})月份?(?:底|末|内)?`),
    read: (g) => {
      const from = num(g.m1);
      const to = num(g.m2);
      if (from >= to) return undefined;
      return period(g, "month", { month: to, day: "last" }, { start: { month: from, day: 1 } });
    },
  },
  {
    id: "quarter", // 一季度, 第一季度末, 1季度, 三季度, 2023年第三季度
    pattern: rx(B + YP + String.raw`第?(?<q>[1-4])季度?(?<x>初|末|底|内|中)?(?!\d)`),
    read: (g) => {
      const q = num(g.q);
      if (g.x === "初") return period(g, "month", { month: q * 3 - 2, day: "last" });
      return period(g, "quarter", quarterEnd(q));
    },
  },
  {
    id: "quarter-q", // Q1, 2023Q3, 2023年Q3
    pattern: rx(B + String.raw`(?:(?<y>\d{4})年?)?[Qq](?<q>[1-4])(?!\d)`),
    read: (g) => period(g, "quarter", quarterEnd(num(g.q))),
  },
  {
    id: "quarter-first", // 前三季度, 前2个季度
    pattern: rx(B + YP + String.raw`前(?<q>[1-4])个?季度?(?:末|底)?`),
    read: (g) => period(g, "quarter", quarterEnd(num(g.q)), { start: { month: 1, day: 1 } }),
  },
  {
    id: "quarter-range", // 2-3季度, 第二至第三季度
    pattern: rx(B + YP + String.raw`第?(?<q1>[1-4])(?:季度?)?[-~至到]第?(?<q2>[1-4])季度?(?:末|底)?`),
    read: (g) => {
      const from = num(g.q1);
      const to = num(g.q2);
      if (from >= to) return undefined;
      return period(g, "quarter", quarterEnd(to), { start: { month: from * 3 - 2, day: 1 } });
    },
  },
  {
    id: "half", // 上半年, 下半年, 2023年上半年
    pattern: rx(B + YP + String.raw`(?<h>上|下|前|后)半年度?(?:末|底|内)?`),
    read: (g) => {
      const first = g.h === "上" || g.h === "前";
      return period(g, "half", first ? { month: 6, day: "last" } : { month: 12, day: "last" },
        first ? {} : { start: { month: 7, day: 1 } });
    },
  },
  {
    id: "whole-year", // 全年, 2023年全年, 全年度
    pattern: rx(B + YP + String.raw`全年度?(?:内)?`),
    read: (g) => period(g, "year", { month: 12, day: "last" }),
  },
  {
    id: "year-word", // 年底, 年末, 年内, 年前, 年中, 2023年底, 2023年, 2023年度, 今年底, 明年
    pattern: rx(B + String.raw`(?:(?<y>\d{4}|\d{2})|(?<yw>今|本|当|明|次|翌|来|下一?))?年(?<du>度)?(?<x>年?(?:底|末|终|尾)|内|前|中|初)?(?!计划|目标|任务|要求|安排|考核|工作|进度)`),
    read: (g) => {
      if (g.y === undefined && g.yw === undefined && g.x === undefined && g.du === undefined) return undefined;
      if (g.x === "初") return { kind: "vague", why: "年初" };
      if (g.x === "中") return period(g, "half", { month: 6, day: "last" });
      const warning = g.x === "前" ? say("parse.deadline.yearBefore") : undefined;
      return period(g, "year", { month: 12, day: "last" }, warning ? { warning } : {});
    },
  },
];
