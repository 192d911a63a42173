/**
 * The deadline grammar (docs/deadline-grammar.md "The grammar"), table-driven: each row is a
 * cell as written → a compact summary of the reading:
 *   `once <due> <precision> [milestones] from <start>`, `recurring <frequency> [milestones]`,
 *   `ongoing [milestones]`, or the failure reason (`vague`, `unreadable`, `no-year`, `empty`).
 * Plan year 2023 from the title. The year, number cells and explanations are in
 * parse-deadline-cells.test.ts; properties in parse-deadline-properties.test.ts.
 */
import { read } from "./deadlineHelpers";

describe("parseDeadline: days", () => {
  it.each([
    ["2023年6月30日", "once 2023-06-30 day"],
    ["2023年6月30日前", "once 2023-06-30 day"],
    ["2023-06-30", "once 2023-06-30 day"],
    ["2023/6/30", "once 2023-06-30 day"],
    ["2023.6.30", "once 2023-06-30 day"],
    ["2023.06.30", "once 2023-06-30 day"],
    ["20230630", "once 2023-06-30 day"],
    ["6月30日前", "once 2023-06-30 day"],
    ["6月30号", "once 2023-06-30 day"],
    ["6月30日以前", "once 2023-06-30 day"],
    ["6月30日之前", "once 2023-06-30 day"],
    ["6月30日前完成", "once 2023-06-30 day"],
    ["6月30日办结", "once 2023-06-30 day"],
    ["6 月 30 日", "once 2023-06-30 day"],
    ["６月３０日", "once 2023-06-30 day"],
    ["六月三十日", "once 2023-06-30 day"],
    ["6.30前", "once 2023-06-30 day"],
    ["6/30", "once 2023-06-30 day"],
    ["截至6月30日", "once 2023-06-30 day"],
    ["2024年6月30日", "once 2024-06-30 day"],
    ["2024年2月29日", "once 2024-02-29 day"],
    ["2023年12月31日前完成", "once 2023-12-31 day"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("parseDeadline: months and parts of months", () => {
  it.each([
    ["6月底前", "once 2023-06-30 month"],
    ["6月底", "once 2023-06-30 month"],
    ["6月份", "once 2023-06-30 month"],
    ["6月", "once 2023-06-30 month"],
    ["6月末", "once 2023-06-30 month"],
    ["6月内", "once 2023-06-30 month"],
    ["2023年6月", "once 2023-06-30 month"],
    ["2023年6月底前", "once 2023-06-30 month"],
    ["2023.06", "once 2023-06-30 month"],
    ["2023-06", "once 2023-06-30 month"],
    ["2023/6", "once 2023-06-30 month"],
    ["2023.10", "once 2023-10-31 month"],
    ["六月底", "once 2023-06-30 month"],
    ["六月底前", "once 2023-06-30 month"],
    ["６月", "once 2023-06-30 month"],
    ["十二月", "once 2023-12-31 month"],
    ["十二月底前", "once 2023-12-31 month"],
    ["二〇二三年十月", "once 2023-10-31 month"],
    ["２０２３年６月", "once 2023-06-30 month"],
    ["11月底前完成", "once 2023-11-30 month"],
    ["12月底", "once 2023-12-31 month"],
    ["4月底前", "once 2023-04-30 month"],
    ["2月底", "once 2023-02-28 month"],
    ["6月上旬", "once 2023-06-10 day"],
    ["6月中旬前", "once 2023-06-20 day"],
    ["6月下旬", "once 2023-06-30 day"],
    ["6月初", "once 2023-06-10 day"],
    ["6月中下旬", "once 2023-06-30 day"],
    ["2月下旬", "once 2023-02-28 day"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("parseDeadline: quarters, halves, the year", () => {
  it.each([
    ["一季度", "once 2023-03-31 quarter"],
    ["第一季度末", "once 2023-03-31 quarter"],
    ["Q1", "once 2023-03-31 quarter"],
    ["q2", "once 2023-06-30 quarter"],
    ["Ｑ３", "once 2023-09-30 quarter"],
    ["一季度末", "once 2023-03-31 quarter"],
    ["1季度", "once 2023-03-31 quarter"],
    ["二季度", "once 2023-06-30 quarter"],
    ["三季度", "once 2023-09-30 quarter"],
    ["三季度末", "once 2023-09-30 quarter"],
    ["第四季度", "once 2023-12-31 quarter"],
    ["2023Q3", "once 2023-09-30 quarter"],
    ["2023年第三季度", "once 2023-09-30 quarter"],
    ["前三季度", "once 2023-09-30 quarter from 2023-01-01"],
    ["三季度初", "once 2023-07-31 month"],
    ["上半年", "once 2023-06-30 half"],
    ["年中", "once 2023-06-30 half"],
    ["下半年", "once 2023-12-31 half from 2023-07-01"],
    ["2023年上半年", "once 2023-06-30 half"],
    ["年底前", "once 2023-12-31 year"],
    ["年底", "once 2023-12-31 year"],
    ["年内", "once 2023-12-31 year"],
    ["全年", "once 2023-12-31 year"],
    ["年末", "once 2023-12-31 year"],
    ["年前", "once 2023-12-31 year"],
    ["2023年底", "once 2023-12-31 year"],
    ["2023年年底", "once 2023-12-31 year"],
    ["2023年度", "once 2023-12-31 year"],
    ["2023年", "once 2023-12-31 year"],
    ["2023", "once 2023-12-31 year"],
    ["今年底", "once 2023-12-31 year"],
    ["本年度内", "once 2023-12-31 year"],
    ["明年6月底", "once 2024-06-30 month"],
    ["23年6月", "once 2023-06-30 month"],
    ["24年底", "once 2024-12-31 year"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("parseDeadline: ranges (due = end, start kept)", () => {
  it.each([
    ["3-6月", "once 2023-06-30 month from 2023-03-01"],
    ["3月-6月", "once 2023-06-30 month from 2023-03-01"],
    ["3至6月", "once 2023-06-30 month from 2023-03-01"],
    ["3～6月", "once 2023-06-30 month from 2023-03-01"],
    ["3—6月", "once 2023-06-30 month from 2023-03-01"],
    ["2023年3月至6月", "once 2023-06-30 month from 2023-03-01"],
    ["1-9月", "once 2023-09-30 month from 2023-01-01"],
    ["2023年11月至次年3月", "once 2024-03-31 month from 2023-11-01"],
    ["11月至3月", "once 2024-03-31 month from 2023-11-01"],
    ["6月1日-15日", "once 2023-06-15 day from 2023-06-01"],
    ["2023.3-2023.6", "once 2023-06-30 month from 2023-03-01"],
    ["二至三季度", "once 2023-09-30 quarter from 2023-04-01"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("parseDeadline: several dates in one cell (latest is due, the rest milestones)", () => {
  it.each([
    ["6月底前完成主体工程，年底前竣工", "once 2023-12-31 year [2023-06-30]"],
    ["6月底前完成主体工程\n年底前竣工", "once 2023-12-31 year [2023-06-30]"],
    ["3月底前启动；6月底前完成主体；年底前竣工", "once 2023-12-31 year [2023-03-31,2023-06-30]"],
    ["2023年底前完成主体工程，2024年6月底前投用", "once 2024-06-30 month [2023-12-31]"],
    ["年底前竣工，6月底前完成主体", "once 2023-12-31 year [2023-06-30]"],
    ["一季度启动，三季度完成", "once 2023-09-30 quarter [2023-03-31]"],
    ["6月底前完成投资1.5亿元，年底前竣工", "once 2023-12-31 year [2023-06-30]"],
    ["按上级要求，6月底前完成", "once 2023-06-30 month"],
    ["立行立改，3月底前", "once 2023-03-31 month"],
    ["6月30日 12月31日", "once 2023-12-31 day [2023-06-30]"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("parseDeadline: recurring and ongoing", () => {
  it.each([
    ["每周", "recurring week"],
    ["每月", "recurring month"],
    ["每季度", "recurring quarter"],
    ["每季", "recurring quarter"],
    ["每半年", "recurring half"],
    ["每年", "recurring year"],
    ["每月5日前", "recurring month"],
    ["每周五", "recurring week"],
    ["按月", "recurring month"],
    ["按季度", "recurring quarter"],
    ["每季度末", "recurring quarter"],
    ["每年6月底前", "recurring year"],
    ["每两周", "recurring week"],
    ["每3个月", "recurring quarter"],
    ["月度", "recurring month"],
    ["每月调度，每季度通报", "recurring month"],
    ["每月调度，6月底前完成", "recurring month [2023-06-30]"],
    ["长期坚持", "ongoing"],
    ["持续推进", "ongoing"],
    ["常态化", "ongoing"],
    ["常态化推进", "ongoing"],
    ["长期", "ongoing"],
    ["持续", "ongoing"],
    ["常年", "ongoing"],
    ["每日", "ongoing"],
    ["长期坚持，6月底前完成阶段目标", "ongoing [2023-06-30]"],
    ["2023年6月底前完成，长期坚持", "ongoing [2023-06-30]"],
    ["立行立改，长期坚持", "ongoing"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});

describe("parseDeadline: no date (vague, unreadable, empty)", () => {
  it.each([
    ["立行立改", "vague"],
    ["立即", "vague"],
    ["马上", "vague"],
    ["10个工作日内", "vague"],
    ["5天内", "vague"],
    ["收到通知后15日内", "vague"],
    ["一周内", "vague"],
    ["3个月内", "vague"],
    ["半年内", "vague"],
    ["待定", "vague"],
    ["适时", "vague"],
    ["按上级要求", "vague"],
    ["根据上级安排", "vague"],
    ["视情况", "vague"],
    ["另行通知", "vague"],
    ["尽快", "vague"],
    ["按年度计划推进", "vague"],
    ["春节前", "vague"],
    ["国庆节前", "vague"],
    ["年初", "vague"],
    ["", "empty"],
    ["   ", "empty"],
    ["无", "empty"],
    ["/", "empty"],
    ["2月30日", "unreadable"],
    ["13月", "unreadable"],
    ["2023年2月29日", "unreadable"],
    ["下周", "unreadable"],
    ["abc", "unreadable"],
    ["加快推进", "unreadable"],
  ])("%j → %s", (input, expected) => {
    expect(read(input)).toBe(expected);
  });
});
