/**
 * The 排名 section (通报排名, docs/ranking.md): the units of the 汇总 (else the active sheet)
 * ranked at a check date on the figure the clerk chooses, the 通报排名 sheet written, the ranking
 * shown. It stays shown while its sheet is in the workbook.
 */
import { useCallback } from "react";
import type { Ranking, RankMetric, TieStyle } from "../../domain/rank/rank";
import { rankSheet } from "../../features/rank";
import { done } from "../../features/outcome";
import { say } from "../../messages";
import { useShownWhileWritten, type SessionApi } from "./useSession";

export interface RankRequest {
  checkDate: string;
  metric: RankMetric;
  ties: TieStyle;
}

export interface RankApi {
  /** The last ranking while its sheet is there, or null. */
  ranking: Ranking | null;
  rank(request: RankRequest): Promise<void>;
}

export function useRank(session: SessionApi): RankApi {
  const { command } = session;
  const [shown, setShown] = useShownWhileWritten<{ ranking: Ranking; written?: string }>(session, (v) => v.written);

  const rank = useCallback(
    (request: RankRequest) =>
      command(async (wb) => {
        const outcome = await rankSheet(wb, { checkDate: request.checkDate, metric: request.metric, ties: request.ties, dateField: say("pane.rank.date") });
        if (!outcome.ok) return outcome;
        setShown({ wb, value: { ranking: outcome.value.ranking, ...(outcome.value.written && { written: outcome.value.written }) } });
        return done(outcome.value.message);
      }),
    [command],
  );

  return { ranking: shown?.value.ranking ?? null, rank };
}
