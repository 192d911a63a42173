/** Number formats rendered as Excel shows them (used where the host gives no text). */
import { dateToSerial, formatCellText, generalNumberText, isDateFormat, serialToDate } from "../../../src/workbook/common/numberFormat";

describe("formatCellText", () => {
  it.each([
    [0.6, "0%", "60%"],
    [0.125, "0%", "13%"],
    [0.1234, "0.00%", "12.34%"],
    [1234.5, "#,##0", "1,235"],
    [1234.5, "#,##0.00", "1,234.50"],
    [3.14159, "0.00", "3.14"],
    [5, "0.0", "5.0"],
    [-5, "0.0", "-5.0"],
    [-1234, "#,##0;(#,##0)", "(1,234)"],
    [0, "0;-0;\"零\"", "零"],
    [12, '0"件"', "12件"],
    [1200, "[$¥-804]#,##0", "¥1,200"],
    [0.5, "[Red]0.0", "0.5"],
    [123456, "0.00E+00", "1.23E+05"],
    [42, "@", "42"],
    [42, "General", "42"],
    [45107, "yyyy-mm-dd", "2023-06-30"],
    [45107, "yyyy/m/d", "2023/6/30"],
    [45107, 'yyyy"年"m"月"d"日"', "2023年6月30日"],
    [45107, "m月d日", "6月30日"],
    [45107, "[$-804]yyyy年m月d日 aaaa", "2023年6月30日 星期五"],
    [45107.5, "yyyy-mm-dd hh:mm", "2023-06-30 12:00"],
    [45107.75, "h:mm AM/PM", "6:00 PM"],
    [45107, "mmm d, yyyy", "Jun 30, 2023"],
    [45107, "mm-dd-yy", "06-30-23"],
    [-1, "yyyy-mm-dd", "########"],
  ])("%p in %p shows %p", (value, format, text) => {
    expect(formatCellText(value, format)).toBe(text);
  });

  it("shows strings, booleans and blanks as Excel does", () => {
    expect(formatCellText("已完成", "0%")).toBe("已完成");
    expect(formatCellText(true, "General")).toBe("TRUE");
    expect(formatCellText(null, "yyyy-mm-dd")).toBe("");
  });
});

describe("generalNumberText", () => {
  it.each([
    [0, "0"],
    [1, "1"],
    [-12.5, "-12.5"],
    [0.1 + 0.2, "0.3"],
    [1234567.891234, "1234567.891"],
    [12345678901, "12345678901"],
    [123456789012, "1.23457E+11"],
    [0.0000001, "0.0000001"],
    [1e-12, "1E-12"],
  ])("%p → %p", (n, text) => {
    expect(generalNumberText(n)).toBe(text);
  });
});

describe("dates", () => {
  it("converts between serials and UTC dates", () => {
    expect(dateToSerial(new Date(Date.UTC(2023, 5, 30)))).toBe(45107);
    expect(serialToDate(45107).toISOString()).toBe("2023-06-30T00:00:00.000Z");
    expect(serialToDate(1).toISOString().slice(0, 10)).toBe("1900-01-01");
  });

  it.each([
    ["yyyy-mm-dd", true],
    ['yyyy"年"m"月"', true],
    ["h:mm", true],
    ["0.00%", false],
    ["General", false],
    ["0.00E+00", false],
    ['0"天"', false],
    ["@", false],
  ])("%p is a date format: %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
