/**
 * draftLetters and issueLetters, the use cases (docs/letters.md): proposals from the 汇总 (督办函
 * for rows 逾期 or 滞后, 提醒函 for units that did not report), numbers on from the 发函登记, the
 * office's choice of type and units, the register appended (made when missing), the same letters
 * refused the second time unless confirmed, escalation at the next check, the .docx and the zip,
 * and the sentences for what stands in the way (no issuer, a 函件模板 with an unknown
 * placeholder, a note under the register).
 */
import JSZip from "jszip";
import { mergeLedgers, type MergeFile } from "../../src/features/merge";
import { createLetterTemplates, draftLetters, issueLetters, letterFileName, REGISTER_SHEET, selectLetters, writeLettersSheet } from "../../src/features/letters";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { cannotOf, valueOf } from "../fixtures/outcome";
import { directoryFile, unitFile, UNITS } from "../fixtures/countyFiles";

const ISSUER = "冠县人民政府办公室";

/** The county's 汇总 of the first `n` units' ledgers at 30 June 2024 (the others did not report). */
async function county(n = 12): Promise<ExcelJsWorkbook> {
  const wb = await ExcelJsWorkbook.load(await directoryFile());
  const files: MergeFile[] = [];
  for (const [i, unit] of UNITS.slice(0, n).entries()) {
    const f = await unitFile(unit, i);
    files.push({ name: f.name, modified: i, open: () => ExcelJsWorkbook.load(f.bytes) });
  }
  valueOf(await mergeLedgers(wb, { files, date: "2024-06-30" }));
  return wb;
}

const request = { checkDate: "2024-06-30", date: "2024-07-05", issuer: ISSUER, contact: "王芳", phone: "0635-5212345" };

test("proposals from the 汇总: 督办函 for units behind, 提醒函 for units that did not report, numbered in the 单位名录's order; nothing written", async () => {
  const wb = await county();
  const sheets = await wb.listSheets();
  const r = valueOf(await draftLetters(wb, request));
  const byType = (t: string) => r.drafts.filter((d) => d.proposal.type === t).map((d) => d.units[0]);
  expect(byType("督办函").length).toBeGreaterThan(0);
  for (const unit of UNITS.slice(12)) expect(byType("提醒函")).toContain(unit);
  for (const unit of byType("提醒函")) expect(UNITS.slice(0, 12)).not.toContain(unit);
  const duban = r.drafts.filter((d) => d.proposal.type === "督办函");
  expect(duban.map((d) => d.number)).toEqual(duban.map((_, i) => `督办〔2024〕${i + 1}号`));
  const first = duban[0];
  expect(first.document.addressee).toBe(`${first.units[0]}：`);
  expect(first.document.date).toBe("2024年7月5日");
  expect(first.document.note).toContain("0635-5212345");
  // The facts cite the 任务 cell of the 汇总's row, and each is a row 逾期 or 滞后.
  for (const fact of first.proposal.facts) {
    expect(fact.cell).toMatch(/^[A-Z]+\d+$/);
    expect(["逾期", "滞后"]).toContain(fact.status);
  }
  expect(await wb.listSheets()).toEqual(sheets);
});

test("the office chooses: a type for the units it names, or only the letters of one type", async () => {
  const wb = await county();
  const all = valueOf(await draftLetters(wb, request));
  const behind = all.drafts.find((d) => d.proposal.type === "督办函")?.units[0] as string;
  const late = all.drafts.find((d) => d.proposal.type === "提醒函")?.units[0] as string;
  const named = valueOf(await draftLetters(wb, { ...request, type: "提醒函", units: [behind, late] }));
  expect(named.drafts.map((d) => [d.units[0], d.proposal.type, d.number])).toEqual([
    [behind, "提醒函", "提醒〔2024〕1号"],
    [late, "提醒函", "提醒〔2024〕2号"],
  ]);
  const onlyDuban = valueOf(await draftLetters(wb, { ...request, type: "督办函" }));
  expect(onlyDuban.drafts.every((d) => d.proposal.type === "督办函")).toBe(true);
});

