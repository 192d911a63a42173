/**
 * The 发函登记 and letter numbers (docs/letters.md "Numbering", "The 发函登记 register"): a register
 * read as recognition reads any list (title row, blank rows, notes under the table, dates as
 * serials or text, numbers written `督办[2023]7号`); a sheet that is not a register said so with
 * what to do; numbers formatted and read as clerks write them, and the next numbers never reuse one.
 */
import fc from "fast-check";
import type { CellValue } from "../../src/domain/sheet";
import {
  DEFAULT_PREFIXES, formatNumber, letterPrefixes, nextNumbers, parseNumber, readRegister, registerRows, type RegisterEntry,
} from "../../src/domain/letters";
import { serialOf, snapshotOf } from "../fixtures/snapshot";
import { ledgerOf } from "./progressHelpers";

const HEADER: CellValue[] = ["编号", "类型", "单位", "日期", "事由", "办理时限", "反馈情况"];

/** A register sheet from rows (row 0 first); the cells named in `dates` hold serials shown as `yyyy-mm-dd`. */
function register(rows: CellValue[][], dates: { row: number; col: number }[] = [], sheet = "发函登记") {
  return snapshotOf({ sheet, rows, merges: [], formats: dates.map((d) => ({ ...d, format: "yyyy-mm-dd" })) });
}

