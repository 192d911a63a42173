/** Sheet names as Excel allows them. */
import { freeSheetName, sameSheetName, sanitizeSheetName } from "../../../src/workbook/common/sheetNames";

describe("sheet names", () => {
  it.each([
    ["进度", "进度"],
    ["a/b\\c:d*e?f[g]h", "a_b_c_d_e_f_g_h"],
    ["'引号'", "引号"],
    ["It's", "It’s"],
    ["  ", "Sheet"],
    ["History", "History_"],
    ["tab\tname", "tabname"],
    ["😀".repeat(20), "😀".repeat(15)],
  ])("sanitizes %p to %p", (wanted, name) => {
    expect(sanitizeSheetName(wanted)).toBe(name);
    expect(sanitizeSheetName(wanted).length).toBeLessThanOrEqual(31);
  });

  it("finds a free name, without regard to case, never the store's", () => {
    expect(freeSheetName("汇总", [])).toBe("汇总");
    expect(freeSheetName("汇总", ["汇总", "汇总(2)"])).toBe("汇总(3)");
    expect(freeSheetName("report", ["Report"])).toBe("report(2)");
    expect(freeSheetName("_luoshi", [])).toBe("_luoshi(2)");
    const long = "甲".repeat(31);
    expect(freeSheetName(long, [long])).toBe("甲".repeat(28) + "(2)");
  });

  it("compares names as Excel does", () => {
    expect(sameSheetName("Sheet1", "SHEET1")).toBe(true);
    expect(sameSheetName("进度", "进度表")).toBe(false);
  });
});
