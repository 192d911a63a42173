/**
 * `luoshi letters` (docs/letters.md): the letters of a 汇总 drafted (`--draft --json`, nothing
 * written), issued into a folder with the register saved beside the original, numbers going on
 * when run again on the saved file, the same letters refused without `--again`, and bad options
 * answered with a sentence.
 */
import JSZip from "jszip";
import { main } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { memoryIo } from "../fixtures/memoryIo";
import { directoryFile, unitFile, UNITS } from "../fixtures/countyFiles";

let county: Record<string, Uint8Array>;

beforeAll(async () => {
  const files: Record<string, Uint8Array> = { "单位名录.xlsx": await directoryFile() };
  for (const [i, u] of UNITS.slice(0, 12).entries()) files[`各单位/${u}.xlsx`] = (await unitFile(u, i)).bytes;
  const m = memoryIo(files);
  await main(["merge", "各单位", "--out", "汇总.xlsx", "--units", "单位名录.xlsx"], m.io);
  county = { "汇总.xlsx": m.files["汇总.xlsx"] };
}, 60_000);

const ISSUE = ["--date", "2024-07-05", "--check-date", "2024-06-30", "--issuer", "冠县人民政府办公室"];

test("--draft --json: every unit's next letter with its rows, nothing written", async () => {
  const m = memoryIo({ ...county });
  const code = await main(["letters", "汇总.xlsx", "--draft", "--json", ...ISSUE], m.io);
  expect(code).toBe(0);
  const json = JSON.parse(m.out());
  expect(json.letters.length).toBeGreaterThan(0);
  for (const l of json.letters) expect(Object.keys(l)).toEqual(["unit", "type", "number", "file", "reason", "rows"]);
  const duban = json.letters.filter((l: { type: string }) => l.type === "督办函");
  expect(duban[0].number).toBe("督办〔2024〕1号");
  expect(duban[0].rows[0]).toMatchObject({ sheet: "汇总", status: expect.stringMatching(/^(逾期|滞后)$/) });
  expect(Object.keys(m.files)).toEqual(["汇总.xlsx"]);
});

test("issued into a folder, the register saved beside the original; run again on the saved file, numbers go on; the same again is refused without --again", async () => {
  const m = memoryIo({ ...county });
  expect(await main(["letters", "汇总.xlsx", "--type", "督办函", "--out", "函件", ...ISSUE], m.io)).toBe(0);
  const letters = Object.keys(m.files).filter((f) => f.startsWith("函件/"));
  expect(letters.length).toBeGreaterThan(0);
  expect(letters[0]).toMatch(/^函件\/.+-督办函-督办〔2024〕1号\.docx$/);
  expect(await JSZip.loadAsync(m.files[letters[0]])).toBeDefined();
  expect(m.out()).toContain("汇总.letters.xlsx");
  const saved = await ExcelJsWorkbook.load(m.files["汇总.letters.xlsx"]);
  expect((await saved.readSheet("发函登记")).text.flat()).toContain("督办〔2024〕1号");
  const original = await ExcelJsWorkbook.load(m.files["汇总.xlsx"]);
  expect((await original.listSheets()).map((s) => s.name)).not.toContain("发函登记");

  const again = memoryIo(m.files);
  expect(await main(["letters", "汇总.letters.xlsx", "--type", "督办函", "--out", "函件2", ...ISSUE], again.io)).toBe(2);
  expect(again.err()).toContain("--again");
  expect(await main(["letters", "汇总.letters.xlsx", "--type", "督办函", "--out", "函件2", "--combined", "--again", ...ISSUE], again.io)).toBe(0);
  const combined = Object.keys(again.files).filter((f) => f.startsWith("函件2/"));
  expect(combined).toEqual([`函件2/函件2024-07-05（${letters.length}份）.docx`]);
  const register = (await (await ExcelJsWorkbook.load(again.files["汇总.letters.xlsx"])).readSheet("发函登记")).text.flat();
  expect(register).toContain(`督办〔2024〕${letters.length + 1}号`);
});

test.each([
  [["letters", "汇总.xlsx", "--out", "函件", "--type", "表扬信", ...ISSUE], "--type 只能是"],
  [["letters", "汇总.xlsx", ...ISSUE], "--out"],
  [["letters", "汇总.xlsx", "--out", "函件", "--date", "2024-07-05"], "发文机关"],
  [["letters", "汇总.xlsx", "--out", "函件", ...ISSUE, "--reply-by", "2024-02-30"], "2024-02-30"],
  [["letters", "汇总.xlsx", "--out", "函件", ...ISSUE, "--fonts", "正文字体=方正仿宋_GBK"], "用途可以是标题、正文"],
])("%j: a sentence, exit 2, nothing written", async (args, words) => {
  const m = memoryIo({ ...county });
  expect(await main(args, m.io)).toBe(2);
  expect(m.err()).toContain(words);
  expect(Object.keys(m.files)).toEqual(["汇总.xlsx"]);
});
