/** zh-CN: 通报排名 (docs/ranking.md). */
export const RANK = {
  "rank.unranked.progress": "没有能判断完成进度的事项（均为未填报、长期或无法判定），不参与排名",
  "rank.unranked.done": "没有事项，不参与排名",
  "rank.unranked.due-done": "截至检查日没有到期事项，不参与排名",
  "rank.unranked.on-pace": "没有能判定序时进度的事项（均为未填报、长期或无法判定），不参与排名",
  "rank.move.new": "新",
  "rank.move.same": "—",
} as const;
