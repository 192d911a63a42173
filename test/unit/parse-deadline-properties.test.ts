/**
 * Properties of the deadline parser (docs/decisions.md "Code conventions"): it never throws, due dates are real
 * ISO days, milestones are sorted and before the due date; and it reads every real day, month
 * end and date serial the same way the calendar does.
 */
import fc from "fast-check";
import { parseDeadline } from "../../src/domain/parse/deadline";
import type { DeadlineCell, DeadlineContext, DeadlineReading } from "../../src/domain/parse/deadlineTypes";
import { isIsoDate, monthEnd, serialToIso, toIso } from "../../src/domain/parse/isoDate";

const CTX: DeadlineContext = { year: 2023, yearFoundIn: "title" };

function due(t: string, ctx: DeadlineContext = CTX): string {
  const r = parseDeadline({ value: t, text: t }, ctx);
  return r.ok && r.kind === "once" ? `${r.due} ${r.precision}` : r.ok ? r.kind : r.reason;
}

/** Every successful reading keeps its promises. */
function checkInvariants(r: DeadlineReading): void {
  expect(typeof r.explain).toBe("string");
  expect(r.explain.length).toBeGreaterThan(0);
  if (!r.ok) return;
  const sorted = [...r.milestones].sort();
  expect(r.milestones).toEqual(sorted);
  for (const m of r.milestones) expect(isIsoDate(m)).toBe(true);
  if (r.kind === "once") {
    expect(isIsoDate(r.due)).toBe(true);
    for (const m of r.milestones) expect(m < r.due).toBe(true);
    if (r.start) expect(r.start <= r.due).toBe(true);
  }
}

const PIECES = [
  "年", "月", "日", "号", "底", "末", "前", "内", "季度", "季", "上半年", "下半年", "年中", "-", "至", "~", "每", "按",
  "长期", "持续", "2023", "23", "6", "30", "12", "1", "0", "十二", "三", "二〇二三", "Q", "q", "，", "；", "\n", " ",
  "明年", "次年", "旬", "上", "中", "下", "初", ".", "/", "个工作日", "立行立改", "待定", "春节", "完成", "%", "(", "（",
];

describe("parseDeadline: properties", () => {
  const ctxArb = fc.record({ year: fc.option(fc.integer({ min: -5, max: 3000 }), { nil: undefined }) }, { requiredKeys: [] });
  const formatArb = fc.option(fc.constantFrom("General", "yyyy-mm-dd", "0%", "@", "0.00", 'yyyy"年"m"月"', "h:mm", "[$-804]yyyy年m月d日"), { nil: undefined });

  it("never throws on arbitrary text, and keeps its invariants", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), ctxArb, (t, ctx) => {
      checkInvariants(parseDeadline({ value: t, text: t }, ctx));
    }), { numRuns: 500 });
  });

  it("never throws on deadline-like text built from the grammar's pieces", () => {
    const arb = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(fc.property(arb, ctxArb, (t, ctx) => {
      checkInvariants(parseDeadline({ value: t, text: t }, ctx));
    }), { numRuns: 2000 });
  });

  it("never throws on arbitrary numbers with any format", () => {
    fc.assert(fc.property(fc.oneof(fc.double(), fc.integer({ min: 0, max: 80_000 }), fc.double({ min: 1900, max: 2200 })), formatArb, fc.string({ maxLength: 8 }), (v, format, t) => {
      checkInvariants(parseDeadline({ value: v, text: t, format }, { year: 2023 }));
    }), { numRuns: 1000 });
  });

  it("never throws on malformed cells", () => {
    const cells = [undefined, null, {}, { value: undefined }, { value: 1, text: undefined }, { value: "x", text: 5 }];
    for (const cell of cells) {
      expect(() => parseDeadline(cell as unknown as DeadlineCell, undefined)).not.toThrow();
    }
  });

  it("reads every real day written as YYYY年M月D日", () => {
    fc.assert(fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
      const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      expect(due(`${y}年${m}月${day}日`)).toBe(`${toIso(y, m, day)} day`);
      expect(due(`${y}-${m}-${day}`)).toBe(`${toIso(y, m, day)} day`);
    }), { numRuns: 300 });
  });

  it("reads every month end against the plan year", () => {
    fc.assert(fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      expect(due(`${m}月底前`, { year: y })).toBe(`${monthEnd(y, m)} month`);
    }), { numRuns: 300 });
  });

  it("reads every date serial in a date-formatted cell as that day", () => {
    fc.assert(fc.property(fc.integer({ min: 32874, max: 73415 }), (serial) => {
      const r = parseDeadline({ value: serial, text: "", format: "yyyy-mm-dd" }, CTX);
      expect(r.ok && r.kind === "once" && r.due).toBe(serialToIso(serial));
    }), { numRuns: 300 });
  });
});
