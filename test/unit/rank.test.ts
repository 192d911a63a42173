/**
 * 通报排名 (docs/ranking.md): the printed figure, ties at every position in both styles, lights at
 * their boundaries, 先进/后进 with ties at the edge, units apart, moves; properties: the ranking
 * does not depend on the order of the units, and a unit's rank never worsens when its figure rises.
 */
import fc from "fast-check";
import { lightOf, movesSince, rankUnits, toPermille, type RankOptions } from "../../src/domain/rank/rank";
import type { UnitProgress } from "../../src/domain/progress/types";
import { unit } from "../fixtures/unitProgress";


const ranks = (units: UnitProgress[], options: RankOptions = {}) => rankUnits(units, options).ranked.map((r) => [r.unit, r.rank, r.tied]);

describe("the figure as printed", () => {
  test.each([
    [0.6665, 667], [0.66649, 666], [0.6674, 667], [0.95125, 951], [1, 1000], [0, 0], [2 / 3, 667], [0.0005, 1],
  ])("%p → %p tenths of a percent", (value, permille) => expect(toPermille(value)).toBe(permille));

  test("two units printed alike are tied whatever the hidden digits; a tenth apart they are not", () => {
    expect(ranks([unit("甲镇", 0.6665), unit("乙镇", 0.6674)])).toEqual([["甲镇", 1, true], ["乙镇", 1, true]]);
    expect(ranks([unit("甲镇", 0.6664), unit("乙镇", 0.6665)])).toEqual([["乙镇", 1, false], ["甲镇", 2, false]]);
  });
});

describe("ties at every position, in both styles", () => {
  const field = () => [unit("甲镇", 0.9), unit("乙镇", 0.9), unit("丙镇", 0.8), unit("丁镇", 0.7), unit("戊镇", 0.7)];
  test("excel (RANK.EQ): 1, 1, 3, 4, 4", () => {
    expect(ranks(field())).toEqual([["甲镇", 1, true], ["乙镇", 1, true], ["丙镇", 3, false], ["丁镇", 4, true], ["戊镇", 4, true]]);
  });
  test("中国式: 1, 1, 2, 3, 3", () => {
    expect(ranks(field(), { ties: "chinese" })).toEqual([["甲镇", 1, true], ["乙镇", 1, true], ["丙镇", 2, false], ["丁镇", 3, true], ["戊镇", 3, true]]);
  });
  test("a tie in the middle: 1, 2, 2, 4 and 1, 2, 2, 3", () => {
    const units = [unit("甲镇", 0.9), unit("乙镇", 0.8), unit("丙镇", 0.8), unit("丁镇", 0.7)];
    expect(ranks(units).map((r) => r[1])).toEqual([1, 2, 2, 4]);
    expect(ranks(units, { ties: "chinese" }).map((r) => r[1])).toEqual([1, 2, 2, 3]);
  });
  test("all tied", () => {
    expect(ranks([unit("甲镇", 0.5), unit("乙镇", 0.5), unit("丙镇", 0.5)]).map((r) => r[1])).toEqual([1, 1, 1]);
  });
  test("equal figures: fewer 逾期 first, then fewer 滞后; equal on all three: tied", () => {
    const units = [unit("甲镇", 0.8, 0.5, { 滞后: 2 }), unit("乙镇", 0.8, 0.5, { 逾期: 1 }), unit("丙镇", 0.8, 0.5, { 滞后: 1 }), unit("丁镇", 0.8, 0.5, { 滞后: 1 })];
    expect(ranks(units)).toEqual([["丙镇", 1, true], ["丁镇", 1, true], ["甲镇", 3, false], ["乙镇", 4, false]]);
  });
  test("tied units are listed in the 单位名录's order, units not in it after, as first met", () => {
    const units = [unit("城关镇", 0.5), unit("外来镇", 0.5), unit("烟庄街道", 0.5), unit("后来镇", 0.5)];
    const order = ["烟庄街道", "城关镇"];
    expect(rankUnits(units, { order }).ranked.map((r) => r.unit)).toEqual(["烟庄街道", "城关镇", "外来镇", "后来镇"]);
  });
});

