/**
 * The ranking lists (docs/ranking.md "The ranking lists"): the next circulation by frequency,
 * places read as clerks write them (3, 第3名, 3/16), the move against an earlier list, what falls
 * in the coming week and month; `luoshi rank` on a 县通报排名工作清单; a list of another kind refused.
 */
import { nextCirculation, summarizeRankingList, type RankingItem } from "../../src/domain/rank/rankingList";
import { summarizeRankingLists } from "../../src/features/rankingList";
import { main } from "../../src/cli/main";
import { ExcelJsWorkbook } from "../../src/workbook/exceljs/ExcelJsWorkbook";
import type { CellValue } from "../../src/workbook/port";
import { cannotOf } from "../fixtures/outcome";
import { memoryIo } from "../fixtures/memoryIo";

test.each([
  ["每周", "2023-06-30", "2023-07-07"], ["每月", "2023-06-30", "2023-07-31"], ["每月", "2023-06-15", "2023-06-30"],
  ["每季度", "2023-06-30", "2023-09-30"], ["每季", "2023-07-01", "2023-09-30"], ["每半年", "2023-06-30", "2023-12-31"],
  ["每半年", "2023-12-31", "2024-06-30"], ["每年", "2023-06-30", "2023-12-31"], ["每年", "2023-12-31", "2024-12-31"], ["不定期", "2023-06-30", null],
])("%s after %s: next circulation %p", (frequency, date, next) => expect(nextCirculation(frequency, date)).toBe(next));

const item = (task: string, frequency: string, place: number | null, total: number | null = 16): RankingItem => ({ row: 3, task, rankDept: "市发改委", frequency, place, total, unit: "县发改局", owner: "张三" });

test("due in the week and the month; the place before matched by 通报事项 and 通报部门", () => {
  const s = summarizeRankingList([item("项目建设", "每周", 3), item("营商环境", "每月", 5), item("招商引资", "每季度", 9)], "2023-06-30", [item("项目建设", "每周", 6), item("营商环境", "每月", 2)]);
  expect(s.items.map((i) => [i.task, i.before, i.next, i.dueWeek, i.dueMonth])).toEqual([
    ["项目建设", 6, "2023-07-07", true, true],
    ["营商环境", 2, "2023-07-31", false, false],
    ["招商引资", null, "2023-09-30", false, false],
  ]);
  const july = summarizeRankingList([item("营商环境", "每月", 5)], "2023-07-10");
  expect(july.items[0]).toMatchObject({ next: "2023-07-31", dueWeek: false, dueMonth: true });
});

const LIST: CellValue[][] = [
  ["2023年县通报排名工作清单"],
  ["序号", "排名事项", "通报部门", "频次", "位次", "参评单位数", "责任单位", "责任人"],
  [1, "重点项目建设", "市发改委", "每月", "第3名", "16个", "县发改局", "张三"],
  [2, "营商环境评价", "市营商办", "每季度", "5/16", null, "县营商办", "李四"],
  [3, "森林防火", "市应急局", "每周", 12, 16, "县应急局", "王五"],
];

async function listFile(rows: CellValue[][] = LIST): Promise<Uint8Array> {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "县通报排名", ifExists: "rename", rows });
  return wb.save();
}

test("luoshi rank on a 县通报排名工作清单: each item's place, next circulation and what is due; --write adds 排名事项", async () => {
  const earlier = LIST.map((r, i) => (i === 2 ? [...r.slice(0, 4), "第6名", ...r.slice(5)] : r));
  const m = memoryIo({ "排名清单.xlsx": await listFile(), "上月.xlsx": await listFile(earlier) });
  expect(await main(["rank", "排名清单.xlsx", "--date", "2023-06-30", "--previous", "上月.xlsx", "--json"], m.io)).toBe(0);
  const json = JSON.parse(m.out());
  expect(json.list).toBe("县通报排名工作清单");
  expect(json.items.map((i: Record<string, unknown>) => [i.task, i.place, i.total, i.before, i.next, i.dueWeek, i.dueMonth])).toEqual([
    ["重点项目建设", 3, 16, 6, "2023-07-31", false, false],
    ["营商环境评价", 5, 16, 5, "2023-09-30", false, false],
    ["森林防火", 12, 16, 12, "2023-07-07", true, true],
  ]);
  const w = memoryIo({ "排名清单.xlsx": await listFile() });
  expect(await main(["rank", "排名清单.xlsx", "--date", "2023-06-30", "--write"], w.io)).toBe(0);
  expect(w.out()).toBe("“县通报排名”共 3 项排名事项，未来一周内通报 1 项，一个月内 1 项。已写入“排名事项（2023-06-30）”工作表。\n已保存：排名清单.ranked.xlsx（原文件未改动）\n");
  const out = await ExcelJsWorkbook.load(w.files["排名清单.ranked.xlsx"]);
  const sheet = await out.readSheet("排名事项（2023-06-30）");
  expect(sheet.text[0][0]).toBe("县通报排名工作清单推进情况");
  expect(sheet.text.flat()).toContain("未来一周内通报（1 项）：森林防火（市应急局，2023-07-07）");
});

test("a list of another kind is refused with a sentence naming it", async () => {
  const wb = ExcelJsWorkbook.create();
  await wb.writeSheet({ sheet: "任务", ifExists: "rename", rows: [["2023年度重点工作任务清单"], ["序号", "任务", "目标", "措施", "完成时限", "责任人"], [1, "修路", "10公里", "每周调度", "6月底前", "张三"]] });
  const c = cannotOf(await summarizeRankingLists(wb, { checkDate: "2023-06-30" }));
  expect(c.message).toBe("工作表“任务”不是通报排名工作清单（识别为“重点工作任务清单”）。请打开省市通报排名工作清单或县通报排名工作清单后重试。");
});
