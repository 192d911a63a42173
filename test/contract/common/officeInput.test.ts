/** What the Office adapter sends Excel so strings stay text, and its width units. */
import { fromExcelValue, needsTextPrefix, toExcelInput } from "../../../src/workbook/officejs/cellInput";
import { charsToPoints, pointsToChars } from "../../../src/workbook/officejs/units";

describe("Office input", () => {
  it.each(["=SUM(A1)", "+86", "-x", "@x", "'x", "#N/A", "001", "６月", "TRUE", " false ", "2023-06-30", " 前导空格"])("protects %p", (text) => {
    expect(needsTextPrefix(text)).toBe(true);
    expect(toExcelInput(text)).toBe(`'${text}`);
  });

  it.each(["已完成", "县发改委", "推进中", "Done", ""])("sends %p as it is", (text) => {
    expect(toExcelInput(text)).toBe(text);
  });

  it("sends blanks and non-finite numbers as empty, reads empty as null", () => {
    expect(toExcelInput(null)).toBe("");
    expect(toExcelInput(NaN)).toBe("");
    expect(toExcelInput(1.5)).toBe(1.5);
    expect(fromExcelValue("")).toBeNull();
    expect(fromExcelValue(0)).toBe(0);
  });

  it("converts column widths between characters and points", () => {
    // A stored width of 9.140625 is Excel's default column (64 px = 48 pt).
    expect(charsToPoints(9.140625)).toBe(48);
    for (const w of [6, 10, 40]) expect(pointsToChars(charsToPoints(w))).toBeCloseTo(w, 0);
  });
});