describe("lights at their boundaries (from the printed P and T)", () => {
  test.each([
    { name: "gap exactly −10.0 points", u: unit("甲镇", 0.4, 0.5), light: "黄" },
    { name: "gap −10.1 points", u: unit("甲镇", 0.399, 0.5), light: "红" },
    { name: "gap −10.04 points printed as −10.0", u: unit("甲镇", 0.3996, 0.5), light: "黄" },
    { name: "gap exactly 0", u: unit("甲镇", 0.5, 0.5), light: "绿" },
    { name: "gap −0.1 point", u: unit("甲镇", 0.499, 0.5), light: "黄" },
    { name: "ahead, but one row 逾期", u: unit("甲镇", 0.9, 0.5, { 逾期: 1 }), light: "红" },
    { name: "ahead, but one row 滞后", u: unit("甲镇", 0.9, 0.5, { 滞后: 1 }), light: "黄" },
    { name: "P unknown", u: unit("甲镇", null, 0.5), light: null },
    { name: "T unknown", u: unit("甲镇", 0.5, null), light: null },
  ])("$name → $light", ({ u, light }) => expect(lightOf(u)).toBe(light));
});

describe("先进 and 后进", () => {
  const groups = (units: UnitProgress[], group = 3) => rankUnits(units, { group }).ranked.map((r) => r.group);
  test("the top and bottom three of eight", () => {
    const units = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2].map((p, i) => unit(`${"甲乙丙丁戊己庚辛"[i]}镇`, p));
    expect(groups(units)).toEqual(["先进", "先进", "先进", "", "", "后进", "后进", "后进"]);
  });
  test("ties at the edge take every tied unit: ranks 1, 2, 3, 3 → four 先进", () => {
    const units = [0.9, 0.8, 0.7, 0.7, 0.5, 0.4, 0.3, 0.2, 0.1].map((p, i) => unit(`${"甲乙丙丁戊己庚辛壬"[i]}镇`, p));
    expect(groups(units)).toEqual(["先进", "先进", "先进", "先进", "", "", "后进", "后进", "后进"]);
  });
  test("fewer than twice the number: half of them each way (two units: one of each; three: the middle neither)", () => {
    expect(groups([unit("甲镇", 0.9), unit("乙镇", 0.5), unit("丙镇", 0.2)], 2)).toEqual(["先进", "", "后进"]);
    expect(groups([unit("甲镇", 0.9), unit("乙镇", 0.5)])).toEqual(["先进", "后进"]);
    expect(groups([unit("甲镇", 0.9)])).toEqual([""]);
  });
  test("all tied in a small field: every unit is 先进 (ties at the edge are all in)", () => {
    expect(groups([unit("甲镇", 0.5), unit("乙镇", 0.5)])).toEqual(["先进", "先进"]);
  });
  test("units not ranked are neither", () => {
    const r = rankUnits([unit("甲镇", 0.9), unit("丙镇", 0.4), unit("乙镇", null)]);
    expect(r.ranked.map((x) => [x.unit, x.group])).toEqual([["甲镇", "先进"], ["丙镇", "后进"]]);
    expect(r.unranked.map((x) => x.unit)).toEqual(["乙镇"]);
  });
});