describe("readRegister", () => {
  it("reads every row of a clean register: dates from serials, ISO text and 年月日 text", () => {
    const snap = register(
      [
        HEADER,
        ["督办〔2023〕7号", "督办函", "柳林镇", serialOf(2023, 7, 5), "加快推进重点工作任务落实", serialOf(2023, 7, 15), "已书面反馈"],
        ["提醒〔2023〕2号", "提醒函", "烟庄街道办事处", "2023-04-03", "台账不规范", "2023年4月13日", ""],
        ["约谈〔2023〕1号", "约谈", "东古城镇", "2023年9月8日", "督办后仍无突破", null, null],
      ],
      [{ row: 1, col: 3 }, { row: 1, col: 5 }],
    );
    expect(readRegister(snap)).toMatchObject({
      ok: true,
      entries: [
        { number: "督办〔2023〕7号", type: "督办函", unit: "柳林镇", date: "2023-07-05", subject: "加快推进重点工作任务落实", replyBy: "2023-07-15", feedback: "已书面反馈", row: 2 },
        { number: "提醒〔2023〕2号", type: "提醒函", unit: "烟庄街道办事处", date: "2023-04-03", subject: "台账不规范", replyBy: "2023-04-13", feedback: "", row: 3 },
        { number: "约谈〔2023〕1号", type: "约谈", unit: "东古城镇", date: "2023-09-08", subject: "督办后仍无突破", replyBy: null, feedback: "", row: 4 },
      ],
    });
  });

  it("reads a messy register: title above the header, synonyms, 督办[2023]7号, year-less text dates, a blank row, notes under the table", () => {
    const snap = register(
      [
        ["冠县人民政府办公室发函登记表"],
        ["函号", "文种", "受文单位", "发函日期", "督办事由", "反馈时限", "办理情况"],
        ["督办[2023]7号", "督办", " 柳林镇 ", "7月5日", "重点任务滞后", "7月15日前", "未反馈"],
        [null, null, null, null, null, null, null],
        ["提醒（２０２３）０３号", "提醒", "店子镇", "2023.4.3", "台账缺项", "", ""],
        ["督办〔2023〕第8号", "", "东古城镇", "八月", "", "8月底前", ""],
        ["注：每发出一份函件登记一行。"],
      ],
      [],
      "Sheet3",
    );
    const read = readRegister(snap);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.entries.map((e) => [e.row, e.number, e.type, e.unit, e.date, e.replyBy, e.feedback])).toEqual([
      [3, "督办[2023]7号", "督办函", "柳林镇", "2023-07-05", "2023-07-15", "未反馈"],
      [5, "提醒（２０２３）０３号", "提醒函", "店子镇", "2023-04-03", null, ""],
      // No 类型 written: left blank here (the ladder reads it from the number). A date of a month is
      // its first day; a 办理时限 of a month its last.
      [6, "督办〔2023〕第8号", "", "东古城镇", "2023-08-01", "2023-08-31", ""],
    ]);
  });

  it("gives a date that does not read as null, and keeps the type as written when it names no letter", () => {
    const snap = register([["2023年发函登记"], HEADER, ["", "督查通报", "柳林镇", "近日", "", "十个工作日内", ""]]);
    const read = readRegister(snap);
    expect(read).toMatchObject({
      ok: true,
      entries: [{ number: "", type: "督查通报", unit: "柳林镇", date: null, subject: "", replyBy: null, feedback: "", row: 3 }],
    });
  });

  it("says where new letters go: under the last letter, in the register's own columns; a note under the table stands in the way", () => {
    const snap = register([["2023年发函登记"], ["函号", "受文单位", "文种", "发函日期", "督办事由", "反馈时限", "办理情况"], ["督办〔2023〕1号", "柳林镇", "督办函", "2023-07-05", "", "", ""]]);
    const read = readRegister(snap);
    if (!read.ok) throw new Error(read.message);
    expect(read.place.appendAt).toBe(3);
    expect(read.place.blockedBy).toBeUndefined();
    expect(registerRows(read.place, [{ number: "督办〔2023〕2号", type: "督办函", unit: "店子镇", date: "2023-07-06", subject: "2 项逾期", replyBy: "2023-07-16" }])).toEqual([
      ["督办〔2023〕2号", "店子镇", "督办函", "2023-07-06", "2 项逾期", "2023-07-16", null],
    ]);
    const noted = readRegister(register([HEADER, ["督办〔2023〕1号", "督办函", "柳林镇", "2023-07-05", "", "", ""], [null], ["注：每发出一份函件登记一行。"]]));
    expect(noted.ok && noted.place).toMatchObject({ appendAt: 2, blockedBy: { row: 4, text: "注：每发出一份函件登记一行。" } });
  });

  it("takes a year-less date's year from the row's own number before the title's", () => {
    const snap = register([["2023年发函登记"], HEADER, ["督办〔2024〕1号", "督办函", "柳林镇", "1月5日", "", "", ""], ["", "督办函", "店子镇", "1月6日", "", "", ""]]);
    const read = readRegister(snap);
    expect(read.ok && read.entries.map((e) => e.date)).toEqual(["2024-01-05", "2023-01-06"]);
  });

  it("reads a header-only register as no entries, and passes by rows naming no letter", () => {
    expect(readRegister(register([["发函登记"], HEADER]))).toMatchObject({ ok: true, entries: [] });
    expect(readRegister(register([HEADER, ["", "", "", "2023-07-01", "备忘", "", ""]]))).toMatchObject({ ok: true, entries: [] });
  });

  it.each([
    ["an empty sheet", register([[null]], [], "Sheet2"), "工作表“Sheet2”是空的，还不是发函登记表。请在第一行写表头：编号、类型、单位、日期、事由、办理时限、反馈情况，每发出一份函件登记一行。"],
    ["a sheet without a header", register([["会议纪要"], ["今天开会"]], [], "Sheet2"), "工作表“Sheet2”不是发函登记表：前 15 行中没有找到含有“编号”“类型”“单位”“日期”等列名的表头行。请选择发函登记工作表，或在表格上方加一行表头：编号、类型、单位、日期、事由、办理时限、反馈情况。"],
    ["a key-task ledger", ledgerOf([{ task: "建设项目", deadline: "年底前", unit: "柳林镇" }]), "工作表“重点任务”是重点工作任务清单（表头在第2行），不是发函登记表。请选择发函登记工作表；发函登记的表头为：编号、类型、单位、日期、事由、办理时限、反馈情况。"],
  ])("refuses %s as not-register, saying what to do", (_, snap, message) => {
    expect(readRegister(snap)).toEqual({ ok: false, reason: "not-register", message });
  });

  it("refuses a register without its required columns, naming them and the header row", () => {
    const snap = register([["2023年发函登记表"], ["编号", "单位", "事由", "反馈情况"], ["督办〔2023〕7号", "柳林镇", "滞后", ""]]);
    expect(readRegister(snap)).toEqual({
      ok: false,
      reason: "missing-columns",
      message: "发函登记表“发函登记”缺少“类型、日期”列（表头在第2行）。请在表头补上这些列，每发出一份函件登记一行，否则无法确定各单位已收到的函件和下一个编号。",
    });
  });
});

