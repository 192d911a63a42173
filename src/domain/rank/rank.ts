/**
 * 通报排名 (docs/ranking.md): the units ranked on one figure of the progress check as it is
 * printed (rounded to 0.1 %), ties broken by fewer 逾期 then fewer 滞后 rows, ranked as Excel's
 * RANK.EQ does (1, 2, 2, 4) or as 中国式排名 (1, 2, 2, 3); tied units listed in the 单位名录's
 * order; a light per unit; 先进 and 后进; units with nothing to judge listed apart. Pure: the
 * result depends on the units' figures, not on the order of rows or files.
 */
import type { Rate, UnitProgress } from "../progress/types";
import { unitKey } from "../merge/unitKey";
import { say } from "../../messages";

/** The figure ranked: task progress P (default), 完成率, 到期完成率, 序时达标率. */
export type RankMetric = "progress" | "done" | "due-done" | "on-pace";
export const RANK_METRICS: readonly RankMetric[] = ["progress", "done", "due-done", "on-pace"];

/** How tied units share ranks: `excel` 1, 2, 2, 4 (RANK.EQ); `chinese` 1, 2, 2, 3 (中国式排名). */
export type TieStyle = "excel" | "chinese";

export type Light = "红" | "黄" | "绿";

export interface RankOptions {
  metric?: RankMetric;
  ties?: TieStyle;
  /** How many 先进 and 后进 (default 3). */
  group?: number;
  /** The 单位名录's units in order: tied units are listed in it; others after, as first met. */
  order?: readonly string[];
}

export interface RankedUnit {
  unit: string;
  rank: number;
  /** Another unit has the same rank. */
  tied: boolean;
  /** The figure as printed, in tenths of a percent (951 = 95.1 %). */
  permille: number;
  /** The counts the figure is made of (385/405), when it is a rate. */
  of?: { numerator: number; denominator: number };
  light: Light | null;
  group: "先进" | "后进" | "";
  progress: UnitProgress;
}

export interface UnrankedUnit {
  unit: string;
  /** Why it is not ranked (zh-CN). */
  reason: string;
  progress: UnitProgress;
}

export interface Ranking {
  metric: RankMetric;
  ties: TieStyle;
  group: number;
  ranked: RankedUnit[];
  unranked: UnrankedUnit[];
}

export const DEFAULT_GROUP = 3;

/** A fraction as printed to 0.1 %, in tenths of a percent, half away from zero (0.6665 → 667). */
export function toPermille(value: number): number {
  // The figures are means and ratios of small counts: a hair of tolerance keeps 0.6665 (stored as
  // 0.66649999…) on the side a clerk's calculator puts it.
  const scaled = value * 1000;
  return Math.sign(scaled) * Math.round(Math.abs(scaled) + 1e-7);
}

function rateOf(u: UnitProgress, metric: Exclude<RankMetric, "progress">): Rate {
  return metric === "done" ? u.completionRate : metric === "due-done" ? u.dueCompletionRate : u.onScheduleRate;
}

/** The unit's figure for the metric, or null when it has nothing to judge. */
function figure(u: UnitProgress, metric: RankMetric): { value: number; of?: RankedUnit["of"] } | null {
  if (metric === "progress") return u.taskProgress === null ? null : { value: u.taskProgress };
  const rate = rateOf(u, metric);
  return rate.value === null ? null : { value: rate.value, of: { numerator: rate.numerator, denominator: rate.denominator } };
}

/**
 * The light, from the printed figures (docs/ranking.md "Lights"): 红 any 逾期 or P − T below −10
 * points; 黄 P below T or any 滞后; else 绿; none when P or T is unknown.
 */
export function lightOf(u: UnitProgress): Light | null {
  if (u.taskProgress === null || u.timeProgress === null) return null;
  const gap = toPermille(u.taskProgress) - toPermille(u.timeProgress);
  if (u.counts["逾期"] > 0 || gap < -100) return "红";
  if (gap < 0 || u.counts["滞后"] > 0) return "黄";
  return "绿";
}

