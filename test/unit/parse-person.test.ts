/**
 * Reading a 责任人 cell (docs/rules.md `owner-not-person`): people, units, positions, mixes.
 * Table-driven: cell text → a compact summary (`people 张三,李四`, `unit 党政办`, `role 镇长`,
 * `mixed 张三 | 党政办`, `unknown 同上`, `empty`).
 */
import fc from "fast-check";
import { readOwner, type OwnerReading } from "../../src/domain/parse/person";

function summary(r: OwnerReading): string {
  switch (r.kind) {
    case "people": return `people ${r.names.join(",")}`;
    case "unit": return `unit ${r.units.join(",")}`;
    case "role": return `role ${r.roles.join(",")}`;
    case "mixed": return `mixed ${r.names.join(",")} | ${[...r.units, ...r.roles, ...r.others].join(",")}`;
    case "unknown": return `unknown ${r.text}`;
    case "empty": return "empty";
  }
}

describe("readOwner: named people (owner-not-person does not fire)", () => {
  it.each([
    ["张三", "people 张三"],
    ["欧阳明", "people 欧阳明"],
    ["司马相如", "people 司马相如"],
    ["张三、李四", "people 张三,李四"],
    ["张三,李四", "people 张三,李四"],
    ["张三，李四", "people 张三,李四"],
    ["张三 李四", "people 张三,李四"],
    ["张三\n李四", "people 张三,李四"],
    ["张三；李四", "people 张三,李四"],
    ["李明/王芳", "people 李明,王芳"],
    ["张三和李四", "people 张三,李四"],
    ["李明（副镇长）", "people 李明"],
    ["李明(副镇长)", "people 李明"],
    ["李明 （副镇长）", "people 李明"],
    ["副镇长李明", "people 李明"],
    ["党委书记欧阳明", "people 欧阳明"],
    ["李明镇长", "people 李明"],
    ["分管领导：王芳", "people 王芳"],
    ["负责人：张三", "people 张三"],
    ["张三（党政办）", "people 张三"],
    ["张三等", "people 张三"],
    ["张三同志", "people 张三"],
    ["张三 13800000000", "people 张三"],
    ["王　芳", "people 王芳"],
    ["王科", "people 王科"],
    ["李建科（副镇长）", "people 李建科"],
    ["买买提·艾力", "people 买买提·艾力"],
    ["张三、张三", "people 张三"],
  ])("%j → %s", (input, expected) => {
    expect(summary(readOwner(input))).toBe(expected);
  });
});

describe("readOwner: units and offices (owner-not-person fires)", () => {
  it.each([
    ["党政办", "unit 党政办"],
    ["经发办", "unit 经发办"],
    ["党政办公室", "unit 党政办公室"],
    ["县住建局", "unit 县住建局"],
    ["柳林镇", "unit 柳林镇"],
    ["城关街道", "unit 城关街道"],
    ["便民服务中心", "unit 便民服务中心"],
    ["财政所", "unit 财政所"],
    ["综合执法队", "unit 综合执法队"],
    ["县卫健委", "unit 县卫健委"],
    ["镇政府", "unit 镇政府"],
    ["各村", "unit 各村"],
    ["各科室", "unit 各科室"],
    ["全体村干部", "unit 全体村干部"],
    ["相关部门", "unit 相关部门"],
    ["住建", "unit 住建"],
    ["林业", "unit 林业"],
    ["党政办、经发办", "unit 党政办,经发办"],
    ["县城投公司", "unit 县城投公司"],
    ["李建科", "unit 李建科"],
  ])("%j → %s", (input, expected) => {
    expect(summary(readOwner(input))).toBe(expected);
  });
});

describe("readOwner: positions without a name, mixes, nothing", () => {
  it.each([
    ["镇长", "role 镇长"],
    ["分管副镇长", "role 分管副镇长"],
    ["村支书", "role 村支书"],
    ["王主任", "role 王主任"],
    ["财政所所长", "role 财政所所长"],
    ["办公室主任", "role 办公室主任"],
    ["党政办（张三）", "mixed 张三 | 党政办"],
    ["张三、党政办", "mixed 张三 | 党政办"],
    ["张三、镇长", "mixed 张三 | 镇长"],
    ["同上", "unknown 同上"],
    ["", "empty"],
    ["   ", "empty"],
    ["无", "empty"],
    ["待定", "empty"],
    ["/", "empty"],
  ])("%j → %s", (input, expected) => {
    expect(summary(readOwner(input))).toBe(expected);
  });

  it("joins several units in `unit` with 、", () => {
    expect(readOwner("党政办、经发办")).toEqual({ kind: "unit", unit: "党政办、经发办", units: ["党政办", "经发办"] });
  });

  it("never throws, on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 30 }), (t) => {
      expect(() => readOwner(t)).not.toThrow();
    }), { numRuns: 500 });
    expect(() => readOwner(undefined as unknown as string)).not.toThrow();
  });
});
