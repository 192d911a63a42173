/** 完成时限 in standard form: readings written back as ISO dates, everything doubtful kept as written. */
import { normalizeDeadline, isoToSerial } from "../../src/domain/standardize";
import { parseDeadline } from "../../src/domain/parse";

const ctx = { year: 2023, yearFoundIn: "title" };
const text = (t: string) => ({ value: t, text: t, format: "General" });

describe("normalizeDeadline", () => {
  it.each([
    ["6月底前", "2023-06-30", "normalized"],
    ["六月底", "2023-06-30", "normalized"],
    ["2023.6.30", "2023-06-30", "normalized"],
    ["６月３０日前", "2023-06-30", "normalized"],
    ["三季度末", "2023-09-30", "normalized"],
    ["年底前", "2023-12-31", "normalized"],
    ["6月底前完成主体工程，年底前竣工", "2023-06-30；2023-12-31", "normalized"],
    ["3-6月", "2023-03-01至2023-06-30", "normalized"],
    ["2023-06-30", "2023-06-30", "unchanged"],
    ["长期坚持", "长期坚持", "kept"],
    ["长期坚持，6月底前完成阶段目标", "长期坚持，6月底前完成阶段目标", "kept"],
    ["每季度", "每季度", "kept"],
    ["尽快", "尽快", "unreadable"],
    ["立行立改", "立行立改", "unreadable"],
    ["2月30日", "2月30日", "unreadable"],
    ["年前", "年前", "unreadable"],
    ["无", "无", "empty"],
  ])("%s → %s (%s)", (written, expected, outcome) => {
    expect(normalizeDeadline(text(written), ctx)).toMatchObject({ text: expected, outcome });
  });

  it("reads date cells by value and format", () => {
    expect(normalizeDeadline({ value: 45107, text: "2023/6/30", format: "yyyy/m/d" }, ctx)).toMatchObject({ text: "2023-06-30", outcome: "normalized" });
  });

  it("keeps a number Excel may have mangled (2023.1 for 2023.10) as written", () => {
    expect(normalizeDeadline({ value: 2023.1, text: "2023.1", format: "General" }, ctx)).toMatchObject({ text: "2023.1", outcome: "unreadable" });
  });

  it("gives nothing for an empty cell", () => {
    expect(normalizeDeadline({ value: null, text: "", format: "General" }, ctx)).toMatchObject({ text: null, outcome: "empty" });
  });

  it("needs a year for year-less dates: without one they stay as written", () => {
    expect(normalizeDeadline(text("6月底前"), {})).toMatchObject({ text: "6月底前", outcome: "unreadable" });
  });

  it.each(["6月底前", "三季度末", "3-6月", "6月底前完成主体工程，年底前竣工", "下半年", "2023年11月至次年3月"])(
    "its standard form reads back as the same dates: %s",
    (written) => {
      const first = parseDeadline(text(written), ctx);
      const normal = normalizeDeadline(text(written), ctx).text ?? "";
      const again = parseDeadline(text(normal), {});
      expect(again.ok && again.kind === "once" && first.ok && first.kind === "once").toBe(true);
      if (again.ok && again.kind === "once" && first.ok && first.kind === "once") {
        expect([again.due, again.milestones, again.start]).toEqual([first.due, first.milestones, first.start]);
      }
      expect(normalizeDeadline(text(normal), {}).outcome).toBe("unchanged");
    },
  );
});

describe("isoToSerial", () => {
  it.each([["2023-06-30", 45107], ["1990-01-01", 32874], ["2024-02-29", 45351]])("%s → %i", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });
});
