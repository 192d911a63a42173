/** The header matcher: names, synonyms, normal forms, unit suffixes, tails and months. */
import { LISTS } from "../../src/domain/lists/catalogue";
import { MATCH_QUALITY, matchHeader, monthOfHeader } from "../../src/domain/recognize/header";
import { LETTERS, RECTIFY, RESEARCH, SUPPORT, TASKS } from "../../src/domain/lists/catalogue";
import type { ListSchema } from "../../src/domain/lists/schema";

describe("matchHeader", () => {
  it.each<[ListSchema, string, string, number]>([
    [TASKS, "任务", "task", MATCH_QUALITY.name],
    [TASKS, "工作任务", "task", MATCH_QUALITY.synonym],
    [TASKS, "完 成 时 限", "deadline", MATCH_QUALITY.name],
    [TASKS, "时间\n节点", "deadline", MATCH_QUALITY.synonym],
    [TASKS, "*具体责任人", "owner", MATCH_QUALITY.synonym],
    [TASKS, "★责任人", "owner", MATCH_QUALITY.name],
    [TASKS, "完成进度（%）", "progress", MATCH_QUALITY.synonym],
    [TASKS, "完成进度（％）", "progress", MATCH_QUALITY.synonym],
    [TASKS, "完成率（%）", "progress", MATCH_QUALITY.withoutUnit],
    [TASKS, "责任人（姓名）", "owner", MATCH_QUALITY.withoutUnit],
    [TASKS, "计划完成时限", "deadline", MATCH_QUALITY.suffix],
    [TASKS, "县级责任领导", "leader", MATCH_QUALITY.suffix],
    [TASKS, "分管领导", "leader", MATCH_QUALITY.synonym],
    [TASKS, "No", "seq", MATCH_QUALITY.synonym],
    [TASKS, "序  号", "seq", MATCH_QUALITY.name],
    [SUPPORT, "争取资金（万元）", "goal", MATCH_QUALITY.synonym],
    [SUPPORT, "争取资金(亿元)", "goal", MATCH_QUALITY.withoutUnit],
    [SUPPORT, "对接上级部门", "upperDept", MATCH_QUALITY.name],
    [RECTIFY, "整改时限", "deadline", MATCH_QUALITY.name],
    [RECTIFY, "存在问题", "task", MATCH_QUALITY.synonym],
    [RESEARCH, "调研人及职务", "researcher", MATCH_QUALITY.name],
    [LETTERS, "发函编号", "letterNo", MATCH_QUALITY.synonym],
  ])("%#: %s reads %j as %s", (list, header, field, quality) => {
    expect(matchHeader(list, header)).toEqual({ field, quality });
  });

  it.each<[ListSchema, string]>([
    [TASKS, ""],
    [TASKS, "   "],
    [TASKS, "配合单位"],
    [TASKS, "科目名称"],
    [TASKS, "月度进展"],
    [TASKS, "单位"],
    [RESEARCH, "1月"],
    [SUPPORT, "1月"],
  ])("%#: %j is no column of the list", (list, header) => {
    expect(matchHeader(list, header)).toBeUndefined();
  });

  it.each(["support", "mechanism", "rectify"])("%s carries 完成进度 and 进展情况, so progress reads them (docs/lists.md)", (id) => {
    const list = LISTS.find((l) => l.id === id)!;
    expect(matchHeader(list, "完成进度")).toMatchObject({ field: "progress" });
    expect(matchHeader(list, "进展情况")).toMatchObject({ field: "report" });
  });

  it("reads month headers as month fields in a list that has months", () => {
    expect(matchHeader(TASKS, "3月")?.field).toBe("month3");
    expect(matchHeader(TASKS, "十二月")?.field).toBe("month12");
  });
});

describe("monthOfHeader", () => {
  it.each([
    ["1月", 1], ["01月", 1], ["1月份", 1], ["一月", 1], ["十月", 10], ["十一月", 11], ["十二月", 12],
    ["３月", 3], ["3 月", 3], ["6月进展", 6], ["7月计划", 7], ["9月份进展情况", 9],
  ])("%s → %d", (header, month) => {
    expect(monthOfHeader(header)).toBe(month);
  });

  it.each(["13月", "0月", "月度进展", "6月底前", "上半年", "二十月", "12"])("%j is not a month header", (header) => {
    expect(monthOfHeader(header)).toBeUndefined();
  });
});
