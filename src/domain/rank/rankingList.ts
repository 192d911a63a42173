/**
 * Where the county stands in the rankings it is subject to (docs/ranking.md "The ranking lists"):
 * from a 省市通报排名工作清单 or 县通报排名工作清单, per item its latest place against the number
 * ranked and the place before, and when its next circulation falls by its frequency (每周, 每月,
 * 每季度, 每半年, 每年), so the office sees what is due in the coming week and month. Pure.
 */
import type { CellValue } from "../sheet";
import type { StandardLedger } from "../standardize/types";
import type { FieldId } from "../lists/schema";
import { toHalfWidth } from "../text/normalize";
import { monthEnd, type IsoDate } from "../parse/isoDate";
import { unitKey } from "../merge/unitKey";

export interface RankingItem {
  /** 1-based row of the sheet. */
  row: number;
  task: string;
  rankDept: string;
  frequency: string;
  /** 最近一次位次 and 参评总数, when readable (`3`, `第3名`, `3/16`, `16个`). */
  place: number | null;
  total: number | null;
  unit: string;
  owner: string;
}

export interface ItemStanding extends RankingItem {
  /** The place at the previous summary (matched by 通报事项 and 通报部门), if known. */
  before: number | null;
  /** The next circulation on or after the day after C, by frequency; null for an unknown frequency. */
  next: IsoDate | null;
  dueWeek: boolean;
  dueMonth: boolean;
}

export interface RankingListSummary {
  checkDate: IsoDate;
  items: ItemStanding[];
}

const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v).trim());

/** The first whole number of a cell (`第3名` → 3); the second for `3/16` when `second`. */
function numberIn(v: CellValue | undefined, second = false): number | null {
  if (typeof v === "number") return second ? null : Number.isInteger(v) && v > 0 ? v : null;
  const found = toHalfWidth(text(v)).match(/\d+/g);
  const n = found?.[second ? 1 : 0];
  return n === undefined ? null : Number(n);
}

/** The items of a standardised ranking list. */
export function rankingItems(ledger: StandardLedger): RankingItem[] {
  const at = (field: FieldId) => ledger.columns.findIndex((c) => c.field === field);
  const [task, dept, freq, last, total, unit, owner] = (["task", "rankDept", "frequency", "lastRank", "rankTotal", "unit", "owner"] as FieldId[]).map(at);
  const items: RankingItem[] = [];
  for (const line of ledger.lines) {
    if (line.kind !== "data") continue;
    const c = line.cells;
    items.push({
      row: line.sourceRow + 1, task: text(c[task]), rankDept: text(c[dept]), frequency: text(c[freq]),
      place: numberIn(c[last]), total: numberIn(c[total]) ?? numberIn(c[last], true), unit: text(c[unit]), owner: text(c[owner]),
    });
  }
  return items;
}

const addDays = (iso: IsoDate, days: number): IsoDate => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The first period end after C among the months given (3 → 3-31 …), this year or the next. */
function nextEnd(checkDate: IsoDate, months: readonly number[]): IsoDate {
  const year = Number(checkDate.slice(0, 4));
  for (const y of [year, year + 1]) for (const m of months) if (monthEnd(y, m) > checkDate) return monthEnd(y, m);
  return monthEnd(year + 1, months[0]);
}

/** When an item of this frequency is circulated next after C (每周: within the coming week). */
export function nextCirculation(frequency: string, checkDate: IsoDate): IsoDate | null {
  const f = frequency.replace(/\s/g, "");
  if (/周/.test(f)) return addDays(checkDate, 7);
  if (/半年/.test(f)) return nextEnd(checkDate, [6, 12]);
  if (/季/.test(f)) return nextEnd(checkDate, [3, 6, 9, 12]);
  if (/月/.test(f)) return nextEnd(checkDate, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  if (/年/.test(f)) return nextEnd(checkDate, [12]);
  return null;
}

const itemKey = (i: Pick<RankingItem, "task" | "rankDept">): string => `${toHalfWidth(i.task).replace(/\s/g, "")}\u0000${unitKey(i.rankDept)}`;

/** Each item's standing at C, against the places of a previous summary (or list) when given. */
export function summarizeRankingList(items: readonly RankingItem[], checkDate: IsoDate, previous: readonly RankingItem[] = []): RankingListSummary {
  const before = new Map(previous.map((p) => [itemKey(p), p.place] as const));
  const week = addDays(checkDate, 7);
  const month = addDays(checkDate, 30);
  return {
    checkDate,
    items: items.map((item) => {
      const next = nextCirculation(item.frequency, checkDate);
      return { ...item, before: before.get(itemKey(item)) ?? null, next, dueWeek: next !== null && next <= week, dueMonth: next !== null && next <= month };
    }),
  };
}

