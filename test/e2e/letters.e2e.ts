/**
 * The letters as a reader other than ours sees them (docs/letters.md "Format"): the county's
 * 督办函 and 提醒函 issued as one combined .docx, rendered by LibreOffice to PDF and PNG pages
 * (kept in test-output/letters/ to look at). Each letter starts on its own page with its mark,
 * number and title; page numbers restart at 1 in each letter and read `— n —`.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { mergeLedgers, type MergeFile } from "../../src/features/merge";
import { draftLetters, issueLetters } from "../../src/features/letters";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { directoryFile, unitFile, UNITS } from "../fixtures/countyFiles";
import { OUT } from "./harness";
import { renderPages } from "./libreoffice";

test("a combined document of the county's letters, rendered page by page", async () => {
  const wb = await ExcelJsWorkbook.load(await directoryFile());
  const files: MergeFile[] = [];
  for (const [i, unit] of UNITS.slice(0, 12).entries()) {
    const f = await unitFile(unit, i);
    files.push({ name: f.name, modified: i, open: () => ExcelJsWorkbook.load(f.bytes) });
  }
  const merged = await mergeLedgers(wb, { files, date: "2024-06-30" });
  if (!merged.ok) throw new Error(merged.message);
  const drafted = await draftLetters(wb, { checkDate: "2024-06-30", date: "2024-07-05", issuer: "冠县人民政府办公室", contact: "王芳", phone: "0635-5212345", units: ["柳林镇", "东古城镇", "兰沃乡"] });
  if (!drafted.ok) throw new Error(drafted.message);
  const issued = await issueLetters(wb, drafted.value);
  if (!issued.ok) throw new Error(issued.message);

  const dir = path.join(OUT, "letters");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const docx = path.join(dir, "combined.docx");
  fs.writeFileSync(docx, issued.value.file.bytes);
  const pages = renderPages(docx, dir);
  expect(pages.length).toBeGreaterThanOrEqual(issued.value.issued.length);

  const pdf = path.join(dir, "combined.pdf");
  const text = (page: number) => execFileSync("pdftotext", ["-f", String(page), "-l", String(page), "-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  // Each letter's first page: the mark, its number and its title; numbering restarts with it.
  const firsts = pages.map((_, i) => i + 1).filter((p) => text(p).startsWith("冠县人民政府办公室"));
  expect(firsts.map((p) => issued.value.issued.find((d) => text(p).includes(d.number.replace(/\s+/g, "")))?.number)).toEqual(issued.value.issued.map((d) => d.number));
  for (const [i, first] of firsts.entries()) {
    const last = (firsts[i + 1] ?? pages.length + 1) - 1;
    expect(text(first)).toContain(issued.value.issued[i].document.title);
    // The letter form has no number on its first page; the others count from 2 (`—2—` once spaces are gone).
    for (let p = first + 1; p <= last; p++) expect(text(p)).toContain(`—${p - first + 1}—`);
  }
});

test("a 通报表扬 of the ranking's 先进, in the general form, with the ranking as its 附件", async () => {
  const wb = await ExcelJsWorkbook.load(await directoryFile());
  const files: MergeFile[] = [];
  for (const [i, unit] of UNITS.entries()) {
    const f = await unitFile(unit, i);
    files.push({ name: f.name, modified: i, open: () => ExcelJsWorkbook.load(f.bytes) });
  }
  const merged = await mergeLedgers(wb, { files, date: "2024-06-30" });
  if (!merged.ok) throw new Error(merged.message);
  const base = { checkDate: "2024-06-30", date: "2024-07-05", issuer: "冠县人民政府办公室" };
  const first = await draftLetters(wb, base);
  if (!first.ok) throw new Error(first.message);
  const leaders = first.value.ranking.ranked.filter((r) => r.group === "先进").map((r) => r.unit);
  expect(leaders.length).toBeGreaterThan(0);
  const drafted = await draftLetters(wb, { ...base, type: "通报表扬", units: leaders });
  if (!drafted.ok) throw new Error(drafted.message);
  expect(drafted.value.drafts).toHaveLength(1);
  const issued = await issueLetters(wb, drafted.value);
  if (!issued.ok) throw new Error(issued.message);

  const dir = path.join(OUT, "commendation");
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const docx = path.join(dir, "commendation.docx");
  fs.writeFileSync(docx, issued.value.file.bytes);
  const pages = renderPages(docx, dir);
  const pdf = path.join(dir, "commendation.pdf");
  const all = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(all).toContain("表扬〔2024〕1号");
  for (const unit of leaders) expect(all).toContain(unit);
  // The 附件: the ranking table, with its 名次 column, on a page after the letter.
  const last = execFileSync("pdftotext", ["-f", String(pages.length), "-l", String(pages.length), "-layout", pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  expect(all.indexOf("名次")).toBeGreaterThan(all.indexOf("冠县人民政府办公室2024年7月5日") - 1);
  expect(last.length).toBeGreaterThan(0);
});
