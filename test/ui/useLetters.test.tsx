/**
 * @jest-environment jsdom
 */
/**
 * useLetters on the county's 汇总: the letters drafted with their rows (nothing written), the
 * clerk leaving letters and rows out (numbers closing up), 发出 handing the .docx or .zip over
 * as a download where the host can and writing the letters to a sheet on Excel for Mac and iPad,
 * letters the register holds issued again only when confirmed, the office's details prefilled.
 */
import { OFFICE_KEY, REGISTER_SHEET } from "../../src/features/letters";
import { useLetters, type LettersForm } from "../../src/taskpane/hooks/useLetters";
import { DOCX_TYPE, offerDownload, ZIP_TYPE } from "../../src/taskpane/host/download";
import type { HostPlatform } from "../../src/taskpane/host/mode";
import type { Session } from "../../src/taskpane/host/session";
import type { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { browserSession, countyWorkbook, perform, renderSection, visibleSheets } from "./paneHooks";

jest.mock("../../src/taskpane/host/download", () => ({ ...jest.requireActual("../../src/taskpane/host/download"), offerDownload: jest.fn() }));

const FORM: LettersForm = { date: "2024-07-05", checkDate: "2024-06-30", issuer: "冠县人民政府办公室", contact: "王芳", phone: "0635-5212345", replyBy: "", type: "督办函" };

beforeEach(() => jest.mocked(offerDownload).mockClear());

async function drafted(boot: (wb: ExcelJsWorkbook) => Session = (wb) => browserSession(wb, "冠县.xlsx"), form: LettersForm = FORM) {
  const wb = await countyWorkbook();
  const sheets = await wb.listSheets();
  const hook = await renderSection(async () => boot(wb), useLetters);
  await perform(hook.result, (r) => r.part.draft(form));
  expect(hook.result.current.runner.error).toBeNull();
  expect(await wb.listSheets()).toEqual(sheets);
  return { wb, ...hook };
}

test("起草函件: every letter kept with its rows and numbered; leaving a letter or a row out closes the numbers up and redrafts", async () => {
  const { result } = await drafted();
  const { part } = result.current;
  expect(result.current.runner.notice).toBe(part.message);
  expect(part.message).toMatch(/^“汇总”截至 2024-06-30：起草函件 \d+ 份/);
  const choices = part.choices!;
  expect(choices.length).toBeGreaterThan(2);
  expect(choices.map((c) => [c.kept, c.number])).toEqual(choices.map((_, i) => [true, `督办〔2024〕${i + 1}号`]));
  expect(part.kept.map((d) => d.number)).toEqual(choices.map((c) => c.number));
  expect(part.kept[0].document.issuer).toBe("冠县人民政府办公室");
  for (const c of choices) expect(c.rows.map((r) => r.kept)).toEqual(c.draft.proposal.facts.map(() => true));

  // The first letter left out: the second is now 督办〔2024〕1号.
  const [first, second] = choices;
  await perform(result, (r) => r.part.keepLetter(first.draft, false));
  expect(result.current.part.choices![0]).toMatchObject({ kept: false });
  expect(result.current.part.choices![0].number).toBeUndefined();
  expect(result.current.part.choices![1].number).toBe("督办〔2024〕1号");
  expect(result.current.part.kept.map((d) => d.units[0])).toEqual(choices.slice(1).map((c) => c.draft.units[0]));

  // A row of a letter citing several left out: its letter cites the others only.
  const many = choices.find((c) => c !== first && c.rows.length > 1)!;
  const unit = many.draft.units[0];
  const [dropped, ...rest] = many.draft.proposal.facts;
  await perform(result, (r) => r.part.keepRow(unit, dropped.row, false));
  const letter = result.current.part.kept.find((d) => d.units[0] === unit)!;
  expect(letter.proposal.facts.map((f) => f.row)).toEqual(rest.map((f) => f.row));
  expect(letter.document.attachments[0].table.rows).toHaveLength(rest.length);
  expect(result.current.part.choices!.find((c) => c.draft.units[0] === unit)!.rows.map((r) => r.kept)).toEqual([false, ...rest.map(() => true)]);

  // Every row of the second letter left out: the letter is left out; ticked again, it cites them all.
  for (const f of second.draft.proposal.facts) await perform(result, (r) => r.part.keepRow(second.draft.units[0], f.row, false));
  expect(result.current.part.choices![1].kept).toBe(false);
  expect(result.current.part.kept.some((d) => d.units[0] === second.draft.units[0])).toBe(false);
  await perform(result, (r) => r.part.keepLetter(second.draft, true));
  expect(result.current.part.choices![1]).toMatchObject({ kept: true, number: "督办〔2024〕1号" });
  expect(result.current.part.kept[0].proposal.facts).toEqual(second.draft.proposal.facts);
});

test("发出 in the browser edition: the register appended, the combined .docx downloaded under its name, the drafts done with", async () => {
  const { wb, result } = await drafted();
  const count = result.current.part.kept.length;
  await perform(result, (r) => r.part.issue({ combined: true }));
  expect(result.current.runner.error).toBeNull();
  expect(offerDownload).toHaveBeenCalledTimes(1);
  const [bytes, name, type] = jest.mocked(offerDownload).mock.calls[0];
  expect(name).toBe(`函件2024-07-05（${count}份）.docx`);
  expect(type).toBe(DOCX_TYPE);
  expect([...bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
  const numbers = Array.from({ length: count }, (_, i) => `督办〔2024〕${i + 1}号`).join("、");
  expect(result.current.runner.notice).toBe(`已发出函件 ${count} 份（${numbers}），已登记到“发函登记”；已生成下载文件“${name}”。`);
  expect(await visibleSheets(wb)).toContain(REGISTER_SHEET);
  expect(result.current.part.choices).toBeNull();
  expect(result.current.part.repeat).toBeNull();
});

test("发出 as separate files: a .zip, offered as application/zip", async () => {
  const { result } = await drafted();
  await perform(result, (r) => r.part.issue({ combined: false }));
  const [, name, type] = jest.mocked(offerDownload).mock.calls[0];
  expect(name).toMatch(/^函件2024-07-05（\d+份）\.zip$/);
  expect(type).toBe(ZIP_TYPE);
});

test("letters the register holds already: the sentence and nothing issued; 再次发出 issues them with the next numbers", async () => {
  const { wb, result } = await drafted();
  const count = result.current.part.kept.length;
  await perform(result, (r) => r.part.issue({ combined: true }));
  await perform(result, (r) => r.part.draft(FORM));
  const register = (await wb.readSheet(REGISTER_SHEET)).text;
  jest.mocked(offerDownload).mockClear();

  await perform(result, (r) => r.part.issue({ combined: true }));
  expect(result.current.part.repeat).toMatch(/^这些函件已在发函登记中（.+，2024-07-05，类型相同）/);
  expect(result.current.runner).toMatchObject({ error: null, notice: null });
  expect(offerDownload).not.toHaveBeenCalled();
  expect((await wb.readSheet(REGISTER_SHEET)).text).toEqual(register);
  expect(result.current.part.choices).not.toBeNull();

  await perform(result, (r) => r.part.issue({ combined: true, confirmRepeat: true }));
  expect(offerDownload).toHaveBeenCalledTimes(1);
  expect(result.current.part.repeat).toBeNull();
  expect(result.current.runner.notice).toContain(`（督办〔2024〕${count + 1}号、`);
  expect((await wb.readSheet(REGISTER_SHEET)).text.length).toBe(register.length + count);
});

test.each<[HostPlatform, boolean]>([
  ["mac", false],
  ["ios", false],
  ["windows", true],
  ["web", true],
])("inside Excel on %s: downloads %p (else the letters are written to a sheet)", async (platform, downloads) => {
  const { wb, result } = await drafted((book) => ({ mode: "excel", platform, wb: book }));
  expect(result.current.part.downloads).toBe(downloads);
  const count = result.current.part.kept.length;
  await perform(result, (r) => r.part.issue({ combined: true }));
  expect(result.current.runner.error).toBeNull();
  expect(jest.mocked(offerDownload).mock.calls.length).toBe(downloads ? 1 : 0);
  const sheets = await visibleSheets(wb);
  expect(sheets.includes("函件（2024-07-05）")).toBe(!downloads);
  expect(result.current.runner.notice).toContain(downloads ? "已生成下载文件" : `${count} 份函件的正文已写入“函件（2024-07-05）”工作表`);
});

test("the office's details stored in the workbook are what the section starts from; issuing stores the ones used", async () => {
  const wb = await countyWorkbook();
  await wb.setSetting(OFFICE_KEY, JSON.stringify({ issuer: "冠县督查室", contact: "李强", phone: "0635-1234567" }));
  const { result } = await renderSection(async () => browserSession(wb), useLetters);
  expect(result.current.part.office).toMatchObject({ issuer: "冠县督查室", contact: "李强", phone: "0635-1234567" });
  await perform(result, (r) => r.part.draft(FORM));
  await perform(result, (r) => r.part.issue({ combined: true }));
  expect(result.current.part.office).toMatchObject({ issuer: "冠县人民政府办公室", contact: "王芳", phone: "0635-5212345" });
});

test("what stands in the way is the use case's sentence, naming the pane's field; 新建函件模板 writes 函件模板", async () => {
  const wb = await countyWorkbook();
  const { result } = await renderSection(async () => browserSession(wb), useLetters);
  await perform(result, (r) => r.part.draft({ ...FORM, issuer: " " }));
  expect(result.current.runner.error).toBe("请填写发文机关（如“冠县人民政府办公室”），它印在函件的版头和落款处。");
  expect(result.current.part.choices).toBeNull();
  await perform(result, (r) => r.part.draft({ ...FORM, checkDate: "2024-02-30" }));
  expect(result.current.runner.error).toBe("进度截至日期应写成 2023-06-30 这样的日期，而不是“2024-02-30”。");
  await perform(result, (r) => r.part.createTemplates());
  expect(result.current.runner.notice).toMatch(/^已新建“函件模板”工作表/);
  expect(await visibleSheets(wb)).toContain("函件模板");
});