describe("units with nothing to judge, and the other metrics", () => {
  test("P unknown: listed apart with the reason, never ranked", () => {
    const r = rankUnits([unit("甲镇", null, 0.5, { 未填报: 10 }), unit("乙镇", 0.3)]);
    expect(r.ranked.map((x) => x.unit)).toEqual(["乙镇"]);
    expect(r.unranked).toEqual([expect.objectContaining({ unit: "甲镇", reason: "没有能判断完成进度的事项（均为未填报、长期或无法判定），不参与排名" })]);
  });
  test("完成率 with its counts; 到期完成率 apart when nothing is due", () => {
    const units = [unit("甲镇", 0.5, 0.5, { 已完成: 7 }, 10), unit("乙镇", 0.5, 0.5, { 已完成: 9 }, 10), unit("丙镇", 0.5, 0.5, {}, 10)];
    const done = rankUnits(units, { metric: "done" });
    expect(done.ranked.map((r) => [r.unit, r.rank, r.permille, r.of])).toEqual([
      ["乙镇", 1, 900, { numerator: 9, denominator: 10 }], ["甲镇", 2, 700, { numerator: 7, denominator: 10 }], ["丙镇", 3, 0, { numerator: 0, denominator: 10 }],
    ]);
    const due = rankUnits(units, { metric: "due-done" });
    expect(due.unranked.map((u) => [u.unit, u.reason])).toEqual([["丙镇", "截至检查日没有到期事项，不参与排名"]]);
  });
  test("序时达标率: more rows on pace ranks higher", () => {
    const r = rankUnits([unit("甲镇", 0.5, 0.5, { 滞后: 3 }), unit("乙镇", 0.5, 0.5, { 滞后: 1 })], { metric: "on-pace" });
    expect(r.ranked.map((x) => [x.unit, x.permille])).toEqual([["乙镇", 900], ["甲镇", 700]]);
  });
});

test("moves since an earlier ranking: ↑, ↓, 新, —, matched by unit name as the 单位名录 matches it", () => {
  const moves = movesSince(
    [{ unit: "甲镇", rank: 1 }, { unit: "乙镇", rank: 2 }, { unit: "丙镇", rank: 3 }, { unit: "丁镇", rank: 4 }],
    [{ unit: "甲镇", rank: 3 }, { unit: "乙镇", rank: 2 }, { unit: "丙镇", rank: 1 }],
  );
  expect([...moves]).toEqual([["甲镇", "↑2"], ["乙镇", "—"], ["丙镇", "↓2"], ["丁镇", "新"]]);
});

describe("properties", () => {
  const arbUnits = fc
    .array(fc.record({ p: fc.option(fc.integer({ min: 0, max: 20 }).map((n) => n / 20), { nil: null }), overdue: fc.integer({ min: 0, max: 2 }), lagging: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 12 })
    .map((xs) => xs.map((x, i) => unit(`单位${"甲乙丙丁戊己庚辛壬癸子丑"[i]}`, x.p, 0.5, { 逾期: x.overdue, 滞后: x.lagging })));

  test("the ranking does not depend on the order of the units (with a 单位名录: not even the listing)", () => {
    fc.assert(
      fc.property(arbUnits, fc.integer(), fc.constantFrom<"excel" | "chinese">("excel", "chinese"), (units, seed, ties) => {
        const shuffled = [...units].sort((a, b) => ((a.unit.charCodeAt(2) * 31 + seed) % 97) - ((b.unit.charCodeAt(2) * 31 + seed) % 97));
        const order = units.map((u) => u.unit);
        expect(rankUnits(shuffled, { ties, order })).toEqual(rankUnits(units, { ties, order }));
        const byUnit = (us: UnitProgress[]) => new Map(rankUnits(us, { ties }).ranked.map((r) => [r.unit, [r.rank, r.group]]));
        expect(byUnit(shuffled)).toEqual(byUnit(units));
      }),
    );
  });

  test("a unit's rank never worsens when its figure rises and the others stay", () => {
    fc.assert(
      fc.property(arbUnits, fc.nat(), fc.integer({ min: 1, max: 10 }), fc.constantFrom<"excel" | "chinese">("excel", "chinese"), (units, pick, step, ties) => {
        const i = pick % units.length;
        const u = units[i];
        if (u.taskProgress === null) return;
        const raised = units.map((x, j) => (j === i ? { ...x, taskProgress: Math.min(1, (u.taskProgress ?? 0) + step / 20) } : x));
        const rankOf = (us: UnitProgress[]) => rankUnits(us, { ties }).ranked.find((r) => r.unit === u.unit)!.rank;
        expect(rankOf(raised)).toBeLessThanOrEqual(rankOf(units));
      }),
    );
  });
});
