/** Text normalisation, Chinese numerals and A1 letters (table-driven). */
import {
  collapseSpaces, dropUnitSuffix, normalizeHeader, normalizeText, stripSpaces, toHalfWidth, unifyBrackets,
} from "../../src/domain/text/normalize";
import { chineseNumeralsToDigits, parseChineseNumber } from "../../src/domain/text/chineseNumber";
import { cellAddress, columnLetter } from "../../src/domain/text/a1";

describe("toHalfWidth", () => {
  it.each([
    ["６月底前", "6月底前"],
    ["２０２３年", "2023年"],
    ["Ｑ３", "Q3"],
    ["完成进度（％）", "完成进度(%)"],
    ["填报单位：柳林镇", "填报单位:柳林镇"],
    ["张三　李四", "张三 李四"],
    ["已完成，推进中。", "已完成,推进中。"],
  ])("%s → %s", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});

describe("stripSpaces / collapseSpaces", () => {
  it.each([
    ["完 成 时 限", "完成时限", "完 成 时 限"],
    ["责任\n单位", "责任单位", "责任 单位"],
    ["　责任人　", "责任人", "责任人"],
    ["目标\r\n任务", "目标任务", "目标 任务"],
    ["\u00a0序号\u200b", "序号", "序号"],
  ])("%j → %j / %j", (input, stripped, collapsed) => {
    expect(stripSpaces(input)).toBe(stripped);
    expect(collapseSpaces(input)).toBe(collapsed);
  });
});

describe("unifyBrackets", () => {
  it.each([
    ["李明（副镇长）", "李明(副镇长)"],
    ["督办〔2023〕7号", "督办(2023)7号"],
    ["【重点】", "(重点)"],
    ["3—6月", "3-6月"],
    ["3～6月", "3~6月"],
  ])("%s → %s", (input, expected) => {
    expect(unifyBrackets(input)).toBe(expected);
  });
});

describe("normalizeText", () => {
  it.each([
    ["完成进度（％）", "完成进度(%)"],
    ["２０２３年 ６月 底前", "2023年6月底前"],
    ["〔一〕 项目建设", "(一)项目建设"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("normalizeHeader", () => {
  it.each([
    ["完 成 时 限", "完成时限"],
    ["*工作任务", "工作任务"],
    ["★责任人", "责任人"],
    ["责任人*", "责任人"],
    ["完成进度（%）", "完成进度(%)"],
    ["目标\n任务", "目标任务"],
    ["序号：", "序号"],
    ["No", "no"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeHeader(input)).toBe(expected);
  });
});

describe("dropUnitSuffix", () => {
  it.each([
    ["完成进度(%)", "完成进度"],
    ["争取资金(万元)", "争取资金"],
    ["完成率%", "完成率"],
    ["责任人", "责任人"],
    ["(%)", "(%)"],
  ])("%s → %s", (input, expected) => {
    expect(dropUnitSuffix(input)).toBe(expected);
  });
});

describe("parseChineseNumber", () => {
  it.each([
    ["一", 1], ["十", 10], ["十二", 12], ["二十", 20], ["二十三", 23], ["一百零五", 105],
    ["二〇二三", 2023], ["二零二四", 2024], ["两", 2],
  ])("%s → %d", (input, expected) => {
    expect(parseChineseNumber(input)).toBe(expected);
  });

  it.each(["", "月", "十二月", "二二十"])("%j is not a number", (input) => {
    expect(parseChineseNumber(input)).toBeUndefined();
  });

  it.each([
    ["二〇二三年十二月", "2023年12月"],
    ["三季度末", "3季度末"],
    ["6月底前", "6月底前"],
  ])("chineseNumeralsToDigits %s → %s", (input, expected) => {
    expect(chineseNumeralsToDigits(input)).toBe(expected);
  });
});

describe("A1 letters", () => {
  it.each([[0, "A"], [8, "I"], [25, "Z"], [26, "AA"], [51, "AZ"], [52, "BA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]])(
    "column %d → %s",
    (col, letters) => {
      expect(columnLetter(col)).toBe(letters);
    },
  );

  it("gives a cell's address", () => {
    expect(cellAddress(6, 2)).toBe("C7");
  });
});
