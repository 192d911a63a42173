/**
 * `luoshi rank` (docs/ranking.md): several units' files merged then ranked, in the 单位名录's
 * order, with the JSON of issue 10; one file ranked and written beside it; the earlier ranking
 * given; the settings checked with a sentence.
 */
import { main } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import { memoryIo } from "../fixtures/memoryIo";
import { directoryFile, unitFile, UNITS } from "../fixtures/countyFiles";

let files: Record<string, Uint8Array>;

beforeAll(async () => {
  files = { "单位名录.xlsx": await directoryFile() };
  for (const [i, u] of UNITS.entries()) files[`各单位/${u}.xlsx`] = (await unitFile(u, i)).bytes;
}, 60_000);

const reporting = UNITS.filter((_, i) => i % 4 === 0);

test("several files: merged, then ranked; JSON as issue 10 gives it; a red light exits 1", async () => {
  const m = memoryIo({ ...files });
  const code = await main(["rank", "各单位", "--units", "单位名录.xlsx", "--date", "2024-06-30", "--json"], m.io);
  const json = JSON.parse(m.out());
  expect(json.date).toBe("2024-06-30");
  expect(json.metric).toBe("progress");
  expect(json.ranking.map((r: { unit: string }) => r.unit).sort()).toEqual([...reporting].sort());
  for (const r of json.ranking) {
    expect(Object.keys(r)).toEqual(["unit", "rank", "tied", "score", "light", "group", "move"]);
    expect(r.move).toBeNull();
  }
  expect(json.unranked.map((u: { unit: string }) => u.unit)).toEqual(UNITS.filter((_, i) => i % 4 !== 0));
  expect(code).toBe(json.ranking.some((r: { light: string }) => r.light === "红") ? 1 : 0);
  expect(Object.keys(m.files)).toEqual(Object.keys(files));
});

test("one file with --write: the 通报排名 written beside it; --previous gives the moves", async () => {
  const m = memoryIo({ ...files });
  await main(["merge", "各单位", "--out", "汇总.xlsx", "--units", "单位名录.xlsx"], m.io);
  await main(["rank", "汇总.xlsx", "--date", "2024-06-30", "--write"], m.io);
  expect(m.out()).toContain("已保存：汇总.ranked.xlsx（原文件未改动）");
  const ranked = await ExcelJsWorkbook.load(m.files["汇总.ranked.xlsx"]);
  expect((await ranked.listSheets()).map((s) => s.name)).toContain("通报排名（2024-06-30）");
  const later = memoryIo({ ...m.files });
  await main(["rank", "汇总.xlsx", "--date", "2024-09-30", "--ties", "chinese", "--previous", "汇总.ranked.xlsx", "--json"], later.io);
  const json = JSON.parse(later.out());
  for (const r of json.ranking) expect(r.move).toMatch(/^(—|↑\d+|↓\d+|新)$/);
});

test.each([
  [["--metric", "score"], "--metric 只能是 progress（任务进度）、done（完成率）、due-done（到期完成率）或 on-pace（序时达标率），不能是“score”。"],
  [["--ties", "dense"], "--ties 只能是 excel（并列占用名次：1、2、2、4）或 chinese（中国式排名：1、2、2、3），不能是“dense”。"],
  [["--write"], "多个文件汇总后排名，请用 --out 指定结果保存的文件，例如：--out 通报排名.xlsx"],
])("%p: a sentence, exit 2", async (extra, sentence) => {
  const m = memoryIo({ ...files });
  expect(await main(["rank", "各单位", ...extra], m.io)).toBe(2);
  expect(m.err()).toBe(sentence + "\n");
});
