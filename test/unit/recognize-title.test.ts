/** Titles, sheet names, fill lines and unit names. */
import { findListByName, findYear, parseTitle } from "../../src/domain/recognize/title";
import { joinFillCells, parseFillLine } from "../../src/domain/recognize/fillLine";
import { cleanUnitName } from "../../src/domain/recognize/unitName";

describe("parseTitle", () => {
  it.each<[string, number | undefined, string | undefined, string | undefined]>([
    ["柳林镇2023年度重点工作任务清单", 2023, "柳林镇", "tasks"],
    ["2023年柳林镇重点工作任务清单", 2023, "柳林镇", "tasks"],
    ["2023年度重点工作任务清单", 2023, undefined, "tasks"],
    ["冠县柳林镇2023年度重点工作任务清单", 2023, "柳林镇", "tasks"],
    ["冠县发展和改革局2023年调研台账", 2023, "县发展和改革局", "research"],
    ["冠县经济开发区2023年度拟向上争取清单", 2023, "县经济开发区", "support"],
    ["二〇二三年度县住房和城乡建设局重点工作任务台账", 2023, "县住房和城乡建设局", "tasks"],
    ["２０２４年  烟庄街道  拟向上争取清单", 2024, "烟庄街道", "support"],
    ["重点工作任务清单（柳林镇）", undefined, "柳林镇", "tasks"],
    ["柳林镇重点工作推进表", undefined, "柳林镇", undefined],
    ["县教体局巡察反馈问题整改台账", undefined, "县教体局", "rectify"],
    ["冠县通报排名工作清单", undefined, undefined, "rank-county"],
    ["全县2023年重点工作任务清单", 2023, undefined, "tasks"],
    ["柳林镇关于2023年重点工作任务落实情况的台账", 2023, "柳林镇", undefined],
    ["附件1：", undefined, undefined, undefined],
  ])("%s → %s, %s, %s", (title, year, unit, list) => {
    const info = parseTitle(title);
    expect(info.year).toBe(year);
    expect(info.unit).toBe(unit);
    expect(info.list?.id).toBe(list);
  });
});

describe("findYear", () => {
  it.each<[string, boolean, number | undefined]>([
    ["2023年度", false, 2023],
    ["截至2022年底，2023年度计划", false, 2023],
    ["二〇二三年", false, 2023],
    ["2023", true, 2023],
    ["2023", false, undefined],
    ["柳林镇2023", true, 2023],
    ["Sheet1", true, undefined],
    ["0635-5123456", true, undefined],
    ["2023.10", true, undefined],
  ])("%j (loose: %s) → %s", (text, loose, year) => {
    expect(findYear(text, loose)).toBe(year);
  });
});

describe("findListByName", () => {
  it.each([
    ["拟向上争取清单", "support"],
    ["向上争取", undefined],
    ["省市通报排名工作清单", "rank-province"],
    ["县通报排名工作清单", "rank-county"],
    ["发函登记", "letters"],
    ["常务会议定期研究事项清单", "meeting"],
    ["定期分析研究事项清单", "analysis"],
    ["Sheet1", undefined],
  ])("%s → %s", (text, id) => {
    expect(findListByName(text)?.id).toBe(id);
  });
});

describe("fill line", () => {
  it.each<[string[], Record<string, string | number>]>([
    [["填报单位：柳林镇   填报日期：2023年3月5日"], { unit: "柳林镇", date: "2023年3月5日", year: 2023 }],
    [["填报单位（盖章）：柳林镇人民政府", "填报日期：2023-03-05"], { unit: "柳林镇人民政府", date: "2023-03-05", year: 2023 }],
    [["单位(盖章)：冠县柳林镇", "填报人：王芳", "联系电话：0635-5123456"], { unit: "柳林镇", person: "王芳", phone: "0635-5123456" }],
    [["填报单位", "县农业农村局", "填报日期", "2023/1/10"], { unit: "县农业农村局", date: "2023/1/10", year: 2023 }],
    [["填报单位：", "柳林镇", "填报日期：", "44936"], { unit: "柳林镇", date: "44936", year: 2023 }],
    [["报送单位：烟庄街道；报送时间：2023.2.28"], { unit: "烟庄街道", date: "2023.2.28", year: 2023 }],
  ])("%j", (cells, expected) => {
    expect(parseFillLine(joinFillCells(cells))).toEqual(expected);
  });

  it.each([["柳林镇2023年度重点工作任务清单"], ["单位：万元"], ["联系人：张敏"]])("%j is no fill line", (text) => {
    const values = parseFillLine(joinFillCells([text]));
    expect(values?.unit).toBeUndefined();
    expect(values?.date).toBeUndefined();
  });
});

describe("cleanUnitName", () => {
  it.each<[string, string | undefined]>([
    ["柳林镇", "柳林镇"],
    ["冠县柳林镇", "柳林镇"],
    ["聊城市冠县烟庄街道", "烟庄街道"],
    ["冠县烟庄街道办事处", "烟庄街道办事处"],
    ["冠县发展和改革局", "县发展和改革局"],
    ["冠县市场监督管理局", "县市场监督管理局"],
    ["冠县经济开发区", "县经济开发区"],
    ["县发改局", "县发改局"],
    ["冠县", "冠县"],
    ["冠县人民政府", "县人民政府"],
    ["柳林镇（盖章）", "柳林镇"],
    ["县教体局巡察反馈", "县教体局"],
    ["全县", undefined],
    ["我镇", undefined],
    ["2023", undefined],
    ["重点工作任务清单", undefined],
    ["Sheet1", undefined],
    ["", undefined],
  ])("%j → %j", (raw, unit) => {
    expect(cleanUnitName(raw)).toBe(unit);
  });
});