describe("numbers", () => {
  it.each([
    ["督办", 2023, 7, "督办〔2023〕7号"],
    ["提醒", 2024, 12, "提醒〔2024〕12号"],
    ["冠政办督", 2023, 1, "冠政办督〔2023〕1号"],
  ])("formatNumber(%s, %i, %i) → %s", (prefix, year, n, text) => {
    expect(formatNumber(prefix, year, n)).toBe(text);
    expect(parseNumber(text)).toEqual({ prefix, year, n });
  });

  it.each([
    ["督办〔2023〕7号", "督办", 2023, 7],
    ["督办[2023]7号", "督办", 2023, 7],
    ["督办（2023）07号", "督办", 2023, 7],
    ["督办(2023)7号", "督办", 2023, 7],
    ["督办〔2023〕第7号", "督办", 2023, 7],
    ["督办【2023】7号", "督办", 2023, 7],
    ["督办﹝2023﹞7号", "督办", 2023, 7],
    ["督办〔２０２３〕１２号", "督办", 2023, 12],
    [" 督办 〔2023〕 7 号 ", "督办", 2023, 7],
    ["督办〔2023〕7", "督办", 2023, 7],
    ["冠政督字〔2022〕105号", "冠政督字", 2022, 105],
  ])("parseNumber(%p) → %s, %i, %i", (text, prefix, year, n) => expect(parseNumber(text)).toEqual({ prefix, year, n }));

  it.each(["", "督办7号", "督办〔23〕7号", "督办〔2023〕0号", "〔2023〕7号", "督办〔2023〕", "督办〔2023〕7号附件", "2023-07-05"])("parseNumber(%p) → null", (text) => {
    expect(parseNumber(text)).toBeNull();
  });

  it("prefixes default to 提醒, 督办, 约谈, 问责, 表扬 and can be overridden (blank overrides ignored)", () => {
    expect(DEFAULT_PREFIXES).toEqual({ 提醒函: "提醒", 督办函: "督办", 约谈: "约谈", 问责函: "问责", 通报表扬: "表扬" });
    expect(letterPrefixes({ 督办函: " 冠督 ", 约谈: "  " })).toEqual({ ...DEFAULT_PREFIXES, 督办函: "冠督" });
  });

  const entry = (number: string, row = 2): RegisterEntry => ({ number, type: "", unit: "柳林镇", date: null, subject: "", replyBy: null, feedback: "", row });

  it("numbers on from the highest n of the prefix and year, whatever the rows' order and gaps", () => {
    const reg = [entry("督办〔2023〕3号"), entry("督办[2023]7号"), entry("督办〔2022〕12号"), entry("提醒〔2023〕9号"), entry("督办（2023）第5号"), entry("坏编号")];
    expect(nextNumbers(reg, "督办", 2023, 2)).toEqual(["督办〔2023〕8号", "督办〔2023〕9号"]);
    expect(nextNumbers(reg, "提醒", 2023, 1)).toEqual(["提醒〔2023〕10号"]);
    expect(nextNumbers(reg, "督办", 2022, 1)).toEqual(["督办〔2022〕13号"]);
    expect(nextNumbers(reg, "约谈", 2023, 1)).toEqual(["约谈〔2023〕1号"]);
    expect(nextNumbers([], "督办", 2023, 0)).toEqual([]);
    // A prefix written with a stray space or full-width letters is the same prefix.
    expect(nextNumbers([entry("ＸＣ督办 〔2023〕4号")], "XC督办", 2023, 1)).toEqual(["XC督办〔2023〕5号"]);
  });

  it("never reuses a number of the register, whatever its order, duplicates or deleted rows (property)", () => {
    const numbers = fc.array(fc.record({ prefix: fc.constantFrom("督办", "提醒", "约谈"), year: fc.constantFrom(2022, 2023), n: fc.integer({ min: 1, max: 60 }), style: fc.constantFrom(0, 1, 2) }), { maxLength: 25 });
    fc.assert(
      fc.property(numbers, fc.integer({ min: 1, max: 5 }), fc.integer(), (written, count, seed) => {
        const text = (w: (typeof written)[number]): string =>
          w.style === 0 ? formatNumber(w.prefix, w.year, w.n) : w.style === 1 ? `${w.prefix}[${w.year}]${w.n}号` : `${w.prefix}（${w.year}）第${String(w.n).padStart(2, "0")}号`;
        const reg = written.map((w, i) => entry(text(w), i + 2));
        const shuffled = [...reg].sort((a, b) => ((a.row * 7919 + seed) % 97) - ((b.row * 7919 + seed) % 97));
        const next = nextNumbers(reg, "督办", 2023, count);
        expect(nextNumbers(shuffled, "督办", 2023, count)).toEqual(next);
        expect(new Set(next).size).toBe(count);
        const used = new Set(written.filter((w) => w.prefix === "督办" && w.year === 2023).map((w) => w.n));
        const highest = Math.max(0, ...used);
        next.forEach((number, i) => {
          const read = parseNumber(number);
          expect(read).toEqual({ prefix: "督办", year: 2023, n: highest + i + 1 });
          expect(used.has(highest + i + 1)).toBe(false);
        });
      }),
    );
  });
});
