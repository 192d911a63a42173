/**
 * The ranking lists (docs/ranking.md "The ranking lists"): a 省市通报排名工作清单 or
 * 县通报排名工作清单 summarised at a check date — each item's place against the last summary (or
 * the earlier list given), its next circulation, what is due in the coming week and month — and
 * written as 排名事项（date）. One entry for the pane and `luoshi rank`.
 */
import type { WorkbookPort } from "../workbook/port";
import { recognize } from "../domain/recognize/recognize";
import { standardize } from "../domain/standardize";
import { rankingItems, summarizeRankingList, type RankingItem, type RankingListSummary } from "../domain/rank/rankingList";
import { isRankingListSheet, rankingListLayout, rankingListSheetName } from "../render/rankingListSheet";
import { OWN_NOTES } from "../render/standardLayout";
import { say } from "../messages";
import { cannot, done, guarded, type Outcome } from "./outcome";
import { readDate } from "./input";
import { todayInChina } from "./settings";

const RANKING_LISTS = new Set(["rank-province", "rank-county"]);

export interface RankingListRequest {
  /** The sheet (default: the active one). */
  sheet?: string;
  checkDate?: string;
  dateField?: string;
  /** A workbook holding the earlier list (its first ranking list), to tell each item's move. */
  previous?: WorkbookPort;
  write?: boolean;
}

export interface RankingListResult {
  sheet: string;
  list: string;
  summary: RankingListSummary;
  written?: string;
  message: string;
}

/** The items of a sheet when it is a ranking list, else the list it was recognised as (or null). */
async function itemsOf(wb: WorkbookPort, sheet: string): Promise<{ items: RankingItem[]; list: string } | { other: string | null; message?: string }> {
  const snapshot = await wb.readSheet(sheet);
  const recognition = recognize(snapshot);
  if (!recognition.ok) return { other: null, message: recognition.message };
  if (!RANKING_LISTS.has(recognition.list.id)) return { other: recognition.list.name };
  const standard = standardize(snapshot, recognition, { ownNotes: OWN_NOTES });
  return standard.ok ? { items: rankingItems(standard.ledger), list: recognition.list.name } : { other: null, message: standard.message };
}

/** Whether the workbook's sheet (default: active) is a ranking list. */
export async function isRankingList(wb: WorkbookPort, sheet?: string): Promise<boolean> {
  const found = await itemsOf(wb, sheet ?? (await wb.activeSheet()));
  return "items" in found;
}

/** Summarise a ranking list and write 排名事项（date）. */
export function summarizeRankingLists(wb: WorkbookPort, request: RankingListRequest = {}): Promise<Outcome<RankingListResult>> {
  return guarded(async () => {
    const date = request.checkDate === undefined ? done(todayInChina()) : readDate(request.checkDate, request.dateField ?? "");
    if (!date.ok) return date;
    const sheet = request.sheet ?? (await wb.activeSheet());
    const found = await itemsOf(wb, sheet);
    if (!("items" in found)) {
      return found.other === null ? cannot("not-ledger", found.message ?? "", sheet) : cannot("unknown-list", say("rankList.notList", { sheet, list: found.other }), sheet);
    }
    let previous: RankingItem[] = [];
    if (request.previous) {
      for (const s of await request.previous.listSheets()) {
        if (!s.visible || isRankingListSheet(s.name)) continue;
        const p = await itemsOf(request.previous, s.name);
        if ("items" in p) {
          previous = p.items;
          break;
        }
      }
    }
    const summary = summarizeRankingList(found.items, date.value, previous);
    const written = request.write === false ? undefined : await wb.writeSheet(rankingListLayout(summary, found.list));
    const params = { sheet, items: summary.items.length, week: summary.items.filter((i) => i.dueWeek).length, month: summary.items.filter((i) => i.dueMonth).length };
    return done({ sheet, list: found.list, summary, ...(written && { written }), message: written ? say("rankList.written", { ...params, out: written }) : say("rankList.done", params) });
  });
}

export { rankingListSheetName };
