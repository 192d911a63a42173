import {
  areaAddress,
  areaContains,
  areasIntersect,
  cellAddress,
  columnIndex,
  columnLetters,
  parseAreaAddress,
  parseCellAddress,
  parseMultiAreaAddress,
  quoteSheetName,
  rowSpanAddress,
} from "../../src/workbook/a1";

describe("a1: column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("%i <-> %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnIndex(letters)).toBe(col);
    expect(columnIndex(letters.toLowerCase())).toBe(col);
  });

  it("round-trips every column", () => {
    for (let c = 0; c <= 16383; c++) expect(columnIndex(columnLetters(c))).toBe(c);
  });

  it.each([-1, 16384, 1.5, NaN])("rejects column index %p", (col) => {
    expect(() => columnLetters(col)).toThrow(RangeError);
  });

  it.each(["", "A1", "XFE", "ABCD", "中"])("rejects letters %p", (letters) => {
    expect(() => columnIndex(letters)).toThrow(RangeError);
  });
});

describe("a1: cells", () => {
  it.each([
    ["A1", 0, 0],
    ["C7", 6, 2],
    ["AA10", 9, 26],
    ["XFD1048576", 1048575, 16383],
  ])("%s <-> (%i, %i)", (a1, row, col) => {
    expect(parseCellAddress(a1)).toEqual({ row, col });
    expect(cellAddress(row, col)).toBe(a1);
  });

  it("accepts $ and lower case", () => {
    expect(parseCellAddress("$c$7")).toEqual({ row: 6, col: 2 });
  });

  it.each(["A0", "7C", "A1:B2", "", "A1048577", "Sheet1!A1"])("rejects %p", (a1) => {
    expect(() => parseCellAddress(a1)).toThrow(RangeError);
  });
});

describe("a1: areas", () => {
  it.each([
    [{ row: 0, col: 0, rowCount: 1, colCount: 1 }, "A1"],
    [{ row: 0, col: 0, rowCount: 3, colCount: 3 }, "A1:C3"],
    [{ row: 4, col: 1, rowCount: 1, colCount: 5 }, "B5:F5"],
  ])("%j <-> %s", (area, a1) => {
    expect(areaAddress(area)).toBe(a1);
    expect(parseAreaAddress(a1)).toEqual(area);
  });

  it("parses sheet-qualified, $-anchored and reversed areas", () => {
    expect(parseAreaAddress("'My Sheet'!$C$3:$A$1")).toEqual({ row: 0, col: 0, rowCount: 3, colCount: 3 });
    expect(parseAreaAddress("Sheet1!B2")).toEqual({ row: 1, col: 1, rowCount: 1, colCount: 1 });
  });

  it("parses multi-area addresses with quoted names containing commas", () => {
    expect(parseMultiAreaAddress("'a,b'!A1:B2, 'a,b'!D4:E5")).toEqual([
      { row: 0, col: 0, rowCount: 2, colCount: 2 },
      { row: 3, col: 3, rowCount: 2, colCount: 2 },
    ]);
    expect(parseMultiAreaAddress("")).toEqual([]);
  });

  it("rejects empty areas", () => {
    expect(() => areaAddress({ row: 0, col: 0, rowCount: 0, colCount: 1 })).toThrow(RangeError);
    expect(() => parseAreaAddress("A1:B2:C3")).toThrow(RangeError);
  });

  it("tests intersection and containment", () => {
    const a = { row: 1, col: 1, rowCount: 2, colCount: 2 };
    expect(areasIntersect(a, { row: 2, col: 2, rowCount: 5, colCount: 5 })).toBe(true);
    expect(areasIntersect(a, { row: 3, col: 1, rowCount: 1, colCount: 1 })).toBe(false);
    expect(areaContains(a, 2, 2)).toBe(true);
    expect(areaContains(a, 0, 1)).toBe(false);
  });
});

describe("a1: references", () => {
  it("quotes sheet names and doubles apostrophes", () => {
    expect(quoteSheetName("进度")).toBe("'进度'");
    expect(quoteSheetName("It's")).toBe("'It''s'");
  });

  it("writes whole-row spans", () => {
    expect(rowSpanAddress(0, 3)).toBe("$1:$4");
    expect(() => rowSpanAddress(3, 1)).toThrow(RangeError);
  });
});