test("issuing: the 发函登记 is made and appended, numbers go on across runs, the same letters are refused unless confirmed", async () => {
  const wb = await county();
  const first = valueOf(await draftLetters(wb, { ...request, type: "督办函" }));
  const issued = valueOf(await issueLetters(wb, first));
  expect(issued.register).toBe(REGISTER_SHEET);
  const register = await wb.readSheet(REGISTER_SHEET);
  const numbers = register.text.flat().filter((t) => t.startsWith("督办〔2024〕"));
  expect(numbers).toEqual(first.drafts.map((_, i) => `督办〔2024〕${i + 1}号`));
  const zip = await JSZip.loadAsync(issued.file.bytes);
  expect(Object.keys(zip.files)).toContain("word/document.xml");
  expect((await zip.file("word/document.xml")?.async("string"))?.match(/<w:sectPr/g)).toHaveLength(first.drafts.length);

  // The office's details are kept in the workbook: the next draft needs none of them.
  const again = valueOf(await draftLetters(wb, { checkDate: "2024-06-30", date: "2024-07-05", type: "督办函" }));
  expect(again.drafts[0].document.issuer).toBe(ISSUER);
  expect(again.drafts[0].document.note).toContain("0635-5212345");
  const refused = cannotOf(await issueLetters(wb, again));
  expect(refused.code).toBe("already-issued");
  expect(refused.message).toContain("已在发函登记中");
  expect((await wb.readSheet(REGISTER_SHEET)).text).toEqual(register.text);

  const confirmed = valueOf(await issueLetters(wb, again, { confirmRepeat: true }));
  const n = first.drafts.length;
  expect(confirmed.issued.map((d) => d.number)).toEqual(again.drafts.map((_, i) => `督办〔2024〕${n + i + 1}号`));
  expect(confirmed.issued[0].document.number).toBe(`督办〔2024〕${n + 1}号`);
  expect((await wb.readSheet(REGISTER_SHEET)).text.slice(0, register.text.length)).toEqual(register.text);
});

test("escalation: a unit still behind at the next check after its 督办函 is proposed a 约谈", async () => {
  const wb = await county();
  const first = valueOf(await draftLetters(wb, { ...request, type: "督办函" }));
  valueOf(await issueLetters(wb, first));
  const later = valueOf(await draftLetters(wb, { ...request, checkDate: "2024-09-30", date: "2024-10-08" }));
  const unit = first.drafts[0].units[0];
  const next = later.drafts.find((d) => d.units[0] === unit);
  expect(next?.proposal.type).toBe("约谈");
  expect(next?.proposal.follows?.number).toBe(first.drafts[0].number);
  expect(next?.number).toBe("约谈〔2024〕1号");
});

test("separate files: a zip of one .docx per letter, named by unit, type and number", async () => {
  const wb = await county();
  const drafted = valueOf(await draftLetters(wb, { ...request, type: "提醒函" }));
  const issued = valueOf(await issueLetters(wb, drafted, { combined: false }));
  const zip = await JSZip.loadAsync(issued.file.bytes);
  expect(Object.keys(zip.files).sort()).toEqual(issued.files.map((f) => f.name).sort());
  expect(issued.files[0].name).toBe(`${drafted.drafts[0].units[0]}-提醒函-提醒〔2024〕1号.docx`);
  expect(letterFileName({ units: ["A/B:镇*"], proposal: drafted.drafts[0].proposal, number: "提醒〔2024〕1号" })).toBe("A_B_镇_-提醒函-提醒〔2024〕1号.docx");
});