/** Rank the units (the 合计 line is not a unit: leave it out). */
export function rankUnits(units: readonly UnitProgress[], options: RankOptions = {}): Ranking {
  const metric = options.metric ?? "progress";
  const ties = options.ties ?? "excel";
  const group = Math.max(0, Math.floor(options.group ?? DEFAULT_GROUP));
  const place = new Map((options.order ?? []).map((name, i) => [unitKey(name), i] as const));
  // Units not in the 单位名录 come after it, as first met; a unit met twice keeps its first place.
  const firstMet = new Map<string, number>();
  units.forEach((u, i) => {
    if (!firstMet.has(unitKey(u.unit))) firstMet.set(unitKey(u.unit), i);
  });
  const listed = (u: UnitProgress): number => place.get(unitKey(u.unit)) ?? (options.order?.length ?? 0) + (firstMet.get(unitKey(u.unit)) ?? 0);

  const judged: { u: UnitProgress; permille: number; of?: RankedUnit["of"] }[] = [];
  const unranked: UnrankedUnit[] = [];
  for (const u of units) {
    const f = figure(u, metric);
    if (f === null) unranked.push({ unit: u.unit, reason: say(`rank.unranked.${metric}`), progress: u });
    else judged.push({ u, permille: toPermille(f.value), ...(f.of && { of: f.of }) });
  }
  /** Better first: the printed figure, then fewer 逾期, then fewer 滞后. 0: tied. */
  const better = (a: (typeof judged)[number], b: (typeof judged)[number]): number =>
    b.permille - a.permille || a.u.counts["逾期"] - b.u.counts["逾期"] || a.u.counts["滞后"] - b.u.counts["滞后"];
  judged.sort((a, b) => better(a, b) || listed(a.u) - listed(b.u));

  const ranked: RankedUnit[] = [];
  let distinct = 0;
  judged.forEach((j, i) => {
    const sameAsBefore = i > 0 && better(judged[i - 1], j) === 0;
    if (!sameAsBefore) distinct++;
    const rank = sameAsBefore ? ranked[i - 1].rank : ties === "excel" ? i + 1 : distinct;
    ranked.push({ unit: j.u.unit, rank, tied: false, permille: j.permille, ...(j.of && { of: j.of }), light: lightOf(j.u), group: "", progress: j.u });
  });
  ranked.forEach((r, i) => (r.tied = (i > 0 && ranked[i - 1].rank === r.rank) || (i + 1 < ranked.length && ranked[i + 1].rank === r.rank)));
  // 先进: fewer than n units rank above; 后进: fewer than n rank below; both (ties): 先进. With fewer
  // than twice `group` units, n is half of them, so a field of two has one of each.
  const n = Math.min(group, Math.floor(judged.length / 2));
  judged.forEach((j, i) => {
    const above = judged.filter((k) => better(k, j) < 0).length;
    const below = judged.filter((k) => better(j, k) < 0).length;
    ranked[i].group = above < n ? "先进" : below < n ? "后进" : "";
  });
  unranked.sort((a, b) => listed(a.progress) - listed(b.progress));
  return { metric, ties, group, ranked, unranked };
}

/** Each unit's move since an earlier ranking (its units and ranks): ↑2, ↓1, 新 (not ranked then), — (same). */
export function movesSince(now: readonly Pick<RankedUnit, "unit" | "rank">[], before: readonly Pick<RankedUnit, "unit" | "rank">[]): Map<string, string> {
  const earlier = new Map(before.map((b) => [unitKey(b.unit), b.rank] as const));
  const moves = new Map<string, string>();
  for (const r of now) {
    const was = earlier.get(unitKey(r.unit));
    moves.set(r.unit, was === undefined ? say("rank.move.new") : was === r.rank ? say("rank.move.same") : was > r.rank ? `↑${was - r.rank}` : `↓${r.rank - was}`);
  }
  return moves;
}
