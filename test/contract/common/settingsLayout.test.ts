/** The store sheet's row layout, shared by both adapters. */
import { decodeMarks, encodeMarks, uniqueMarks } from "../../../src/workbook/common/markRecord";
import { readStore, rowForSetting, settingRow, STORE_TITLE, VALUE_PIECE_LENGTH } from "../../../src/workbook/common/settingsLayout";

describe("settings layout", () => {
  it("splits long values into pieces and joins them back", () => {
    const value = "长".repeat(VALUE_PIECE_LENGTH * 2 + 5);
    const row = settingRow("big", value);
    expect(row).toHaveLength(4);
    const store = readStore([[STORE_TITLE], row], { row: 0, col: 0 });
    expect(store.settings.get("big")).toEqual({ row: 1, value, width: 4 });
  });

  it("never splits a surrogate pair", () => {
    const value = "a".repeat(VALUE_PIECE_LENGTH - 1) + "😀" + "b";
    const pieces = settingRow("k", value).slice(1);
    expect(pieces.join("")).toBe(value);
    expect(pieces[1].startsWith("😀")).toBe(true);
  });

  it("reuses cleared rows and appends after the last one", () => {
    const store = readStore([[STORE_TITLE], ["a", "1"], [null], ["b", "2"]], { row: 0, col: 0 });
    expect(rowForSetting(store, "a")).toBe(1);
    expect(rowForSetting(store, "new")).toBe(2);
    const full = readStore([[STORE_TITLE], ["a", "1"]], { row: 0, col: 0 });
    expect(rowForSetting(full, "new")).toBe(2);
    expect(rowForSetting(readStore([], { row: 0, col: 0 }), "first")).toBe(1);
  });

  it("reads a store whose used range does not start at A1", () => {
    const store = readStore([["a", "1"]], { row: 3, col: 0 });
    expect(store.settings.get("a")?.row).toBe(3);
    expect(store.freeRows).toEqual([1, 2]);
  });
});

describe("mark records", () => {
  it("round-trips and tolerates garbage", () => {
    const cells = [{ row: 1, col: 2, fill: null }, { row: 3, col: 4, fill: "#FFFF00", xlsxFill: "{}" }];
    expect(decodeMarks(encodeMarks(cells))).toEqual(cells);
    expect(decodeMarks("not json")).toEqual([]);
    expect(decodeMarks(null)).toEqual([]);
  });

  it("keeps the last mark per cell and rejects bad ones", () => {
    expect(uniqueMarks([{ row: 1, col: 1, fill: "#111111" }, { row: 0, col: 0, fill: "#222222" }, { row: 1, col: 1, fill: "#333333" }])).toEqual([
      { row: 0, col: 0, fill: "#222222" },
      { row: 1, col: 1, fill: "#333333" },
    ]);
    expect(() => uniqueMarks([{ row: -1, col: 0, fill: "#111111" }])).toThrow(RangeError);
    expect(() => uniqueMarks([{ row: 0, col: 0, fill: "red" }])).toThrow(RangeError);
  });
});
