/**
 * The summary of a ranking list as a layout (docs/ranking.md "The ranking lists"): per item its
 * latest place of the number ranked, the place before and the move, the next circulation, and
 * whether it falls in the coming week or month; then the items due, one line each for the week
 * and the month. Prints on A4 landscape, one page wide, header repeated.
 */
import type { SheetWrite, TextConditionalFormat } from "../workbook/port";
import type { ItemStanding, RankingListSummary } from "../domain/rank/rankingList";
import { heightFor } from "./rowHeight";
import { inSheetFont, TITLE_STYLE } from "./sheetStyle";
import { sheetLines } from "./sheetLines";
import { say } from "../messages";

/** `排名事项（2023-06-30）`. */
export function rankingListSheetName(checkDate: string): string {
  return say("rankList.sheet", { date: checkDate });
}

/** Whether a sheet is such a summary (any date). */
export function isRankingListSheet(name: string): boolean {
  return name.startsWith(say("rankList.sheet", { date: "" }).slice(0, -1));
}

const placeText = (place: number | null, total: number | null): string =>
  place === null ? say("rankList.unknown") : total === null ? String(place) : `${place}/${total}`;

const moveText = (i: ItemStanding): string =>
  i.before === null || i.place === null ? "" : i.before === i.place ? say("rank.move.same") : i.before > i.place ? `↑${i.before - i.place}` : `↓${i.place - i.before}`;

export function rankingListLayout(summary: RankingListSummary, list: string): SheetWrite {
  const head = [
    say("sheets.head.seq"), say("rankList.head.task"), say("rankList.head.dept"), say("rankList.head.frequency"), say("rankList.head.place"),
    say("rankList.head.before"), say("rank.head.move"), say("rankList.head.next"), say("rankList.head.week"), say("rankList.head.month"),
    say("rankList.head.unit"), say("rankList.head.owner"),
  ];
  const widths = [6, 28, 14, 9, 12, 9, 6, 12, 11, 13, 14, 10];
  const width = head.length;
  const { rows, merges, styles, pad, fullLine } = sheetLines(width);
  fullLine(say("rankList.title", { list }), TITLE_STYLE);
  fullLine(say("rankList.note", { checkDate: summary.checkDate }), { fontSize: 10 });
  const top = rows.length;
  rows.push(head);
  const yes = say("rankList.yes");
  summary.items.forEach((i, n) => {
    rows.push(pad([n + 1, i.task, i.rankDept, i.frequency, placeText(i.place, i.total), i.before, moveText(i), i.next, i.dueWeek ? yes : "", i.dueMonth ? yes : "", i.unit, i.owner]));
  });
  const body = Math.max(1, summary.items.length);
  rows.push(pad([]));
  const names = (xs: ItemStanding[]) => xs.map((i) => say("rankList.item", { task: i.task, dept: i.rankDept, next: i.next ?? "" })).join("；") || say("rank.nobody");
  fullLine(say("rankList.dueWeek", { count: summary.items.filter((i) => i.dueWeek).length, items: names(summary.items.filter((i) => i.dueWeek)) }), { bold: true });
  fullLine(say("rankList.dueMonth", { count: summary.items.filter((i) => i.dueMonth).length, items: names(summary.items.filter((i) => i.dueMonth)) }), { bold: true });
  styles.push(
    { area: { row: top, col: 0, rowCount: 1, colCount: width }, bold: true, fill: "#D9E2F3", border: true, wrap: true, horizontal: "center", vertical: "middle" },
    { area: { row: top + 1, col: 0, rowCount: body, colCount: width }, border: true, wrap: true, vertical: "middle" },
    { area: { row: top + 1, col: 0, rowCount: body, colCount: 1 }, horizontal: "center" },
    { area: { row: top + 1, col: 3, rowCount: body, colCount: 7 }, horizontal: "center" },
  );
  const due: TextConditionalFormat[] = [{ area: { row: top + 1, col: 8, rowCount: body, colCount: 2 }, text: yes, fill: "#FFEB9C", fontColor: "#9C5700" }];
  return inSheetFont({
    sheet: rankingListSheetName(summary.checkDate),
    ifExists: "replace",
    rows,
    widths,
    merges,
    styles,
    numberFormats: [{ area: { row: top + 1, col: 7, rowCount: body, colCount: 1 }, format: "@" }],
    conditionalFormats: due,
    freeze: { rows: top + 1, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true, repeatRows: { from: top, to: top } },
    rowHeights: rows.map((r, i) => (i === 0 ? 36 : i === 1 ? 22 : i === top ? 30 : i > top && i <= top + body ? heightFor(r, widths, 4) : i > top + body + 1 ? heightFor(r, [widths.reduce((a, b) => a + b, 0)], 6) : undefined)),
    activate: true,
  });
}
