/**
 * @jest-environment jsdom
 */
/** useRank: the active sheet's units ranked at a checked date, 通报排名 written, the ranking shown while that sheet exists. */
import { useRank } from "../../src/taskpane/hooks/useRank";
import { browserSession, ledgerAndBudget, notALedger, perform, renderSection, visibleSheets } from "./paneHooks";

test("生成排名: the units ranked by task progress, 通报排名 written, the sentence", async () => {
  const wb = await ledgerAndBudget();
  const { result } = await renderSection(async () => browserSession(wb), useRank);
  await perform(result, (r) => r.part.rank({ checkDate: "2023-06-30", metric: "progress", ties: "excel" }));
  expect(result.current.runner).toMatchObject({
    error: null,
    notice: "“台账”截至 2023-06-30：2 个单位参与排名，0 个单位不参与排名；第一名：经发办。已写入“通报排名（2023-06-30）”工作表。",
  });
  expect(result.current.part.ranking?.ranked.map((r) => [r.unit, r.rank, r.light, r.group])).toEqual([
    ["经发办", 1, "绿", "先进"],
    ["农业办", 2, "红", "后进"],
  ]);
  expect(await visibleSheets(wb)).toEqual(["台账", "预算", "通报排名（2023-06-30）"]);
});

test("a sheet that is not a ledger is refused with its sentence; nothing is written", async () => {
  const wb = await ledgerAndBudget();
  await wb.activateSheet("预算");
  const { result } = await renderSection(async () => browserSession(wb), useRank);
  await perform(result, (r) => r.part.rank({ checkDate: "2023-06-30", metric: "progress", ties: "excel" }));
  expect(result.current.runner.error).toBe(notALedger("预算"));
  expect(result.current.part.ranking).toBeNull();
  expect(await visibleSheets(wb)).toEqual(["台账", "预算"]);
});