test("what stands in the way is a sentence: no issuer, a 函件模板 with an unknown placeholder, a note under the register", async () => {
  const wb = await county();
  expect(cannotOf(await draftLetters(wb, { ...request, issuer: " " })).code).toBe("bad-input");

  valueOf(await createLetterTemplates(wb));
  expect(valueOf(await draftLetters(wb, request)).drafts.length).toBeGreaterThan(0);
  const templates = await wb.readSheet("函件模板");
  const rows = templates.text.map((r) => [...r]);
  const title = rows.findIndex((r) => r[0] === "督办函" && r[1] === "标题");
  rows[title][2] = "关于{单位名}的督办函";
  await wb.writeSheet({ sheet: "函件模板", ifExists: "replace", rows });
  const bad = cannotOf(await draftLetters(wb, request));
  expect(bad.code).toBe("bad-template");
  expect(bad.message).toContain("单位名");

  const clean = await county();
  const drafted = valueOf(await draftLetters(clean, { ...request, type: "督办函" }));
  valueOf(await issueLetters(clean, drafted));
  const reg = await clean.readSheet(REGISTER_SHEET);
  await clean.appendRows(REGISTER_SHEET, reg.values.length + 1, [["注：本表由督查室维护"]]);
  const blocked = cannotOf(await issueLetters(clean, valueOf(await draftLetters(clean, { ...request, type: "提醒函" }))));
  expect(blocked.message).toContain("注：本表由督查室维护");
});

test("the clerk keeps some letters and rows: they are drafted again without the rest, numbers closing up", async () => {
  const wb = await county();
  const all = valueOf(await draftLetters(wb, { ...request, type: "督办函" }));
  const [a, b] = all.drafts;
  const keptRow = a.proposal.facts[0].row;
  const kept = selectLetters(all, { units: [b.units[0], a.units[0]], rows: new Map([[a.units[0], [keptRow]]]) });
  expect(kept.drafts.map((d) => [d.units[0], d.number])).toEqual([[a.units[0], "督办〔2024〕1号"], [b.units[0], "督办〔2024〕2号"]]);
  expect(kept.drafts[0].proposal.facts.map((f) => f.row)).toEqual([keptRow]);
  expect(kept.drafts[0].document.attachments[0].table.rows).toHaveLength(1);
  expect(kept.drafts[1].proposal.facts).toEqual(b.proposal.facts);
  const none = selectLetters(all, { units: [] });
  expect(none.drafts).toEqual([]);
  expect(cannotOf(await issueLetters(wb, none)).code).toBe("bad-input");
});

test("where no file can be handed over, the letters go to a sheet ready to copy, replaced when written again", async () => {
  const wb = await county();
  const drafted = valueOf(await draftLetters(wb, { ...request, type: "督办函" }));
  const issued = valueOf(await issueLetters(wb, drafted));
  const written = valueOf(await writeLettersSheet(wb, issued));
  expect(written.sheet).toBe("函件（2024-07-05）");
  const text = (await wb.readSheet(written.sheet)).text.map((r) => r[0]);
  for (const d of issued.issued) {
    expect(text).toContain(d.number);
    expect(text).toContain(d.document.title);
    expect(text).toContain(`${d.units[0]}：`);
  }
  valueOf(await writeLettersSheet(wb, issued));
  expect((await wb.listSheets()).filter((s) => s.name.startsWith("函件（"))).toHaveLength(1);
});

test("characters a _GB2312 font lacks are named before issuing; other fonts are used, and kept for the next letters", async () => {
  const wb = await ExcelJsWorkbook.load((await unitFile("柳林镇", 0, { task: "堃园路与喆园路改造" })).bytes);
  const drafted = valueOf(await draftLetters(wb, { ...request, type: "督办函" }));
  expect(drafted.warnings.join("")).toContain("堃喆");
  expect(drafted.warnings.join("")).toContain("仿宋_GB2312");
  const gbk = valueOf(await draftLetters(wb, { ...request, type: "督办函", fonts: { body: "方正仿宋_GBK", heading2: "方正楷体_GBK" } }));
  expect(gbk.warnings).toEqual([]);
  const issued = valueOf(await issueLetters(wb, gbk));
  const xml = await (await JSZip.loadAsync(issued.file.bytes)).file("word/document.xml")?.async("string");
  expect(xml).toContain('w:eastAsia="方正仿宋_GBK"');
  const next = valueOf(await draftLetters(wb, { checkDate: "2024-06-30", date: "2024-07-06", type: "督办函" }));
  expect(next.fonts.body).toBe("方正仿宋_GBK");
  expect(next.warnings).toEqual([]);
});
